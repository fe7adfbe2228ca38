// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAnalysisCache.h"

#include <unordered_set>

namespace b2x::plan {

void PlanAnalysisCache::clear()
{
    m_entries.clear();
    m_analysis = PlanAnalysis{};
    anythingChanged();
}

void PlanAnalysisCache::personaEdited(const std::string& personaId)
{
    m_edited.insert(personaId);
}

void PlanAnalysisCache::anythingChanged()
{
    m_onlyEditsAnnounced = false;
    m_edited.clear();
}

const PlanAnalysis& PlanAnalysisCache::analyse(const Workspace& ws, QDate today)
{
    // The period (an assumed one follows today) and the channels enter every persona's part.
    const PeriodDates period = resolvePeriod(ws.plan.period, today);
    if (period.start != m_analysis.period.start || period.end != m_analysis.period.end ||
        period.assumed != m_analysis.period.assumed || ws.channels != m_channels) {
        m_entries.clear();
        m_channels = ws.channels;
    }
    m_analysis.period = period;
    const ChannelCatalogue catalogue = ws.catalogue();
    const auto budgets = plannedBudgets(ws.plan);
    std::unordered_map<std::string, const PersonaPlan*> planEntries;
    for (const auto& e : ws.plan.personas)
        planEntries.emplace(e.personaId, &e);

    // Personas not announced as edited are the ones remembered, when every change was announced.
    const bool trustUnannounced = m_announced && m_onlyEditsAnnounced;
    std::unordered_set<std::string> present;
    // Each persona's result moves from the previous analysis into the new one (copying a
    // thousand reverse funnels per keystroke cost more than computing the edited persona).
    std::vector<PersonaPlanAnalysis> previous = std::move(m_analysis.personas);
    std::vector<bool> taken(previous.size(), false);
    m_analysis.personas.clear();
    m_analysis.personas.reserve(ws.personas.size());
    for (const auto& p : ws.personas) {
        const auto budgetIt = budgets.find(p.id);
        const double budget = budgetIt == budgets.end() ? 0.0 : budgetIt->second;
        const auto planIt = planEntries.find(p.id);
        const PersonaPlan* plan = planIt == planEntries.end() ? nullptr : planIt->second;
        present.insert(p.id);
        auto [it, inserted] = m_entries.try_emplace(p.id);
        Entry& e = it->second;
        // A result moved out already (two personas with one id) is computed again.
        const bool same = !inserted && e.plannedBudget == budget &&
                          e.plan.has_value() == (plan != nullptr) && (!plan || *e.plan == *plan) &&
                          e.slot < previous.size() && !taken[e.slot] &&
                          ((trustUnannounced && !m_edited.contains(p.id)) || e.persona == p);
        if (same) {
            taken[e.slot] = true;
            m_analysis.personas.push_back(std::move(previous[e.slot]));
        } else {
            e.persona = p;
            e.plan = plan ? std::optional<PersonaPlan>(*plan) : std::nullopt;
            e.plannedBudget = budget;
            m_analysis.personas.push_back(analysePersona(p, plan, period, catalogue, budget));
            ++m_computed;
        }
        e.slot = m_analysis.personas.size() - 1;
    }
    // Deleted personas leave the cache (an undo of the deletion computes them again).
    std::erase_if(m_entries, [&](const auto& item) { return !present.contains(item.first); });
    completeAnalysis(m_analysis, ws);
    // From here on, changes are announced (or anythingChanged() says they were not).
    m_onlyEditsAnnounced = true;
    m_edited.clear();
    return m_analysis;
}

} // namespace b2x::plan
