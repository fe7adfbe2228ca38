// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export` as a user runs it, with no display: every output, the exit codes, and that a
// failed export leaves no half-written file.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;
using b2x::test::runProcess;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace export_cli_test {

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
const QStringList chartKeys{QStringLiteral("behaviour-profile"),
                            QStringLiteral("b2b-index"),
                            QStringLiteral("decision-unit"),
                            QStringLiteral("sales-cycle"),
                            QStringLiteral("funnel"),
                            QStringLiteral("time-to-revenue"),
                            QStringLiteral("channel-fit"),
                            QStringLiteral("unit-economics"),
                            QStringLiteral("attribution")};

} // namespace

TEST(ExportCli, PdfIsVectorWithEmbeddedFontsNamesAndChartTitles)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const ProcessResult r =
        runCli({QStringLiteral("export"), sample, QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(runProcess(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
    // Header lines only: no image rows, so the charts are drawn, not pasted.
    const QStringList images =
        runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
            .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(images.size(), 2) << images.join(QLatin1Char('\n')).toStdString();
    const QStringList fonts = runProcess(QStringLiteral("pdffonts"), {pdf})
                                  .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(fonts.size(), 2);
    for (int i = 2; i < fonts.size(); ++i) {
        EXPECT_TRUE(fonts[i].contains(QStringLiteral(" yes "))) << fonts[i].toStdString();
    }
    // NFKC: the font's "fi" ligature is extracted as one character (U+FB01).
    const QString text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .out.normalized(QString::NormalizationForm_KC);
    for (const char* name : {"Enterprise software buying committee", "Impulse snack buyer",
                             "Online degree applicant", "Interior design studio: private homes"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(name))) << name;
    for (const char* title :
         {"Behaviour profile", "B2B index", "Decision unit", "Sales cycle", "Funnel",
          "Time to revenue", "Channel fit", "Unit economics", "Attribution"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(title))) << title;
    // Cover, summary, 7 personas of 2–3 pages, 5 chart pages, appendix: a stable count for the
    // sample; the page numbers printed on the pages agree with the file's.
    const QString info = runProcess(QStringLiteral("pdfinfo"), {pdf}).out;
    const int pages = info.section(QStringLiteral("Pages:"), 1)
                          .trimmed()
                          .section(QLatin1Char('\n'), 0, 0)
                          .toInt();
    EXPECT_GE(pages, 1 + 1 + 7 + 5 + 1);
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST(ExportCli, PngAndSvgForEveryChart)
{
    QTemporaryDir dir;
    const ProcessResult r = runCli({QStringLiteral("export"), sample, QStringLiteral("--png"),
                                    dir.filePath(QStringLiteral("png")), QStringLiteral("--svg"),
                                    dir.filePath(QStringLiteral("svg"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const auto& key : chartKeys) {
        QFile png(dir.filePath(QStringLiteral("png/%1.png").arg(key)));
        ASSERT_TRUE(png.open(QIODevice::ReadOnly)) << key.toStdString();
        const QByteArray bytes = png.readAll();
        EXPECT_TRUE(bytes.startsWith("\x89PNG")) << key.toStdString();
        // At least 2× resolution: 1600 pixels wide (IHDR width at byte 16, big-endian).
        const auto width =
            (static_cast<unsigned char>(bytes[18]) << 8) | static_cast<unsigned char>(bytes[19]);
        EXPECT_GE(width, 1600) << key.toStdString();
        QFile svg(dir.filePath(QStringLiteral("svg/%1.svg").arg(key)));
        ASSERT_TRUE(svg.open(QIODevice::ReadOnly)) << key.toStdString();
        const QString svgText = QString::fromUtf8(svg.readAll());
        EXPECT_TRUE(svgText.contains(QStringLiteral("<svg"))) << key.toStdString();
        EXPECT_TRUE(svgText.contains(QStringLiteral("<title>"))) << key.toStdString();
    }
}

TEST(ExportCli, CsvAndPersonaSubsetAndLetter)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("m.csv"));
    const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
    const ProcessResult r = runCli({QStringLiteral("export"), sample, QStringLiteral("--csv"), csv,
                                    QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"),
                                    QStringLiteral("Letter"), QStringLiteral("--personas"),
                                    QStringLiteral("5e8c2b71-d946-4a03-9f5e-0b7a6c1d8e92")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()).count(QStringLiteral("\r\n")), 8); // header + 7
    EXPECT_TRUE(
        runProcess(QStringLiteral("pdfinfo"), {pdf}).out.contains(QStringLiteral("612 x 792")));
    const QString text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    EXPECT_TRUE(text.contains(QStringLiteral("Impulse snack buyer")));
    EXPECT_FALSE(text.contains(QStringLiteral("Labelled B2B · B2B index 97")));
}

TEST(ExportCli, BadInputAndUnwritableOutputFailCleanly)
{
    QTemporaryDir dir;
    EXPECT_EQ(runCli({QStringLiteral("export"), sample}).exitCode, 2); // no output chosen
    EXPECT_EQ(runCli({QStringLiteral("export"), sample, QStringLiteral("--pdf"),
                      dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--page-size"),
                      QStringLiteral("A5")})
                  .exitCode,
              2);
    const ProcessResult unknown = runCli(
        {QStringLiteral("export"), sample, QStringLiteral("--personas"), QStringLiteral("nope"),
         QStringLiteral("--pdf"), dir.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nope")));

    QFile broken(dir.filePath(QStringLiteral("broken.b2x")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"b2x-workspace\"");
    broken.close();
    const ProcessResult invalid =
        runCli({QStringLiteral("export"), broken.fileName(), QStringLiteral("--pdf"),
                dir.filePath(QStringLiteral("y.pdf"))});
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.pdf"))));

    const QString target = dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    const ProcessResult unwritable =
        runCli({QStringLiteral("export"), sample, QStringLiteral("--pdf"), target});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("report.pdf")));
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
}

} // namespace export_cli_test
