// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;
class QAction;
class QMouseEvent;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;
class PersonaListModel;

/// The persona list (left panel): filter box, the list (drag to reorder), and buttons for the
/// add / duplicate / delete actions the window owns. The selection chooses what the charts
/// compare; the current item is the persona being edited. A plain click edits (and compares)
/// one persona; Ctrl+click adds or removes one from the comparison and Shift+click a range,
/// both without leaving the persona being edited.
class PersonaListPanel : public QWidget {
    Q_OBJECT

public:
    PersonaListPanel(WorkspaceDocument* document, AnalysisCache* analyses,
                     QWidget* parent = nullptr);

    void setActions(QAction* add, QAction* duplicate, QAction* remove);
    QString currentPersonaId() const;
    QStringList selectedPersonaIds() const;
    void selectPersonas(const QStringList& ids, const QString& current);
    PersonaListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    void currentPersonaChanged(const QString& personaId);
    void selectionChanged(const QStringList& personaIds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateDragState();
    /// Ctrl+click and Shift+click change which personas are compared, never which one is edited.
    bool changeComparisonOnly(const QMouseEvent* event);

    WorkspaceDocument* m_document;
    PersonaListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_remove;
    bool m_swallowRelease = false; ///< the press was handled here, so is its release
};

} // namespace b2x
