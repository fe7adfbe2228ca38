// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's tables hold still and show their words whole: a warning that appears does not
// move the buttons under the pointer, and the role and stance columns fit every choice.
#include "EditorTestSupport.h"
#include "editor/DecisionUnitSection.h"
#include "editor/MemberTableModel.h"
#include "editor/PersonaEditor.h"
#include "editor/PipelineSection.h"
#include "editor/StageTableModel.h"
#include "format/EnumLabels.h"
#include "i18n/Language.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

using namespace b2x;
using namespace b2x::test;

namespace {

/// Where `w` is inside its window, after every pending layout has run.
QPoint placeInWindow(QWidget* w)
{
    QCoreApplication::processEvents();
    return w->mapTo(w->window(), QPoint(0, 0));
}

/// The width an open combo box needs to show `text` whole (what the cell editor shows).
int comboWidthFor(const QTableView* view, const QString& text)
{
    QComboBox probe;
    probe.setFont(view->font());
    probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
    probe.addItem(text);
    return probe.sizeHint().width();
}

} // namespace

using EditorLayoutTest = EditorTest;

TEST_F(EditorLayoutTest, AddMemberStaysPutWhenTheEconomicBuyerWarningAppears)
{
    // In the editor as in the window: a scroll area per section, at a common size.
    for (const QSize size : {QSize(900, 700), QSize(900, 1100)}) {
        SCOPED_TRACE(size.height());
        PersonaEditor editor(&doc);
        editor.setPersona(idAt(0));
        editor.setCurrentIndex(2); // Decision unit
        editor.resize(size);
        showActive(editor);
        auto* section = child<DecisionUnitSection>(editor, "decisionUnitSection");
        auto* add = child<QPushButton>(editor, "addMember");
        auto* warning = child<MessageLabel>(editor, "membersWarning");
        ASSERT_TRUE(section && add && warning);
        ASSERT_TRUE(warning->isHidden());
        const QPoint before = placeInWindow(add);

        auto* model = section->model();
        model->setData(model->index(1, MemberTableModel::EconomicBuyerColumn), Qt::Checked,
                       Qt::CheckStateRole);
        ASSERT_FALSE(warning->isHidden());
        EXPECT_EQ(placeInWindow(add), before);
        undo();
    }
}

TEST_F(EditorLayoutTest, PipelineButtonsStayPutWhenANoteAppears)
{
    PersonaEditor editor(&doc);
    editor.setPersona(idAt(0));
    editor.setCurrentIndex(3); // Pipeline
    editor.resize(900, 700);
    showActive(editor);
    auto* section = child<PipelineSection>(editor, "pipelineSection");
    auto* add = child<QPushButton>(editor, "addStage");
    auto* message = child<MessageLabel>(editor, "pipelineMessage");
    ASSERT_TRUE(section && add && message);
    const QPoint before = placeInWindow(add);
    section->model()->setData(section->model()->index(0, StageTableModel::LikelyDays), 60);
    ASSERT_FALSE(message->isHidden());
    EXPECT_EQ(placeInWindow(add), before);
}

TEST_F(EditorLayoutTest, RoleAndStanceColumnsFitEveryChoiceInEveryLanguage)
{
    const QLocale locale; // installLanguage() changes the default locale; put it back after
    for (const char* language : {"en", "pl", "ro"}) {
        SCOPED_TRACE(language);
        i18n::installLanguage(QLatin1String(language));
        DecisionUnitSection section(&doc);
        open(section, 3); // one member, a "Decider": the short labels only
        auto* view = child<QTableView>(section, "membersTable");
        ASSERT_TRUE(view);
        for (std::size_t i = 0; i < enumCount<Role>(); ++i) {
            const QString role = displayName(static_cast<Role>(i));
            EXPECT_GE(view->columnWidth(MemberTableModel::RoleColumn), comboWidthFor(view, role))
                << role.toStdString();
        }
        for (std::size_t i = 0; i < enumCount<Stance>(); ++i) {
            const QString stance = displayName(static_cast<Stance>(i));
            EXPECT_GE(view->columnWidth(MemberTableModel::StanceColumn),
                      comboWidthFor(view, stance))
                << stance.toStdString();
        }
        // Still the right width after the rows change.
        const int width = view->columnWidth(MemberTableModel::RoleColumn);
        section.model()->insertMember(1);
        QCoreApplication::processEvents();
        EXPECT_EQ(view->columnWidth(MemberTableModel::RoleColumn), width);
    }
    i18n::uninstallLanguage();
    QLocale::setDefault(locale);
}
