// SPDX-License-Identifier: GPL-3.0-or-later
// Stale evidence in the editor (issue 15, point 1): a number changed in another section marks its
// source stale on the Evidence tab at once; undo clears it; "Confirm for current value" is one
// undo step; editing an existing source does not silently vouch for the new number.
#include "EditorTestSupport.h"
#include "editor/DecisionUnitSection.h"
#include "editor/EconomicsSection.h"
#include "editor/EvidenceSection.h"
#include "editor/PersonaEditor.h"
#include "editor/RangeSpinBox.h"
#include "format/Formatting.h"
#include "model/EvidenceValues.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace b2x;
using namespace b2x::test;

namespace {

class EvidenceStaleTest : public EditorTest {
protected:
    bool showsStale(const EvidenceSection& section, const char* key)
    {
        const QByteArray name = QByteArrayLiteral("evidence.") + key + QByteArrayLiteral(".stale");
        const auto* label = child<MessageLabel>(section, name.constData());
        const auto* box = child<QWidget>(
            section,
            (QByteArrayLiteral("evidence.") + key + QByteArrayLiteral(".staleBox")).constData());
        return label && box && box->isVisible() && label->isVisible() &&
               label->kind() == MessageLabel::Kind::Warning;
    }
    QString staleText(const EvidenceSection& section, const char* key)
    {
        const QByteArray name = QByteArrayLiteral("evidence.") + key + QByteArrayLiteral(".stale");
        const auto* label = child<MessageLabel>(section, name.constData());
        return label ? label->text() : QString();
    }
    int staleRows(const EvidenceSection& section)
    {
        int n = 0;
        for (std::size_t i = 0; i < enumCount<EvidenceField>(); ++i)
            n += showsStale(section, std::string(toString(static_cast<EvidenceField>(i))).c_str())
                     ? 1
                     : 0;
        return n;
    }
};

} // namespace

TEST_F(EvidenceStaleTest, APriceChangedOnTheEconomicsTabMarksItsSourceStaleAndUndoClearsIt)
{
    // Persona 0 of the sample: the enterprise committee, price $120,000, every number sourced.
    ASSERT_EQ(persona(0).economics.price, 120000);
    ASSERT_TRUE(persona(0).evidence.count(EvidenceField::Price));
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    EconomicsSection economics(&doc);
    economics.setPersona(idAt(0));
    EXPECT_EQ(staleRows(evidence), 0);

    auto* price = child<RangeSpinBox>(economics, "economics.price");
    ASSERT_TRUE(price);
    price->setValue(150000);
    ASSERT_EQ(persona(0).economics.price, 150000);

    EXPECT_TRUE(showsStale(evidence, "price"));
    EXPECT_EQ(staleRows(evidence), 1); // exactly the price's source
    const QString text = staleText(evidence, "price");
    // "Written for $120,000; the persona now has $150,000."
    const QString usd = QStringLiteral("USD");
    EXPECT_LT(text.indexOf(Formatting::money(120000, usd)),
              text.indexOf(Formatting::money(150000, usd)))
        << text.toStdString();
    EXPECT_GE(text.indexOf(Formatting::money(120000, usd)), 0) << text.toStdString();
    auto* source = child<QLineEdit>(evidence, "evidence.price.source");
    ASSERT_TRUE(source);
    // The source text itself is still there to read and fix.
    EXPECT_EQ(source->text().toStdString(), persona(0).evidence.at(EvidenceField::Price).source);

    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(staleRows(evidence), 0);
    redo();
    EXPECT_TRUE(showsStale(evidence, "price"));
}

TEST_F(EvidenceStaleTest, AMemberAddedOnTheDecisionUnitTabMarksTheSizeSourceStale)
{
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    DecisionUnitSection unit(&doc);
    unit.setPersona(idAt(0));
    const auto members = persona(0).decisionUnit.members.size();
    auto* add = child<QPushButton>(unit, "addMember");
    ASSERT_TRUE(add);
    add->click();
    ASSERT_EQ(persona(0).decisionUnit.members.size(), members + 1);
    EXPECT_TRUE(showsStale(evidence, "decisionUnitSize"));
    EXPECT_EQ(staleRows(evidence), 1);
    undo();
    EXPECT_EQ(staleRows(evidence), 0);
}

