// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report and the CSV of all metrics, checked as a reader of the files would: with qpdf,
// pdffonts, pdfimages and pdftotext (poppler-utils, qpdf), and by parsing the CSV.
#include "UiTestSupport.h"
#include "analytics/PersonaAnalysis.h"
#include "report/CsvExport.h"
#include "report/PdfReport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

} // namespace

TEST(ReportExport, TextReportIsAValidVectorPdfWithEveryPersona)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    PdfReport report(l.workspace, l.analyses, {});
    const SaveResult r = report.writePdf(path);
    ASSERT_TRUE(r.ok) << r.message.toStdString();
    EXPECT_GE(report.pageCount(), 1 + 1 + 7 + 1); // cover, summary, a page per persona, appendix

    int code = 0;
    const QString check =
        test::runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    EXPECT_EQ(code, 0) << check.toStdString();
    const QString info = test::runProgram(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QStringLiteral("Pages:           %1").arg(report.pageCount())))
        << info.toStdString();
    // Fonts embedded: every row of pdffonts says "yes" in the emb column.
    EXPECT_FALSE(test::embeddedFonts(path).isEmpty());
    // No raster images: text is text.
    const QStringList images =
        test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'));
    EXPECT_LE(images.size(), 3) << images.join(QLatin1Char('\n')).toStdString();

    const QString text = test::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (const auto& p : l.workspace.personas)
        EXPECT_TRUE(text.contains(QString::fromStdString(p.name))) << p.name;
    EXPECT_TRUE(text.contains(QStringLiteral("Executive summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("Appendix: models and sources")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of %1").arg(report.pageCount())));
}

TEST(ReportExport, LetterAndAPersonaSubset)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    ReportOptions options;
    options.pageSize = QPageSize::Letter;
    options.personaIndices = {3};
    PdfReport report(l.workspace, l.analyses, options);
    ASSERT_TRUE(report.writePdf(path).ok);
    const QString info = test::runProgram(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QStringLiteral("612 x 792 pts"))) << info.toStdString();
    const QString text = test::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QString::fromStdString(l.workspace.personas[3].name)));
    EXPECT_FALSE(text.contains(QString::fromStdString(l.workspace.personas[5].name + "\n")));
}

TEST(ReportExport, CancelLeavesNoFile)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    PdfReport report(l.workspace, l.analyses, {});
    const SaveResult r = report.writePdf(path, [](int done, int) { return done < 3; });
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ReportExport, HundredPersonasPaginate)
{
    test::AnalysedWorkspace l = test::analysedSample();
    const Persona base = l.workspace.personas[0];
    l.workspace.personas.clear();
    l.analyses.clear();
    for (int i = 0; i < 100; ++i) {
        Persona p = base;
        p.name = "Persona " + std::to_string(i + 1);
        l.workspace.personas.push_back(p);
        l.analyses.push_back(analytics::analysePersona(p));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hundred.pdf"));
    PdfReport report(l.workspace, l.analyses, {});
    ASSERT_TRUE(report.writePdf(path).ok);
    EXPECT_GE(report.pageCount(), 100);
    const QString text = test::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Persona 100")));
}

TEST(CsvExport, OneRowPerPersonaOneColumnPerMetric)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics.csv"));
    ASSERT_TRUE(CsvExport::write(l.workspace, l.analyses, path).ok);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + static_cast<int>(l.workspace.personas.size()));
    const QStringList header = lines[0].split(QLatin1Char(','));
    EXPECT_EQ(header.mid(0, 4),
              (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("label"),
                           QStringLiteral("behavesAs")}));
    EXPECT_TRUE(header.contains(QStringLiteral("economics.cac")));
    EXPECT_TRUE(header.contains(QStringLiteral("channelFit.linkedin")));
    for (int i = 1; i < lines.size(); ++i) {
        // Sample names hold no commas or quotes, so a plain split counts the columns.
        EXPECT_EQ(lines[i].split(QLatin1Char(',')).size(), header.size()) << i;
        EXPECT_TRUE(lines[i].startsWith(
            QString::fromStdString(l.workspace.personas[static_cast<std::size_t>(i - 1)].id)));
    }
}

TEST(CsvExport, QuotesFieldsThatNeedIt)
{
    test::AnalysedWorkspace l = test::analysedSample();
    l.workspace.personas[0].name = "Buyers, \"large\"";
    const std::string csv = CsvExport::text(l.workspace, l.analyses);
    EXPECT_NE(csv.find(",\"Buyers, \"\"large\"\"\","), std::string::npos);
}

TEST(CsvExport, EveryValueStandsInTheColumnOfItsName)
{
    // Channel-fit outputs come best channel first, so their order differs between personas: the
    // impulse buyer's LinkedIn score must not land under another persona's best channel.
    const test::AnalysedWorkspace l = test::analysedSample();
    const QStringList lines = QString::fromStdString(CsvExport::text(l.workspace, l.analyses))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + static_cast<int>(l.workspace.personas.size()));
    const QStringList header = lines[0].split(QLatin1Char(','));
    int checked = 0;
    for (std::size_t i = 0; i < l.analyses.size(); ++i) {
        const QStringList cells = lines[static_cast<int>(i) + 1].split(QLatin1Char(','));
        ASSERT_EQ(cells.size(), header.size());
        for (const auto& o : analytics::scalarOutputs(l.analyses[i])) {
            const auto column = header.indexOf(QString::fromStdString(o.name));
            ASSERT_GE(column, 0) << o.name;
            if (!o.value) {
                EXPECT_TRUE(cells[column].isEmpty()) << o.name;
                continue;
            }
            EXPECT_NEAR(cells[column].toDouble(), *o.value, 1e-6 * (1 + std::abs(*o.value)))
                << l.workspace.personas[i].name << " " << o.name;
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);
}
