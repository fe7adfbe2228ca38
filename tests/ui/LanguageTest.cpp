// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped languages (docs/languages.md): each one loads, a sample of strings from every layer
// comes out translated, Arabic lays the window out right to left, and Arabic and Thai reports are
// PDFs whose text extracts correctly with fonts that cover it.
#include "i18n/Language.h"

#include "UiTestSupport.h"
#include "analytics/PersonaAnalysis.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"
#include "list/PersonaListModel.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "report/PdfReport.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <string_view>

using namespace b2x;

namespace {

/// Switches the language for one test and puts English, the default locale and the layout
/// direction back afterwards, so that the other suites keep their source texts.
class LanguageTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        i18n::uninstallLanguage();
        QLocale::setDefault(m_locale);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
    void use(const QString& code)
    {
        ASSERT_TRUE(i18n::installLanguage(code)) << code.toStdString();
        QApplication::setLayoutDirection(i18n::isRightToLeft(code) ? Qt::RightToLeft
                                                                   : Qt::LeftToRight);
    }

private:
    QLocale m_locale;
};

QString fileMenuTitle()
{
    MainWindow window;
    const auto actions = window.menuBar()->actions();
    return actions.isEmpty() ? QString() : actions.first()->text();
}

/// Text as a reader sees it: pdftotext may return Arabic in presentation forms (the shaped
/// glyphs), which compatibility normalisation maps back to the letters typed.
QString extracted(const QString& pdf)
{
    return test::runProgram(
               QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

/// Thai text without its tone marks and above/below vowels (U+0E31, U+0E34–U+0E3A,
/// U+0E47–U+0E4E; ำ is split by NFKC into ํ + า, so ํ goes too), and without the private-use
/// code points (U+F700–U+F71F) that the TLWG fonts map their repositioned marks to.
QString withoutThaiMarks(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x0E31 || (u >= 0x0E34 && u <= 0x0E3A) || (u >= 0x0E47 && u <= 0x0E4E) ||
               (u >= 0xF700 && u <= 0xF71F);
    });
    return text;
}

/// Writes the sample's report in the current language and returns its path.
QString writeReport(const QTemporaryDir& dir, const QString& name)
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    static Workspace workspace;
    static std::vector<analytics::PersonaAnalysis> analyses;
    workspace = *r.workspace;
    analyses.clear();
    for (const auto& p : workspace.personas)
        analyses.push_back(analytics::analysePersona(p));
    PdfReport report(workspace, analyses, {});
    const QString path = dir.filePath(name);
    const SaveResult saved = report.writePdf(path);
    EXPECT_TRUE(saved.ok) << saved.message.toStdString();
    // B2X_LANGUAGE_TEST_OUT=DIR keeps a copy to look at (docs/languages.md: page screenshots).
    if (const QString out = qEnvironmentVariable("B2X_LANGUAGE_TEST_OUT"); !out.isEmpty()) {
        QFile::remove(QDir(out).filePath(name));
        QFile::copy(path, QDir(out).filePath(name));
    }
    return path;
}

/// True when one of the PDF's fonts is installed here and covers `system`: pdffonts prints the
/// PostScript name ("DejaVuSans-Bold", "Loma"), so the family is matched by its first word.
bool someFontCovers(const QStringList& embedded, QFontDatabase::WritingSystem system)
{
    const QStringList families = QFontDatabase::families(system);
    return std::any_of(embedded.begin(), embedded.end(), [&](const QString& e) {
        const QString stem = e.section(QLatin1Char('-'), 0, 0);
        return std::any_of(families.begin(), families.end(), [&](const QString& f) {
            return QString(f).remove(QLatin1Char(' ')).compare(stem, Qt::CaseInsensitive) == 0;
        });
    });
}

} // namespace

TEST_F(LanguageTest, EveryShippedLanguageLoadsAndSetsTheLocale)
{
    for (const auto& l : i18n::availableLanguages()) {
        use(l.code);
        EXPECT_EQ(i18n::currentLanguage(), l.code);
        EXPECT_EQ(QLocale().language(), QLocale(l.code).language()) << l.code.toStdString();
    }
    EXPECT_EQ(i18n::resolveLanguage(QStringLiteral("ar_AE")), QStringLiteral("ar"));
    // Not shipped: the system's language if shipped, else English, never the unknown code.
    EXPECT_TRUE(i18n::isAvailable(i18n::resolveLanguage(QStringLiteral("pt-BR"))));
}

TEST_F(LanguageTest, EnglishPluralsComeFromTheEnglishTranslation)
{
    use(QStringLiteral("en"));
    const char* text = "%1: valid (%n persona(s))\n";
    EXPECT_EQ(QCoreApplication::translate("b2x::cli", text, nullptr, 1).arg(QStringLiteral("f")),
              QStringLiteral("f: valid (1 persona)\n"));
    EXPECT_EQ(QCoreApplication::translate("b2x::cli", text, nullptr, 2).arg(QStringLiteral("f")),
              QStringLiteral("f: valid (2 personas)\n"));
}

