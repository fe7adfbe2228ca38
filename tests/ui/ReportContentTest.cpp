// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a client reads it (issue 15): it speaks only about the personas it contains,
// cites public sources and never a file or an identifier, counts in words that agree with the
// number, and lays out without blank pages or headings stranded at the foot of a page.
#include "InEachLanguage.h"
#include "UiTestSupport.h"
#include "analytics/PersonaAnalysis.h"
#include "format/Formatting.h"
#include "i18n/Language.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "model/Presets.h"
#include "report/PdfReport.h"
#include "report/ReportHtml.h"
#include "report/ReportPhrases.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

/// The workspace of issue 15: the sample plus a persona a strategist built from a template,
/// and the two personas the report was exported for (the new one and the impulse snack buyer).
struct StrategistExport {
    test::AnalysedWorkspace l = test::analysedSample();
    std::vector<std::size_t> indices;

    StrategistExport()
    {
        Persona saas = makePreset(PresetKind::SmallBusinessSoftware);
        saas.name = "B2B SaaS for accountants, 50-person firms";
        l.workspace.personas.push_back(saas);
        l.analyses.push_back(analytics::analysePersona(saas));
        indices = {l.workspace.personas.size() - 1, snack()};
    }
    std::size_t snack() const
    {
        for (std::size_t i = 0; i < l.workspace.personas.size(); ++i)
            if (l.workspace.personas[i].name == "Impulse snack buyer")
                return i;
        ADD_FAILURE() << "the sample has no impulse snack buyer";
        return 0;
    }
};

QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return test::runProgram(QStringLiteral("pdftotext"), args)
        .normalized(QString::NormalizationForm_KC);
}

QString writeReport(const QTemporaryDir& dir, const Workspace& ws,
                    const std::vector<analytics::PersonaAnalysis>& analyses, ReportOptions options,
                    int* pages = nullptr, std::vector<PdfReport::FlowPage>* flow = nullptr)
{
    static int written = 0;
    const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(++written));
    PdfReport report(ws, analyses, std::move(options));
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

/// Identifiers as code spells them: a lower-case start, then a capital (selfServe, b2bAffinity).
const QRegularExpression camelCase(QStringLiteral("\\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\\b"));

} // namespace

TEST(ReportContent, SummaryAndCoverSpeakOnlyOfTheExportedPersonas)
{
    const StrategistExport e;
    const auto& ws = e.l.workspace;
    const ReportHtml html(ws, e.l.analyses, e.indices);
    const QString summary = html.executiveSummary();
    EXPECT_TRUE(summary.contains(QStringLiteral("This report covers 2 personas")))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("8 personas")));
    // With one persona a side, the "medians" are those personas' own figures.
    for (std::size_t i : e.indices) {
        const auto& cycle = e.l.analyses[i].salesCycle;
        EXPECT_TRUE(summary.contains(Formatting::days(cycle.p50Days))) << ws.personas[i].name;
        EXPECT_TRUE(summary.contains(Formatting::days(cycle.p90Days))) << ws.personas[i].name;
        EXPECT_TRUE(summary.contains(QString::fromStdString(ws.personas[i].name).toHtmlEscaped()));
    }
    for (std::size_t i = 0; i < ws.personas.size(); ++i)
        if (std::find(e.indices.begin(), e.indices.end(), i) == e.indices.end()) {
            EXPECT_FALSE(summary.contains(QString::fromStdString(ws.personas[i].name)))
                << ws.personas[i].name;
        }

    QTemporaryDir dir;
    ReportOptions options;
    options.personaIndices = e.indices;
    const QString pdf = writeReport(dir, ws, e.l.analyses, options);
    const QString cover = pdfText(pdf, 1).simplified();
    EXPECT_TRUE(cover.contains(QStringLiteral("This report covers 2 personas")))
        << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Impulse snack buyer")));
    EXPECT_TRUE(cover.contains(QStringLiteral("B2B SaaS for accountants")));
    // The workspace's description speaks of its seven audiences: not on a two-persona cover.
    EXPECT_FALSE(cover.contains(QStringLiteral("side by side"))) << cover.toStdString();
    const QString all = pdfText(pdf);
    for (const char* other : {"Enterprise software buying committee", "Online degree applicant",
                              "Industrial consumables reorder"})
        EXPECT_FALSE(all.contains(QString::fromUtf8(other))) << other;
}

