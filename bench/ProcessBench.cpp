// SPDX-License-Identifier: GPL-3.0-or-later
// Whole processes, as a user meets them (docs/performance.md): starting the workbench on the
// sample workspace until its window is first painted, `b2x export` of the sample to PDF, and the
// peak memory of the workbench with a generated 10,000-persona workspace open and painted.
// Each iteration starts a fresh process; the time is the wall clock from start to exit, so it
// includes loading the shared libraries, fonts and the platform plugin.
#include "DealGenerator.h"
#include "WorkspaceGenerator.h"
#include "io/WorkspaceWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <vector>

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");

/// Settings, recovery copies and caches of a throw-away user: no recovery offer, no saved layout.
QProcessEnvironment isolated(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

/// This benchmark program's own path (for `--peak-rss-of`).
QString selfPath()
{
    char buffer[4096];
    const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? QString::fromLocal8Bit(buffer, static_cast<qsizetype>(n)) : QString();
}

void runProcess(benchmark::State& state, const QString& program, const QStringList& args,
                const QProcessEnvironment& env)
{
    std::vector<double> samples;
    for (auto _ : state) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            state.SkipWithError("the process failed or did not finish");
            return;
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        samples.push_back(seconds * 1000);
    }
    std::sort(samples.begin(), samples.end());
    if (!samples.empty())
        state.counters["median_ms"] = samples[samples.size() / 2];
}

