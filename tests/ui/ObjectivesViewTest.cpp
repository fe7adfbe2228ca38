// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's Objectives page: objectives and key results edited as undo steps, check-ins with a
// confidence, derived targets that follow a persona's funnel in the tree, progress in Google's
// colour bands (in words too, filling from the leading edge) and a check that goes to its key
// result.
#include "plan/ObjectivesView.h"

#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "plan/CheckInPanel.h"
#include "plan/ObjectivesModel.h"
#include "plan/ObjectivesText.h"
#include "plan/PlanPanel.h"
#include "plan/ProgressBarDelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

const std::string degree = "c3f51a08-7b6e-4d29-a4c3-8e2d1f905b6a"; // online degree applicant

Workspace sample()
{
    auto r = WorkspaceReader::readFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return *r.workspace;
}

QString cell(const QModelIndex& index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

QString treeText(const ObjectivesModel* model)
{
    QString out;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex o = model->index(r, 0);
        out += o.data().toString() + QLatin1Char('\n');
        for (int k = 0; k < model->rowCount(o); ++k)
            out +=
                QStringLiteral("  ") + model->index(k, 0, o).data().toString() + QLatin1Char('\n');
    }
    return out;
}

} // namespace

TEST(ObjectivesView, AddEditAndDeleteObjectivesAndKeyResultsAreEachOneUndoStep)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const Plan original = doc.workspace().plan;
    ObjectivesView view(&doc);
    view.show();
    ObjectivesModel* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), static_cast<int>(original.objectives.size()));

    Objective o;
    o.title = "Be seen at the trade fairs";
    o.stage = RaceStage::Reach;
    const QString objectiveId = view.addObjective(o);
    ASSERT_FALSE(objectiveId.isEmpty());
    EXPECT_EQ(doc.undoStack()->count(), 1);
    ASSERT_EQ(doc.workspace().plan.objectives.size(), original.objectives.size() + 1);
    const QModelIndex added = model->objectiveIndex(objectiveId);
    ASSERT_TRUE(added.isValid());
    EXPECT_EQ(added.data().toString(), QStringLiteral("Be seen at the trade fairs"));
    EXPECT_EQ(view.currentObjectiveId(), objectiveId);

    o = doc.workspace().plan.objectives.back();
    o.title = "Be remembered at the trade fairs";
    o.commitment = Commitment::Aspirational;
    view.updateObjective(o);
    EXPECT_EQ(doc.undoStack()->count(), 2);
    EXPECT_EQ(model->objectiveIndex(objectiveId).data().toString(),
              QStringLiteral("Be remembered at the trade fairs"));
    EXPECT_TRUE(cell(model->objectiveIndex(objectiveId), ObjectivesModel::DetailsColumn)
                    .contains(QStringLiteral("aspirational")));

    KeyResult k;
    k.metric = "Booth visits";
    k.unit = "visits";
    k.target = 400;
    const QString keyResultId = view.addKeyResult(objectiveId, k);
    ASSERT_FALSE(keyResultId.isEmpty());
    EXPECT_EQ(doc.undoStack()->count(), 3);
    EXPECT_EQ(view.currentKeyResultId(), keyResultId);
    // Ids are unique among all key results of the plan.
    for (const auto& other : original.objectives)
        for (const auto& r : other.keyResults)
            EXPECT_NE(r.id, keyResultId.toStdString());
    k = *doc.workspace().plan.findKeyResult(keyResultId.toStdString());
    k.current = 100;
    view.updateKeyResult(k);
    EXPECT_EQ(doc.undoStack()->count(), 4);
    EXPECT_EQ(cell(model->keyResultIndex(keyResultId), ObjectivesModel::ValuesColumn),
              QStringLiteral("0 → 100 → 400 visits"));

    view.deleteCurrent(); // the key result
    EXPECT_EQ(doc.workspace().plan.findKeyResult(keyResultId.toStdString()), nullptr);
    EXPECT_FALSE(model->keyResultIndex(keyResultId).isValid());
    EXPECT_EQ(view.currentObjectiveId(), objectiveId);
    view.deleteCurrent(); // the objective
    EXPECT_FALSE(model->objectiveIndex(objectiveId).isValid());
    EXPECT_EQ(doc.workspace().plan, original);
    EXPECT_EQ(doc.undoStack()->count(), 6);

    doc.undoStack()->undo();
    EXPECT_TRUE(model->objectiveIndex(objectiveId).isValid());
    doc.undoStack()->undo();
    EXPECT_TRUE(model->keyResultIndex(keyResultId).isValid());
    EXPECT_EQ(doc.workspace().plan.findKeyResult(keyResultId.toStdString())->current, 100.0);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan, original);
    EXPECT_EQ(treeText(model).count(QLatin1Char('\n')),
              static_cast<qsizetype>(original.objectives.size() + 11));
}

