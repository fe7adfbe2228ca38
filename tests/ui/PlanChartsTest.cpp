// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's charts: the timeline's bars span their tactics' dates and its markers sit at the
// reverse funnel's latest lead-entry dates, both following persona edits live; the reverse-funnel
// chart draws the analysis' numbers; the exports write both charts, as vector drawings.
#include "UiTestSupport.h"
#include "charts/PlanChartData.h"
#include "charts/PlanTimelineChart.h"
#include "charts/ReverseFunnelChart.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "plan/PlanAnalysis.h"
#include "plan/PlanCalendar.h"
#include "plan/PlanPanel.h"
#include "plan/TimelineView.h"
#include "report/ChartExport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <gtest/gtest.h>

using namespace b2x;
using charts::PlanTimelineChart;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace plan_charts_test {

namespace {

const std::string enterprise = "7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71"; // 3 tactics, a target
const std::string degree = "c3f51a08-7b6e-4d29-a4c3-8e2d1f905b6a";     // 3 tactics, a target
const QDate today(2027, 1, 15);                                        // inside Q1 2027

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

std::size_t personaIndex(const Workspace& ws, const std::string& id)
{
    for (std::size_t i = 0; i < ws.personas.size(); ++i)
        if (ws.personas[i].id == id)
            return i;
    ADD_FAILURE() << "no persona " << id;
    return 0;
}

/// Days from the sample's period start (2027-01-01), where the chart draws a date left to right.
double day(QDate date)
{
    return static_cast<double>(QDate(2027, 1, 1).daysTo(date));
}

} // namespace

TEST(PlanCharts, EveryBarSpansItsTacticsDatesAndTheMarkersSitAtTheAnalysisDates)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    TimelineView view(&doc);
    view.setToday(today);
    view.resize(900, 900);
    view.show();
    const PlanTimelineChart* chart = view.chart();
    const charts::TimelineData& data = chart->data();
    ASSERT_EQ(data.rows.size(), doc.workspace().plan.tactics.size()); // 21 fit the 40 rows
    ASSERT_FALSE(chart->rightToLeft());

    // One known tactic, by hand: the expo stand runs 26–28 January, so its bar covers days
    // 25 to 28 after 1 January (the 28th belongs to it).
    bool found = false;
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        const QAreaSeries* bar = chart->bar(r);
        ASSERT_NE(bar, nullptr);
        const auto upper = bar->upperSeries()->points();
        ASSERT_EQ(upper.size(), 2);
        EXPECT_EQ(upper[0].x(), day(data.rows[r].start));
        EXPECT_EQ(upper[1].x(), day(data.rows[r].end.addDays(1)));
        if (data.rows[r].name == QStringLiteral("Hospitality Design Expo stand")) {
            found = true;
            EXPECT_EQ(upper[0].x(), 25.0);
            EXPECT_EQ(upper[1].x(), 28.0);
        }
    }
    EXPECT_TRUE(found);

    // Each targeted persona's markers at the dates its reverse funnel gives.
    const plan::PlanAnalysis analysis = plan::analysePlan(doc.workspace(), today);
    for (const std::string& id : {enterprise, degree}) {
        const std::size_t p = personaIndex(doc.workspace(), id);
        const plan::ReverseFunnel& f = analysis.findPersona(id)->funnel;
        const QLineSeries* p50 = chart->marker(p, 50);
        const QLineSeries* p90 = chart->marker(p, 90);
        ASSERT_NE(p50, nullptr);
        ASSERT_NE(p90, nullptr);
        EXPECT_EQ(p50->at(0).x(), day(f.latestEntryP50));
        EXPECT_EQ(p90->at(0).x(), day(f.latestEntryP90));
    }
    // The enterprise cycle (about 7 months) is longer than the quarter: its p50 entry date lies
    // before the period, so every one of its tactics starts too late, and the notes say so.
    EXPECT_LT(chart->marker(personaIndex(doc.workspace(), enterprise), 50)->at(0).x(), 0.0);
    EXPECT_TRUE(chart->notes().contains(QStringLiteral("start too late")))
        << chart->notes().toStdString();
}

