// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests of the table sections: Decision unit, Pipeline, Channels.
#include "EditorTestSupport.h"
#include "editor/ChannelTableModel.h"
#include "editor/ChannelsSection.h"
#include "editor/DecisionUnitSection.h"
#include "editor/MemberTableModel.h"
#include "editor/PipelineSection.h"
#include "editor/RangeSpinBox.h"
#include "editor/StageTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace b2x;
using namespace b2x::test;

namespace {

/// Edits a number cell the way a user does: open the editor, type, press Return.
void typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    auto* editor = qobject_cast<QDoubleSpinBox*>(view->indexWidget(index));
    ASSERT_TRUE(editor) << "no spin box editor opened";
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call.
    QCoreApplication::processEvents();
}

} // namespace

using PipelineSectionTest = EditorTest;

TEST_F(PipelineSectionTest, TypedStageValuesReachTheModelAndUndo)
{
    PipelineSection section(&doc);
    open(section, 0);
    auto* view = child<QTableView>(section, "stagesTable");
    ASSERT_TRUE(view);
    auto* model = section.model();
    typeIntoCell(view, model->index(0, StageTableModel::Conversion), QStringLiteral("3"));
    EXPECT_EQ(persona(0).pipeline[0].conversionPercent, 3);
    EXPECT_EQ(model->index(0, StageTableModel::Conversion).data().toString(), QStringLiteral("3%"));
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(model->index(0, StageTableModel::Conversion).data(Qt::EditRole).toDouble(), 2);
}

// Durations typed in any order (a likely above the max moves the max): LiveEditingTest.cpp.

TEST_F(PipelineSectionTest, PercentagesAndDaysOutOfRangeAreRefused)
{
    PipelineSection section(&doc);
    open(section, 0);
    auto* view = child<QTableView>(section, "stagesTable");
    auto* message = child<MessageLabel>(section, "pipelineMessage");
    ASSERT_TRUE(view && message);
    typeIntoCell(view, section.model()->index(1, StageTableModel::Conversion),
                 QStringLiteral("120"));
    EXPECT_TRUE(showsError(message));
    EXPECT_TRUE(message->text().contains(QStringLiteral("120")));
    typeIntoCell(view, section.model()->index(1, StageTableModel::MaxDays), QStringLiteral("4000"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("4,000"))) << message->text().toStdString();
    EXPECT_FALSE(section.model()->setData(section.model()->index(1, StageTableModel::MinDays), -1));
    EXPECT_FALSE(section.model()->setData(section.model()->index(1, StageTableModel::Name),
                                          QStringLiteral("   ")));
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(PipelineSectionTest, AddRemoveAndMoveAreSeparateUndoSteps)
{
    PipelineSection section(&doc);
    open(section, 0);
    auto* view = child<QTableView>(section, "stagesTable");
    auto* add = child<QPushButton>(section, "addStage");
    auto* remove = child<QPushButton>(section, "removeStage");
    auto* up = child<QPushButton>(section, "moveStageUp");
    auto* down = child<QPushButton>(section, "moveStageDown");
    ASSERT_TRUE(view && add && remove && up && down);
    const auto& stages = original.personas[0].pipeline;

    view->setCurrentIndex(section.model()->index(1, 0));
    EXPECT_TRUE(up->isEnabled());
    up->click();
    EXPECT_EQ(persona(0).pipeline[0], stages[1]);
    EXPECT_EQ(persona(0).pipeline[1], stages[0]);
    EXPECT_EQ(view->currentIndex().row(), 0); // the selection follows the moved stage
    EXPECT_FALSE(up->isEnabled());
    down->click();
    EXPECT_EQ(persona(0).pipeline, stages);
    EXPECT_EQ(undoSteps(), 2); // two moves, two steps

    add->click();
    EXPECT_EQ(persona(0).pipeline.size(), stages.size() + 1);
    EXPECT_EQ(persona(0).pipeline[2].name, "New stage");
    add->click();
    EXPECT_EQ(persona(0).pipeline.size(), stages.size() + 2);
    view->setCurrentIndex(section.model()->index(0, 0));
    remove->click();
    EXPECT_EQ(persona(0).pipeline.size(), stages.size() + 1);
    EXPECT_EQ(undoSteps(), 5);
    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(section.model()->rowCount(), static_cast<int>(stages.size()));
}

TEST_F(PipelineSectionTest, ShowsTheMeanTotalDays)
{
    PipelineSection section(&doc);
    open(section, 0);
    auto* total = child<QLabel>(section, "pipelineTotal");
    ASSERT_TRUE(total);
    // Σ (min + likely + max) ÷ 3 over the sample's six stages: 40/3 + 73/3 + 17 + 73/3 + 70 + 115.
    EXPECT_NEAR(section.model()->totalMeanDays(), 264, 1e-9);
    EXPECT_TRUE(total->text().contains(QStringLiteral("264 days"))) << total->text().toStdString();
    section.model()->setData(section.model()->index(5, StageTableModel::MaxDays), 183);
    EXPECT_TRUE(total->text().contains(QStringLiteral("265 days"))) << total->text().toStdString();
    undo();
    EXPECT_TRUE(total->text().contains(QStringLiteral("264 days")));
}

using DecisionUnitSectionTest = EditorTest;

TEST_F(DecisionUnitSectionTest, MembersEditAddRemoveAndUndo)
{
    DecisionUnitSection section(&doc);
    open(section, 0);
    auto* view = child<QTableView>(section, "membersTable");
    auto* add = child<QPushButton>(section, "addMember");
    auto* remove = child<QPushButton>(section, "removeMember");
    auto* message = child<MessageLabel>(section, "membersMessage");
    ASSERT_TRUE(view && add && remove && message);
    auto* model = section.model();
    const auto& members = original.personas[0].decisionUnit.members;

    EXPECT_TRUE(model->setData(model->index(2, MemberTableModel::StanceColumn),
                               static_cast<int>(Stance::Champion)));
    EXPECT_EQ(persona(0).decisionUnit.members[2].stance, Stance::Champion);
    EXPECT_EQ(model->index(2, MemberTableModel::StanceColumn).data().toString(),
              QStringLiteral("Champion"));

    typeIntoCell(view, model->index(3, MemberTableModel::InfluenceColumn), QStringLiteral("120"));
    EXPECT_EQ(persona(0).decisionUnit.members[3].influence, members[3].influence);
    EXPECT_TRUE(showsError(message));
    EXPECT_TRUE(message->text().contains(QStringLiteral("120")));

    view->setCurrentIndex(model->index(8, 0));
    add->click();
    EXPECT_EQ(persona(0).decisionUnit.members.size(), members.size() + 1);
    view->setCurrentIndex(model->index(0, 0));
    remove->click();
    EXPECT_EQ(persona(0).decisionUnit.members.front(), members[1]);
    EXPECT_EQ(undoSteps(), 3);
    undo();
    undo();
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(model->rowCount(), static_cast<int>(members.size()));
}

TEST_F(DecisionUnitSectionTest, SecondEconomicBuyerGivesAWarning)
{
    DecisionUnitSection section(&doc);
    open(section, 0);
    auto* warning = child<MessageLabel>(section, "membersWarning");
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->isHidden());
    auto* model = section.model();
    model->setData(model->index(1, MemberTableModel::EconomicBuyerColumn), Qt::Checked,
                   Qt::CheckStateRole);
    EXPECT_TRUE(persona(0).decisionUnit.members[1].economicBuyer);
    EXPECT_FALSE(warning->isHidden());
    EXPECT_EQ(warning->kind(), MessageLabel::Kind::Warning);
    undo();
    EXPECT_TRUE(warning->isHidden());
}