TEST(ObjectivesView, TheAddObjectiveDialogAddsWhatItsFieldsSay)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    ObjectivesView view(&doc);
    view.show();
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        dialog->findChild<QLineEdit*>(QStringLiteral("objectiveTitle"))
            ->setText(QStringLiteral("Open the Nordic market"));
        dialog->findChild<QLineEdit*>(QStringLiteral("objectiveOwner"))
            ->setText(QStringLiteral("Country lead"));
        dialog->accept();
    });
    view.findChild<QPushButton*>(QStringLiteral("objectivesAddObjective"))->click();
    EXPECT_TRUE(seen);
    const Objective& added = doc.workspace().plan.objectives.back();
    EXPECT_EQ(added.title, "Open the Nordic market");
    EXPECT_EQ(added.owner, "Country lead");
    EXPECT_EQ(doc.undoStack()->count(), 1);
}

TEST(ObjectivesView, ACheckInWithItsConfidenceIsOneUndoStepThatSetsTheCurrentValue)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    const Plan original = doc.workspace().plan;
    ObjectivesView view(&doc);
    view.setToday(QDate(2027, 3, 1));
    view.show();
    ASSERT_TRUE(view.selectKeyResult(QStringLiteral("kr-enterprise-sqls")));
    auto* panel = view.checkIns();
    auto* value = panel->findChild<QDoubleSpinBox*>(QStringLiteral("checkInValue"));
    auto* confidence = panel->findChild<QSlider*>(QStringLiteral("checkInConfidence"));
    auto* shown = panel->findChild<QLabel*>(QStringLiteral("checkInConfidenceValue"));
    auto* comment = panel->findChild<QLineEdit*>(QStringLiteral("checkInComment"));
    ASSERT_TRUE(value && confidence && shown && comment);
    EXPECT_EQ(value->value(), 14.0);   // the current value to start from
    EXPECT_EQ(confidence->value(), 6); // the latest check-in's confidence
    EXPECT_EQ(panel->history()->topLevelItemCount(), 2);
    value->setValue(21);
    confidence->setValue(8);
    EXPECT_EQ(shown->text(), QStringLiteral("8 / 10"));
    comment->setText(QStringLiteral("Trade-fair leads qualified"));
    panel->findChild<QPushButton*>(QStringLiteral("checkInAdd"))->click();

    EXPECT_EQ(doc.undoStack()->count(), 1);
    const KeyResult* k = doc.workspace().plan.findKeyResult("kr-enterprise-sqls");
    ASSERT_EQ(k->checkIns.size(), 3u);
    EXPECT_EQ(k->checkIns.back(), (CheckIn{"2027-03-01", 21, 8, "Trade-fair leads qualified"}));
    EXPECT_EQ(k->current, 21.0);
    // The history lists it first, and the row says 21 of 35 (60%, yellow) with confidence 8.
    ASSERT_EQ(panel->history()->topLevelItemCount(), 3);
    EXPECT_EQ(panel->history()->topLevelItem(0)->text(0), QStringLiteral("2027-03-01"));
    EXPECT_EQ(panel->history()->topLevelItem(0)->text(2), QStringLiteral("8 / 10"));
    const QModelIndex row = view.model()->keyResultIndex(QStringLiteral("kr-enterprise-sqls"));
    EXPECT_EQ(cell(row, ObjectivesModel::ProgressColumn), QStringLiteral("60% · yellow"));
    EXPECT_TRUE(
        cell(row, ObjectivesModel::DetailsColumn).contains(QStringLiteral("confidence 8/10")));

    // Deleting the newest check-in from the history is one step too; undo brings it back.
    panel->history()->setCurrentItem(panel->history()->topLevelItem(0));
    panel->findChild<QPushButton*>(QStringLiteral("checkInDelete"))->click();
    EXPECT_EQ(doc.workspace().plan.findKeyResult("kr-enterprise-sqls")->checkIns.size(), 2u);
    EXPECT_EQ(doc.workspace().plan.findKeyResult("kr-enterprise-sqls")->current, 14.0);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan.findKeyResult("kr-enterprise-sqls")->checkIns.size(), 3u);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().plan, original);
    EXPECT_EQ(panel->history()->topLevelItemCount(), 2);
}

