// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report and the CSV of all metrics, checked as a reader of the files would: with qpdf,
// pdffonts, pdfimages and pdftotext (poppler-utils, qpdf), and by parsing the CSV.
#include "analytics/PersonaAnalysis.h"
#include "export/CsvExport.h"
#include "export/PdfReport.h"
#include "io/WorkspaceReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

struct Loaded {
    Workspace workspace;
    std::vector<analytics::PersonaAnalysis> analyses;
};

Loaded loadSample()
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    Loaded l{*r.workspace, {}};
    for (const auto& p : l.workspace.personas)
        l.analyses.push_back(analytics::analysePersona(p));
    return l;
}

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

TEST(ReportExport, TextReportIsAValidVectorPdfWithEveryPersona)
{
    const Loaded l = loadSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    PdfReport report(l.workspace, l.analyses, {});
    const SaveResult r = report.writePdf(path);
    ASSERT_TRUE(r.ok) << r.message.toStdString();
    EXPECT_GE(report.pageCount(), 1 + 1 + 7 + 1); // cover, summary, a page per persona, appendix

    int code = 0;
    const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    EXPECT_EQ(code, 0) << check.toStdString();
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QStringLiteral("Pages:           %1").arg(report.pageCount())))
        << info.toStdString();
    // Fonts embedded: every row of pdffonts says "yes" in the emb column.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    ASSERT_GT(fonts.size(), 3);
    for (int i = 2; i < fonts.size(); ++i) {
        if (!fonts[i].trimmed().isEmpty()) {
            EXPECT_TRUE(fonts[i].contains(QStringLiteral(" yes "))) << fonts[i].toStdString();
        }
    }
    // No raster images: text is text.
    const QStringList images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'));
    EXPECT_LE(images.size(), 3) << images.join(QLatin1Char('\n')).toStdString();

    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (const auto& p : l.workspace.personas)
        EXPECT_TRUE(text.contains(QString::fromStdString(p.name))) << p.name;
    EXPECT_TRUE(text.contains(QStringLiteral("Executive summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("Appendix: models and sources")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of %1").arg(report.pageCount())));
}

TEST(ReportExport, LetterAndAPersonaSubset)
{
    const Loaded l = loadSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    ReportOptions options;
    options.pageSize = QPageSize::Letter;
    options.personaIndices = {3};
    PdfReport report(l.workspace, l.analyses, options);
    ASSERT_TRUE(report.writePdf(path).ok);
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QStringLiteral("612 x 792 pts"))) << info.toStdString();
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QString::fromStdString(l.workspace.personas[3].name)));
    EXPECT_FALSE(text.contains(QString::fromStdString(l.workspace.personas[5].name + "\n")));
}

TEST(ReportExport, CancelLeavesNoFile)
{
    const Loaded l = loadSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    PdfReport report(l.workspace, l.analyses, {});
    const SaveResult r = report.writePdf(path, [](int done, int) { return done < 3; });
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ReportExport, HundredPersonasPaginate)
{
    Loaded l = loadSample();
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
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Persona 100")));
}

TEST(CsvExport, OneRowPerPersonaOneColumnPerMetric)
{
    const Loaded l = loadSample();
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
    Loaded l = loadSample();
    l.workspace.personas[0].name = "Buyers, \"large\"";
    const std::string csv = CsvExport::text(l.workspace, l.analyses);
    EXPECT_NE(csv.find(",\"Buyers, \"\"large\"\"\","), std::string::npos);
}
