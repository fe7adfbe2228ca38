// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → every visible chart updated and painted, in the real window (offscreen) with a generated
// 1,000-persona workspace and 6 compared personas, whose plan holds 500 tactics, as many content
// items and 50 objectives (150 key results). Target (issues 5 and 18): p95 under 16 ms.
//
// Each iteration edits one compared persona (alternately the first stage's longest duration and
// the price, so the cycle, the index, the revenue and the economics all move), then processes
// events until every chart view on screen whose scene changed has painted. The panel is scrolled
// to a different chart per run, so every chart is measured while visible.
#include "WorkspaceGenerator.h"
#include "charts/ChartCard.h"
#include "charts/ChartView.h"
#include "document/WorkspaceDocument.h"
#include "plan/PlanPanel.h"
#include "window/ComparisonPanel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <memory>

namespace {

using namespace b2x;

class BenchWindow {
public:
    static BenchWindow& instance()
    {
        static BenchWindow window;
        return window;
    }

    MainWindow* window() { return m_window.get(); }
    WorkspaceDocument* document() { return m_window->document(); }
    ComparisonPanel* panel() { return m_window->comparison(); }

    void setMode(CompareMode mode)
    {
        ViewState view = document()->workspace().view;
        view.compareMode = mode;
        document()->setViewState(view);
        settle();
    }

    /// Processes events until nothing is left to paint (the state before an edit).
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

private:
    BenchWindow()
    {
        // The window must go before the QApplication does, not at static destruction.
        qAddPostRoutine([] { instance().m_window.reset(); });
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1440, 900);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qFatal("the window was never exposed");
        if (auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("comparisonDock"))) {
            dock->raise();
            m_window->resizeDocks({dock}, {520}, Qt::Horizontal);
        }
        Workspace ws = bench::generateWorkspace(1000, 42);
        bench::addPlan(ws, 500, 50);
        ws.view.compareMode = CompareMode::Personas;
        ws.view.comparedPersonaIds.clear();
        // Every hundredth persona: each has a target in the plan (one in twenty has), so the
        // edited persona's reverse funnel and its derived key results move with each edit.
        for (std::size_t i = 0; i < 6; ++i)
            ws.view.comparedPersonaIds.push_back(ws.personas[i * 100].id);
        m_window->document()->reset(std::move(ws), QString());
        settle();
    }

    std::unique_ptr<MainWindow> m_window;
};

/// The chart views currently on screen, with the paint count each had before the edit and
/// whether its scene has changed since.
struct Watched {
    charts::ChartView* view;
    int paintsBefore;
    bool changed = false;
};

struct Timing {
    double total = 0; ///< edit → every visible chart painted
    double model = 0; ///< edit → analysis recomputed and every chart's series updated
};

Timing editAndWaitForPaint(BenchWindow& bw, int step)
{
    std::vector<Watched> watched;
    std::vector<QMetaObject::Connection> connections;
    const QRect visibleArea = bw.panel()->scrollArea()->viewport()->rect();
    for (charts::ChartId id : charts::allChartIds) {
        charts::ChartView* view = bw.panel()->card(id)->view();
        if (!view->isVisible())
            continue;
        const QPoint topLeft = view->mapTo(bw.panel()->scrollArea()->viewport(), QPoint(0, 0));
        if (!visibleArea.intersects(QRect(topLeft, view->size())))
            continue;
        watched.push_back({view, view->paintCount()});
    }
    for (std::size_t i = 0; i < watched.size(); ++i)
        connections.push_back(QObject::connect(
            watched[i].view->scene(), &QGraphicsScene::changed,
            [&watched, i](const QList<QRectF>& region) {
                // Only a change in the part of the view that is on screen must be painted (the
                // scroll area clips the cards at its edges).
                charts::ChartView* view = watched[i].view;
                const QRegion onScreen = view->viewport()->visibleRegion();
                for (const QRectF& r : region)
                    if (!r.isEmpty() &&
                        onScreen.intersects(
                            view->mapFromScene(r).boundingRect().adjusted(-1, -1, 1, 1)))
                        watched[i].changed = true;
            }));

    WorkspaceDocument* doc = bw.document();
    const QString id = QString::fromStdString(doc->workspace().view.comparedPersonaIds[1]);
    QElapsedTimer timer;
    timer.start();
    if (step % 2 == 0)
        doc->editPersona(
            id, QStringLiteral("bench.stage"), QStringLiteral("Stage"), [step](Persona& p) {
                if (!p.pipeline.empty())
                    p.pipeline.front().maxDays = p.pipeline.front().likelyDays + 1 + (step / 2) % 7;
            });
    else
        doc->editPersona(id, QStringLiteral("bench.price"), QStringLiteral("Price"),
                         [step](Persona& p) { p.economics.price = 1000 + 50 * (step % 11); });
    const double model = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    // Until every visible view whose scene changed has painted (two rounds at least: scene
    // changes are announced from the event loop).
    for (int round = 0; timer.elapsed() < 1000; ++round) {
        QCoreApplication::processEvents();
        const bool pending = std::any_of(watched.begin(), watched.end(), [](const Watched& w) {
            return w.changed && w.view->paintCount() == w.paintsBefore;
        });
        if (!pending && round >= 1)
            break;
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    for (const auto& c : connections)
        QObject::disconnect(c);
    return {ms, model};
}

double percentile(std::vector<double> samples, double q)
{
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1,
                            static_cast<std::size_t>(q * static_cast<double>(samples.size())))];
}