TEST(ObjectivesView, AConversionEditMovesADerivedTargetInTheTreeAndACheckInKeepsIt)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    ObjectivesView view(&doc);
    view.show();
    const QString id = QStringLiteral("kr-degree-enquiries");
    const KeyResult* k = doc.workspace().plan.findKeyResult(id.toStdString());
    ASSERT_TRUE(k && k->derived);
    const DerivedTarget derived = *k->derived;
    const auto before = plan::liveTarget(derived, view.analysis());
    ASSERT_TRUE(before.has_value());
    const auto row = [&] { return view.model()->keyResultIndex(id); };
    const QString valuesBefore = cell(row(), ObjectivesModel::ValuesColumn);
    EXPECT_TRUE(valuesBefore.contains(QStringLiteral("↻ ") + objectives::number(*before)))
        << valuesBefore.toStdString();
    EXPECT_TRUE(
        cell(row(), 0, ObjectivesModel::ExplanationRole)
            .contains(QStringLiteral("From the reverse funnel of Online degree applicant")));

    // Halving the last stage's conversion doubles the entries every earlier stage needs.
    doc.editPersona(QString::fromStdString(degree), QStringLiteral("pipeline.conversion"),
                    QStringLiteral("Change conversion"),
                    [](Persona& p) { p.pipeline.back().conversionPercent /= 2; });
    const auto after = plan::liveTarget(derived, view.analysis());
    ASSERT_TRUE(after.has_value());
    EXPECT_NEAR(*after, *before * 2, *before * 1e-6);
    const QString valuesAfter = cell(row(), ObjectivesModel::ValuesColumn);
    EXPECT_TRUE(valuesAfter.contains(QStringLiteral("↻ ") + objectives::number(*after)))
        << valuesAfter.toStdString();
    EXPECT_TRUE(cell(row(), ObjectivesModel::DetailsColumn)
                    .contains(QStringLiteral("moved since the last check-in")));
    EXPECT_TRUE(cell(row(), 0, ObjectivesModel::ExplanationRole)
                    .contains(QStringLiteral("The target moved from")));

    // A check-in records the live target as the target of its day: no longer "moved".
    view.addCheckIn(id, CheckIn{"2027-03-01", 900, 6, ""});
    EXPECT_NEAR(doc.workspace().plan.findKeyResult(id.toStdString())->target, *after, 1e-9);
    EXPECT_FALSE(cell(row(), ObjectivesModel::DetailsColumn).contains(QStringLiteral("moved")));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(cell(row(), ObjectivesModel::ValuesColumn), valuesBefore);
}