TEST(ReportContent, RecommendationsFollowTheSummaryAndAreLeftOutWhenEmpty)
{
    StrategistExport e;
    auto& ws = e.l.workspace;
    ws.report.recommendations = "Lengthen the LinkedIn window.\n\nTest webinars <first>.";
    const ReportHtml html(ws, e.l.analyses, e.indices);
    const QString rec = html.recommendations();
    EXPECT_TRUE(rec.contains(QStringLiteral("Recommendations and next steps")));
    EXPECT_TRUE(rec.contains(QStringLiteral("Test webinars &lt;first&gt;.")));
    EXPECT_EQ(rec.count(QStringLiteral("<p")), 2);

    QTemporaryDir dir;
    ReportOptions options;
    options.personaIndices = e.indices;
    const QString text = pdfText(writeReport(dir, ws, e.l.analyses, options));
    const auto summary = text.indexOf(QStringLiteral("Executive summary"));
    const auto recommendations = text.indexOf(QStringLiteral("Recommendations and next steps"));
    const auto firstPersona =
        text.indexOf(QStringLiteral("B2B SaaS for accountants, 50-person"), recommendations);
    EXPECT_GT(summary, 0);
    EXPECT_GT(recommendations, summary);
    EXPECT_GT(firstPersona, recommendations);
    EXPECT_TRUE(text.contains(QStringLiteral("Lengthen the LinkedIn window.")));

    ws.report.recommendations = "  \n\n ";
    EXPECT_TRUE(ReportHtml(ws, e.l.analyses, e.indices).recommendations().isEmpty());
}

TEST(ReportContent, CountsReadAsWordsAndNumbersAreGrouped)
{
    EXPECT_EQ(ReportPhrases::people(1), QStringLiteral("one person"));
    EXPECT_EQ(ReportPhrases::people(7), QStringLiteral("7 people"));
    EXPECT_EQ(ReportPhrases::people(2.5), QStringLiteral("2.5 people"));
    EXPECT_EQ(ReportPhrases::approvalLevels(0), QStringLiteral("no approval levels"));
    EXPECT_EQ(ReportPhrases::approvalLevels(1), QStringLiteral("one approval level"));
    EXPECT_EQ(ReportPhrases::approvalLevels(3), QStringLiteral("3 approval levels"));
    EXPECT_EQ(ReportPhrases::perMonth(41250), QStringLiteral("41,250"));
    EXPECT_EQ(ReportPhrases::perMonth(2.44), QStringLiteral("2.4"));

    StrategistExport e;
    Persona hybrid = makePreset(PresetKind::Hybrid); // priced at 3,000
    e.l.workspace.personas.push_back(hybrid);
    e.l.analyses.push_back(analytics::analysePersona(hybrid));
    std::vector<std::size_t> indices = e.indices;
    indices.push_back(e.l.workspace.personas.size() - 1);
    const QString pages = ReportHtml(e.l.workspace, e.l.analyses, indices).personaPages();
    EXPECT_FALSE(pages.contains(QStringLiteral("1 people")));
    EXPECT_FALSE(pages.contains(QStringLiteral("(s)")));
    EXPECT_FALSE(pages.contains(QStringLiteral("0 approval")));
    EXPECT_TRUE(pages.contains(QStringLiteral("The decision unit has one person")));
    EXPECT_TRUE(pages.contains(QStringLiteral("no approval levels")));
    EXPECT_TRUE(pages.contains(QStringLiteral("Price of $3,000 per purchase")))
        << pages.toStdString();
    EXPECT_FALSE(pages.contains(QStringLiteral("3000.00")));
    // Customers are counted in whole numbers with grouping, not to the cent.
    const auto& snack = e.l.analyses[e.snack()];
    ASSERT_GE(snack.funnel.customersPerMonth, 1000);
    EXPECT_TRUE(pages.contains(Formatting::number(snack.funnel.customersPerMonth, 0)));
    EXPECT_FALSE(pages.contains(Formatting::number(snack.funnel.customersPerMonth, 2)));
}

