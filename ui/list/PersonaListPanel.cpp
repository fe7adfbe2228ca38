// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaListPanel.h"

#include "PersonaListDelegate.h"
#include "PersonaListModel.h"
#include "document/WorkspaceDocument.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace b2x {

PersonaListPanel::PersonaListPanel(WorkspaceDocument* document, AnalysisCache* analyses,
                                   QWidget* parent)
    : QWidget(parent), m_document(document),
      m_model(new PersonaListModel(document, analyses, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("personaFilter"));
    m_filter->setPlaceholderText(tr("Filter personas"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter personas"));

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("personaList"));
    m_view->setAccessibleName(tr("Personas"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PersonaListDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true);
    m_view->setToolTip(tr("Select up to six personas (Ctrl+click) to compare them in the charts. "
                          "Drag a persona to reorder the list."));

    m_add = new QToolButton(this);
    m_duplicate = new QToolButton(this);
    m_remove = new QToolButton(this);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {m_add, m_duplicate, m_remove}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_view->viewport()->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateDragState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentPersonaChanged(current.data(PersonaListModel::IdRole).toString());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedPersonaIds()); });
    updateDragState();
}

void PersonaListPanel::setActions(QAction* add, QAction* duplicate, QAction* remove)
{
    m_add->setDefaultAction(add);
    m_add->setPopupMode(QToolButton::MenuButtonPopup);
    m_duplicate->setDefaultAction(duplicate);
    m_remove->setDefaultAction(remove);
}

QString PersonaListPanel::currentPersonaId() const
{
    return m_view->currentIndex().data(PersonaListModel::IdRole).toString();
}

QStringList PersonaListPanel::selectedPersonaIds() const
{
    // In list order, not click order, so comparisons are stable.
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const auto& i : rows)
        ids << i.data(PersonaListModel::IdRole).toString();
    return ids;
}

void PersonaListPanel::selectPersonas(const QStringList& ids, const QString& current)
{
    QItemSelection selection;
    QModelIndex currentIndex;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        const QString id = i.data(PersonaListModel::IdRole).toString();
        if (ids.contains(id))
            selection.select(i, i);
        if (id == current)
            currentIndex = i;
    }
    auto* sm = m_view->selectionModel();
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    if (currentIndex.isValid())
        sm->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
}

bool PersonaListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        m_swallowRelease = changeComparisonOnly(static_cast<QMouseEvent*>(event));
        return m_swallowRelease;
    case QEvent::MouseButtonRelease:
        if (m_swallowRelease) {
            m_swallowRelease = false;
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool PersonaListPanel::changeComparisonOnly(const QMouseEvent* event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    if (event->button() != Qt::LeftButton || !(ctrl || shift))
        return false;
    const QModelIndex clicked = m_view->indexAt(event->position().toPoint());
    const QModelIndex current = m_view->currentIndex();
    // Nothing edited yet, or a click beside the items: the list's own behaviour.
    if (!clicked.isValid() || !current.isValid())
        return false;
    // QListView's own Ctrl+click also makes the clicked persona current, which switches the
    // editor: adding a persona to the comparison must not take away the one being edited.
    auto* sm = m_view->selectionModel();
    if (shift) {
        sm->select(QItemSelection(current, clicked),
                   ctrl ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect);
    } else {
        sm->select(clicked, QItemSelectionModel::Toggle);
    }
    m_view->setFocus(Qt::MouseFocusReason);
    return true;
}

void PersonaListPanel::updateDragState()
{
    // Reordering a filtered list would move personas relative to hidden ones: only unfiltered.
    const bool canDrag = m_filter->text().isEmpty();
    m_view->setDragEnabled(canDrag);
    m_view->setAcceptDrops(canDrag);
    m_view->setDropIndicatorShown(canDrag);
    m_view->setDragDropMode(canDrag ? QAbstractItemView::InternalMove
                                    : QAbstractItemView::NoDragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
}

} // namespace b2x