TEST(ObjectivesView, ARowShowsItsBandInColourAndInWords)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    ObjectivesView view(&doc);
    view.show();
    const ObjectivesModel* model = view.model();
    // 14 of 35 SQLs: 40%, yellow; the trial rate 20 → 21.5 of 25: 30%, red.
    const QModelIndex sqls = model->keyResultIndex(QStringLiteral("kr-enterprise-sqls"));
    EXPECT_EQ(sqls.siblingAtColumn(1).data(ObjectivesModel::BandRole).toInt(),
              static_cast<int>(plan::Band::Yellow));
    EXPECT_EQ(cell(sqls, ObjectivesModel::ProgressColumn), QStringLiteral("40% · yellow"));
    EXPECT_TRUE(cell(sqls, ObjectivesModel::ProgressColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("progress, short of the target")));
    const QModelIndex trial = model->keyResultIndex(QStringLiteral("kr-seo-trial"));
    EXPECT_EQ(cell(trial, ObjectivesModel::ProgressColumn), QStringLiteral("30% · red"));
    KeyResult k = *doc.workspace().plan.findKeyResult("kr-enterprise-sqls");
    k.current = 30; // 30 of 35: 86%, green
    view.updateKeyResult(k);
    const QModelIndex green = model->keyResultIndex(QStringLiteral("kr-enterprise-sqls"));
    EXPECT_EQ(cell(green, ObjectivesModel::ProgressColumn), QStringLiteral("86% · green"));
    EXPECT_TRUE(cell(green, ObjectivesModel::NameColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("on track")));
    // The objective: (0.857 × 2 + 0.467 × 1) ÷ 3 = 73%, green.
    EXPECT_EQ(cell(green.parent(), ObjectivesModel::ProgressColumn), QStringLiteral("73% · green"));

    // The delegate fills 86% of the bar in green from the leading edge: the left, or the right
    // in a right-to-left layout.
    ProgressBarDelegate delegate;
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QImage image(206, 30, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 206, 30);
        option.direction = direction;
        option.palette = QApplication::palette();
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        delegate.paint(&painter, option, green.siblingAtColumn(ObjectivesModel::ProgressColumn));
        painter.end();
        const QColor colour = objectives::bandColour(plan::Band::Green);
        const int leading = direction == Qt::LeftToRight ? 8 : 197;
        const int trailing = direction == Qt::LeftToRight ? 197 : 8;
        EXPECT_EQ(image.pixelColor(leading, 4), colour) << direction;
        EXPECT_NE(image.pixelColor(trailing, 4), colour) << direction;
    }
}

TEST(ObjectivesView, ActivatingACheckAboutAKeyResultSelectsItOnTheObjectivesPage)
{
    WorkspaceDocument doc;
    doc.reset(sample(), {});
    PlanPanel panel(&doc);
    panel.resize(700, 900);
    panel.show();
    // The conversion edit moves the derived target: a check about that key result.
    doc.editPersona(QString::fromStdString(degree), QStringLiteral("pipeline.conversion"),
                    QStringLiteral("Change conversion"),
                    [](Persona& p) { p.pipeline.back().conversionPercent /= 2; });
    auto* checks = panel.findChild<QListWidget*>(QStringLiteral("planChecks"));
    ASSERT_NE(checks, nullptr);
    QListWidgetItem* moved = nullptr;
    for (int i = 0; i < checks->count(); ++i)
        if (checks->item(i)->text().contains(QStringLiteral("moved from")))
            moved = checks->item(i);
    ASSERT_NE(moved, nullptr);
    Q_EMIT checks->itemActivated(moved);
    auto* view = qobject_cast<ObjectivesView*>(panel.tabs()->currentWidget());
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->currentKeyResultId(), QStringLiteral("kr-degree-enquiries"));
    EXPECT_TRUE(view->tree()->currentIndex().isValid());
}
