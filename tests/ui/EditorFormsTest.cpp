// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests of the form sections: Profile, Motives, Economics, Relationship, Evidence, Notes.
#include "EditorTestSupport.h"
#include "editor/EconomicsSection.h"
#include "editor/EvidenceSection.h"
#include "editor/MotivesSection.h"
#include "editor/NotesSection.h"
#include "editor/ProfileSection.h"
#include "editor/RangeSpinBox.h"
#include "editor/RelationshipSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>

using namespace b2x;
using namespace b2x::test;

using ProfileSectionTest = EditorTest;

TEST_F(ProfileSectionTest, TypingInTheNameIsOneUndoStepAndUndoRestoresModelAndWidget)
{
    ProfileSection section(&doc);
    open(section, 0);
    auto* name = child<QLineEdit>(section, "name");
    ASSERT_TRUE(name);
    const QString before = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" (EU)"));
    EXPECT_EQ(persona(0).name, before.toStdString() + " (EU)");
    EXPECT_EQ(undoSteps(), 1);
    EXPECT_EQ(name->text(), before + QStringLiteral(" (EU)")); // never reloaded under the cursor
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(name->text(), before);
    redo();
    EXPECT_EQ(name->text(), before + QStringLiteral(" (EU)"));
}

TEST_F(ProfileSectionTest, LabelShowsTheMatchingSegmentGroups)
{
    ProfileSection section(&doc);
    open(section, 0); // B2B
    auto* label = child<QComboBox>(section, "label");
    auto* consumer = child<QGroupBox>(section, "consumerGroup");
    auto* organisation = child<QGroupBox>(section, "organisationGroup");
    ASSERT_TRUE(label && consumer && organisation);
    EXPECT_TRUE(consumer->isHidden());
    EXPECT_FALSE(organisation->isHidden());

    label->setCurrentIndex(label->findData(static_cast<int>(Label::Hybrid)));
    EXPECT_EQ(persona(0).label, Label::Hybrid);
    EXPECT_FALSE(consumer->isHidden());
    EXPECT_FALSE(organisation->isHidden());

    label->setCurrentIndex(label->findData(static_cast<int>(Label::B2C)));
    EXPECT_TRUE(organisation->isHidden());
    EXPECT_EQ(undoSteps(), 1); // one field, consecutive changes: one step

    undo();
    EXPECT_EQ(persona(0).label, Label::B2B);
    EXPECT_EQ(label->currentData().toInt(), static_cast<int>(Label::B2B));
    EXPECT_TRUE(consumer->isHidden());
    EXPECT_FALSE(organisation->isHidden());
}

TEST_F(ProfileSectionTest, MinimumAgeAboveMaximumIsRefusedWithAMessageUntilFixed)
{
    ProfileSection section(&doc);
    open(section, 3); // B2C, ages 16–34
    auto* ageMin = child<RangeSpinBox>(section, "consumer.ageMin");
    auto* ageMax = child<RangeSpinBox>(section, "consumer.ageMax");
    auto* message = child<MessageLabel>(section, "consumerMessage");
    ASSERT_TRUE(ageMin && ageMax && message);

    ageMin->setValue(40);
    EXPECT_EQ(persona(3).consumer.ageMin, 16);
    EXPECT_EQ(undoSteps(), 0);
    EXPECT_TRUE(showsError(message));
    EXPECT_TRUE(message->text().contains(QStringLiteral("40")));
    EXPECT_TRUE(message->text().contains(QStringLiteral("34")));
    EXPECT_EQ(ageMin->value(), 40);                     // the refused value stays visible
    EXPECT_FALSE(ageMin->property("invalid").toBool()); // in range, only the pair is wrong

    ageMax->setValue(50); // fixing the maximum saves the waiting minimum too
    EXPECT_EQ(persona(3).consumer.ageMin, 40);
    EXPECT_EQ(persona(3).consumer.ageMax, 50);
    EXPECT_TRUE(message->isHidden());
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(ageMin->value(), 16);
    EXPECT_EQ(ageMax->value(), 34);
}

