// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace b2x {

class WorkspaceDocument;

/// The comparison area beside the editor: the compared personas side by side as a table of key
/// figures, updated as the marketer types. The charts issue adds the charts above this table.
class ComparisonPanel : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void rebuild();
    void refreshPersona(const QString& personaId);
    void fillColumn(int column, const QString& personaId);

    WorkspaceDocument* m_document;
    QLabel* m_heading;
    QTableWidget* m_table;
    QStringList m_columns; ///< persona ids shown, in order
};

} // namespace b2x
