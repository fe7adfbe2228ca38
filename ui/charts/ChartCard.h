// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

#include <QFrame>
#include <memory>
#include <vector>

class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace b2x::charts {

class ChartView;

/// One chart in the comparison panel: title and question, the chart (or what to do when there is
/// nothing to draw), its notes, a "Table" toggle that shows the same numbers as an accessible
/// table, and an "Enlarge" toggle that asks the panel to give the card all its room. The table is
/// filled only while it is shown, so typing costs nothing for hidden tables.
class ChartCard : public QFrame {
    Q_OBJECT

public:
    explicit ChartCard(std::unique_ptr<ComparisonChart> chart, QWidget* parent = nullptr);

    ComparisonChart* chart() const { return m_chart; }
    ChartView* view() const { return m_view; }
    QTableWidget* table() const { return m_table; }
    QToolButton* tableToggle() const { return m_toggle; }
    QToolButton* enlargeToggle() const { return m_enlarge; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* notesLabel() const { return m_notes; }
    /// True when the chart (not the table or the empty state) is the visible page.
    bool showsChart() const;
    void setTableShown(bool shown);
    /// Enlarged, the chart (or its table) takes whatever height the card is given instead of its
    /// preferred height; the panel hides the other cards meanwhile.
    void setEnlarged(bool enlarged);
    bool isEnlarged() const { return m_enlarged; }
    /// Puts a control of this chart's own in the header, before "Table".
    void addHeaderWidget(QWidget* widget);

Q_SIGNALS:
    /// The user pressed "Enlarge" (true) or "Back" (false).
    void enlargeRequested(bool enlarged);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void fillTable();
    void fitColumns();
    void showToolTip(const QString& text);

    ComparisonChart* m_chart; ///< a child of this card
    QLabel* m_title;
    QLabel* m_question;
    QHBoxLayout* m_header;
    QToolButton* m_toggle;
    QToolButton* m_enlarge;
    QStackedWidget* m_stack;
    ChartView* m_view;
    QTableWidget* m_table;
    QLabel* m_empty;
    QLabel* m_notes;
    bool m_tableDirty = true;
    std::vector<int> m_columnWidths; ///< each column's width for its whole contents
    bool m_enlarged = false;
};

} // namespace b2x::charts
