// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanChartData.h"

#include "analytics/Funnel.h"
#include "plan/PlanCalendar.h"

#include <QCoreApplication>
#include <algorithm>
#include <unordered_map>

namespace b2x::charts {

namespace {

QColor personaColour(const Persona& p)
{
    const QColor c(QString::fromStdString(p.colour));
    return c.isValid() ? c : QColor(0x4e, 0x79, 0xa7); // ChartDataBuilder's fallback
}

} // namespace

TimelineData PlanChartData::timeline(const Workspace& ws, const plan::PlanAnalysis& analysis,
                                     QDate today)
{
    TimelineData d;
    d.periodStart = analysis.period.start;
    d.periodEnd = analysis.period.end;
    d.periodAssumed = analysis.period.assumed;
    d.today = today;
    d.currency = QString::fromStdString(ws.currency);
    d.totalTactics = ws.plan.tactics.size();
    const ChannelCatalogue catalogue = ws.catalogue();

    // Personas in the workspace's order; tactics of a persona that no longer exists go last,
    // under their id (the checks flag the dangling reference).
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<TimelineTactic>> groups;
    for (const auto& p : ws.personas) {
        const plan::PersonaPlanAnalysis* a = analysis.findPersona(p.id);
        TimelinePersona tp;
        tp.name = QString::fromStdString(p.name);
        tp.colour = personaColour(p);
        if (a && a->funnel.targetCustomers && *a->funnel.targetCustomers > 0) {
            tp.targeted = true;
            tp.latestEntryP50 = a->funnel.latestEntryP50;
            tp.latestEntryP90 = a->funnel.latestEntryP90;
        }
        index.emplace(p.id, d.personas.size());
        d.personas.push_back(tp);
        groups.emplace_back();
    }
    for (const auto& t : ws.plan.tactics) {
        TimelineTactic tt;
        tt.name = QString::fromStdString(t.name);
        if (const Channel* c = catalogue.find(t.channelId))
            tt.channel = QString::fromStdString(c->name);
        tt.start = plan::parseDate(t.start);
        tt.end = plan::parseDate(t.end);
        tt.status = t.status;
        tt.budget = t.plannedBudget;
        auto it = index.find(t.personaId);
        if (it == index.end()) {
            TimelinePersona missing;
            missing.name = QString::fromStdString(t.personaId);
            missing.colour = QColor(0x88, 0x88, 0x88);
            it = index.emplace(t.personaId, d.personas.size()).first;
            d.personas.push_back(missing);
            groups.emplace_back();
        }
        tt.persona = it->second;
        if (!tt.start.isValid() || !tt.end.isValid() || tt.end < tt.start) {
            d.undated.push_back(tt);
            continue;
        }
        ++d.personas[tt.persona].tactics;
        groups[tt.persona].push_back(tt);
    }
    for (auto& g : groups) {
        std::stable_sort(g.begin(), g.end(), [](const auto& a, const auto& b) {
            return a.start < b.start || (a.start == b.start && a.end < b.end);
        });
        for (auto& t : g) {
            if (d.rows.size() < maxRows) {
                ++d.personas[t.persona].drawn;
                d.rows.push_back(std::move(t));
            } else {
                d.hidden.push_back(std::move(t));
            }
        }
    }
    return d;
}

ReverseFunnelData PlanChartData::reverseFunnel(const Workspace& ws,
                                               const plan::PlanAnalysis& analysis,
                                               const std::string& personaId)
{
    ReverseFunnelData d;
    const Persona* persona = ws.findPersona(personaId);
    const plan::PersonaPlanAnalysis* a = analysis.findPersona(personaId);
    if (!persona || !a)
        return d;
    d.valid = true;
    d.personaName = QString::fromStdString(persona->name);
    d.colour = personaColour(*persona);
    d.currency = QString::fromStdString(ws.currency);
    d.periodDays = analysis.period.days;
    const plan::ReverseFunnel& f = a->funnel;
    // Entries available over the period at today's volume: the monthly entries of today's funnel
    // over the period's days, the same days the analysis spreads the required entries over
    // (core/plan/ReverseFunnel.cpp), so required ÷ available is target ÷ expected at every stage.
    const analytics::Funnel today = analytics::computeFunnel(*persona);
    const double months = std::max(0, analysis.period.days) / plan::daysPerMonth;
    for (std::size_t i = 0; i < f.stageEntries.size(); ++i) {
        ReverseFunnelStage s;
        s.name = QString::fromStdString(f.stageEntries[i].name);
        s.required = f.stageEntries[i].entries;
        s.available = i < today.stages.size() ? today.stages[i].count * months : 0;
        d.stages.push_back(s);
    }
    d.stages.push_back({QCoreApplication::translate("b2x::charts", "Customers"), f.targetCustomers,
                        f.expectedCustomersInPeriod});
    d.targetCustomers = f.targetCustomers;
    d.expectedCustomers = f.expectedCustomersInPeriod;
    d.shortfall = f.shortfallCustomers;
    d.requiredMonthlyVolume = f.requiredMonthlyVolume;
    d.requiredMonthlySpend = f.requiredMonthlySpend;
    d.monthlyVolume = persona->economics.monthlyVolume;
    d.monthlySpend = persona->economics.monthlySpend;
    d.warnings = f.warnings;
    return d;
}

std::vector<std::string> PlanChartData::targetedPersonas(const plan::PlanAnalysis& analysis)
{
    std::vector<std::string> ids;
    for (const auto& p : analysis.personas)
        if (p.funnel.targetCustomers || p.funnel.targetRevenue)
            ids.push_back(p.personaId);
    return ids;
}

} // namespace b2x::charts
