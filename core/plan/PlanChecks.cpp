// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanChecks.h"

#include "analytics/CycleDistribution.h"
#include "i18n/Language.h"
#include "model/ChannelNames.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>
#include <set>
#include <unordered_map>

namespace b2x::plan {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString whole(double value)
{
    return i18n::numberLocale().toString(std::round(value), 'f', 0);
}

QString money(double value, const std::string& currency)
{
    return QStringLiteral("%1 %2").arg(whole(value), qs(currency));
}

/// The plan item a check is about (PlanCheck's ids).
struct Subject {
    std::string objectiveId;
    std::string keyResultId;
    std::string tacticId;
    std::string contentId;
};

constexpr RaceStage contentStages[] = {RaceStage::Reach, RaceStage::Act, RaceStage::Convert,
                                       RaceStage::Engage};

class Checker {
public:
    Checker(const Workspace& workspace, const PlanAnalysis& analysis)
        : ws(workspace), a(analysis), catalogue(workspace.catalogue())
    {
        for (const auto& p : workspace.personas)
            personasById.emplace(p.id, &p);
        for (const auto& g : analysis.contentGaps)
            gapsByPersona[g.personaId] << raceStageName(g.stage);
    }

    std::vector<PlanCheck> run()
    {
        if (a.period.assumed)
            add(CheckKind::PeriodAssumed, {},
                QCoreApplication::translate(
                    "b2x::plan",
                    "The plan has no period yet, so the calendar quarter %1 to %2 is planned.")
                    .arg(a.period.start.toString(Qt::ISODate), a.period.end.toString(Qt::ISODate)));
        for (const auto& p : a.personas)
            if (p.inPlan)
                persona(p);
        for (const auto& t : ws.plan.tactics)
            tactic(t);
        for (std::size_t i = 0; i < ws.plan.objectives.size(); ++i)
            objective(ws.plan.objectives[i], a.objectives[i]);
        for (const auto& e : ws.plan.personas)
            personaRef(e.personaId, QCoreApplication::translate("b2x::plan", "The plan's target"),
                       {});
        for (const auto& c : ws.plan.content) {
            const QString place =
                QCoreApplication::translate("b2x::plan", "Content \"%1\"").arg(qs(c.title));
            const Subject subject{{}, {}, {}, c.id};
            personaRef(c.personaId, place, subject);
            channelRef(c.channelId, place, subject);
        }
        return std::move(out);
    }

private:
    void add(CheckKind kind, const std::string& personaId, const QString& message,
             const Subject& subject = {})
    {
        out.push_back({kind, personaId, message, subject.objectiveId, subject.keyResultId,
                       subject.tacticId, subject.contentId});
    }

