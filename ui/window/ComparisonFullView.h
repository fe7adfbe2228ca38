// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QShortcut;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

namespace b2x {

class ComparisonPanel;

/// View → Comparison Full View: the comparison panel leaves its dock and takes the main area
/// (where the editor is), where its grid reflows to two or three columns. The same action, its
/// shortcut or Esc brings it back (Esc first shrinks an enlarged chart). There is one panel that
/// moves between the two places, so the charts are never drawn twice; the docks on the right are
/// put away meanwhile and the window's dock layout is restored afterwards.
class ComparisonFullView : public QObject {
    Q_OBJECT

public:
    /// Wraps the window's central widget in a stack with the full-view page. `dock` holds `panel`;
    /// `alsoHidden` are docks that share its side (the History tab).
    ComparisonFullView(QMainWindow* window, ComparisonPanel* panel, QDockWidget* dock,
                       const QList<QDockWidget*>& alsoHidden);

    /// Checkable; in the View menu.
    QAction* action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    /// The main area: the editor's page and the full view's page.
    QStackedWidget* area() const { return m_area; }
    QWidget* page() const { return m_page; }

private:
    void onEscape();

    QMainWindow* m_window;
    ComparisonPanel* m_panel;
    QDockWidget* m_dock;
    QList<QDockWidget*> m_alsoHidden;
    QAction* m_action;
    QShortcut* m_escape;
    QStackedWidget* m_area;
    QWidget* m_page;
    QVBoxLayout* m_pageLayout;
    QVBoxLayout* m_dockLayout;
    QByteArray m_dockState; ///< the window's docks before the full view
    QPointer<QWidget> m_focusBefore;
    bool m_active = false;
};

} // namespace b2x