TEST_F(DecisionUnitSectionTest, BuyingProcessFields)
{
    DecisionUnitSection section(&doc);
    open(section, 0);
    auto* buyClass = child<QComboBox>(section, "decisionUnit.buyClass");
    auto* tender = child<QCheckBox>(section, "decisionUnit.formalTender");
    auto* levels = child<RangeSpinBox>(section, "decisionUnit.approvalLevels");
    auto* overrideOn = child<QCheckBox>(section, "decisionUnit.overrideEnabled");
    auto* probability = child<RangeSpinBox>(section, "decisionUnit.decisionProbabilityOverride");
    auto* message = child<MessageLabel>(section, "decisionUnitMessage");
    ASSERT_TRUE(buyClass && tender && levels && overrideOn && probability && message);

    buyClass->setCurrentIndex(buyClass->findData(static_cast<int>(BuyClass::StraightRebuy)));
    tender->setChecked(false);
    levels->setValue(5);
    EXPECT_EQ(persona(0).decisionUnit.buyClass, BuyClass::StraightRebuy);
    EXPECT_FALSE(persona(0).decisionUnit.formalTender);
    EXPECT_EQ(persona(0).decisionUnit.approvalLevels, 5);

    levels->setValue(25);
    EXPECT_EQ(persona(0).decisionUnit.approvalLevels, 5);
    EXPECT_TRUE(showsError(message));

    EXPECT_TRUE(probability->isHidden());
    overrideOn->setChecked(true);
    EXPECT_FALSE(probability->isHidden());
    probability->setValue(40);
    ASSERT_TRUE(persona(0).decisionUnit.decisionProbabilityOverride.has_value());
    EXPECT_DOUBLE_EQ(*persona(0).decisionUnit.decisionProbabilityOverride, 0.4);
    probability->setValue(140);
    EXPECT_DOUBLE_EQ(*persona(0).decisionUnit.decisionProbabilityOverride, 0.4);

    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(buyClass->currentData().toInt(), static_cast<int>(BuyClass::NewTask));
    EXPECT_TRUE(tender->isChecked());
    EXPECT_EQ(levels->value(), 3);
    EXPECT_FALSE(overrideOn->isChecked());
    EXPECT_TRUE(probability->isHidden());
    EXPECT_TRUE(message->isHidden());
}

