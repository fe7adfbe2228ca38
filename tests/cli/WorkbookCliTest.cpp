// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export --xlsx`: the workbook's sheets, headers and live formulas, read back from the .xlsx
// (a zip of XML parts) with `unzip -p`; the cached results equal `b2x summary --json`; and a
// failed export leaves nothing behind. (Recalculation by LibreOffice: tests/workbook.)
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;
using b2x::test::runProcess;

namespace {

const QString sample = QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");

QString part(const QString& xlsx, const QString& name)
{
    const ProcessResult r = runProcess(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    EXPECT_EQ(r.exitCode, 0) << name.toStdString() << ": " << r.err.toStdString();
    return r.out;
}

/// The formula and cached value of one cell of a worksheet part (XML-escaped as stored).
struct Cell {
    QString formula;
    QString value;
};

Cell cellOf(const QString& sheetXml, const QString& ref)
{
    const QRegularExpression re(
        QStringLiteral("<c r=\"%1\"[^>]*>(?:<f>([^<]*)</f>)?<v>([^<]*)</v>").arg(ref));
    const QRegularExpressionMatch m = re.match(sheetXml);
    return m.hasMatch() ? Cell{m.captured(1), m.captured(2)} : Cell{};
}

class WorkbookCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_xlsx = s_dir->filePath(QStringLiteral("book.xlsx"));
        const ProcessResult r =
            runCli({QStringLiteral("export"), sample, QStringLiteral("--xlsx"), s_xlsx});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(s_xlsx));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_xlsx;
};

} // namespace

TEST_F(WorkbookCli, HasTheSixSheetsWithFrozenHeadersAndTheirColumns)
{
    const QString book = part(s_xlsx, QStringLiteral("xl/workbook.xml"));
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (auto it = sheet.globalMatch(book); it.hasNext();)
        names << it.next().captured(1);
    EXPECT_EQ(names, (QStringList{QStringLiteral("Inputs"), QStringLiteral("Funnel"),
                                  QStringLiteral("Economics"), QStringLiteral("Tactics"),
                                  QStringLiteral("Key results"), QStringLiteral("Content")}));
    // Excel recalculates on opening (libxlsxwriter's fullCalcOnLoad).
    EXPECT_TRUE(book.contains(QStringLiteral("fullCalcOnLoad=\"1\"")));
    for (int i = 1; i <= 6; ++i) {
        const QString xml = part(s_xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
        EXPECT_TRUE(xml.contains(QStringLiteral("state=\"frozen\""))) << i;
        EXPECT_TRUE(xml.contains(QStringLiteral("<col "))) << i; // widths set
    }
    const QString strings = part(s_xlsx, QStringLiteral("xl/sharedStrings.xml"));
    for (const char* header :
         {"Monthly volume", "Monthly spend", "Gross margin", "Stage 1 conversion", "Churn",
          "Annual retention", "Customers per month", "CAC", "CLV", "CLV:CAC", "Payback (months)",
          "plannedBudget", "keyResult", "publishDate", "Enterprise software buying committee",
          "ABM programme for 60 named accounts", "Sales-qualified leads this quarter"})
        EXPECT_TRUE(strings.contains(QString::fromUtf8(header))) << header;
    // Number formats: money in the workspace currency, shares as percentages, dates.
    const QString styles = part(s_xlsx, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("#,##0.00 &quot;USD&quot;")));
    EXPECT_TRUE(styles.contains(QStringLiteral("0.00%")));
    EXPECT_TRUE(styles.contains(QStringLiteral("yyyy-mm-dd")));
    // Header comments say which columns are formulas and which are values.
    const QString comments = part(s_xlsx, QStringLiteral("xl/comments3.xml"));
    EXPECT_TRUE(comments.contains(QStringLiteral("Formula: monthly spend")));
    EXPECT_TRUE(comments.contains(QStringLiteral("Value, not a formula")));
}

TEST_F(WorkbookCli, FunnelAndEconomicsAreLiveFormulasOverInputsWithTheSummaryCached)
{
    const QString funnel = part(s_xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
    const QString economics = part(s_xlsx, QStringLiteral("xl/worksheets/sheet3.xml"));
    // First persona (row 2): six stages, so customers per month is column I (2 + 6 = 8).
    EXPECT_EQ(cellOf(funnel, QStringLiteral("D2")).formula, QStringLiteral("C2*Inputs!P2"));
    EXPECT_EQ(cellOf(funnel, QStringLiteral("I2")).formula,
              QStringLiteral("IF(COUNT(Inputs!P2:U2)=0,B2,B2*PRODUCT(Inputs!P2:U2))"));
    EXPECT_EQ(cellOf(economics, QStringLiteral("B2")).formula, QStringLiteral("Funnel!I2"));
    EXPECT_EQ(cellOf(economics, QStringLiteral("H2")).formula,
              QStringLiteral("IF(B2&gt;0,Inputs!F2/B2,\"\")"));
    EXPECT_EQ(cellOf(economics, QStringLiteral("I2")).formula, QStringLiteral("C2*Inputs!H2*G2"));
    EXPECT_TRUE(cellOf(economics, QStringLiteral("J2")).formula.contains(QStringLiteral("I2/H2")));
    EXPECT_TRUE(cellOf(economics, QStringLiteral("K2")).formula.contains(QStringLiteral("H2/(")));

    const ProcessResult r = runCli({QStringLiteral("summary"), sample, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray personas =
        QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("personas")].toArray();
    ASSERT_EQ(personas.size(), 7);
    const struct {
        const char* column;
        const char* group;
        const char* key;
    } checks[] = {{"B", "funnel", "customersPerMonth"},
                  {"H", "economics", "cac"},
                  {"I", "economics", "clv"},
                  {"J", "economics", "clvToCac"},
                  {"K", "economics", "paybackMonths"},
                  {"G", "economics", "lifetimeMonths"}};
    for (qsizetype i = 0; i < personas.size(); ++i) {
        const QJsonObject p = personas[i].toObject();
        for (const auto& c : checks) {
            const QString ref = QString::fromLatin1(c.column) + QString::number(i + 2);
            const Cell cell = cellOf(economics, ref);
            EXPECT_FALSE(cell.formula.isEmpty()) << ref.toStdString();
            const double want =
                p[QLatin1String(c.group)].toObject()[QLatin1String(c.key)].toDouble();
            EXPECT_NEAR(cell.value.toDouble(), want, 1e-9 * std::max(1.0, std::abs(want)))
                << ref.toStdString() << " " << c.key;
        }
    }
}

TEST(WorkbookCliFailure, AnUnwritableTargetFailsAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("missing-folder/book.xlsx"));
    const ProcessResult r =
        runCli({QStringLiteral("export"), sample, QStringLiteral("--xlsx"), target});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("book.xlsx"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_EQ(runCli({QStringLiteral("export"), sample, QStringLiteral("--xlsx")}).exitCode, 2);
}
