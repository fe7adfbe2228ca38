// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfReport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace b2x {

/// Chooses what goes into a report: the cover (title, subtitle, client, author, date, remembered
/// in the workspace), page size, which personas and which charts.
class ExportReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportReportDialog(const Workspace& workspace, QWidget* parent = nullptr);
    ReportOptions options() const;
    /// The workspace's report settings with the cover fields as the dialog has them.
    ReportSettings reportSettings() const;

private:
    ReportSettings m_saved;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QLineEdit* m_client;
    QLineEdit* m_author;
    QCheckBox* m_today;
    QDateEdit* m_date;
    QComboBox* m_pageSize;
    QListWidget* m_personas;
    QListWidget* m_charts;
};

} // namespace b2x