TEST_F(LanguageTest, SampleStringsOfEveryLayerAreTranslated)
{
    struct Expected {
        QString code, fileMenu, missingFile, channel, cli;
    };
    const Expected expected[] = {
        {QStringLiteral("pl"), QStringLiteral("&Plik"), QStringLiteral("plik nie istnieje"),
         QStringLiteral("Wyszukiwanie organiczne"), QStringLiteral("podaj co najmniej jeden plik")},
        {QStringLiteral("ar"), QStringLiteral("&ملف"), QStringLiteral("الملف غير موجود"),
         QStringLiteral("البحث العضوي"), QStringLiteral("حدّد ملفًا واحدًا على الأقل")},
        {QStringLiteral("ro"), QStringLiteral("&Fișier"), QStringLiteral("fișierul nu există"),
         QStringLiteral("Căutare organică"), QStringLiteral("indicați cel puțin un fișier")},
        {QStringLiteral("th"), QStringLiteral("&ไฟล์"), QStringLiteral("ไม่มีไฟล์นี้"),
         QStringLiteral("การค้นหาแบบออร์แกนิก"), QStringLiteral("ระบุไฟล์อย่างน้อยหนึ่งไฟล์")},
    };
    for (const auto& e : expected) {
        SCOPED_TRACE(e.code.toStdString());
        use(e.code);
        EXPECT_EQ(fileMenuTitle(), e.fileMenu);
        // A reader error from the core.
        QTemporaryDir dir;
        const auto r = WorkspaceReader::readFile(dir.filePath(QStringLiteral("missing.b2x")));
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.problems.front().toString().contains(e.missingFile))
            << r.problems.front().toString().toStdString();
        // The catalogue, through its display names.
        EXPECT_EQ(channelDisplayName(std::string_view("organic-search")), e.channel);
        // The CLI, in its own process; the usage error keeps its exit code.
        int code = 0;
        const QString out =
            test::runProgram(QStringLiteral(B2X_CLI),
                             {QStringLiteral("--lang"), e.code, QStringLiteral("validate")}, &code);
        EXPECT_EQ(code, 2);
        EXPECT_TRUE(out.contains(e.cli)) << out.toStdString();
    }
}

TEST_F(LanguageTest, CliRejectsAnUnknownLanguageAsAUsageError)
{
    int code = 0;
    test::runProgram(QStringLiteral(B2X_CLI),
                     {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("validate"),
                      test::samplePath()},
                     &code);
    EXPECT_EQ(code, 2);
    test::runProgram(QStringLiteral(B2X_CLI),
                     {QStringLiteral("--lang=ro"), QStringLiteral("validate"), test::samplePath()},
                     &code);
    EXPECT_EQ(code, 0);
    // "valid (7 personas)" reads the same in Romanian; a missing file does not.
    const QString out = test::runProgram(QStringLiteral(B2X_CLI),
                                         {QStringLiteral("--lang=ro"), QStringLiteral("validate"),
                                          QStringLiteral("/no/such/workspace.b2x")},
                                         &code);
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(out.contains(QStringLiteral("fișierul nu există"))) << out.toStdString();
}

TEST_F(LanguageTest, NumbersFollowTheChosenLocale)
{
    use(QStringLiteral("pl"));
    // Polish groups thousands with a (non-breaking) space and uses a decimal comma.
    const QString n = Formatting::number(1234.5, 1);
    EXPECT_TRUE(n.endsWith(QStringLiteral(",5"))) << n.toStdString();
    EXPECT_FALSE(n.contains(QLatin1Char('.'))) << n.toStdString();
    use(QStringLiteral("ro"));
    EXPECT_EQ(Formatting::number(1234.5, 1), QStringLiteral("1.234,5"));
}

TEST_F(LanguageTest, CatalogueNamesAreAllMarkedForTranslation)
{
    const auto names = detail::translatableChannelNames();
    const auto categories = detail::translatableChannelCategories();
    const auto platforms = detail::translatableAttributionPlatforms();
    const auto listed = [](std::span<const char* const> list, const std::string& s) {
        return std::any_of(list.begin(), list.end(), [&](const char* t) { return s == t; });
    };
    for (const Channel& c : ChannelCatalogue::builtIn().channels()) {
        EXPECT_TRUE(listed(names, c.name)) << c.name << ": add it to core/model/ChannelNames.cpp";
        EXPECT_TRUE(listed(categories, c.category)) << c.category;
        if (!c.attributionPlatform.empty()) {
            EXPECT_TRUE(listed(platforms, c.attributionPlatform)) << c.attributionPlatform;
        }
    }
}