    void persona(const PersonaPlanAnalysis& p)
    {
        const QString name = qs(p.name);
        for (const auto& w : p.funnel.warnings)
            add(CheckKind::ReverseFunnel, p.personaId, QStringLiteral("%1: %2").arg(name, w));
        if (p.requiredSpendInPeriod && p.plannedBudget < *p.requiredSpendInPeriod)
            add(CheckKind::BudgetBelowRequired, p.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1: the tactics plan %2 for the period, below the %3 its target needs at "
                    "today's cost per entry.")
                    .arg(name, money(p.plannedBudget, ws.currency),
                         money(*p.requiredSpendInPeriod, ws.currency)));
        if (p.audience.exceedsAudience)
            add(CheckKind::AudienceTooSmall, p.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1: the target needs %2 entries over the period, more than the %3 of its "
                    "audience of %4 who are in market in that time.")
                    .arg(name, whole(*p.audience.requiredEntriesInPeriod),
                         whole(*p.audience.inMarketInPeriod), whole(*p.audience.audienceSize)));
        const auto found = gapsByPersona.find(p.personaId);
        const QStringList gaps = found == gapsByPersona.end() ? QStringList() : found->second;
        if (!gaps.isEmpty())
            add(CheckKind::ContentGap, p.personaId,
                QCoreApplication::translate("b2x::plan", "%1: no content and no tactic for %2.")
                    .arg(name, gaps.join(QStringLiteral(", "))));
    }

    void tactic(const Tactic& t)
    {
        const QDate start = parseDate(t.start);
        const QDate end = parseDate(t.end);
        const bool outside =
            (start.isValid() && (start < a.period.start || start > a.period.end)) ||
            (end.isValid() && (end > a.period.end || end < a.period.start));
        // Most tactics pass every check: their texts are only written for a finding (the
        // checks run on every keystroke, over hundreds of tactics).
        if (!outside && !mayFlag(t))
            return;
        const QString place =
            QCoreApplication::translate("b2x::plan", "Tactic \"%1\"").arg(qs(t.name));
        const Subject subject{{}, {}, t.id, {}};
        if (outside)
            add(CheckKind::TacticOutsidePeriod, t.personaId,
                QCoreApplication::translate("b2x::plan",
                                            "%1 runs from %2 to %3, outside the period %4 to %5.")
                    .arg(place, t.start.empty() ? QStringLiteral("…") : qs(t.start),
                         t.end.empty() ? QStringLiteral("…") : qs(t.end),
                         a.period.start.toString(Qt::ISODate), a.period.end.toString(Qt::ISODate)),
                subject);
        const Persona* persona = personaRef(t.personaId, place, subject);
        const Channel* channel = channelRef(t.channelId, place, subject);
        if (!t.keyResultId.empty() && !ws.plan.findKeyResult(t.keyResultId))
            add(CheckKind::DanglingReference, t.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 serves key result \"%2\", which is not in the plan; the reference is kept.")
                    .arg(place, qs(t.keyResultId)),
                subject);
        if (persona && channel)
            attribution(t, place, *persona, *channel);
    }

    /// Whether any of tactic()'s checks other than the period's can fire for `t`.
    bool mayFlag(const Tactic& t) const
    {
        const auto found =
            t.personaId.empty() ? personasById.end() : personasById.find(t.personaId);
        if (!t.personaId.empty() && found == personasById.end())
            return true;
        const Channel* channel = t.channelId.empty() ? nullptr : catalogue.find(t.channelId);
        if (!t.channelId.empty() && !channel)
            return true;
        if (!t.keyResultId.empty() && !ws.plan.findKeyResult(t.keyResultId))
            return true;
        return found != personasById.end() && channel &&
               attributionMisses(t, *found->second, *channel).has_value();
    }

    /// The attribution window and the cycle's p90 when the window misses the slowest deals.
    std::optional<std::pair<int, double>> attributionMisses(const Tactic& t, const Persona& persona,
                                                            const Channel& channel) const
    {
        std::optional<int> window = channel.defaultAttributionDays;
        for (const auto& use : persona.channels)
            if (use.channelId == t.channelId && use.attributionWindowDays)
                window = use.attributionWindowDays;
        const PersonaPlanAnalysis* p = a.findPersona(persona.id);
        if (!window || !p)
            return std::nullopt;
        const double p90 = std::ceil(p->funnel.p90Days);
        if (*window >= p90)
            return std::nullopt;
        return std::pair{*window, p90};
    }

    void attribution(const Tactic& t, const QString& place, const Persona& persona,
                     const Channel& channel)
    {
        const auto misses = attributionMisses(t, persona, channel);
        if (!misses)
            return;
        const auto [window, p90] = *misses;
        add(CheckKind::AttributionWindow, t.personaId,
            QCoreApplication::translate(
                "b2x::plan",
                "%1 on %2: the %3-day attribution window misses the slowest tenth of the deals "
                "of %4 (90% close within %5 days), so the channel's results will look worse "
                "than they are; attribute them in the CRM.")
                .arg(place, channelDisplayName(t.channelId, catalogue))
                .arg(window)
                .arg(qs(persona.name), whole(p90)),
            {{}, {}, t.id, {}});
    }

    void objective(const Objective& o, const ObjectiveScore& score)
    {
        const QString place =
            QCoreApplication::translate("b2x::plan", "Objective \"%1\"").arg(qs(o.title));
        personaRef(o.personaId, place, {o.id, {}, {}, {}});
        for (std::size_t i = 0; i < o.keyResults.size(); ++i) {
            const KeyResult& k = o.keyResults[i];
            const KeyResultScore& s = score.keyResults[i];
            const QString krPlace =
                QCoreApplication::translate("b2x::plan", "Key result \"%1\"").arg(qs(k.metric));
            const Subject subject{o.id, k.id, {}, {}};
            if (s.targetMovedSinceCheckIn)
                add(CheckKind::DerivedTargetMoved, k.derived->personaId,
                    QCoreApplication::translate(
                        "b2x::plan",
                        "%1: its target follows the reverse funnel and moved from %2 at the last "
                        "check-in to %3.")
                        .arg(krPlace, i18n::numberLocale().toString(k.target, 'g', 6),
                             i18n::numberLocale().toString(*s.liveTarget, 'g', 6)),
                    subject);
            if (!k.derived)
                continue;
            const Persona* persona = personaRef(k.derived->personaId, krPlace, subject);
            if (persona && k.derived->quantity == DerivedQuantity::StageEntries &&
                static_cast<std::size_t>(k.derived->stageIndex) >= persona->pipeline.size())
                add(CheckKind::DanglingReference, persona->id,
                    QCoreApplication::translate(
                        "b2x::plan",
                        "%1 takes its target from stage %2 of %3's pipeline, which has %4 stages; "
                        "it keeps its own target until this is changed.")
                        .arg(krPlace)
                        .arg(k.derived->stageIndex + 1)
                        .arg(qs(persona->name))
                        .arg(persona->pipeline.size()),
                    subject);
        }
    }

    /// The persona `id` refers to; flags an id the workspace lacks. Empty ids refer to nothing.
    const Persona* personaRef(const std::string& id, const QString& place, const Subject& subject)
    {
        if (id.empty())
            return nullptr;
        const auto it = personasById.find(id);
        const Persona* p = it == personasById.end() ? nullptr : it->second;
        if (!p)
            add(CheckKind::DanglingReference, id,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 refers to persona \"%2\", which is not in the workspace (deleted?); the "
                    "reference is kept until it is changed.")
                    .arg(place, qs(id)),
                subject);
        return p;
    }

    const Channel* channelRef(const std::string& id, const QString& place, const Subject& subject)
    {
        if (id.empty())
            return nullptr;
        const Channel* c = catalogue.find(id);
        if (!c)
            add(CheckKind::DanglingReference, {},
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 uses channel \"%2\", which is neither in the catalogue nor one of the "
                    "workspace's channels; the reference is kept.")
                    .arg(place, qs(id)),
                subject);
        return c;
    }

    const Workspace& ws;
    const PlanAnalysis& a;
    ChannelCatalogue catalogue;
    std::unordered_map<std::string, const Persona*> personasById;
    std::unordered_map<std::string, QStringList> gapsByPersona; ///< stage names, in RACE order
    std::vector<PlanCheck> out;
};

} // namespace

std::vector<ContentGap> findContentGaps(const Workspace& ws)
{
    std::set<std::pair<std::string, RaceStage>> covered;
    for (const auto& t : ws.plan.tactics)
        covered.emplace(t.personaId, t.stage);
    for (const auto& c : ws.plan.content)
        covered.emplace(c.personaId, c.stage);
    std::set<std::string> ids;
    for (const auto& p : ws.personas)
        ids.insert(p.id);
    std::vector<ContentGap> gaps;
    for (const auto& e : ws.plan.personas) {
        if (!ids.contains(e.personaId))
            continue; // a dangling entry is flagged as such, not as gaps
        for (RaceStage stage : contentStages)
            if (!covered.contains({e.personaId, stage}))
                gaps.push_back({e.personaId, stage});
    }
    return gaps;
}

std::vector<PlanCheck> checkPlan(const Workspace& workspace, const PlanAnalysis& analysis)
{
    return Checker(workspace, analysis).run();
}

} // namespace b2x::plan