TEST(PlanCharts, APersonaEditMovesItsMarkersLiveAndAHiddenTimelineCatchesUpWhenShown)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    TimelineView view(&doc);
    view.setToday(today);
    view.show();
    const std::size_t p = personaIndex(doc.workspace(), degree);
    const double before = view.chart()->marker(p, 50)->at(0).x();

    // The latest entry is the end minus the cycle's median: 30 more likely days in one stage
    // move it earlier. (Conversion rates do not enter the dates: they move the entries the target
    // needs, which the reverse-funnel test below checks.)
    doc.editPersona(QString::fromStdString(degree), QStringLiteral("pipeline.likelyDays"),
                    QStringLiteral("Longer open days"), [](Persona& q) {
                        q.pipeline[2].likelyDays += 30;
                        q.pipeline[2].maxDays += 30;
                    });
    const plan::PlanAnalysis moved = plan::analysePlan(doc.workspace(), today);
    const double after = view.chart()->marker(p, 50)->at(0).x();
    EXPECT_EQ(after, day(moved.findPersona(degree)->funnel.latestEntryP50));
    EXPECT_LT(after, before);

    // Hidden, the page only marks itself stale; shown again it draws the undone state.
    view.hide();
    doc.undoStack()->undo();
    EXPECT_TRUE(view.isStale());
    EXPECT_EQ(view.chart()->marker(p, 50)->at(0).x(), after);
    view.show();
    EXPECT_EQ(view.chart()->marker(p, 50)->at(0).x(), before);
}

TEST(PlanCharts, TheReverseFunnelDrawsTheAnalysisAndFollowsAConversionEdit)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    PlanPanel panel(&doc);
    panel.resize(520, 1200);
    panel.show();
    panel.setPersona(QString::fromStdString(degree));
    auto* chart = panel.findChild<charts::ReverseFunnelChart*>();
    ASSERT_NE(chart, nullptr);

    const auto check = [&] {
        const plan::ReverseFunnel& f = panel.analysis().findPersona(degree)->funnel;
        ASSERT_TRUE(f.targetCustomers.has_value());
        ASSERT_GT(f.expectedCustomersInPeriod, 0.0);
        const std::size_t stages = f.stageEntries.size();
        ASSERT_EQ(chart->requiredSet()->count(), static_cast<int>(stages + 1));
        for (std::size_t i = 0; i < stages; ++i) {
            const double required = *f.stageEntries[i].entries;
            EXPECT_NEAR(chart->requiredSet()->at(static_cast<int>(i)), chart->map(required), 1e-9);
            // Available over the period at today's volume: required × expected ÷ target.
            EXPECT_NEAR(chart->data().stages[i].available,
                        required * f.expectedCustomersInPeriod / *f.targetCustomers,
                        required * 1e-9);
        }
        EXPECT_NEAR(chart->requiredSet()->at(static_cast<int>(stages)),
                    chart->map(*f.targetCustomers), 1e-9);
        EXPECT_NEAR(chart->availableSet()->at(static_cast<int>(stages)),
                    chart->map(f.expectedCustomersInPeriod), 1e-9);
    };
    check();
    const double firstBefore = *chart->data().stages.front().required;
    // The shortfall in words, with the analysis' numbers.
    EXPECT_TRUE(chart->shortfallText().contains(QStringLiteral("short")))
        << chart->shortfallText().toStdString();

    // Halving the last stage's conversion doubles the entries every stage needs.
    doc.editPersona(QString::fromStdString(degree), QStringLiteral("pipeline.conversion"),
                    QStringLiteral("Change conversion"),
                    [](Persona& q) { q.pipeline.back().conversionPercent /= 2; });
    check();
    EXPECT_NEAR(*chart->data().stages.front().required, firstBefore * 2, firstBefore * 1e-9);
}