TEST_F(LanguageTest, ArabicWindowIsRightToLeft)
{
    use(QStringLiteral("ar"));
    MainWindow window;
    window.show();
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(window.menuBar()->isRightToLeft());
    // Menus open from the right edge: the File menu sits right of the Help menu.
    const auto actions = window.menuBar()->actions();
    ASSERT_GE(actions.size(), 2);
    EXPECT_GT(window.menuBar()->actionGeometry(actions.first()).x(),
              window.menuBar()->actionGeometry(actions.last()).x());
}

TEST_F(LanguageTest, ArabicReportExtractsAndEmbedsCoveringFonts)
{
    use(QStringLiteral("ar"));
    QTemporaryDir dir;
    const QString pdf = writeReport(dir, QStringLiteral("ar.pdf"));
    const QString text = extracted(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("الملخص التنفيذي"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("النماذج والمصادر")));
    EXPECT_TRUE(text.contains(QStringLiteral("دورة المبيعات")));
    // The sample's description is English: on the Arabic cover it keeps its own direction, so
    // its full stop stays at its end rather than being drawn at the far left of the last line.
    EXPECT_TRUE(text.contains(QStringLiteral("persona's evidence.")))
        << text.left(800).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(".sources are given")));
    const QStringList fonts = test::embeddedFonts(pdf);
    ASSERT_FALSE(fonts.isEmpty());
    EXPECT_TRUE(someFontCovers(fonts, QFontDatabase::Arabic)) << fonts.join(u',').toStdString();
}

TEST_F(LanguageTest, ThaiReportExtractsAndEmbedsCoveringFonts)
{
    use(QStringLiteral("th"));
    QTemporaryDir dir;
    const QString pdf = writeReport(dir, QStringLiteral("th.pdf"));
    // Letters and vowels come out in order. Tone marks that the Thai font repositions by glyph
    // substitution (Loma lowers ่ and ้ over short consonants) come out as the font's
    // private-use code points, not as the marks: the comparison ignores the marks
    // (docs/languages.md, "Known limits").
    const QString text = withoutThaiMarks(extracted(pdf));
    EXPECT_TRUE(text.contains(withoutThaiMarks(QStringLiteral("บทสรุปผู้บริหาร"))))
        << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(withoutThaiMarks(QStringLiteral("ภาคผนวก: โมเดลและแหล่งที่มา"))));
    EXPECT_TRUE(text.contains(withoutThaiMarks(QStringLiteral("รอบการขาย"))));
    const QStringList fonts = test::embeddedFonts(pdf);
    ASSERT_FALSE(fonts.isEmpty());
    // Thai needs a Thai font (fonts-thai-tlwg); DejaVu has no Thai letters.
    EXPECT_TRUE(someFontCovers(fonts, QFontDatabase::Thai)) << fonts.join(u',').toStdString();
}

TEST_F(LanguageTest, PersonaListShowsLabelsAndBehaviourInTheLanguage)
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    ASSERT_TRUE(r.ok());
    WorkspaceDocument document;
    document.reset(std::move(*r.workspace), test::samplePath());
    AnalysisCache analyses(&document);
    PersonaListModel model(&document, &analyses);
    // The sample's "Interior design studio: private homes" is labelled hybrid and behaves mixed.
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.index(i).data().toString().contains(QStringLiteral("private homes")))
            row = i;
    ASSERT_GE(row, 0);
    const QModelIndex index = model.index(row);
    EXPECT_EQ(index.data(PersonaListModel::LabelRole).toString(), QStringLiteral("Hybrid"));
    EXPECT_EQ(index.data(PersonaListModel::BehavesAsRole).toString(), QStringLiteral("Mixed"));
    use(QStringLiteral("pl"));
    EXPECT_EQ(index.data(PersonaListModel::LabelRole).toString(), QStringLiteral("Hybryda"));
    EXPECT_EQ(index.data(PersonaListModel::BehavesAsRole).toString(), QStringLiteral("Mieszane"));
    // The colour does not depend on the words.
    EXPECT_EQ(index.data(PersonaListModel::LabelValueRole).toInt(),
              static_cast<int>(Label::Hybrid));
}

TEST_F(LanguageTest, ArabicCountsUseArabicIndicDigitsLikeTheOtherNumbers)
{
    use(QStringLiteral("ar"));
    const QString arabicThree = QString(QChar(0x0663));
    EXPECT_EQ(Formatting::count(3), arabicThree);
    EXPECT_TRUE(Formatting::number(3).contains(QChar(0x0663)));
    // Plural messages put the count in the same digits (%Ln in the Arabic translations).
    const QString months =
        QCoreApplication::translate("b2x::ReportHtml", "%n month(s)", nullptr, 3);
    EXPECT_TRUE(months.contains(QChar(0x0663))) << months.toStdString();
    EXPECT_FALSE(months.contains(QLatin1Char('3'))) << months.toStdString();
}
