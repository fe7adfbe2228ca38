// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaTableModel.h"

#include "document/WorkspaceDocument.h"

#include <QScopedValueRollback>

namespace b2x {

PersonaTableModel::PersonaTableModel(WorkspaceDocument* document, EditFunction edit,
                                     QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_edit(std::move(edit))
{
    connect(document, &WorkspaceDocument::personaChanged, this, [this](int, const QString& id) {
        if (id == m_personaId)
            refresh();
    });
    connect(document, &WorkspaceDocument::personaRemoved, this, [this](int, const QString& id) {
        if (id == m_personaId)
            setPersona(QString());
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        const QScopedValueRollback announcing(m_announcing, true);
        beginResetModel();
        if (!m_document->persona(m_personaId))
            m_personaId.clear();
        const Persona* p = m_document->persona(m_personaId);
        m_persona = p ? *p : Persona{};
        endResetModel();
        Q_EMIT rowsChanged();
    });
}

void PersonaTableModel::setPersona(const QString& personaId)
{
    if (personaId == m_personaId)
        return; // the model follows its persona's changes itself (personaChanged, above)
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_personaId = personaId;
    const Persona* p = m_personaId.isEmpty() ? nullptr : m_document->persona(m_personaId);
    m_persona = p ? *p : Persona{};
    endResetModel();
    Q_EMIT rowsChanged();
}

int PersonaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rowsIn(m_persona);
}

QVariant PersonaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return columnHeader(section, role);
}

bool PersonaTableModel::edit(const QString& field, const QString& actionText, const Change& change)
{
    if (m_personaId.isEmpty() || !m_edit || m_announcing)
        return false;
    m_edit(field, actionText, change);
    return true;
}

bool PersonaTableModel::rememberFallback(const QModelIndex& index, const QVariant& value)
{
    m_fallbackIndex = value.isValid() ? QPersistentModelIndex(index) : QPersistentModelIndex();
    m_fallback = value;
    return true;
}

bool PersonaTableModel::reject(const QString& reason, const QModelIndex& index)
{
    // Before the signal: putting back is a document change, which clears the section's message.
    if (index.isValid() && m_fallbackIndex == index && !m_restoring) {
        const QScopedValueRollback restoring(m_restoring, true);
        setData(index, m_fallback, Qt::EditRole);
    }
    Q_EMIT rejected(reason);
    return false;
}

void PersonaTableModel::refresh()
{
    const Persona* p = m_personaId.isEmpty() ? nullptr : m_document->persona(m_personaId);
    Persona next = p ? *p : Persona{};
    const int oldRows = rowsIn(m_persona);
    const int newRows = rowsIn(next);
    // Rows equal at the start and at the end bracket the block that changed.
    int head = 0;
    while (head < oldRows && head < newRows && sameRow(m_persona, head, next, head))
        ++head;
    int tail = 0;
    while (tail < oldRows - head && tail < newRows - head &&
           sameRow(m_persona, oldRows - 1 - tail, next, newRows - 1 - tail))
        ++tail;
    const QScopedValueRollback announcing(m_announcing, true);
    const int removed = oldRows - head - tail;
    const int added = newRows - head - tail;

    if (removed == added) {
        m_persona = std::move(next);
        if (added == 0)
            return; // another part of the persona changed
        Q_EMIT dataChanged(index(head, 0), index(head + added - 1, columnCount() - 1));
    } else if (removed == 0) {
        beginInsertRows({}, head, head + added - 1);
        m_persona = std::move(next);
        endInsertRows();
    } else if (added == 0) {
        beginRemoveRows({}, head, head + removed - 1);
        m_persona = std::move(next);
        endRemoveRows();
    } else {
        beginResetModel();
        m_persona = std::move(next);
        endResetModel();
    }
    Q_EMIT rowsChanged();
}

} // namespace b2x