/// Runs the benchmark's iterations, one edit each, and reports the percentiles.
void timeEdits(benchmark::State& state, BenchWindow& bw)
{
    std::vector<double> total;
    std::vector<double> model;
    int step = 0;
    for (auto _ : state) {
        const Timing t = editAndWaitForPaint(bw, step++);
        state.SetIterationTime(t.total / 1000.0);
        total.push_back(t.total);
        model.push_back(t.model);
    }
    if (total.empty())
        return;
    state.counters["p50_ms"] = percentile(total, 0.50);
    state.counters["p95_ms"] = percentile(total, 0.95);
    state.counters["max_ms"] = percentile(total, 1.0);
    // The part spent before painting: recomputing one persona and updating the series.
    state.counters["update_p95_ms"] = percentile(model, 0.95);
}

void runEdits(benchmark::State& state, CompareMode mode, charts::ChartId scrollTo)
{
    BenchWindow& bw = BenchWindow::instance();
    bw.setMode(mode);
    bw.panel()->scrollToChart(scrollTo);
    BenchWindow::settle();
    timeEdits(state, bw);
    state.SetLabel(charts::chartKey(scrollTo).toStdString());
}

void BM_EditToPaintedCharts_Personas(benchmark::State& state)
{
    runEdits(state, CompareMode::Personas, static_cast<charts::ChartId>(state.range(0)));
}

void BM_EditToPaintedCharts_GroupsByLabel(benchmark::State& state)
{
    runEdits(state, CompareMode::GroupsByLabel, static_cast<charts::ChartId>(state.range(0)));
}

// Typing with the History dock in front (the charts behind it) and a long history: the runs
// above leave some 2,000 entries, each edit adds one. QUndoView lays out its list again on every
// edit, which is what this watches.
void BM_EditWithHistoryShown(benchmark::State& state)
{
    BenchWindow& bw = BenchWindow::instance();
    auto* history = bw.window()->findChild<QDockWidget*>(QStringLiteral("historyDock"));
    auto* comparison = bw.window()->findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    history->raise();
    BenchWindow::settle();
    timeEdits(state, bw);
    state.counters["history_entries"] = bw.document()->undoStack()->count();
    comparison->raise();
    BenchWindow::settle();
}

// Typing with the Plan dock in front, on each of its pages in turn (range(0) is the page): the
// edited persona has a target, so its reverse funnel, derived key results and timeline markers
// move with every edit. The time runs until the event loop has painted what changed.
void BM_EditWithPlanShown(benchmark::State& state)
{
    BenchWindow& bw = BenchWindow::instance();
    auto* planDock = bw.window()->findChild<QDockWidget*>(QStringLiteral("planDock"));
    auto* comparison = bw.window()->findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    auto* tabs = bw.window()->findChild<QTabWidget*>(QStringLiteral("planTabs"));
    if (!planDock || !tabs || state.range(0) >= tabs->count()) {
        state.SkipWithError("the plan dock or its page is missing");
        return;
    }
    planDock->raise();
    // The Targets page shows the persona the edits change.
    if (auto* plan = bw.window()->findChild<PlanPanel*>())
        plan->setPersona(
            QString::fromStdString(bw.document()->workspace().view.comparedPersonaIds[1]));
    tabs->setCurrentIndex(static_cast<int>(state.range(0)));
    BenchWindow::settle();
    timeEdits(state, bw);
    state.SetLabel(tabs->tabText(tabs->currentIndex()).toStdString());
    comparison->raise();
    BenchWindow::settle();
}

} // namespace

BENCHMARK(BM_EditWithPlanShown)
    ->DenseRange(0, 3)
    ->UseManualTime()
    ->Iterations(100)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditToPaintedCharts_Personas)
    ->DenseRange(0, static_cast<int>(b2x::charts::allChartIds.size()) - 1)
    ->UseManualTime()
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditToPaintedCharts_GroupsByLabel)
    ->Arg(0)
    ->Arg(static_cast<int>(b2x::charts::ChartId::Attribution))
    ->UseManualTime()
    ->Iterations(100)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditWithHistoryShown)->UseManualTime()->Iterations(300)->Unit(benchmark::kMillisecond);