TEST(ReportContent, AttributionWarningsAreGroupedByWhatIsWrong)
{
    // The enterprise preset keeps its platforms' default windows: several 30-day windows
    // against a cycle of months.
    Persona p = makePreset(PresetKind::EnterpriseSoftware);
    const auto a = analytics::analysePersona(p);
    int missing = 0;
    for (const auto& check : a.attribution)
        missing += !check.warning.isEmpty() && check.windowDays == 30 ? 1 : 0;
    ASSERT_GE(missing, 2) << "the preset no longer has several short windows";
    const QStringList warnings = ReportPhrases::warnings(a);
    int thirty = 0;
    for (const auto& w : warnings)
        thirty += w.startsWith(QStringLiteral("The 30-day windows of ")) ? 1 : 0;
    EXPECT_EQ(thirty, 1) << warnings.join(u'\n').toStdString();
    // Every warned channel is still named.
    for (const auto& check : a.attribution)
        if (!check.warning.isEmpty()) {
            const QString name =
                QString::fromStdString(ChannelCatalogue::builtIn().find(check.channelId)->name);
            EXPECT_TRUE(warnings.join(u'\n').contains(name)) << check.channelId;
        }
    int failing = 0;
    for (const auto& check : a.attribution)
        failing += check.warning.isEmpty() ? 0 : 1;
    EXPECT_LT(warnings.filter(QStringLiteral("-day window")).size(), failing)
        << warnings.join(u'\n').toStdString();
}

TEST(ReportContent, AppendixPrintsItsFormulasWhole)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const QString text = pdfText(writeReport(dir, l.workspace, l.analyses, {})).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("(MRR and ARR for subscriptions), or keeps growing "
                                             "without churn.")))
        << "the time-to-revenue formula is cut";
    EXPECT_TRUE(text.contains(QStringLiteral("Binet & Field")));
}

TEST(ReportContent, NoBlankPageAndNoHeadingAtTheFootOfAPage)
{
    const StrategistExport e;
    const test::AnalysedWorkspace full = test::analysedSample();
    QTemporaryDir dir;
    for (bool subset : {true, false}) {
        ReportOptions options;
        if (subset)
            options.personaIndices = e.indices;
        const auto& ws = subset ? e.l.workspace : full.workspace;
        const auto& analyses = subset ? e.l.analyses : full.analyses;
        int pages = 0;
        std::vector<PdfReport::FlowPage> flow;
        const QString pdf = writeReport(dir, ws, analyses, options, &pages, &flow);
        ASSERT_FALSE(flow.empty());
        for (std::size_t i = 0; i < flow.size(); ++i) {
            EXPECT_TRUE(flow[i].hasText)
                << "flow page " << i << " is blank (subset " << subset << ")";
            EXPECT_FALSE(flow[i].endsWithHeading)
                << "flow page " << i << " ends with the heading \""
                << flow[i].lastText.toStdString() << "\" (subset " << subset << ")";
        }
        // As a reader sees the file: every page holds more than its running header and footer.
        for (int page = 2; page <= pages; ++page) {
            QStringList lines = pdfText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
            lines.removeIf([&](const QString& line) {
                const QString t = line.trimmed();
                return t.isEmpty() || t == QStringLiteral("B2B vs B2C comparison") ||
                       t.startsWith(QStringLiteral("Page ")) ||
                       t == QString::fromStdString(ws.name) || t == QStringLiteral("\f");
            });
            EXPECT_GE(lines.size(), 3) << "page " << page << " of " << pages << " (subset "
                                       << subset << "): " << lines.join(u'|').toStdString();
        }
    }
}

