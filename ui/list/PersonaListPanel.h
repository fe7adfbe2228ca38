// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;
class QAction;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;
class PersonaListModel;

/// The persona list (left panel): filter box, the list (drag to reorder), and buttons for the
/// add / duplicate / delete actions the window owns. The selection chooses what the charts
/// compare; the current item is the persona being edited.
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

private:
    void updateDragState();

    WorkspaceDocument* m_document;
    PersonaListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_remove;
};

} // namespace b2x