TEST(PlanCharts, ManyTacticsAreCappedAndUndatedOnesListedNotDrawn)
{
    Workspace ws = sample();
    const std::string id = ws.personas.front().id;
    ws.plan.tactics.clear();
    for (int i = 0; i < 500; ++i) {
        Tactic t;
        // Appended: GCC 12 at -O3 reports a false -Wrestrict for a literal + std::string.
        t.id = std::string("t").append(std::to_string(i));
        t.name = std::string("Tactic ").append(std::to_string(i));
        t.personaId = id;
        t.start = plan::formatDate(QDate(2027, 1, 1).addDays(i % 80));
        t.end = plan::formatDate(QDate(2027, 1, 10).addDays(i % 80));
        ws.plan.tactics.push_back(t);
    }
    ws.plan.tactics[7].start.clear(); // no date: listed, not drawn
    const plan::PlanAnalysis analysis = plan::analysePlan(ws, today);
    PlanTimelineChart chart;
    chart.setTimeline(charts::PlanChartData::timeline(ws, analysis, today));
    EXPECT_EQ(chart.data().rows.size(), charts::PlanChartData::maxRows);
    EXPECT_EQ(chart.bar(charts::PlanChartData::maxRows), nullptr);
    ASSERT_NE(chart.bar(charts::PlanChartData::maxRows - 1), nullptr);
    EXPECT_EQ(chart.data().undated.size(), 1u);
    EXPECT_EQ(chart.table().rows.size(), 500u); // the table lists every tactic
    const QString notes = chart.notes();
    EXPECT_TRUE(notes.contains(QStringLiteral("459 more tactic"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("without valid dates, not drawn: Tactic 7")))
        << notes.toStdString();
}

TEST(PlanCharts, RightToLeftTheTimeRunsFromRightToLeft)
{
    const Workspace ws = sample();
    const plan::PlanAnalysis analysis = plan::analysePlan(ws, today);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    PlanTimelineChart chart;
    chart.setTimeline(charts::PlanChartData::timeline(ws, analysis, today));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    ASSERT_TRUE(chart.rightToLeft());
    const auto upper = chart.bar(0)->upperSeries()->points();
    // Later days further left: the end of a bar lies left of (below) its start.
    EXPECT_EQ(upper[0].x(), -day(chart.data().rows[0].start));
    EXPECT_LT(upper[1].x(), upper[0].x());
}

TEST(PlanCharts, ExportsWriteTheTimelineAndOneReverseFunnelPerTargetedPersona)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const plan::PlanAnalysis analysis = plan::analysePlan(l.workspace, QDate::currentDate());
    const auto targeted = charts::PlanChartData::targetedPersonas(analysis);
    ASSERT_EQ(targeted.size(), 6u); // the hotel studio has an audience size but no target
    QTemporaryDir dir;
    ChartExport charts(l.workspace, l.analyses, {});
    ASSERT_EQ(charts.planChartCount(), 1 + targeted.size());
    for (const auto format : {ChartExport::Format::Png, ChartExport::Format::Svg}) {
        const bool png = format == ChartExport::Format::Png;
        const QString folder = dir.filePath(png ? QStringLiteral("png") : QStringLiteral("svg"));
        const SaveResult r = charts.writeAll(folder, format);
        ASSERT_TRUE(r.ok) << r.message.toStdString();
        const QString suffix = png ? QStringLiteral(".png") : QStringLiteral(".svg");
        EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("plan-timeline") + suffix)));
        EXPECT_TRUE(QFile::exists(QDir(folder).filePath(
            QStringLiteral("reverse-funnel-enterprise-software-buying-committee") + suffix)));
        const QStringList funnels =
            QDir(folder).entryList({QStringLiteral("reverse-funnel-*") + suffix}, QDir::Files);
        EXPECT_EQ(static_cast<std::size_t>(funnels.size()), targeted.size());
    }
    const QImage timeline(dir.filePath(QStringLiteral("png/plan-timeline.png")));
    ASSERT_FALSE(timeline.isNull());
    EXPECT_EQ(timeline.width(), 1600);
    EXPECT_GE(timeline.height(), 1000);
    const QByteArray svg = test::readBytes(dir.filePath(QStringLiteral("svg/plan-timeline.svg")));
    EXPECT_TRUE(svg.contains("Plan timeline"));
    EXPECT_FALSE(svg.contains("<image"));
}

TEST(PlanCharts, TheReportGetsEachPlanChartAsAVectorDrawing)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    ChartExport charts(l.workspace, l.analyses, {});
    ASSERT_GE(charts.planChartCount(), 2u);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        QPainter painter(&writer);
        for (std::size_t i = 0; i < charts.planChartCount(); ++i) {
            if (i > 0)
                writer.newPage();
            const double width = writer.width();
            charts.paintPlanChart(i, painter,
                                  QRectF(0, 0, width, width * charts.planChartAspect(i)));
        }
    }
    const QString text = test::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Required by the target"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Period start and end"))) << text.toStdString();
    const QString images =
        test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    EXPECT_EQ(images.count(QLatin1Char('\n')), 2) << images.toStdString(); // the header only
}

} // namespace plan_charts_test
