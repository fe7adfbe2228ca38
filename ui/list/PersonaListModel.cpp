// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaListModel.h"

#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "format/EnumLabels.h"

#include <QColor>
#include <QMimeData>

namespace b2x {

namespace {
const QString rowMimeType = QStringLiteral("application/x-b2x-persona-row");
}

PersonaListModel::PersonaListModel(WorkspaceDocument* document, AnalysisCache* analyses,
                                   QObject* parent)
    : QAbstractListModel(parent), m_document(document), m_analyses(analyses)
{
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    // The document has already changed when it signals; an empty begin/end pair is the
    // documented way to announce a change that happened (the model holds no state of its own).
    connect(document, &WorkspaceDocument::personaInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(document, &WorkspaceDocument::personaRemoved, this, [this](int row, const QString&) {
        beginRemoveRows({}, row, row);
        endRemoveRows();
    });
    connect(document, &WorkspaceDocument::personaMoved, this, [this](int from, int to) {
        // beginMoveRows counts the destination before the move.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        endMoveRows();
    });
    connect(document, &WorkspaceDocument::personaChanged, this,
            [this](int row, const QString&) { Q_EMIT dataChanged(index(row), index(row)); });
}

int PersonaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document->workspace().personas.size());
}

QVariant PersonaListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Persona& p = m_document->workspace().personas[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QString::fromStdString(p.name);
    case Qt::ToolTipRole:
        return p.summary.empty() ? QString::fromStdString(p.name)
                                 : QStringLiteral("%1\n%2").arg(QString::fromStdString(p.name),
                                                                QString::fromStdString(p.summary));
    case Qt::AccessibleTextRole:
        return tr("%1, labelled %2").arg(QString::fromStdString(p.name), displayName(p.label));
    case IdRole:
        return QString::fromStdString(p.id);
    case LabelRole:
        return displayName(p.label);
    case LabelValueRole:
        return static_cast<int>(p.label);
    case ColourRole:
    case Qt::DecorationRole:
        return QColor(QString::fromStdString(p.colour));
    case SummaryRole:
        return QString::fromStdString(p.summary);
    case B2bIndexRole:
    case MismatchRole:
    case BehavesAsRole: {
        const auto* a = m_analyses->analysis(QString::fromStdString(p.id));
        if (!a)
            return {};
        if (role == B2bIndexRole)
            return a->behaviour.b2bIndex;
        if (role == MismatchRole)
            return a->behaviour.labelMismatch;
        return displayName(a->behaviour.behavesAs);
    }
    default:
        return {};
    }
}

Qt::ItemFlags PersonaListModel::flags(const QModelIndex& index) const
{
    const auto base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions PersonaListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PersonaListModel::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData* PersonaListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.size() != 1)
        return nullptr; // reordering moves one persona at a time
    auto* mime = new QMimeData;
    mime->setData(rowMimeType, QByteArray::number(indexes.first().row()));
    return mime;
}

bool PersonaListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                    int column, const QModelIndex& parent)
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction || !data || !data->hasFormat(rowMimeType))
        return false;
    bool ok = false;
    const int from = data->data(rowMimeType).toInt(&ok);
    if (!ok)
        return false;
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (to > from)
        --to; // the row is removed before it is inserted
    to = std::clamp(to, 0, rowCount() - 1);
    m_document->movePersona(from, to);
    // Returning false stops the view from removing the source row itself: the move is done.
    return false;
}

} // namespace b2x
