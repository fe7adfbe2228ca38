// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan part of the PDF report (issue 18): what it says for the sample's Q1 2027 plan, that it
// speaks only of the personas the report covers, that a workspace without a plan has none, and
// that it stays vector text whose tables repeat their header row when they split.
#include "report/ReportPlan.h"

#include "UiTestSupport.h"
#include "analytics/PersonaAnalysis.h"
#include "plan/PlanAnalysis.h"
#include "report/PdfReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace report_plan_test {

namespace {

/// Rich text as a reader sees it, with runs of white space made one space.
QString plain(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified();
}

std::size_t indexOf(const Workspace& ws, const std::string& name)
{
    for (std::size_t i = 0; i < ws.personas.size(); ++i)
        if (ws.personas[i].name == name)
            return i;
    ADD_FAILURE() << "the sample has no persona " << name;
    return 0;
}

QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return test::runProgram(QStringLiteral("pdftotext"), args);
}

QString writeReport(const QTemporaryDir& dir, const test::AnalysedWorkspace& l,
                    ReportOptions options, int* pages = nullptr,
                    std::vector<PdfReport::FlowPage>* flow = nullptr)
{
    static int written = 0;
    const QString path = dir.filePath(QStringLiteral("plan-%1.pdf").arg(++written));
    PdfReport report(l.workspace, l.analyses, std::move(options));
    const SaveResult r = report.writePdf(path);
    EXPECT_TRUE(r.ok) << r.message.toStdString();
    // B2X_REPORT_TEST_OUT=DIR keeps a copy of every report to look at.
    if (const QString out = qEnvironmentVariable("B2X_REPORT_TEST_OUT"); !out.isEmpty()) {
        const QString copy = QDir(out).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    if (pages)
        *pages = report.pageCount();
    if (flow)
        *flow = report.flowPages();
    return path;
}

std::vector<std::size_t> everyPersona(const Workspace& ws)
{
    std::vector<std::size_t> all(ws.personas.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

} // namespace

TEST(ReportPlan, SamplePlanStatesPeriodRaceObjectivesFunnelsMapAndChecks)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const ReportPlan part(l.workspace, everyPersona(l.workspace));
    ASSERT_FALSE(part.isEmpty());
    const QString text = plain(part.html());
    for (const char* expected : {
             "Plan: Q1 2027",
             // Plural forms come from the translation, which tests run without.
             "2027, 90 day",
             "RACE plan",
             "Seven audiences, one budget", // the Plan stage's opportunity
             "Objectives and key results",
             "Grow paid SEO subscriptions",
             // A derived key result and where its target comes from.
             "Target from the reverse funnel of Small-business SEO tool subscriber: 260 customers.",
             // 150 of 260 subscribers: 58%, Google's yellow band, in words.
             "58% Yellow",
             "Pipeline value created 47% Yellow 0 → 1,400,000 → 3,000,000 USD",
             "0 → 150 → 260 customers",
             "Reverse funnel: Enterprise software buying committee",
             "Monthly spend needed",
             "Latest lead entry for nine deals in ten to close in the period (p90)",
             "Content map",
             "Checks",
         })
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // The hotel studio has no target: no reverse funnel of its own.
    EXPECT_FALSE(text.contains(QStringLiteral("Reverse funnel: Interior design studio: hotel")));
    // No identifier of the file reaches the client.
    for (const auto& p : l.workspace.personas)
        EXPECT_FALSE(text.contains(QString::fromStdString(p.id))) << p.id;
    for (const auto& o : l.workspace.plan.objectives) {
        EXPECT_FALSE(text.contains(QString::fromStdString(o.id))) << o.id;
        for (const auto& k : o.keyResults)
            EXPECT_FALSE(text.contains(QString::fromStdString(k.id))) << k.id;
    }
}

TEST(ReportPlan, OnlyTheCoveredPersonasAppear)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const Workspace& ws = l.workspace;
    const std::vector<std::size_t> two{indexOf(ws, "Small-business SEO tool subscriber"),
                                       indexOf(ws, "Impulse snack buyer")};
    const ReportPlan part(ws, two);
    ASSERT_FALSE(part.isEmpty());
    const QString text = plain(part.html());
    EXPECT_TRUE(
        text.contains(QStringLiteral("Reverse funnel: Small-business SEO tool subscriber")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reverse funnel: Impulse snack buyer")));
    EXPECT_TRUE(text.contains(QStringLiteral("Grow paid SEO subscriptions")));

    const auto covered = [&](const std::string& id) {
        return id == ws.personas[two[0]].id || id == ws.personas[two[1]].id;
    };
    int othersChecked = 0;
    for (const auto& p : ws.personas)
        if (!covered(p.id)) {
            EXPECT_FALSE(text.contains(QString::fromStdString(p.name))) << p.name;
        }
    for (const auto& o : ws.plan.objectives)
        if (!o.personaId.empty() && !covered(o.personaId)) {
            EXPECT_FALSE(text.contains(QString::fromStdString(o.title))) << o.title;
        }
    for (const auto& t : ws.plan.tactics)
        if (!covered(t.personaId)) {
            EXPECT_FALSE(text.contains(QString::fromStdString(t.name))) << t.name;
            ++othersChecked;
        }
    const plan::PlanAnalysis analysis = plan::analysePlan(ws, QDate(2027, 2, 1));
    for (const auto& c : analysis.checks)
        if (!c.personaId.empty() && !covered(c.personaId)) {
            EXPECT_FALSE(text.contains(c.message.simplified())) << c.message.toStdString();
            ++othersChecked;
        }
    EXPECT_GT(othersChecked, 0) << "the sample should have tactics and checks of other personas";
    // The RACE texts speak about all seven audiences: not in a report on two of them.
    EXPECT_FALSE(text.contains(QStringLiteral("Seven audiences")));

    // The PDF as the client gets it: no other persona named anywhere.
    QTemporaryDir dir;
    ReportOptions options;
    options.personaIndices = two;
    const QString pdf = pdfText(writeReport(dir, l, options)).simplified();
    EXPECT_TRUE(pdf.contains(QStringLiteral("Objectives and key results")));
    for (const auto& p : ws.personas)
        if (!covered(p.id)) {
            EXPECT_FALSE(pdf.contains(QString::fromStdString(p.name))) << p.name;
        }
}

TEST(ReportPlan, NoPlanPartWithoutAPlanForTheCoveredPersonas)
{
    test::AnalysedWorkspace l = test::analysedSample();
    // A plan that only concerns the enterprise committee says nothing about the snack buyer.
    const std::size_t snack = indexOf(l.workspace, "Impulse snack buyer");
    const std::string snackId = l.workspace.personas[snack].id;
    Plan& plan = l.workspace.plan;
    std::erase_if(plan.personas, [&](const auto& e) { return e.personaId == snackId; });
    std::erase_if(plan.objectives, [&](const auto& e) { return e.personaId == snackId; });
    std::erase_if(plan.tactics, [&](const auto& e) { return e.personaId == snackId; });
    std::erase_if(plan.content, [&](const auto& e) { return e.personaId == snackId; });
    EXPECT_TRUE(ReportPlan(l.workspace, {snack}).isEmpty());
    EXPECT_TRUE(ReportPlan(l.workspace, {snack}).html().isEmpty());
    EXPECT_FALSE(ReportPlan(l.workspace, everyPersona(l.workspace)).isEmpty());

    l.workspace.plan = Plan{};
    EXPECT_TRUE(ReportPlan(l.workspace, everyPersona(l.workspace)).html().isEmpty());
    QTemporaryDir dir;
    const QString text = pdfText(writeReport(dir, l, {}));
    EXPECT_TRUE(text.contains(QStringLiteral("Executive summary")));
    EXPECT_FALSE(text.contains(QStringLiteral("Objectives and key results")));
    EXPECT_FALSE(text.contains(QStringLiteral("Reverse funnel")));
}

TEST(ReportPlan, PdfKeepsThePlanAsVectorTextWithEmbeddedFonts)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const QString path = writeReport(dir, l, {});
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Plan: Q1 2027")));
    EXPECT_TRUE(text.contains(QStringLiteral("Content map")));
    EXPECT_FALSE(test::embeddedFonts(path).isEmpty());
    // The progress bars are table cells, not pictures: pdfimages lists its two header lines only.
    const QStringList images =
        test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(images.size(), 2) << images.join(QLatin1Char('\n')).toStdString();
}

TEST(ReportPlan, ASplitTableRepeatsItsHeaderAndNoHeadingEndsAPage)
{
    test::AnalysedWorkspace l = test::analysedSample();
    // Sixty objectives: their table spans several pages.
    const Objective base = l.workspace.plan.objectives.front();
    for (int i = 1; i <= 60; ++i) {
        Objective o = base;
        o.id = "extra-" + std::to_string(i);
        o.title = "Extra objective number " + std::to_string(i);
        l.workspace.plan.objectives.push_back(o);
    }
    QTemporaryDir dir;
    int pages = 0;
    std::vector<PdfReport::FlowPage> flow;
    const QString path = writeReport(dir, l, {}, &pages, &flow);
    int spanned = 0;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        if (!text.contains(QStringLiteral("Extra objective number")))
            continue;
        ++spanned;
        EXPECT_TRUE(text.contains(QStringLiteral("Objective and key results")) &&
                    text.contains(QStringLiteral("Start → current → target")))
            << "page " << page << " continues the objectives without their header row";
    }
    EXPECT_GE(spanned, 2) << "the objectives table should split";
    for (std::size_t i = 0; i < flow.size(); ++i)
        EXPECT_FALSE(flow[i].endsWithHeading) << "flow page " << i << " ends with the heading \""
                                              << flow[i].lastText.toStdString() << "\"";
}

} // namespace report_plan_test
