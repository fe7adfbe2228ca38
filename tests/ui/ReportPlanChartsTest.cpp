// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's charts in the PDF report (issue 18): right after the Plan part, vector, the timeline
// on a page of its own; a report of some personas holds only their reverse funnels and no
// timeline (which shows every persona's tactics).
#include "UiTestSupport.h"
#include "report/ChartExport.h"
#include "report/PdfReport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

struct Written {
    QString text;
    int pages = 0;
};

Written writeWithPlanCharts(const QTemporaryDir& dir, const test::AnalysedWorkspace& l,
                            const std::vector<std::size_t>& personas)
{
    ReportOptions options;
    options.personaIndices = personas;
    ChartExport charts(l.workspace, l.analyses, personas);
    PdfReport report(l.workspace, l.analyses, options, charts.painter(), &ChartExport::title);
    report.setPlanCharts(charts.reportPlanCharts(l.workspace, personas));
    const QString path = dir.filePath(QStringLiteral("plan-charts-%1.pdf").arg(personas.size()));
    const SaveResult r = report.writePdf(path);
    EXPECT_TRUE(r.ok) << r.message.toStdString();
    return {test::runProgram(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}),
            report.pageCount()};
}

} // namespace

TEST(ReportPlanCharts, TheTimelineAndEachTargetedPersonasReverseFunnelFollowThePlanPart)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const Written all = writeWithPlanCharts(dir, l, {});
    const qsizetype checks = all.text.indexOf(QStringLiteral("Checks"));
    const qsizetype timeline = all.text.indexOf(QStringLiteral("Plan timeline"));
    ASSERT_GE(checks, 0);
    ASSERT_GT(timeline, checks) << "the timeline comes after the Plan part";
    // Six of the seven sample personas have a target; the hotel studio has none.
    EXPECT_EQ(all.text.count(QStringLiteral("Reverse funnel: ")), 6 + 6) // section and chart
        << all.text.toStdString();
    EXPECT_FALSE(
        all.text.contains(QStringLiteral("Reverse funnel: Interior design studio: hotel")));
}

TEST(ReportPlanCharts, AReportOfSomePersonasHasTheirFunnelsAndNoTimeline)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    // The SEO tool subscriber and the impulse snack buyer (both targeted).
    const Written some = writeWithPlanCharts(dir, l, {1, 3});
    EXPECT_FALSE(some.text.contains(QStringLiteral("Plan timeline")));
    EXPECT_TRUE(some.text.contains(QStringLiteral("Reverse funnel: Small-business SEO tool")));
    EXPECT_TRUE(some.text.contains(QStringLiteral("Reverse funnel: Impulse snack buyer")));
    EXPECT_FALSE(some.text.contains(QStringLiteral("Enterprise software")));
    EXPECT_FALSE(some.text.contains(QStringLiteral("Online degree")));
}