using ChannelsSectionTest = EditorTest;

TEST_F(ChannelsSectionTest, TotalIsCheckedAndExplained)
{
    ChannelsSection section(&doc);
    open(section, 0); // shares add up to 100
    auto* total = child<MessageLabel>(section, "channelsTotal");
    auto* view = child<QTableView>(section, "channelsTable");
    ASSERT_TRUE(total && view);
    EXPECT_EQ(total->kind(), MessageLabel::Kind::Info);
    auto* model = section.model();
    typeIntoCell(view, model->index(0, ChannelTableModel::ShareColumn), QStringLiteral("30"));
    EXPECT_EQ(persona(0).channels[0].budgetSharePercent, 30);
    EXPECT_EQ(total->kind(), MessageLabel::Kind::Error);
    EXPECT_TRUE(total->text().contains(QStringLiteral("105%")));
    typeIntoCell(view, model->index(0, ChannelTableModel::ShareColumn), QStringLiteral("20"));
    EXPECT_EQ(total->kind(), MessageLabel::Kind::Warning);
    EXPECT_TRUE(total->text().contains(QStringLiteral("95%")));
    EXPECT_EQ(undoSteps(), 1); // the same cell, edited twice in a row
    undo();
    EXPECT_EQ(total->kind(), MessageLabel::Kind::Info);
}

TEST_F(ChannelsSectionTest, InvalidSharesWindowsAndDuplicatesAreRefused)
{
    ChannelsSection section(&doc);
    open(section, 0);
    auto* view = child<QTableView>(section, "channelsTable");
    auto* message = child<MessageLabel>(section, "channelsMessage");
    ASSERT_TRUE(view && message);
    auto* model = section.model();
    typeIntoCell(view, model->index(0, ChannelTableModel::ShareColumn), QStringLiteral("120"));
    EXPECT_TRUE(showsError(message));
    EXPECT_FALSE(model->setData(model->index(0, ChannelTableModel::WindowColumn), 4000));
    EXPECT_FALSE(model->setData(model->index(0, ChannelTableModel::ChannelColumn),
                                QString::fromStdString(persona(0).channels[1].channelId)));
    EXPECT_TRUE(message->text().contains(QStringLiteral("already listed")));
    EXPECT_EQ(doc.workspace(), original);

    EXPECT_TRUE(model->setData(model->index(0, ChannelTableModel::WindowColumn), -1));
    EXPECT_FALSE(persona(0).channels[0].attributionWindowDays.has_value());
    EXPECT_EQ(model->index(0, ChannelTableModel::WindowColumn).data().toString(),
              QStringLiteral("not attributed"));
}

TEST_F(ChannelsSectionTest, AddFromThePickerOffersOnlyUnusedChannels)
{
    ChannelsSection section(&doc);
    open(section, 0);
    auto* picker = child<QComboBox>(section, "channelPicker");
    auto* add = child<QPushButton>(section, "addChannel");
    auto* remove = child<QPushButton>(section, "removeChannel");
    ASSERT_TRUE(picker && add && remove);
    for (const auto& use : persona(0).channels)
        EXPECT_EQ(picker->findData(QString::fromStdString(use.channelId)), -1);
    const int before = picker->count();
    picker->setCurrentIndex(picker->findData(QStringLiteral("youtube")));
    ASSERT_GE(picker->currentIndex(), 0);
    add->click();
    ASSERT_EQ(persona(0).channels.size(), original.personas[0].channels.size() + 1);
    EXPECT_EQ(persona(0).channels.back().channelId, "youtube");
    EXPECT_EQ(persona(0).channels.back().attributionWindowDays, 30); // the platform default
    EXPECT_EQ(picker->count(), before - 1);
    EXPECT_EQ(picker->findData(QStringLiteral("youtube")), -1);
    remove->click(); // the added row is selected
    EXPECT_EQ(persona(0).channels, original.personas[0].channels);
    EXPECT_EQ(undoSteps(), 2);
    undo();
    undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(picker->count(), before);
}
