// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x summary --json` in process (issue 21), each beside its baseline in the same run:
// - summaryStreamed: analyse every persona and write the document through a sink that only
//   counts the bytes (what the command does, minus reading the file and writing stdout);
// - summaryDumpOnly: the baseline, nlohmann's dump(2) of the same document already built in
//   memory (SummaryJsonDocument.cpp), the DOM built before the timing starts;
// - summaryInMemory: the command before it was streamed: build that DOM, then dump it.
#include "SummaryJson.h"
#include "SummaryJsonDocument.h"
#include "WorkspaceGenerator.h"

#include <benchmark/benchmark.h>
#include <map>

namespace {

const b2x::Workspace& workspaceOf(std::size_t personas)
{
    static std::map<std::size_t, b2x::Workspace> cache;
    auto it = cache.find(personas);
    if (it == cache.end())
        it = cache.emplace(personas, b2x::bench::generateWorkspace(personas)).first;
    return it->second;
}

std::string dumped(const nlohmann::ordered_json& document)
{
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void summaryStreamed(benchmark::State& state)
{
    const auto& ws = workspaceOf(static_cast<std::size_t>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        b2x::cli::writeSummaryJson(ws, [&](std::string_view piece) { bytes += piece.size(); });
    }
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

void summaryDumpOnly(benchmark::State& state)
{
    const auto& ws = workspaceOf(static_cast<std::size_t>(state.range(0)));
    const nlohmann::ordered_json document = b2x::cli::summaryJsonDocument(ws);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string text = dumped(document);
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

void summaryInMemory(benchmark::State& state)
{
    const auto& ws = workspaceOf(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        const std::string text = dumped(b2x::cli::summaryJsonDocument(ws));
        benchmark::DoNotOptimize(text.data());
    }
}

} // namespace

BENCHMARK(summaryStreamed)->Arg(10000)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(summaryDumpOnly)->Arg(10000)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(summaryInMemory)->Arg(10000)->Iterations(1)->Unit(benchmark::kMillisecond);
