// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealGenerator.h"

#include <QDate>
#include <cmath>
#include <random>

namespace b2x::bench {

namespace {

std::string isoDate(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate).toStdString();
}

} // namespace

Persona benchmarkPipelinePersona()
{
    Persona p;
    p.id = "00000000-0000-4000-8000-000000000001";
    p.name = "Benchmark pipeline";
    // High conversions, so that the average deal passes most stages (≈ 6 events a deal with the
    // creation's own entry).
    p.pipeline = {{"Lead", 98, 1, 3, 7},       {"MQL", 97, 2, 5, 12},
                  {"SQL", 96, 3, 8, 20},       {"Opportunity", 95, 5, 12, 30},
                  {"Proposal", 94, 5, 10, 25}, {"Negotiation", 92, 3, 9, 21}};
    return p;
}

DealExport generateDealExport(const Persona& persona, std::size_t count, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    const auto unit = [&] { return (static_cast<double>(engine()) + 0.5) / 4294967296.0; };
    const qint64 asOf = QDate(1970, 1, 1).daysTo(QDate(2026, 6, 30));
    DealExport out;
    out.deals = "deal_id,created_at,status,closed_at,amount,channel\n";
    out.events = "deal_id,stage,entered_at\n";
    out.deals.reserve(count * 48);
    out.events.reserve(count * 6 * 32);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string id = "D" + std::to_string(i + 1);
        const qint64 created = asOf - static_cast<qint64>(365 * unit());
        double t = static_cast<double>(created);
        const char* status = "open";
        std::string closed;
        for (std::size_t k = 0; k < persona.pipeline.size(); ++k) {
            const Stage& s = persona.pipeline[k];
            out.events += id + "," + s.name + "," + isoDate(static_cast<qint64>(t)) + "\n";
            ++out.eventCount;
            const bool advances = unit() * 100 < s.conversionPercent;
            const double u = unit();
            const double range = s.maxDays - s.minDays;
            const double m = range > 0 ? (s.likelyDays - s.minDays) / range : 0;
            double days = u < m
                              ? s.minDays + std::sqrt(u * range * (s.likelyDays - s.minDays))
                              : s.maxDays - std::sqrt((1 - u) * range * (s.maxDays - s.likelyDays));
            days = std::ceil(advances ? days : 2 * days);
            if (t + days > static_cast<double>(asOf))
                break;
            t += days;
            if (!advances) {
                status = "lost";
                closed = isoDate(static_cast<qint64>(t));
                break;
            }
            if (k + 1 == persona.pipeline.size()) {
                status = "won";
                closed = isoDate(static_cast<qint64>(t));
            }
        }
        out.deals += id + "," + isoDate(created) + "," + status + "," + closed + "," +
                     std::to_string(1000 + (i % 50) * 100) +
                     (i % 3 ? ",google-ads\n" : ",linkedin\n");
    }
    return out;
}

} // namespace b2x::bench
