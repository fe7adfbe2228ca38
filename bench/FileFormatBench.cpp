// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and saving large workspaces, each measured beside its baseline in the same run
// (nlohmann::json::parse alone; dump() plus the write alone), so the ratio is what counts.
#include "WorkspaceGenerator.h"
#include "analytics/GroupComparison.h"
#include "analytics/PersonaAnalysis.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <QSaveFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <nlohmann/json.hpp>

namespace {

const std::string& documentOf(std::size_t personas)
{
    static std::map<std::size_t, std::string> cache;
    auto& text = cache[personas];
    if (text.empty())
        text = b2x::WorkspaceWriter::serialise(b2x::bench::generateWorkspace(personas));
    return text;
}

void parseOnly(benchmark::State& state)
{
    const auto& text = documentOf(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(nlohmann::json::parse(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void writeBytes(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text.data(), static_cast<qint64>(text.size()));
    file.commit();
}

std::vector<const b2x::Persona*> pointersTo(const std::vector<b2x::Persona>& personas)
{
    std::vector<const b2x::Persona*> out;
    out.reserve(personas.size());
    for (const auto& p : personas)
        out.push_back(&p);
    return out;
}

// What opening costs before the window can show anything: read the file, parse, validate, build
// the model, and compute every model for every persona (the list shows each B2B index and the
// B2B index chart places them all) plus both group comparisons.
void openWorkspace(benchmark::State& state)
{
    const auto& text = documentOf(static_cast<std::size_t>(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.b2x"));
    writeBytes(path, text);
    for (auto _ : state) {
        auto result = b2x::WorkspaceReader::readFile(path);
        if (!result.ok()) {
            state.SkipWithError("generated workspace failed to load");
            return;
        }
        // As the window does it (AnalysisCache::prepareAll): on every core.
        const auto all = b2x::analytics::analysePersonas(pointersTo(result.workspace->personas));
        benchmark::DoNotOptimize(compareGroups(all, b2x::analytics::GroupBy::Label));
        benchmark::DoNotOptimize(compareGroups(all, b2x::analytics::GroupBy::Behaviour));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

// The parts of openWorkspace, to see where its time goes.
void readFileOnly(benchmark::State& state)
{
    const auto& text = documentOf(static_cast<std::size_t>(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.b2x"));
    writeBytes(path, text);
    for (auto _ : state)
        benchmark::DoNotOptimize(b2x::WorkspaceReader::readFile(path));
}

// Every model for every persona, on every core, as openWorkspace (and the window) does it.
void analyseAll(benchmark::State& state)
{
    const auto ws = b2x::bench::generateWorkspace(static_cast<std::size_t>(state.range(0)));
    const auto personas = pointersTo(ws.personas);
    for (auto _ : state)
        benchmark::DoNotOptimize(b2x::analytics::analysePersonas(personas));
}

void compareBothGroupings(benchmark::State& state)
{
    const auto ws = b2x::bench::generateWorkspace(static_cast<std::size_t>(state.range(0)));
    const auto all = b2x::analytics::analysePersonas(pointersTo(ws.personas));
    for (auto _ : state) {
        benchmark::DoNotOptimize(compareGroups(all, b2x::analytics::GroupBy::Label));
        benchmark::DoNotOptimize(compareGroups(all, b2x::analytics::GroupBy::Behaviour));
    }
}

void dumpAndWriteOnly(benchmark::State& state)
{
    const auto& text = documentOf(static_cast<std::size_t>(state.range(0)));
    const auto document = nlohmann::ordered_json::parse(text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baseline.b2x"));
    for (auto _ : state)
        writeBytes(path, document.dump(2) + "\n");
}

void saveWorkspace(benchmark::State& state)
{
    const auto ws = b2x::bench::generateWorkspace(static_cast<std::size_t>(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.b2x"));
    for (auto _ : state) {
        if (!b2x::WorkspaceWriter::writeFile(ws, path).ok)
            state.SkipWithError("save failed");
    }
}

} // namespace

BENCHMARK(parseOnly)->Arg(10)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(openWorkspace)->Arg(10)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(readFileOnly)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(analyseAll)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(compareBothGroupings)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(dumpAndWriteOnly)->Arg(10)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(saveWorkspace)->Arg(10)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
