// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvPreviewModel.h"

#include <algorithm>

namespace b2x {

CsvPreviewModel::CsvPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void CsvPreviewModel::setTable(std::shared_ptr<const calibration::CsvTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(std::min<std::size_t>(m_table->rowCount(), previewRows));
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_table->header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_table || !index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const std::string_view field = m_table->at(static_cast<std::size_t>(index.row()),
                                               static_cast<std::size_t>(index.column()));
    // A 64 KB field would make a row as tall as the screen: the preview shows its start.
    const std::string_view shown =
        role == Qt::DisplayRole ? field.substr(0, 200) : field.substr(0, 2000);
    return QString::fromUtf8(shown.data(), static_cast<qsizetype>(shown.size()));
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 2; // the header is row 1
    if (section < 0 || static_cast<std::size_t>(section) >= m_table->header.size())
        return {};
    return QString::fromStdString(m_table->header[static_cast<std::size_t>(section)]);
}

} // namespace b2x
