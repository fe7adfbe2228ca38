// SPDX-License-Identifier: GPL-3.0-or-later
// The window around the editor: Ctrl+click compares without switching the persona being edited,
// number fields redraw the charts while typing, and the empty-state page after closing.
#include "ScriptedPrompts.h"
#include "UiTestSupport.h"
#include "charts/ChartCard.h"
#include "charts/ChartId.h"
#include "charts/ComparisonChart.h"
#include "document/WorkspaceDocument.h"
#include "editor/PersonaEditor.h"
#include "editor/RangeSpinBox.h"
#include "list/PersonaListPanel.h"
#include "window/ComparisonPanel.h"
#include "window/EmptyStatePage.h"
#include "window/FileController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace b2x;
using test::ScriptedPrompts;

namespace {

class EditingWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(dir.isValid());
        QFile::copy(test::samplePath(), workPath());
        QFile::setPermissions(workPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        window = std::make_unique<MainWindow>(&prompts, dir.filePath(QStringLiteral("recovery")));
        window->resize(1440, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString workPath() const { return dir.filePath(QStringLiteral("work.b2x")); }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QString idAt(std::size_t i) const
    {
        return QString::fromStdString(window->document()->workspace().personas.at(i).id);
    }
    EmptyStatePage* emptyPage() const
    {
        return window->findChild<EmptyStatePage*>(QStringLiteral("emptyStatePage"));
    }
    QPushButton* pageButton(const char* name) const
    {
        return window->findChild<QPushButton*>(QLatin1String(name));
    }
    /// Clicks the list row of persona `i` with `modifiers`.
    void clickPersona(std::size_t i, Qt::KeyboardModifiers modifiers)
    {
        QListView* view = window->personaList()->view();
        const QModelIndex index = view->model()->index(static_cast<int>(i), 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                          view->visualRect(index).center());
    }

    QTemporaryDir dir;
    ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(EditingWindowTest, CtrlClickComparesWithoutSwitchingTheEditedPersona)
{
    ASSERT_TRUE(window->openFile(workPath()));
    clickPersona(1, Qt::NoModifier);
    ASSERT_EQ(window->editor()->personaId(), idAt(1));

    clickPersona(4, Qt::ControlModifier);
    EXPECT_EQ(window->editor()->personaId(), idAt(1));
    EXPECT_EQ(window->personaList()->currentPersonaId(), idAt(1));
    EXPECT_EQ(window->personaList()->selectedPersonaIds(), (QStringList{idAt(1), idAt(4)}));
    const auto& compared = window->document()->workspace().view.comparedPersonaIds;
    EXPECT_EQ(compared, (std::vector<std::string>{idAt(1).toStdString(), idAt(4).toStdString()}));

    clickPersona(4, Qt::ControlModifier); // and out again
    EXPECT_EQ(window->personaList()->selectedPersonaIds(), QStringList{idAt(1)});
    EXPECT_EQ(window->editor()->personaId(), idAt(1));

    clickPersona(3, Qt::ShiftModifier); // a range, from the edited persona
    EXPECT_EQ(window->personaList()->selectedPersonaIds(),
              (QStringList{idAt(1), idAt(2), idAt(3)}));
    EXPECT_EQ(window->editor()->personaId(), idAt(1));

    clickPersona(5, Qt::NoModifier); // a plain click still edits
    EXPECT_EQ(window->editor()->personaId(), idAt(5));
    EXPECT_EQ(window->personaList()->selectedPersonaIds(), QStringList{idAt(5)});
}

TEST_F(EditingWindowTest, ChartsFollowANumberWhileItIsTyped)
{
    ASSERT_TRUE(window->openFile(workPath()));
    clickPersona(1, Qt::NoModifier);
    window->editor()->setCurrentIndex(4); // Economics
    QApplication::setActiveWindow(window.get());
    auto* price = window->findChild<RangeSpinBox*>(QStringLiteral("economics.price"));
    ASSERT_TRUE(price);
    const charts::ComparisonChart* chart =
        window->comparison()->card(charts::ChartId::UnitEconomics)->chart();
    const auto rows = [chart] { return chart->table().rows; };
    const auto atStart = rows();

    price->setFocus();
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("9"));
    const auto afterOne = rows();
    EXPECT_NE(afterOne, atStart); // redrawn before any Tab or Enter
    QTest::keyClicks(price, QStringLiteral("99"));
    EXPECT_NE(rows(), afterOne);
    EXPECT_EQ(window->document()->persona(idAt(1))->economics.price, 999);
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
    // History and Edit → Undo say which persona changed.
    const QString name = QString::fromStdString(window->document()->persona(idAt(1))->name);
    EXPECT_TRUE(action("actionUndo")->text().contains(name))
        << action("actionUndo")->text().toStdString();
}

TEST_F(EditingWindowTest, ClosingShowsTheEmptyStatePageWhoseButtonsTriggerTheActions)
{
    ASSERT_TRUE(window->openFile(workPath()));
    ASSERT_TRUE(emptyPage());
    EXPECT_FALSE(emptyPage()->isVisible());
    EXPECT_TRUE(window->editor()->isVisible());

    action("actionClose")->trigger();
    EXPECT_TRUE(emptyPage()->isVisible());
    EXPECT_FALSE(window->editor()->isVisible());

    // The recent file, as in File → Open Recent.
    auto* recent = pageButton("emptyStateRecent1");
    ASSERT_TRUE(recent);
    EXPECT_EQ(recent->text(), QStringLiteral("work.b2x"));
    recent->click();
    EXPECT_EQ(window->document()->filePath(), workPath());
    EXPECT_TRUE(window->editor()->isVisible());

    action("actionClose")->trigger();
    auto* sample = pageButton("emptyStateOpenSample");
    ASSERT_TRUE(sample);
    QSignalSpy sampleTriggered(action("actionOpenSample"), &QAction::triggered);
    sample->click();
    EXPECT_EQ(sampleTriggered.count(), 1);
    EXPECT_EQ(window->document()->workspace().personas.size(), 7u);
    EXPECT_TRUE(window->editor()->isVisible());

    action("actionClose")->trigger();
    pageButton("emptyStateAddPersona")->click();
    EXPECT_EQ(window->document()->workspace().personas.size(), 1u);
    EXPECT_TRUE(window->editor()->isVisible());
    EXPECT_EQ(window->editor()->personaId(), idAt(0));

    action("actionUndo")->trigger(); // the last persona gone: the page again
    EXPECT_TRUE(emptyPage()->isVisible());

    QSignalSpy newTriggered(action("actionNew"), &QAction::triggered);
    QSignalSpy openTriggered(action("actionOpen"), &QAction::triggered);
    pageButton("emptyStateNew")->click();
    EXPECT_EQ(newTriggered.count(), 1);
    prompts.openPath = workPath();
    pageButton("emptyStateOpen")->click();
    EXPECT_EQ(openTriggered.count(), 1);
    EXPECT_EQ(window->document()->filePath(), workPath());
    EXPECT_TRUE(window->editor()->isVisible());
}
