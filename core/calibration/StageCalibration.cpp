// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageCalibration.h"

#include "analytics/CycleDistribution.h"
#include "model/EvidenceValues.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace b2x::calibration {

namespace {

std::string normalised(std::string_view name)
{
    std::string out;
    for (const char c : name)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Deals with fewer entries than this give a conversion whose 95% interval is wider than about
/// ±15 percentage points: worth saying beside the figure.
constexpr int fewDeals = 30;

struct Counters {
    int closedWithoutDate = 0;
    int eventsAfterAsOf = 0;
    int createdAfterAsOf = 0;
    int enteredTwice = 0;
    int outOfOrder = 0;
    std::set<std::string> unmapped;
};

/// Where a deal's stay in persona stage `k` ends and how, given the first entry of each stage
/// (NaN: not entered); std::nullopt when the deal never was in the stage. `skipped` tells a stay
/// inferred from a later stage (its duration is unknown).
struct Stay {
    Spell spell;
    bool skipped = false;
};

std::optional<Stay> stayIn(std::size_t k, const std::vector<double>& firstEntry, const Deal& deal,
                           DayNumber end)
{
    const std::size_t n = firstEntry.size();
    const double entered = firstEntry[k];
    if (std::isnan(entered)) {
        // Skipped: in an earlier stage and later in a later one, or won.
        bool before = false;
        for (std::size_t j = 0; j < k; ++j)
            before = before || !std::isnan(firstEntry[j]);
        bool after = deal.status == DealStatus::Won;
        for (std::size_t j = k + 1; j < n; ++j)
            after = after || !std::isnan(firstEntry[j]);
        if (before && after)
            return Stay{{0, Outcome::Advanced}, true};
        return std::nullopt;
    }
    // The first entry into any later stage after entering this one.
    double next = NAN;
    for (std::size_t j = k + 1; j < n; ++j)
        if (!std::isnan(firstEntry[j]) && firstEntry[j] >= entered &&
            (std::isnan(next) || firstEntry[j] < next))
            next = firstEntry[j];
    if (!std::isnan(next))
        return Stay{{next - entered, Outcome::Advanced}, false};
    switch (deal.status) {
    case DealStatus::Won:
        return Stay{{std::max(0.0, end - entered), Outcome::Advanced}, false};
    case DealStatus::Lost:
        return Stay{{std::max(0.0, end - entered), Outcome::Lost}, false};
    case DealStatus::Open:
        break;
    }
    return Stay{{std::max(0.0, end - entered), Outcome::Open}, false};
}

} // namespace

StageMapping mappingByName(const DealSet& deals, const Persona& persona)
{
    StageMapping mapping;
    for (const auto& crm : deals.stages)
        for (std::size_t k = 0; k < persona.pipeline.size(); ++k)
            if (normalised(crm) == normalised(persona.pipeline[k].name))
                mapping[crm] = static_cast<int>(k);
    return mapping;
}

Calibration calibrate(const DealSet& set, const Persona& persona, const StageMapping& mapping,
                      DayNumber asOf)
{
    Calibration c;
    c.asOf = asOf;
    const std::size_t n = persona.pipeline.size();
    std::vector<std::vector<Spell>> conversionSpells(n);
    std::vector<std::vector<Spell>> durationSpells(n);
    std::vector<int> skipped(n, 0);
    std::vector<Spell> cycleSpells;
    Counters counters;

    for (const Deal& deal : set.deals) {
        if (deal.created > asOf) {
            ++counters.createdAfterAsOf;
            continue;
        }
        ++c.total;
        // The deal's state on the as-of date: a close after it has not happened yet.
        DealStatus status = deal.status;
        DayNumber end = asOf;
        if (status != DealStatus::Open) {
            if (!deal.closed)
                ++counters.closedWithoutDate;
            if (deal.closed && *deal.closed > asOf)
                status = DealStatus::Open;
            else if (deal.closed)
                end = std::max(*deal.closed, deal.created);
            else
                status = DealStatus::Open; // a close without a date cannot be timed
        }
        c.won += status == DealStatus::Won;
        c.lost += status == DealStatus::Lost;
        c.open += status == DealStatus::Open;
        Deal effective = deal;
        effective.status = status;

        std::vector<double> firstEntry(n, NAN);
        double previous = -INFINITY;
        bool outOfOrder = false;
        for (const auto& e : deal.entries) {
            if (e.day > asOf) {
                ++counters.eventsAfterAsOf;
                continue;
            }
            const auto m = mapping.find(e.stage);
            if (m == mapping.end() || m->second < 0 || static_cast<std::size_t>(m->second) >= n) {
                counters.unmapped.insert(e.stage);
                continue;
            }
            const auto k = static_cast<std::size_t>(m->second);
            if (!std::isnan(firstEntry[k])) {
                ++counters.enteredTwice;
                firstEntry[k] = std::min(firstEntry[k], e.day);
            } else {
                firstEntry[k] = e.day;
            }
            outOfOrder = outOfOrder || e.day < previous;
            previous = std::max(previous, e.day);
        }
        counters.outOfOrder += outOfOrder;
        // Every deal is in the first stage from its creation unless its entry is given.
        if (n > 0 && std::isnan(firstEntry[0]))
            firstEntry[0] = deal.created;

        for (std::size_t k = 0; k < n; ++k) {
            const auto stay = stayIn(k, firstEntry, effective, end);
            if (!stay)
                continue;
            conversionSpells[k].push_back(stay->spell);
            if (stay->skipped)
                ++skipped[k];
            else
                durationSpells[k].push_back(stay->spell);
        }
        const Outcome outcome = status == DealStatus::Won    ? Outcome::Advanced
                                : status == DealStatus::Lost ? Outcome::Lost
                                                             : Outcome::Open;
        cycleSpells.push_back({std::max(0.0, end - deal.created), outcome});
    }

    for (std::size_t k = 0; k < n; ++k) {
        const Stage& stage = persona.pipeline[k];
        MeasuredStage m;
        m.name = stage.name;
        m.modelConversionPercent = stage.conversionPercent;
        m.modelDays = analytics::Triangular::of(stage);
        m.estimate = estimateCompetingRisks(conversionSpells[k]);
        m.skipped = skipped[k];
        const CompetingRisksEstimate timed = estimateCompetingRisks(durationSpells[k]);
        m.estimate.p10Days = timed.p10Days;
        m.estimate.p50Days = timed.p50Days;
        m.estimate.p90Days = timed.p90Days;
        m.estimate.meanDays = timed.meanDays;
        if (timed.p10Days && timed.p50Days && timed.p90Days)
            m.triangular = fitTriangular(*timed.p10Days, *timed.p50Days, *timed.p90Days);
        const QString name = QString::fromStdString(stage.name);
        if (m.estimate.entered == 0)
            c.warnings.push_back(
                QCoreApplication::translate("b2x::calibration",
                                            "No deal entered “%1”: it keeps its modelled values.")
                    .arg(name));
        else if (m.estimate.entered < fewDeals)
            c.warnings.push_back(
                QCoreApplication::translate(
                    "b2x::calibration",
                    "Only %n deal(s) entered “%1”: its conversion is uncertain (see the interval).",
                    nullptr, m.estimate.entered)
                    .arg(name));
        if (m.estimate.entered > 0 && !m.estimate.levelledOff)
            c.warnings.push_back(QCoreApplication::translate(
                                     "b2x::calibration",
                                     "“%1” still converts deals that entered late: its conversion "
                                     "is a lower bound until they have had time to move on.")
                                     .arg(name));
        c.stages.push_back(std::move(m));
    }

    const CompetingRisksEstimate cycle = estimateCompetingRisks(cycleSpells);
    c.cycle.p50Days = cycle.p50Days;
    c.cycle.p90Days = cycle.p90Days;
    c.cycle.steps = cycle.steps;
    c.cycle.winRate = cycle.conversion;
    const analytics::CycleDistribution model(persona.pipeline);
    c.cycle.modelP50Days = model.quantile(0.5);
    c.cycle.modelP90Days = model.quantile(0.9);

    if (!counters.unmapped.empty()) {
        QStringList names;
        for (const auto& s : counters.unmapped)
            names << QStringLiteral("“%1”").arg(QString::fromStdString(s));
        c.warnings.push_back(
            QCoreApplication::translate(
                "b2x::calibration", "CRM stages not mapped to a stage of the persona, ignored: %1.")
                .arg(names.join(QStringLiteral(", "))));
    }
    if (counters.closedWithoutDate)
        c.warnings.push_back(QCoreApplication::translate(
            "b2x::calibration", "%n won or lost deal(s) have no close date: counted as open.",
            nullptr, counters.closedWithoutDate));
    if (counters.createdAfterAsOf)
        c.warnings.push_back(QCoreApplication::translate(
            "b2x::calibration", "%n deal(s) created after the as-of date are left out.", nullptr,
            counters.createdAfterAsOf));
    if (counters.eventsAfterAsOf)
        c.warnings.push_back(QCoreApplication::translate(
            "b2x::calibration", "%n stage change(s) after the as-of date are ignored.", nullptr,
            counters.eventsAfterAsOf));
    if (counters.enteredTwice)
        c.warnings.push_back(QCoreApplication::translate(
            "b2x::calibration", "%n time(s) a deal entered a stage again: its first entry counts.",
            nullptr, counters.enteredTwice));
    if (counters.outOfOrder)
        c.warnings.push_back(QCoreApplication::translate(
            "b2x::calibration",
            "%n deal(s) entered stages out of pipeline order: each stage ends at the first "
            "later stage entered after it.",
            nullptr, counters.outOfOrder));
    return c;
}

Persona applyCalibration(const Persona& persona, const Calibration& calibration,
                         const std::string& source)
{
    Persona p = persona;
    bool rates = false;
    bool durations = false;
    const auto round1 = [](double v) { return std::round(v * 10) / 10; };
    for (std::size_t k = 0; k < p.pipeline.size() && k < calibration.stages.size(); ++k) {
        const MeasuredStage& m = calibration.stages[k];
        Stage& s = p.pipeline[k];
        if (m.estimate.conversion) {
            s.conversionPercent = std::clamp(round1(*m.estimate.conversion * 100), 0.0, 100.0);
            rates = true;
        }
        if (m.triangular) {
            s.minDays = std::clamp(round1(m.triangular->minDays), 0.0, limits::maxDays);
            s.maxDays = std::clamp(round1(m.triangular->maxDays), s.minDays, limits::maxDays);
            s.likelyDays = std::clamp(round1(m.triangular->likelyDays), s.minDays, s.maxDays);
            durations = true;
        }
    }
    for (const auto& [field, changed] : {std::pair{EvidenceField::ConversionRates, rates},
                                         std::pair{EvidenceField::StageDurations, durations}}) {
        if (!changed)
            continue;
        Evidence& e = p.evidence[field];
        // The source names the file, the deal count and the date; cut (at a character's start)
        // to what the file format takes.
        std::size_t length = std::min(source.size(), limits::maxLongText);
        while (length < source.size() && length > 0 &&
               (static_cast<unsigned char>(source[length]) & 0xC0) == 0x80)
            --length;
        e.source = source.substr(0, length);
        e.confidence = Confidence::Measured;
        stampEvidence(p, field);
    }
    return p;
}

} // namespace b2x::calibration