void startWorkbenchToFirstPaint(benchmark::State& state)
{
    QTemporaryDir home;
    QProcessEnvironment env = isolated(home);
    env.insert(QStringLiteral("B2X_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    runProcess(state, QStringLiteral(B2X_WORKBENCH), {sample}, env);
}

void exportSamplePdf(benchmark::State& state)
{
    QTemporaryDir home;
    runProcess(state, QStringLiteral(B2X_CLI),
               {QStringLiteral("export"), sample, QStringLiteral("--pdf"),
                home.filePath(QStringLiteral("report.pdf"))},
               isolated(home));
}

/// Runs a program to its end and returns its peak resident set size in MiB (the kernel's own
/// high-water mark of that one process, through `b2x_bench --peak-rss-of`: see BenchMain.cpp),
/// or a negative number when it failed.
double peakMemoryMiB(const QString& program, const QStringList& args,
                     const QProcessEnvironment& env, bool discardOutput = false)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(selfPath(),
            QStringList{discardOutput ? QStringLiteral("--peak-rss-discarding-output-of")
                                      : QStringLiteral("--peak-rss-of"),
                        program} +
                args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    bool ok = false;
    // The figure is the last line: the program's own output (if any) comes before it.
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    const double kib = lines.last().trimmed().toDouble(&ok);
    return ok ? kib / 1024.0 : -1;
}

void peakMemoryWith10000Personas(benchmark::State& state)
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("10000.b2x"));
    if (!b2x::WorkspaceWriter::writeFile(b2x::bench::generateWorkspace(10000), file).ok) {
        state.SkipWithError("could not write the generated workspace");
        return;
    }
    QProcessEnvironment env = isolated(home);
    env.insert(QStringLiteral("B2X_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    double peak = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        peak = peakMemoryMiB(QStringLiteral(B2X_WORKBENCH), {file}, env);
        if (peak < 0) {
            state.SkipWithError("the workbench failed on the 10,000-persona workspace");
            return;
        }
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    state.counters["peak_MiB"] = peak;
}

/// `b2x calibrate` on a generated export of 100,000 deals (about 600,000 stage events): the
/// whole process's time and peak memory (issue 19: under 1 s of work and 200 MB).
void calibrate100000DealsProcess(benchmark::State& state)
{
    QTemporaryDir home;
    const b2x::Persona persona = b2x::bench::benchmarkPipelinePersona();
    b2x::Workspace ws;
    ws.name = "Calibration benchmark";
    ws.personas = {persona};
    const QString file = home.filePath(QStringLiteral("pipeline.b2x"));
    const b2x::bench::DealExport data = b2x::bench::generateDealExport(persona, 100000);
    const auto write = [&](const QString& name, const std::string& text) {
        QFile f(home.filePath(name));
        return f.open(QIODevice::WriteOnly) &&
               f.write(text.data(), static_cast<qint64>(text.size())) ==
                   static_cast<qint64>(text.size());
    };
    if (!b2x::WorkspaceWriter::writeFile(ws, file).ok ||
        !write(QStringLiteral("deals.csv"), data.deals) ||
        !write(QStringLiteral("events.csv"), data.events)) {
        state.SkipWithError("could not write the generated export");
        return;
    }
    const QStringList args{QStringLiteral("calibrate"), file,
                           QStringLiteral("--persona"), QString::fromStdString(persona.id),
                           QStringLiteral("--deals"),   home.filePath(QStringLiteral("deals.csv")),
                           QStringLiteral("--events"),  home.filePath(QStringLiteral("events.csv")),
                           QStringLiteral("--as-of"),   QStringLiteral("2026-06-30"),
                           QStringLiteral("--json")};
    double peak = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        peak = peakMemoryMiB(QStringLiteral(B2X_CLI), args, isolated(home));
        if (peak < 0) {
            state.SkipWithError("b2x calibrate failed on the generated export");
            return;
        }
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    state.counters["peak_MiB"] = peak;
    state.counters["events"] = static_cast<double>(data.eventCount);
}

/// A whole `b2x` command: wall clock from start to exit (median) and its peak memory.
void runCli(benchmark::State& state, const QStringList& args, const QTemporaryDir& home,
            bool discardOutput = false)
{
    double peak = 0;
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        peak = peakMemoryMiB(QStringLiteral(B2X_CLI), args, isolated(home), discardOutput);
        if (peak < 0) {
            state.SkipWithError("the b2x command failed");
            return;
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        samples.push_back(seconds * 1000);
    }
    std::sort(samples.begin(), samples.end());
    state.counters["median_ms"] = samples[samples.size() / 2];
    state.counters["peak_MiB"] = peak;
}

/// A generated workspace of `personas` personas in `home`; with a plan of 500 tactics and 50
/// objectives (`bench::addPlan`) when `withPlan`; with the calibration persona as well when
/// `withPipeline`. Its personas' ids, in order, go to `ids` when given (`b2x allocate` and
/// `b2x uncertainty` name them). An empty name when it could not be written.
QString generatedFile(const QTemporaryDir& home, std::size_t personas, bool withPlan,
                      bool withPipeline = false, QStringList* ids = nullptr)
{
    b2x::Workspace ws = b2x::bench::generateWorkspace(personas);
    if (withPlan)
        b2x::bench::addPlan(ws, 500, 50);
    if (withPipeline)
        ws.personas.back() = b2x::bench::benchmarkPipelinePersona();
    const QString file = home.filePath(QStringLiteral("%1.b2x").arg(personas));
    if (!b2x::WorkspaceWriter::writeFile(ws, file).ok)
        return {};
    if (ids)
        for (const b2x::Persona& p : ws.personas)
            *ids << QString::fromStdString(p.id);
    return file;
}

/// `b2x summary --json` (issue 21: under 300 MB at 10,000 personas; the output is discarded).
void summaryJsonProcess(benchmark::State& state)
{
    QTemporaryDir home;
    const QString file = generatedFile(home, static_cast<std::size_t>(state.range(0)), false);
    runCli(state, {QStringLiteral("summary"), file, QStringLiteral("--json")}, home, true);
}

/// `b2x export --csv` (issue 21: under 1 s at 10,000 personas).
void exportCsvProcess(benchmark::State& state)
{
    QTemporaryDir home;
    const QString file = generatedFile(home, static_cast<std::size_t>(state.range(0)), false);
    runCli(state,
           {QStringLiteral("export"), file, QStringLiteral("--csv"),
            home.filePath(QStringLiteral("out.csv"))},
           home);
}

/// `b2x export --pdf` of every persona (issue 21: under 1.5 s at 100 personas).
void exportPdfProcess(benchmark::State& state)
{
    QTemporaryDir home;
    const QString file = generatedFile(home, static_cast<std::size_t>(state.range(0)), false);
    runCli(state,
           {QStringLiteral("export"), file, QStringLiteral("--pdf"),
            home.filePath(QStringLiteral("out.pdf"))},
           home);
}

/// `b2x plan --json` on a workspace with a plan of 500 tactics and 50 objectives.
void planProcess(benchmark::State& state)
{
    QTemporaryDir home;
    const QString file = generatedFile(home, static_cast<std::size_t>(state.range(0)), true);
    runCli(state, {QStringLiteral("plan"), file, QStringLiteral("--json")}, home, true);
}

/// `b2x calibrate` of one persona of a workspace of N personas from 10,000 deals: the
/// workspace's size is what grows.
void calibrateProcess(benchmark::State& state)
{
    QTemporaryDir home;
    const QString file = generatedFile(home, static_cast<std::size_t>(state.range(0)), false, true);
    const b2x::Persona persona = b2x::bench::benchmarkPipelinePersona();
    const b2x::bench::DealExport data = b2x::bench::generateDealExport(persona, 10000);
    const auto write = [&](const QString& name, const std::string& text) {
        QFile f(home.filePath(name));
        return f.open(QIODevice::WriteOnly) &&
               f.write(text.data(), static_cast<qint64>(text.size())) ==
                   static_cast<qint64>(text.size());
    };
    if (file.isEmpty() || !write(QStringLiteral("deals.csv"), data.deals) ||
        !write(QStringLiteral("events.csv"), data.events)) {
        state.SkipWithError("could not write the generated files");
        return;
    }
    runCli(state,
           {QStringLiteral("calibrate"), file, QStringLiteral("--persona"),
            QString::fromStdString(persona.id), QStringLiteral("--deals"),
            home.filePath(QStringLiteral("deals.csv")), QStringLiteral("--events"),
            home.filePath(QStringLiteral("events.csv")), QStringLiteral("--as-of"),
            QStringLiteral("2026-06-30"), QStringLiteral("--json")},
           home, true);
}

/// generatedFile() of `state.range(0)` personas with their ids; skips the benchmark when the file
/// could not be written (an empty name).
QString generatedWithIds(benchmark::State& state, const QTemporaryDir& home, QStringList& ids)
{
    const QString file =
        generatedFile(home, static_cast<std::size_t>(state.range(0)), false, false, &ids);
    if (file.isEmpty())
        state.SkipWithError("could not write the generated workspace");
    return file;
}

/// `b2x allocate --json` over every persona of the workspace (one `--persona` each): the
/// allocation across personas at today's budget.
void allocateProcess(benchmark::State& state)
{
    QTemporaryDir home;
    QStringList ids;
    const QString file = generatedWithIds(state, home, ids);
    if (file.isEmpty())
        return;
    QStringList args{QStringLiteral("allocate"), file};
    for (const QString& id : ids)
        args << QStringLiteral("--persona") << id;
    args << QStringLiteral("--json");
    runCli(state, args, home, true);
}

/// `b2x uncertainty --json` of one persona of a workspace of N personas (10,000 runs, the
/// default): the workspace's size is what grows.
void uncertaintyProcess(benchmark::State& state)
{
    QTemporaryDir home;
    QStringList ids;
    const QString file = generatedWithIds(state, home, ids);
    if (file.isEmpty())
        return;
    runCli(state,
           {QStringLiteral("uncertainty"), file, QStringLiteral("--persona"), ids.first(),
            QStringLiteral("--json")},
           home, true);
}

} // namespace

BENCHMARK(summaryJsonProcess)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(exportCsvProcess)
    ->Arg(10000)
    ->Iterations(5)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(exportPdfProcess)
    ->Arg(100)
    ->Iterations(5)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(planProcess)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(calibrateProcess)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(allocateProcess)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(uncertaintyProcess)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(calibrate100000DealsProcess)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(peakMemoryWith10000Personas)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(startWorkbenchToFirstPaint)
    ->Iterations(11)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(exportSamplePdf)->Iterations(11)->UseManualTime()->Unit(benchmark::kMillisecond);
