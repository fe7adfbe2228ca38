// SPDX-License-Identifier: GPL-3.0-or-later
// Budget allocation and uncertainty (docs/models.md; targets in docs/performance.md): allocating
// across 25 channels × 1,000 personas, and 10,000 Monte Carlo runs of one persona, each under
// 100 ms on the release build.
#include "WorkspaceGenerator.h"
#include "budget/Allocator.h"
#include "budget/Uncertainty.h"

#include <benchmark/benchmark.h>

namespace {

// 1,000 generated personas, each given all 25 catalogue channels with equal shares (the
// generator gives 3–12), so the allocator sees 25,000 channels.
const b2x::Workspace& withEveryChannel()
{
    static const b2x::Workspace ws = [] {
        b2x::Workspace w = b2x::bench::generateWorkspace(1000);
        const auto catalogue = b2x::ChannelCatalogue::builtIn().channels();
        for (auto& p : w.personas) {
            p.channels.clear();
            for (const auto& c : catalogue) {
                b2x::ChannelUse use;
                use.channelId = c.id;
                use.budgetSharePercent = 100.0 / static_cast<double>(catalogue.size());
                p.channels.push_back(use);
            }
        }
        return w;
    }();
    return ws;
}

// Curves, entry values and the greedy steps (1% of the budget) from the personas: what
// `b2x allocate` with 1,000 personas does after reading the file.
void allocateThousandPersonas(benchmark::State& state)
{
    const auto& personas = withEveryChannel().personas;
    std::vector<const b2x::Persona*> all;
    for (const auto& p : personas)
        all.push_back(&p);
    b2x::budget::AllocationOptions options;
    options.stepPercent = static_cast<double>(state.range(0)) / 100.0;
    for (auto _ : state)
        benchmark::DoNotOptimize(b2x::budget::allocate(all, options));
    state.counters["channels"] = 25000;
}

// 10,000 runs through the models of one generated persona (3–8 stages), every input uncertain.
void monteCarloTenThousandRuns(benchmark::State& state)
{
    b2x::Persona p = withEveryChannel().personas[static_cast<std::size_t>(state.range(0))];
    p.evidence.clear(); // every input assumed: ±50%
    b2x::budget::MonteCarloOptions options;
    options.runs = 10000;
    for (auto _ : state)
        benchmark::DoNotOptimize(b2x::budget::runMonteCarlo(p, options));
}

void tornadoOnePersona(benchmark::State& state)
{
    const b2x::Persona& p = withEveryChannel().personas.front();
    for (auto _ : state)
        benchmark::DoNotOptimize(b2x::budget::tornado(p));
}

} // namespace

// Step sizes of 1% (the default) and 0.1% of the budget.
BENCHMARK(allocateThousandPersonas)->Arg(100)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(monteCarloTenThousandRuns)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(tornadoOnePersona)->Unit(benchmark::kMicrosecond);
