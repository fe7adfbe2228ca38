// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAnalysis.h"

#include "PlanChecks.h"
#include "analytics/BehaviourProfile.h"
#include "analytics/CycleDistribution.h"

#include <unordered_map>

namespace b2x::plan {

const PersonaPlanAnalysis* PlanAnalysis::findPersona(const std::string& personaId) const
{
    const auto it = personaIndex.find(personaId);
    return it == personaIndex.end() ? nullptr : &personas[it->second];
}

std::optional<double> liveTarget(const DerivedTarget& derived, const PlanAnalysis& analysis)
{
    const PersonaPlanAnalysis* p = analysis.findPersona(derived.personaId);
    if (!p)
        return std::nullopt;
    const ReverseFunnel& f = p->funnel;
    switch (derived.quantity) {
    case DerivedQuantity::Customers:
        return f.targetCustomers;
    case DerivedQuantity::StageEntries:
        if (derived.stageIndex < 0 ||
            static_cast<std::size_t>(derived.stageIndex) >= f.stageEntries.size())
            return std::nullopt;
        return f.stageEntries[static_cast<std::size_t>(derived.stageIndex)].entries;
    case DerivedQuantity::MonthlyVolume:
        return f.requiredMonthlyVolume;
    case DerivedQuantity::MonthlySpend:
        return f.requiredMonthlySpend;
    }
    return std::nullopt;
}

PlanAnalysis analysePlan(const Workspace& ws, QDate today)
{
    PlanAnalysis a;
    a.period = resolvePeriod(ws.plan.period, today);
    const ChannelCatalogue catalogue = ws.catalogue();

    std::unordered_map<std::string, const PersonaPlan*> entries;
    for (const auto& e : ws.plan.personas)
        entries.emplace(e.personaId, &e);
    std::unordered_map<std::string, double> budgets;
    for (const auto& t : ws.plan.tactics)
        budgets[t.personaId] += t.plannedBudget;

    a.personas.reserve(ws.personas.size());
    for (const auto& p : ws.personas) {
        PersonaPlanAnalysis pa;
        pa.personaId = p.id;
        pa.name = p.name;
        const auto entry = entries.find(p.id);
        const PersonaPlan* plan = entry == entries.end() ? nullptr : entry->second;
        pa.inPlan = plan != nullptr;
        if (plan)
            pa.targetKind = plan->targetKind;
        pa.funnel = computeReverseFunnel(p, plan, a.period);
        pa.audience = computeAudienceSizing(p, plan, a.period, pa.funnel);
        const analytics::CycleDistribution cycle(p.pipeline);
        const auto profile = analytics::computeBehaviourProfile(p, cycle.meanDays(), catalogue);
        pa.b2bIndex = profile.b2bIndex;
        pa.behavesAs = profile.behavesAs;
        pa.kpis = suggestKpis(pa.behavesAs);
        if (const auto b = budgets.find(p.id); b != budgets.end())
            pa.plannedBudget = b->second;
        if (pa.funnel.requiredMonthlySpend)
            pa.requiredSpendInPeriod =
                *pa.funnel.requiredMonthlySpend * a.period.days / daysPerMonth;
        a.personaIndex.emplace(p.id, a.personas.size());
        a.personas.push_back(std::move(pa));
    }

    for (const auto& o : ws.plan.objectives) {
        std::vector<KeyResultScore> scores;
        for (const auto& k : o.keyResults)
            scores.push_back(
                scoreKeyResult(k, k.derived ? liveTarget(*k.derived, a) : std::nullopt));
        a.objectives.push_back(scoreObjective(o, std::move(scores)));
    }
    a.contentGaps = findContentGaps(ws);
    a.checks = checkPlan(ws, a);
    return a;
}

} // namespace b2x::plan