TEST_F(EvidenceStaleTest, ConfirmingIsOneUndoStepAndEditingTheSourceDoesNotConfirm)
{
    // Another view changed the conversion of the first stage.
    doc.editPersona(idAt(0), QStringLiteral("test.conversion"), QStringLiteral("Edit"),
                    [](Persona& p) { p.pipeline[0].conversionPercent = 1.5; });
    const Workspace changed = doc.workspace();
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    ASSERT_TRUE(showsStale(evidence, "conversionRates"));

    // Fixing a typo in the source keeps it stale: it was not written for 1.5%.
    auto* source = child<QLineEdit>(evidence, "evidence.conversionRates.source");
    ASSERT_TRUE(source);
    source->setFocus();
    source->end(false);
    QTest::keyClicks(source, QStringLiteral(" (checked)"));
    EXPECT_TRUE(isStale(persona(0), EvidenceField::ConversionRates));
    EXPECT_TRUE(showsStale(evidence, "conversionRates"));
    const int steps = undoSteps();

    auto* confirm = child<QPushButton>(evidence, "evidence.conversionRates.confirm");
    ASSERT_TRUE(confirm);
    ASSERT_TRUE(confirm->isVisible());
    confirm->click();
    EXPECT_EQ(undoSteps(), steps + 1);
    EXPECT_FALSE(isStale(persona(0), EvidenceField::ConversionRates));
    EXPECT_EQ(persona(0).evidence.at(EvidenceField::ConversionRates).writtenFor,
              evidenceValues(persona(0), EvidenceField::ConversionRates));
    EXPECT_EQ(staleRows(evidence), 0);

    undo(); // the confirmation
    EXPECT_TRUE(showsStale(evidence, "conversionRates"));
    undo(); // the typing
    EXPECT_EQ(doc.workspace(), changed);
    EXPECT_TRUE(showsStale(evidence, "conversionRates"));
}

TEST_F(EvidenceStaleTest, ANewSourceIsWrittenForTheCurrentValue)
{
    doc.editPersona(idAt(0), QStringLiteral("test.clear"), QStringLiteral("Edit"), [](Persona& p) {
        p.evidence.erase(EvidenceField::Lifetime);
        p.economics.lifetimeYears = 7;
    });
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    auto* source = child<QLineEdit>(evidence, "evidence.lifetime.source");
    ASSERT_TRUE(source);
    source->setFocus();
    QTest::keyClicks(source, QStringLiteral("Retention cohort 2025"));
    const Evidence& e = persona(0).evidence.at(EvidenceField::Lifetime);
    EXPECT_EQ(e.source, "Retention cohort 2025");
    EXPECT_EQ(e.writtenFor, std::vector<double>{7});
    EXPECT_FALSE(showsStale(evidence, "lifetime"));
}

TEST_F(EvidenceStaleTest, TheEvidenceTabIsMarkedWhileASourceIsStale)
{
    PersonaEditor editor(&doc);
    editor.setPersona(idAt(0));
    int tab = -1;
    for (int i = 0; i < editor.count(); ++i)
        if (editor.tabText(i).startsWith(QStringLiteral("Evidence")))
            tab = i;
    ASSERT_GE(tab, 0);
    EXPECT_EQ(editor.tabText(tab), QStringLiteral("Evidence"));
    doc.editPersona(idAt(0), QStringLiteral("test.margin"), QStringLiteral("Edit"),
                    [](Persona& p) { p.economics.grossMarginPercent += 5; });
    EXPECT_TRUE(editor.tabText(tab).contains(QStringLiteral("⚠")));
    EXPECT_FALSE(editor.tabToolTip(tab).isEmpty());
    undo();
    EXPECT_EQ(editor.tabText(tab), QStringLiteral("Evidence"));
    EXPECT_TRUE(editor.tabToolTip(tab).isEmpty());
}

TEST_F(EvidenceStaleTest, DeletingAStaleSourceAndTypingANewOneWritesItForTheCurrentValue)
{
    doc.editPersona(idAt(0), QStringLiteral("test.price"), QStringLiteral("Edit"),
                    [](Persona& p) { p.economics.price = 99000; });
    const Workspace changed = doc.workspace();
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    ASSERT_TRUE(showsStale(evidence, "price"));
    ASSERT_NE(persona(0).evidence.at(EvidenceField::Price).confidence, Confidence::Assumed);
    auto* source = child<QLineEdit>(evidence, "evidence.price.source");
    ASSERT_TRUE(source);
    source->setFocus();
    source->selectAll();
    QTest::keyClick(source, Qt::Key_Delete);
    EXPECT_TRUE(showsStale(evidence, "price")); // an empty source is still the old entry
    QTest::keyClicks(source, QStringLiteral("Price list 2027"));
    const Evidence& e = persona(0).evidence.at(EvidenceField::Price);
    EXPECT_EQ(e.source, "Price list 2027");
    EXPECT_EQ(e.writtenFor, std::vector<double>{99000});
    EXPECT_FALSE(showsStale(evidence, "price"));
    // Deleting and typing is one undo step, which brings back the stale source.
    EXPECT_EQ(undoSteps(), 2);
    undo();
    EXPECT_EQ(doc.workspace(), changed);
    EXPECT_TRUE(showsStale(evidence, "price"));
}