TEST(ReportContent, AHeadingMovedToTheNextPageIsInTheFileOnce)
{
    // A heading that would end a page is moved to the top of the next one. The page it left
    // must not hold it either, even clipped out of sight: the file's text (search, copy, screen
    // readers) would have it twice.
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = writeReport(dir, l.workspace, l.analyses, {}, &pages);
    const QStringList headings{QStringLiteral("Behaviour profile"),
                               QStringLiteral("Decision unit"),
                               QStringLiteral("Pipeline and sales cycle"),
                               QStringLiteral("Key metrics"),
                               QStringLiteral("Warnings"),
                               QStringLiteral("Evidence")};
    int moved = 0; // pages that start with one of them: the headings moved
    for (int page = 2; page <= pages; ++page) {
        const QStringList lines = pdfText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            const QString t = line.trimmed();
            if (t.isEmpty() || t == QStringLiteral("B2B vs B2C comparison") ||
                t == QString::fromStdString(l.workspace.name))
                continue;
            moved += headings.contains(t) ? 1 : 0;
            break;
        }
    }
    ASSERT_GE(moved, 3) << "the sample's report no longer moves headings; the test needs one that "
                           "does";
    // Each persona's pages, from its title to the next persona's (the last one's to the plan).
    const QString text = pdfText(pdf);
    QStringList personas = text.split(QStringLiteral("\n■ "));
    personas.removeFirst(); // the cover and the summary
    ASSERT_EQ(personas.size(), static_cast<qsizetype>(l.workspace.personas.size()));
    personas.last() = personas.last().left(personas.last().indexOf(QStringLiteral("\nPlan: ")));
    for (const QString& persona : personas) {
        QStringList lines = persona.split(u'\n');
        for (QString& line : lines)
            line = line.trimmed();
        for (const QString& heading : headings)
            EXPECT_LE(lines.count(heading), 1)
                << heading.toStdString() << " in " << lines.first().toStdString();
    }
}

TEST(ReportContent, CatalogueSourcesHaveNamesAndCitePublicSources)
{
    const auto listed = detail::translatableChannelSources();
    const auto sources = ChannelCatalogue::builtIn().sources();
    ASSERT_FALSE(sources.empty());
    for (const auto& [key, source] : sources) {
        EXPECT_FALSE(channelSourceLabel(key).isEmpty()) << key << ": name it in ChannelNames.cpp";
        EXPECT_TRUE(
            std::any_of(listed.begin(), listed.end(), [&](const char* t) { return source == t; }))
            << key << ": list its source in ChannelNames.cpp for translation";
        EXPECT_EQ(source.find(".md"), std::string::npos) << key;
    }
}

namespace {

class ReportLanguages : public test::InEachLanguage {};

} // namespace

TEST_P(ReportLanguages, NoFileNamesAndNoIdentifiersReachTheReport)
{
    const StrategistExport e;
    QTemporaryDir dir;
    for (bool subset : {false, true}) {
        ReportOptions options;
        if (subset)
            options.personaIndices = e.indices;
        const QString text = pdfText(writeReport(dir, e.l.workspace, e.l.analyses, options));
        ASSERT_FALSE(text.isEmpty());
        for (const char* internal : {".md", "BENCHMARKS", "DOMAIN", "docs/", "selfServe",
                                     "b2bAffinity", "emotionalFit", "oneToOne"})
            EXPECT_FALSE(text.contains(QString::fromLatin1(internal)))
                << code().toStdString() << ": " << internal;
        auto it = camelCase.globalMatch(text);
        while (it.hasNext()) {
            const QString token = it.next().captured();
            // pdftotext joins the last word of a wrapped table cell to the next line's first
            // ("canal" + "B2B"); such a join has both halves as words elsewhere in the text.
            const auto upper = token.indexOf(QRegularExpression(QStringLiteral("[A-Z]")));
            const QString head = token.left(upper), tail = token.mid(upper);
            const auto word = [&](const QString& w) {
                return text.contains(QRegularExpression(
                    QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(w))));
            };
            if (word(head) && word(tail))
                continue;
            ADD_FAILURE() << code().toStdString() << ": identifier \"" << token.toStdString()
                          << "\" in the report";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllReportLanguages, ReportLanguages,
                         ::testing::Values("en", "pl", "ar", "ro", "th"));
