// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calibration/CsvTable.h"

#include <QAbstractTableModel>
#include <memory>

namespace b2x {

/// The first rows of a CSV file as read, numbered as a spreadsheet numbers them (the header is
/// row 1), so that a problem's row can be found in the preview.
class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int previewRows = 50;

    explicit CsvPreviewModel(QObject* parent = nullptr);
    void setTable(std::shared_ptr<const calibration::CsvTable> table);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const calibration::CsvTable> m_table;
};

} // namespace b2x
