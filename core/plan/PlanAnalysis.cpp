// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAnalysis.h"

#include "PlanChecks.h"
#include "PlanChecksMemo.h"
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

PersonaPlanAnalysis analysePersona(const Persona& p, const PersonaPlan* plan,
                                   const PeriodDates& period, const ChannelCatalogue& catalogue,
                                   double plannedBudget)
{
    PersonaPlanAnalysis pa;
    pa.personaId = p.id;
    pa.name = p.name;
    pa.inPlan = plan != nullptr;
    if (plan)
        pa.targetKind = plan->targetKind;
    pa.funnel = computeReverseFunnel(p, plan, period);
    pa.audience = computeAudienceSizing(p, plan, period, pa.funnel);
    const analytics::CycleDistribution cycle(p.pipeline);
    const auto profile = analytics::computeBehaviourProfile(p, cycle.meanDays(), catalogue);
    pa.b2bIndex = profile.b2bIndex;
    pa.behavesAs = profile.behavesAs;
    pa.kpis = suggestKpis(pa.behavesAs);
    pa.plannedBudget = plannedBudget;
    if (pa.funnel.requiredMonthlySpend)
        pa.requiredSpendInPeriod = *pa.funnel.requiredMonthlySpend * period.days / daysPerMonth;
    return pa;
}

std::unordered_map<std::string, double> plannedBudgets(const Plan& plan)
{
    std::unordered_map<std::string, double> budgets;
    for (const auto& t : plan.tactics)
        budgets[t.personaId] += t.plannedBudget;
    return budgets;
}

void completeAnalysis(PlanAnalysis& a, const Workspace& ws, PlanChecksMemo* memo)
{
    // Edits of personas' fields alone (PlanChecksMemo::onlyEdited) move no persona and change no
    // plan item: the index and the content gaps stay as they are.
    const bool onlyEdits = memo && memo->onlyEdited;
    if (!onlyEdits) {
        a.personaIndex.clear();
        for (std::size_t i = 0; i < a.personas.size(); ++i)
            a.personaIndex.emplace(a.personas[i].personaId, i);
    }
    a.objectives.clear();
    for (const auto& o : ws.plan.objectives) {
        std::vector<KeyResultScore> scores;
        for (const auto& k : o.keyResults)
            scores.push_back(
                scoreKeyResult(k, k.derived ? liveTarget(*k.derived, a) : std::nullopt));
        a.objectives.push_back(scoreObjective(o, std::move(scores)));
    }
    if (!onlyEdits)
        a.contentGaps = findContentGaps(ws);
    a.checks = checkPlan(ws, a, memo);
}

PlanAnalysis analysePlan(const Workspace& ws, QDate today)
{
    PlanAnalysis a;
    a.period = resolvePeriod(ws.plan.period, today);
    const ChannelCatalogue catalogue = ws.catalogue();
    const auto budgets = plannedBudgets(ws.plan);
    std::unordered_map<std::string, const PersonaPlan*> entries;
    for (const auto& e : ws.plan.personas)
        entries.emplace(e.personaId, &e);
    a.personas.reserve(ws.personas.size());
    for (const auto& p : ws.personas) {
        const auto budget = budgets.find(p.id);
        const auto entry = entries.find(p.id);
        a.personas.push_back(analysePersona(p, entry == entries.end() ? nullptr : entry->second,
                                            a.period, catalogue,
                                            budget == budgets.end() ? 0.0 : budget->second));
    }
    completeAnalysis(a, ws);
    return a;
}

} // namespace b2x::plan
