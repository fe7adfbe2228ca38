// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration from a CRM export (issue 19's target: 100,000 deals with some 600,000 stage events
// imported and estimated in under 1 s): read both CSV files, import the deals, measure every
// stage, beside the baseline of splitting the same bytes into fields by hand (no quotes, no
// checks), which no correct reader can beat by much.
#include "DealGenerator.h"
#include "calibration/DealImport.h"
#include "calibration/StageCalibration.h"

#include <QDate>
#include <benchmark/benchmark.h>

namespace {

using namespace b2x;
using namespace b2x::calibration;

const bench::DealExport& exportOf(std::size_t deals)
{
    static std::size_t size = 0;
    static bench::DealExport cached;
    if (size != deals) {
        cached = bench::generateDealExport(bench::benchmarkPipelinePersona(), deals);
        size = deals;
    }
    return cached;
}

void calibrateDeals(benchmark::State& state)
{
    const auto& data = exportOf(static_cast<std::size_t>(state.range(0)));
    const Persona persona = bench::benchmarkPipelinePersona();
    const double asOf = static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(2026, 6, 30)));
    for (auto _ : state) {
        const CsvReadResult deals = readCsv(data.deals);
        const CsvReadResult events = readCsv(data.events);
        if (!deals.ok() || !events.ok()) {
            state.SkipWithError("the generated export did not read");
            return;
        }
        const DealImportResult imported =
            importDeals(*deals.table, &*events.table, DealFormat::Generic, DateOrder::Unknown);
        if (!imported.deals) {
            state.SkipWithError("the generated export did not import");
            return;
        }
        const Calibration c =
            calibrate(*imported.deals, persona, mappingByName(*imported.deals, persona), asOf);
        benchmark::DoNotOptimize(c.stages.data());
    }
    state.counters["events"] = static_cast<double>(data.eventCount);
    state.counters["MB"] = static_cast<double>(data.deals.size() + data.events.size()) / 1e6;
}

void plainSplitOnly(benchmark::State& state)
{
    const auto& data = exportOf(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::size_t fields = 0;
        for (const std::string* text : {&data.deals, &data.events}) {
            std::vector<std::vector<std::string>> rows;
            std::vector<std::string> row;
            std::string field;
            for (const char c : *text) {
                if (c == ',' || c == '\n') {
                    row.push_back(std::move(field));
                    field.clear();
                    if (c == '\n') {
                        fields += row.size();
                        rows.push_back(std::move(row));
                        row.clear();
                    }
                } else {
                    field += c;
                }
            }
            benchmark::DoNotOptimize(rows.data());
        }
        benchmark::DoNotOptimize(fields);
    }
}

} // namespace

BENCHMARK(calibrateDeals)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(plainSplitOnly)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);
