// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the calibration import (docs/reliability.md): CSV reading, the four deal
// layouts, date parsing and the stage estimators. Run with `./dev.sh fuzz [SECONDS]`. An input
// that holds "\n--events--\n" is a deals file and an events file. Properties: nothing crashes or
// hangs; an import either yields deals or says why; every estimate is a share in 0–1 with its
// interval around it, and every count adds up.
#include "calibration/DealImport.h"
#include "calibration/StageCalibration.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace b2x::calibration;

void require(bool ok, const char* what)
{
    if (ok)
        return;
    std::fprintf(stderr, "b2x fuzz property broken: %s\n", what);
    std::abort();
}

b2x::Persona persona()
{
    b2x::Persona p;
    p.name = "Fuzz";
    p.pipeline = {{"Lead", 50, 1, 2, 5}, {"Qualified", 40, 2, 5, 9}, {"Proposal", 60, 3, 6, 12}};
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string_view eventsBytes;
    static constexpr std::string_view marker = "\n--events--\n";
    if (const auto at = bytes.find(marker); at != std::string_view::npos) {
        eventsBytes = bytes.substr(at + marker.size());
        bytes = bytes.substr(0, at);
    }
    const CsvReadResult deals = readCsv(bytes);
    require(deals.ok() != !deals.problems.empty(), "a CSV read either succeeds or says why");
    if (!deals.ok())
        return 0;
    const CsvTable& t = *deals.table;
    require(t.rowCount() == 0 || t.at(t.rowCount() - 1, t.header.size() - 1).size() <= bytes.size(),
            "the last field lies inside the input");
    const CsvReadResult events = readCsv(eventsBytes);
    const DateOrder order = size % 3 == 0   ? DateOrder::Unknown
                            : size % 3 == 1 ? DateOrder::DayFirst
                                            : DateOrder::MonthFirst;
    const DealImportResult imported =
        importDeals(*deals.table, events.ok() ? &*events.table : nullptr, DealFormat::Auto, order);
    require(imported.deals.has_value() != !imported.problems.empty(),
            "an import either yields deals or says why");
    if (!imported.deals)
        return 0;
    static const b2x::Persona p = persona();
    const Calibration c =
        calibrate(*imported.deals, p, mappingByName(*imported.deals, p), 20454 + (size % 400));
    require(c.won + c.lost + c.open == c.total, "won + lost + open = total");
    for (const auto& s : c.stages) {
        const auto& e = s.estimate;
        require(e.advanced + e.lost + e.open == e.entered, "a stage's outcomes add up");
        if (!e.conversion)
            continue;
        require(*e.conversion >= -1e-12 && *e.conversion <= 1 + 1e-12, "conversion is a share");
        require(*e.conversionLow <= *e.conversion + 1e-9 &&
                    *e.conversion <= *e.conversionHigh + 1e-9,
                "the interval holds the estimate");
        if (e.p10Days)
            require(*e.p10Days <= *e.p50Days && *e.p50Days <= *e.p90Days, "percentiles in order");
        if (s.triangular)
            require(s.triangular->minDays <= s.triangular->likelyDays &&
                        s.triangular->likelyDays <= s.triangular->maxDays,
                    "the triangle is ordered");
    }
    return 0;
}
