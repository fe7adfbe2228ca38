// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonFullView.h"

#include "ComparisonPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace b2x {

ComparisonFullView::ComparisonFullView(QMainWindow* window, ComparisonPanel* panel,
                                       QDockWidget* dock, const QList<QDockWidget*>& alsoHidden)
    : QObject(window), m_window(window), m_panel(panel), m_dock(dock), m_alsoHidden(alsoHidden)
{
    // The dock keeps a holder of its own, so that it has a widget while the panel is away.
    auto* holder = new QWidget;
    holder->setObjectName(QStringLiteral("comparisonDockHolder"));
    m_dockLayout = new QVBoxLayout(holder);
    m_dockLayout->setContentsMargins(0, 0, 0, 0);
    m_dock->setWidget(holder); // hides the panel, its widget until now
    m_dockLayout->addWidget(m_panel);
    m_panel->setVisible(true); // with the dock

    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("comparisonFullView"));
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(4, 4, 4, 0);
    m_area = new QStackedWidget;
    m_area->setObjectName(QStringLiteral("mainArea"));
    if (QWidget* central = window->takeCentralWidget())
        m_area->addWidget(central);
    m_area->addWidget(m_page);
    window->setCentralWidget(m_area);

    m_action = new QAction(tr("Comparison &Full View"), this);
    m_action->setObjectName(QStringLiteral("actionComparisonFullView"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_action->setToolTip(tr("Show the comparison charts in the whole main area, side by side "
                            "(%1 or Esc to return)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setIconText(tr("Full view"));
    connect(m_action, &QAction::toggled, this, &ComparisonFullView::setActive);

    // Esc returns only while the full view is shown; elsewhere it stays the widgets' own key.
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    m_escape->setObjectName(QStringLiteral("comparisonFullViewEscape"));
    m_escape->setContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &ComparisonFullView::onEscape);
}

void ComparisonFullView::onEscape()
{
    if (m_panel->enlargedChart())
        m_panel->enlargeChart(std::nullopt);
    else
        setActive(false);
}

void ComparisonFullView::setActive(bool active)
{
    if (active != m_action->isChecked()) {
        const QSignalBlocker block(m_action);
        m_action->setChecked(active);
    }
    if (active == m_active)
        return;
    m_active = active;
    m_escape->setEnabled(active);
    m_dock->toggleViewAction()->setEnabled(!active); // its panel is in the main area meanwhile
    if (active) {
        m_focusBefore = QApplication::focusWidget();
        m_dockState = m_window->saveState();
        m_pageLayout->addWidget(m_panel);
        m_panel->setVisible(true);
        m_area->setCurrentWidget(m_page);
        m_dock->hide();
        for (QDockWidget* d : m_alsoHidden)
            d->hide();
        m_panel->modeSelector()->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_panel->enlargeChart(std::nullopt); // the dock shows every chart again
        m_dockLayout->addWidget(m_panel);
        m_panel->setVisible(true);
        m_area->setCurrentIndex(0);
        m_window->restoreState(m_dockState);
        if (m_focusBefore && m_focusBefore->isVisible())
            m_focusBefore->setFocus(Qt::ShortcutFocusReason);
    }
}

} // namespace b2x