TEST_F(ProfileSectionTest, OutOfRangeNumberIsRefusedAndShownAsInvalid)
{
    ProfileSection section(&doc);
    open(section, 3);
    auto* sensitivity = child<RangeSpinBox>(section, "consumer.priceSensitivity");
    auto* message = child<MessageLabel>(section, "consumerMessage");
    ASSERT_TRUE(sensitivity && message);
    sensitivity->setFocus();
    sensitivity->selectAll();
    QTest::keyClicks(sensitivity, QStringLiteral("120"));
    QTest::keyClick(sensitivity, Qt::Key_Return);
    EXPECT_EQ(persona(3).consumer.priceSensitivity, original.personas[3].consumer.priceSensitivity);
    EXPECT_EQ(sensitivity->value(), 120);
    EXPECT_TRUE(sensitivity->property("invalid").toBool());
    EXPECT_TRUE(showsError(message));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Price sensitivity")));

    sensitivity->selectAll();
    QTest::keyClicks(sensitivity, QStringLiteral("70"));
    QTest::keyClick(sensitivity, Qt::Key_Return);
    EXPECT_EQ(persona(3).consumer.priceSensitivity, 70);
    EXPECT_FALSE(sensitivity->property("invalid").toBool());
    EXPECT_TRUE(message->isHidden());
}

TEST_F(ProfileSectionTest, ListsAreOneItemPerLine)
{
    ProfileSection section(&doc);
    open(section, 0);
    auto* goals = child<QPlainTextEdit>(section, "goals");
    ASSERT_TRUE(goals);
    goals->setPlainText(QStringLiteral("Cut costs\n\n  Grow revenue  \nReduce risk"));
    EXPECT_EQ(persona(0).goals,
              (std::vector<std::string>{"Cut costs", "Grow revenue", "Reduce risk"}));
    undo();
    EXPECT_EQ(persona(0).goals, original.personas[0].goals);
    QStringList originalGoals;
    for (const auto& g : original.personas[0].goals)
        originalGoals << QString::fromStdString(g);
    EXPECT_EQ(goals->toPlainText(), originalGoals.join(QLatin1Char('\n')));
}

TEST_F(ProfileSectionTest, ColourCodeIsSavedWhenCompleteAndExplainedWhenNot)
{
    ProfileSection section(&doc);
    open(section, 0);
    auto* hex = child<QLineEdit>(section, "colour");
    auto* message = child<MessageLabel>(section, "identityMessage");
    ASSERT_TRUE(hex && message);
    hex->setFocus();
    hex->selectAll();
    QTest::keyClicks(hex, QStringLiteral("#12AB"));
    Q_EMIT hex->editingFinished();
    EXPECT_EQ(persona(0).colour, original.personas[0].colour);
    EXPECT_TRUE(showsError(message));
    QTest::keyClicks(hex, QStringLiteral("ef"));
    EXPECT_EQ(persona(0).colour, "#12abef");
    EXPECT_TRUE(message->isHidden());
}

TEST_F(ProfileSectionTest, CurrencyFollowsTheWorkspace)
{
    ProfileSection section(&doc);
    open(section, 0);
    auto* revenue = child<RangeSpinBox>(section, "organisation.annualRevenue");
    ASSERT_TRUE(revenue);
    EXPECT_TRUE(revenue->suffix().contains(QStringLiteral("USD")));
    doc.setWorkspaceInfo(original.name, "EUR", original.description);
    EXPECT_TRUE(revenue->suffix().contains(QStringLiteral("EUR")));
}

using MotivesSectionTest = EditorTest;

TEST_F(MotivesSectionTest, DraggingASliderIsOneUndoStep)
{
    MotivesSection section(&doc);
    open(section, 0);
    auto* rational = child<QSlider>(section, "motives.rational");
    auto* value = child<QLabel>(section, "motives.rationalValue");
    ASSERT_TRUE(rational && value);
    EXPECT_EQ(rational->value(), 75);
    for (int v : {70, 60, 40})
        rational->setValue(v);
    EXPECT_EQ(persona(0).motives.rational, 40);
    EXPECT_EQ(undoSteps(), 1);
    EXPECT_TRUE(value->text().contains(QStringLiteral("40")));
    undo();
    EXPECT_EQ(persona(0).motives, original.personas[0].motives);
    EXPECT_EQ(rational->value(), 75);
    EXPECT_TRUE(value->text().contains(QStringLiteral("75")));

    auto* business = child<QSlider>(section, "motives.businessValue");
    ASSERT_TRUE(business);
    business->setFocus();
    QTest::keyClick(business, Qt::Key_PageDown);
    EXPECT_EQ(persona(0).motives.businessValue, original.personas[0].motives.businessValue - 10);
}

using EconomicsSectionTest = EditorTest;

