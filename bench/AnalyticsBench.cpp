// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputing every model for one persona (docs/models.md): the budget is well under a
// millisecond, because an edit in the workbench recomputes the edited persona on every keystroke.
// Run with --benchmark_repetitions=N to get the median the target is stated in.
#include "WorkspaceGenerator.h"
#include "analytics/GroupComparison.h"
#include "analytics/PersonaAnalysis.h"

#include <benchmark/benchmark.h>

namespace {

const b2x::Workspace& generated()
{
    static const b2x::Workspace ws = b2x::bench::generateWorkspace(1000);
    return ws;
}

// One persona per iteration, cycling through 1,000 generated ones (3–8 stages, 3–12 channels),
// so the time is the average over realistic shapes rather than one lucky persona.
void analyseOnePersona(benchmark::State& state)
{
    const auto& personas = generated().personas;
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(b2x::analytics::analysePersona(personas[i]));
        i = (i + 1) % personas.size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// The worst case the file format allows for the cycle: 30 stages, all of them random.
void analyseThirtyStagePersona(benchmark::State& state)
{
    b2x::Persona p = generated().personas.front();
    p.pipeline.clear();
    for (int s = 0; s < 30; ++s)
        p.pipeline.push_back({"stage", 80, 1.0 * s, 2.0 * s + 3, 3.0 * s + 10});
    for (auto _ : state)
        benchmark::DoNotOptimize(b2x::analytics::analysePersona(p));
}

// A whole 1,000-persona workspace and both group comparisons: what opening a file costs.
void analyseWorkspace(benchmark::State& state)
{
    const auto& personas = generated().personas;
    for (auto _ : state) {
        std::vector<b2x::analytics::PersonaAnalysis> all;
        all.reserve(personas.size());
        for (const auto& p : personas)
            all.push_back(b2x::analytics::analysePersona(p));
        benchmark::DoNotOptimize(compareGroups(all, b2x::analytics::GroupBy::Label));
        benchmark::DoNotOptimize(compareGroups(all, b2x::analytics::GroupBy::Behaviour));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * personas.size()));
}

} // namespace

BENCHMARK(analyseOnePersona)->Unit(benchmark::kMicrosecond);
BENCHMARK(analyseThirtyStagePersona)->Unit(benchmark::kMicrosecond);
BENCHMARK(analyseWorkspace)->Unit(benchmark::kMillisecond);
