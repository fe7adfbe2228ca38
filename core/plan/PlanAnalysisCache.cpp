// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAnalysisCache.h"

namespace b2x::plan {

void PlanAnalysisCache::clear()
{
    m_entries.clear();
    m_analysis = PlanAnalysis{};
    m_checks.clear();
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

bool PlanAnalysisCache::analyseEdits(const Workspace& ws, const ChannelCatalogue& catalogue)
{
    // Every persona in its remembered place, each edited one among them.
    if (m_run == 0 || m_entries.size() != ws.personas.size() ||
        m_analysis.personas.size() != ws.personas.size())
        return false;
    std::vector<Entry*> edited;
    for (const std::string& id : m_edited) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end() || it->second.slot >= ws.personas.size() ||
            ws.personas[it->second.slot].id != id)
            return false;
        edited.push_back(&it->second);
    }
    for (Entry* e : edited) {
        const Persona& p = ws.personas[e->slot];
        if (e->persona == p)
            continue;
        e->persona = p;
        m_analysis.personas[e->slot] = analysePersona(
            p, e->plan ? &*e->plan : nullptr, m_analysis.period, catalogue, e->plannedBudget);
        ++m_computed;
    }
    return true;
}

const PlanAnalysis& PlanAnalysisCache::analyse(const Workspace& ws, QDate today)
{
    // The period (an assumed one follows today) and the channels enter every persona's part.
    const PeriodDates period = resolvePeriod(ws.plan.period, today);
    const bool sameContext =
        period.start == m_analysis.period.start && period.end == m_analysis.period.end &&
        period.assumed == m_analysis.period.assumed && ws.channels == m_channels;
    if (!sameContext) {
        m_entries.clear();
        m_channels = ws.channels;
    }
    m_analysis.period = period;
    const ChannelCatalogue catalogue = ws.catalogue();
    // Only persona edits since the last analysis (the plan, the order and the set of personas
    // as they were): the edited personas are computed again in their places and nothing else is
    // looked at, not even the other personas' entries (a thousand look-ups per keystroke).
    if (m_announced && m_onlyEditsAnnounced && sameContext && analyseEdits(ws, catalogue)) {
        m_checks.onlyEdited = &m_edited;
        completeAnalysis(m_analysis, ws, &m_checks);
        m_checks.onlyEdited = nullptr;
        m_edited.clear();
        return m_analysis;
    }
    const auto budgets = plannedBudgets(ws.plan);
    std::unordered_map<std::string, const PersonaPlan*> planEntries;
    for (const auto& e : ws.plan.personas)
        planEntries.emplace(e.personaId, &e);

    // Personas not announced as edited are the ones remembered, when every change was announced.
    const bool trustUnannounced = m_announced && m_onlyEditsAnnounced;
    ++m_run;
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
        auto [it, inserted] = m_entries.try_emplace(p.id);
        Entry& e = it->second;
        e.run = m_run;
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
    // (An entry not met in this run; marking them spares a set of every persona's id per edit.)
    std::erase_if(m_entries, [this](const auto& item) { return item.second.run != m_run; });
    completeAnalysis(m_analysis, ws, &m_checks);
    // From here on, changes are announced (or anythingChanged() says they were not).
    m_onlyEditsAnnounced = true;
    m_edited.clear();
    return m_analysis;
}

} // namespace b2x::plan