TEST_F(EconomicsSectionTest, EditsUndoAndRangeChecks)
{
    EconomicsSection section(&doc);
    open(section, 0);
    auto* margin = child<RangeSpinBox>(section, "economics.grossMarginPercent");
    auto* price = child<RangeSpinBox>(section, "economics.price");
    auto* message = child<MessageLabel>(section, "economicsMessage");
    ASSERT_TRUE(margin && price && message);
    EXPECT_TRUE(price->suffix().contains(QStringLiteral("USD")));

    margin->setValue(80);
    EXPECT_EQ(persona(0).economics.grossMarginPercent, 80);
    undo();
    EXPECT_EQ(persona(0).economics, original.personas[0].economics);
    EXPECT_EQ(margin->value(), 75);

    margin->setFocus();
    margin->selectAll();
    QTest::keyClicks(margin, QStringLiteral("120"));
    QTest::keyClick(margin, Qt::Key_Return);
    price->setValue(-5);
    EXPECT_EQ(persona(0).economics, original.personas[0].economics);
    EXPECT_TRUE(showsError(message));
    // Both refused fields are explained, not only the last one.
    EXPECT_TRUE(message->text().contains(QStringLiteral("Gross margin")));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Price")));
    price->setValue(100);
    EXPECT_EQ(persona(0).economics.price, 100);
    EXPECT_TRUE(message->text().contains(QStringLiteral("Gross margin")));
    EXPECT_FALSE(message->text().contains(QStringLiteral("Price")));
}

using RelationshipSectionTest = EditorTest;

TEST_F(RelationshipSectionTest, CombosAndCheckBoxEditAndUndo)
{
    RelationshipSection section(&doc);
    open(section, 0);
    auto* personalisation = child<QComboBox>(section, "relationship.personalisation");
    auto* loyalty = child<QCheckBox>(section, "relationship.loyaltyProgramme");
    ASSERT_TRUE(personalisation && loyalty);
    personalisation->setCurrentIndex(
        personalisation->findData(static_cast<int>(Personalisation::Mass)));
    loyalty->toggle();
    EXPECT_EQ(persona(0).relationship.personalisation, Personalisation::Mass);
    EXPECT_EQ(persona(0).relationship.loyaltyProgramme,
              !original.personas[0].relationship.loyaltyProgramme);
    EXPECT_EQ(undoSteps(), 2);
    undo();
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(personalisation->currentData().toInt(),
              static_cast<int>(original.personas[0].relationship.personalisation));
    EXPECT_EQ(loyalty->isChecked(), original.personas[0].relationship.loyaltyProgramme);
}

using EvidenceSectionTest = EditorTest;

TEST_F(EvidenceSectionTest, SourceAndConfidencePerField)
{
    EvidenceSection section(&doc);
    open(section, 3);
    auto* source = child<QLineEdit>(section, "evidence.purchasesPerYear.source");
    auto* confidence = child<QComboBox>(section, "evidence.purchasesPerYear.confidence");
    ASSERT_TRUE(source && confidence);
    const auto had = persona(3).evidence.count(EvidenceField::PurchasesPerYear);
    source->setFocus();
    source->selectAll();
    QTest::keyClicks(source, QStringLiteral("Panel data"));
    EXPECT_EQ(undoSteps(), 1);
    confidence->setCurrentIndex(confidence->findData(static_cast<int>(Confidence::Measured)));
    EXPECT_EQ(undoSteps(), 2);
    const Evidence& e = persona(3).evidence.at(EvidenceField::PurchasesPerYear);
    EXPECT_EQ(e.source, "Panel data");
    EXPECT_EQ(e.confidence, Confidence::Measured);
    undo();
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(persona(3).evidence.count(EvidenceField::PurchasesPerYear), had);
    EXPECT_EQ(source->text().toStdString(),
              had ? original.personas[3].evidence.at(EvidenceField::PurchasesPerYear).source
                  : std::string());
}

using NotesSectionTest = EditorTest;

TEST_F(NotesSectionTest, TypingIsOneStepAndUndoRestoresTheText)
{
    NotesSection section(&doc);
    open(section, 1);
    auto* notes = child<QPlainTextEdit>(section, "notes");
    ASSERT_TRUE(notes);
    const QString before = notes->toPlainText();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Call back in May."));
    EXPECT_EQ(persona(1).notes, (before + QStringLiteral(" Call back in May.")).toStdString());
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(notes->toPlainText(), before);
    EXPECT_EQ(doc.workspace(), original);
}
