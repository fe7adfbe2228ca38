// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaAnalysis.h"

#include "InMarketShare.h"
#include "OutputNames.h"

#include <algorithm>
#include <thread>

namespace b2x::analytics {

PersonaAnalysis analysePersona(const Persona& persona, const ChannelCatalogue& catalogue)
{
    PersonaAnalysis a;
    a.personaId = persona.id;
    a.label = persona.label;
    const CycleDistribution cycle(persona.pipeline);
    a.salesCycle = summariseCycle(cycle, static_cast<int>(persona.pipeline.size()));
    a.behaviour = computeBehaviourProfile(persona, a.salesCycle.meanDays, catalogue);
    a.decisionUnit = analyseDecisionUnit(persona.decisionUnit);
    a.funnel = computeFunnel(persona);
    a.economics = computeUnitEconomics(persona.economics, a.funnel.customersPerMonth);
    a.inMarketSharePerQuarter = inMarketSharePerQuarter(persona.economics);
    a.timeToRevenue =
        computeTimeToRevenue(cycle, a.funnel.customersPerMonth, customerRevenue(persona.economics));
    a.attribution = checkAttribution(persona, a.salesCycle, catalogue);
    a.channelFit = rankChannels(persona, a.behaviour, a.salesCycle.meanDays, catalogue);
    return a;
}

void visitScalarOutputs(const PersonaAnalysis& a, const ScalarOutputVisitor& add)
{
    // Composed names are built in one buffer, so a visit allocates nothing once it has grown.
    std::string composed;
    const auto prefixed = [&](std::string_view prefix, std::string_view name) -> std::string_view {
        composed.assign(prefix);
        composed += name;
        return composed;
    };
    add(output::b2bIndex, a.behaviour.b2bIndex);
    add(output::labelMismatch, a.behaviour.labelMismatch ? 1.0 : 0.0);
    for (const auto& d : a.behaviour.dimensions) {
        if (d.applicable)
            add(prefixed(output::dimensionPrefix, toString(d.dimension)), d.score);
        else
            add(prefixed(output::dimensionPrefix, toString(d.dimension)), std::nullopt);
    }
    add(output::decisionUnitSize, a.decisionUnit.size);
    add(output::consensusProbability, a.decisionUnit.consensusProbability);
    add(output::uncoveredRoleCount, static_cast<double>(a.decisionUnit.uncoveredRoles.size()));
    add(output::cycleMeanDays, a.salesCycle.meanDays);
    add(output::cycleP50Days, a.salesCycle.p50Days);
    add(output::cycleP90Days, a.salesCycle.p90Days);
    add(output::customersPerMonth, a.funnel.customersPerMonth);
    add(output::cac, a.economics.cac);
    add(output::clv, a.economics.clv);
    add(output::clvToCac, a.economics.clvToCac);
    add(output::paybackMonths, a.economics.paybackMonths);
    add(output::roas, a.economics.roas);
    add(output::monthlyRevenuePerCustomer, a.economics.monthlyRevenuePerCustomer);
    add(output::lifetimeMonths, a.economics.lifetimeMonths);
    add(output::monthlyChurn, a.economics.monthlyChurn);
    add(output::steadyStateCustomers, a.economics.steadyStateCustomers);
    add(output::steadyStateMrr, a.economics.steadyStateMrr);
    add(output::steadyStateArr, a.economics.steadyStateArr);
    add(output::inMarketSharePerQuarter, a.inMarketSharePerQuarter);
    add(output::steadyStateRevenue, a.timeToRevenue.steadyStateRevenue);
    add(output::month24Revenue, a.timeToRevenue.monthlyRevenue.back());
    add(output::monthsTo50Percent, a.timeToRevenue.monthsTo50Percent
                                       ? std::optional<double>(*a.timeToRevenue.monthsTo50Percent)
                                       : std::nullopt);
    double uncovered = 0;
    for (const auto& check : a.attribution)
        uncovered += check.coversP90 ? 0.0 : 1.0;
    add(output::windowsMissingP90, uncovered);
    for (const auto& fit : a.channelFit)
        add(prefixed(output::channelFitPrefix, fit.channelId), fit.score);
}

std::vector<NamedOutput> scalarOutputs(const PersonaAnalysis& a)
{
    std::vector<NamedOutput> out;
    out.reserve(48 + a.channelFit.size());
    visitScalarOutputs(a, [&](std::string_view name, std::optional<double> value) {
        out.push_back({std::string(name), value});
    });
    return out;
}

std::vector<PersonaAnalysis> analysePersonas(std::span<const Persona* const> personas,
                                             const ChannelCatalogue& catalogue, unsigned threads)
{
    std::vector<PersonaAnalysis> out(personas.size());
    // Below a few hundred personas a thread costs more than it saves (one analysis is ~50 µs).
    constexpr std::size_t perThreadMinimum = 256;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(
        threads, std::max<std::size_t>(1, personas.size() / perThreadMinimum)));
    const auto work = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            out[i] = analysePersona(*personas[i], catalogue);
    };
    // This thread takes the first chunk; with one thread that is all of them.
    std::vector<std::jthread> pool;
    const std::size_t chunk = (personas.size() + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(personas.size(), t * chunk),
                          std::min(personas.size(), (t + 1) * chunk));
    work(0, std::min(personas.size(), chunk));
    pool.clear(); // joins every thread before `out` is handed back
    return out;
}

} // namespace b2x::analytics
