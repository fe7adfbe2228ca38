// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfReport.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace b2x {

/// Chooses what goes into a report: page size, which personas and which charts.
class ExportReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportReportDialog(const Workspace& workspace, QWidget* parent = nullptr);
    ReportOptions options() const;

private:
    QComboBox* m_pageSize;
    QListWidget* m_personas;
    QListWidget* m_charts;
};

} // namespace b2x
