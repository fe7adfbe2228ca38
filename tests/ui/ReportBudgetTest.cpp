// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget part of the PDF report (issue 20): only for covered personas whose budget the
// marketer worked on (a channel with a response or bounds set), with the allocation at today's
// budget, the Monte Carlo ranges and the two charts drawn as vectors after the part.
#include "report/ReportBudget.h"

#include "UiTestSupport.h"
#include "budget/Uncertainty.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"
#include "report/ChartExport.h"
#include "report/PdfReport.h"

#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <numeric>

using namespace b2x;

namespace {

struct Written {
    QString path;
    QString text;
    std::vector<PdfReport::FlowPage> flow;
};

Written writeReport(const QTemporaryDir& dir, const test::AnalysedWorkspace& l,
                    const std::vector<std::size_t>& personas, const QString& name)
{
    ReportOptions options;
    options.personaIndices = personas;
    ChartExport charts(l.workspace, l.analyses, personas);
    PdfReport report(l.workspace, l.analyses, options, charts.painter(), &ChartExport::title);
    charts.addChartsTo(report, l.workspace, personas);
    const QString path = dir.filePath(name);
    const SaveResult r = report.writePdf(path);
    EXPECT_TRUE(r.ok) << r.message.toStdString();
    return {path,
            test::runProgram(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}),
            report.flowPages()};
}

/// Gives the first channel of persona `index` a spend limit, as the budget view's table does.
void limitFirstChannel(test::AnalysedWorkspace& l, std::size_t index)
{
    Persona& p = l.workspace.personas[index];
    ASSERT_FALSE(p.channels.empty());
    p.channels.front().bounds.maxSpend = 1000;
}

} // namespace

TEST(ReportBudget, NoPartWithoutAPersonaWhoseBudgetWasWorkedOn)
{
    test::AnalysedWorkspace l = test::analysedSample();
    ASSERT_GE(l.workspace.personas.size(), 2u);
    std::vector<std::size_t> all(l.workspace.personas.size());
    std::iota(all.begin(), all.end(), 0);
    // The sample's channels have no response and no bounds: nothing to say about budgets.
    EXPECT_TRUE(ReportBudget(l.workspace, all).isEmpty());
    // A worked-on persona outside the report does not bring the part in either.
    limitFirstChannel(l, 0);
    EXPECT_FALSE(ReportBudget(l.workspace, all).isEmpty());
    EXPECT_TRUE(ReportBudget(l.workspace, {1}).isEmpty());
    EXPECT_TRUE(ReportBudget(l.workspace, {1}).html().isEmpty());

    QTemporaryDir dir;
    const Written w = writeReport(dir, l, {1}, QStringLiteral("no-budget.pdf"));
    EXPECT_FALSE(w.text.contains(QStringLiteral("Budget allocation"))) << w.text.toStdString();
    EXPECT_FALSE(w.text.contains(QStringLiteral("Response curves"))) << w.text.toStdString();
    EXPECT_FALSE(w.text.contains(QStringLiteral("p10"))) << w.text.toStdString();
}

TEST(ReportBudget, AWorkedOnPersonaGetsItsAllocationRangesAndVectorCharts)
{
    test::AnalysedWorkspace l = test::analysedSample();
    limitFirstChannel(l, 0);
    // A second one (the impulse snack buyer), whose part starts on a page of its own.
    l.workspace.personas[3].channels.front().response.halfSaturationSpend = 3000;
    const Persona& p = l.workspace.personas[0];
    const QString name = QString::fromStdString(p.name);
    QTemporaryDir dir;
    const Written w = writeReport(dir, l, {}, QStringLiteral("budget.pdf"));
    const QString& text = w.text;

    const qsizetype part = text.indexOf(QStringLiteral("Budget allocation: ") + name);
    ASSERT_GE(part, 0) << text.toStdString();
    const QString budget = text.mid(part);
    EXPECT_TRUE(budget.contains(QStringLiteral("How sure: ") + name));
    EXPECT_TRUE(budget.contains(QStringLiteral("Response curves: ") + name));
    EXPECT_TRUE(budget.contains(QStringLiteral("Tornado of CLV:CAC: ") + name));
    EXPECT_TRUE(budget.contains(QStringLiteral("Budget allocation: ") +
                                QString::fromStdString(l.workspace.personas[3].name)));
    // Only the worked-on personas have the part.
    for (std::size_t i = 1; i < l.workspace.personas.size(); ++i)
        if (i != 3) {
            EXPECT_FALSE(text.contains(QStringLiteral("Budget allocation: ") +
                                       QString::fromStdString(l.workspace.personas[i].name)));
        }
    // Every channel by its display name, never by its id.
    const ChannelCatalogue catalogue = l.workspace.catalogue();
    for (const ChannelUse& c : p.channels) {
        EXPECT_TRUE(budget.contains(channelDisplayName(c.channelId, catalogue))) << c.channelId;
        if (c.channelId.find('-') != std::string::npos) {
            EXPECT_FALSE(budget.contains(QString::fromStdString(c.channelId))) << c.channelId;
        }
    }
    for (const Persona& other : l.workspace.personas)
        EXPECT_FALSE(text.contains(QString::fromStdString(other.id))) << other.id;

    // The ranges' header and rows, from the seeded runs the text names.
    EXPECT_TRUE(budget.contains(QStringLiteral("p10"))) << budget.toStdString();
    EXPECT_TRUE(budget.contains(QStringLiteral("p50")));
    EXPECT_TRUE(budget.contains(QStringLiteral("p90")));
    EXPECT_TRUE(budget.contains(QLocale().toString(ReportBudget::monteCarloRuns) +
                                QStringLiteral(" Monte Carlo run")))
        << budget.toStdString();
    budget::MonteCarloOptions mc;
    mc.runs = ReportBudget::monteCarloRuns;
    mc.seed = ReportBudget::monteCarloSeed;
    const budget::MonteCarloResult r = budget::runMonteCarlo(p, mc);
    ASSERT_TRUE(r.clvToCac.p50);
    EXPECT_TRUE(budget.contains(Formatting::number(*r.clvToCac.p50, 2))) << budget.toStdString();
    EXPECT_TRUE(budget.contains(QStringLiteral("Chance that CLV:CAC is at least 3: %1.")
                                    .arg(Formatting::percent(r.probabilityClvToCacAtLeast3))));

    // Vector: no raster images (pdfimages lists its two header lines only); fonts embedded.
    const QString images =
        test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), w.path});
    EXPECT_EQ(images.count(QLatin1Char('\n')), 2) << images.toStdString();
    EXPECT_FALSE(test::embeddedFonts(w.path).isEmpty());
    // No heading left at the foot of a page, and no blank page.
    for (const PdfReport::FlowPage& page : w.flow) {
        EXPECT_FALSE(page.endsWithHeading) << page.lastText.toStdString();
        EXPECT_TRUE(page.hasText);
    }
}

TEST(ReportBudget, ALockedChannelKeepsTodaysSpendInTheTable)
{
    test::AnalysedWorkspace l = test::analysedSample();
    Persona& p = l.workspace.personas[0];
    ASSERT_GE(p.channels.size(), 2u);
    p.channels[1].bounds.locked = true;
    const ReportBudget part(l.workspace, {0});
    ASSERT_EQ(part.figures().size(), 1u);
    const budget::ChannelAllocation& c = part.figures()[0].allocation.channels[1];
    EXPECT_EQ(c.atBound, budget::BoundHit::Locked);
    EXPECT_DOUBLE_EQ(c.spend, c.currentSpend);
    EXPECT_TRUE(part.html().contains(QStringLiteral("locked at today's spend")));
}
