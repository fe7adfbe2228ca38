// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence range in the editor (issue 20, "Uncertainty": the rangePercent a marketer sets on an
// evidence item): each row's range writes Evidence::rangePercent as one undo step, "Default"
// empties it, and clearing a row's source and confidence keeps an entry that still has a range.
#include "EditorTestSupport.h"
#include "editor/EvidenceSection.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>

using namespace b2x;
using namespace b2x::test;

namespace {
using EvidenceRangeTest = EditorTest;
} // namespace

TEST_F(EvidenceRangeTest, ARangeIsOneUndoStepAndDefaultEmptiesIt)
{
    ASSERT_TRUE(persona(0).evidence.count(EvidenceField::Price));
    ASSERT_FALSE(persona(0).evidence.at(EvidenceField::Price).rangePercent.has_value());
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    auto* range = child<QDoubleSpinBox>(evidence, "evidence.price.range");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->text(), QStringLiteral("Default"));
    const int before = undoSteps();

    range->setValue(15);
    ASSERT_TRUE(persona(0).evidence.at(EvidenceField::Price).rangePercent.has_value());
    EXPECT_DOUBLE_EQ(*persona(0).evidence.at(EvidenceField::Price).rangePercent, 15);
    range->setValue(20); // steps of one field merge
    EXPECT_DOUBLE_EQ(*persona(0).evidence.at(EvidenceField::Price).rangePercent, 20);
    EXPECT_EQ(undoSteps(), before + 1);

    range->setValue(range->minimum()); // "Default"
    EXPECT_FALSE(persona(0).evidence.at(EvidenceField::Price).rangePercent.has_value());
    undo();
    EXPECT_TRUE(doc.workspace() == original);
    EXPECT_EQ(range->text(), QStringLiteral("Default")); // the form follows the undo
}

TEST_F(EvidenceRangeTest, ClearingTheSourceKeepsAnEntryThatHasARange)
{
    EvidenceSection evidence(&doc);
    open(evidence, 0);
    auto* range = child<QDoubleSpinBox>(evidence, "evidence.price.range");
    auto* source = child<QLineEdit>(evidence, "evidence.price.source");
    auto* confidence = child<QComboBox>(evidence, "evidence.price.confidence");
    ASSERT_TRUE(range && source && confidence);
    range->setValue(0);             // certain
    confidence->setCurrentIndex(0); // assumed, the default
    source->selectAll();
    source->del();
    Q_EMIT source->textEdited(source->text());
    ASSERT_TRUE(source->text().isEmpty());
    // Before, an entry with no source and the default confidence was dropped whole, range and all.
    ASSERT_TRUE(persona(0).evidence.count(EvidenceField::Price));
    ASSERT_TRUE(persona(0).evidence.at(EvidenceField::Price).rangePercent.has_value());
    EXPECT_DOUBLE_EQ(*persona(0).evidence.at(EvidenceField::Price).rangePercent, 0);
    // With the range back at Default too, the entry is at its defaults and goes.
    range->setValue(range->minimum());
    EXPECT_FALSE(persona(0).evidence.count(EvidenceField::Price));
}

TEST_F(EvidenceRangeTest, ARangeOnANumberWithoutASourceIsWrittenForItsValueAndNotStale)
{
    // A persona and a number it has no evidence for.
    std::optional<EvidenceField> free;
    std::size_t who = 0;
    for (; who < doc.workspace().personas.size() && !free; ++who)
        for (std::size_t i = 0; i < enumCount<EvidenceField>() && !free; ++i)
            if (!persona(who).evidence.count(static_cast<EvidenceField>(i)))
                free = static_cast<EvidenceField>(i);
    ASSERT_TRUE(free.has_value()) << "every sample persona sources every number";
    --who;
    EvidenceSection evidence(&doc);
    open(evidence, who);
    const std::string key = "evidence." + std::string(toString(*free)) + ".range";
    auto* range = child<QDoubleSpinBox>(evidence, key.c_str());
    ASSERT_TRUE(range);
    range->setValue(30);
    ASSERT_TRUE(persona(who).evidence.count(*free));
    const Evidence& e = persona(who).evidence.at(*free);
    EXPECT_TRUE(e.source.empty());
    EXPECT_DOUBLE_EQ(e.rangePercent.value_or(-1), 30);
    EXPECT_EQ(evidence.staleCount(), 0);
}
