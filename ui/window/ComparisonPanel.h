// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/GroupComparison.h"
#include "charts/ChartData.h"
#include "charts/ChartId.h"
#include "model/Workspace.h"

#include <QWidget>
#include <array>

class QComboBox;
class QLabel;
class QScrollArea;
class QTableWidget;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;

namespace charts {
class ChartCard;
}

/// The comparison dock: a compare-mode selector and the nine charts as a scrolling list of cards,
/// redrawn in place as the marketer types.
///
/// Live updates: an edit of one persona recomputes only that persona (AnalysisCache) and, in the
/// Personas mode, touches only its series in each chart and its point in the B2B index; in a
/// group mode only the groups it left or joined are recomputed. A change of mode or selection
/// (view state, never an undoable edit) resets the series of every chart. While the panel is
/// hidden (the History tab in front, the dock closed) nothing is updated; it catches up with one
/// rebuild when it is shown again.
class ComparisonPanel : public QWidget {
    Q_OBJECT

public:
    ComparisonPanel(WorkspaceDocument* document, AnalysisCache* analyses,
                    QWidget* parent = nullptr);

    QComboBox* modeSelector() const { return m_mode; }
    QLabel* heading() const { return m_heading; }
    QScrollArea* scrollArea() const { return m_scroll; }
    /// Key figures of the compared personas (the table the panel showed before the charts).
    QTableWidget* table() const { return m_table; }
    charts::ChartCard* card(charts::ChartId id) const;
    const charts::ChartData& data() const { return m_data; }
    /// Scrolls so that the chart's card is at the top of the dock.
    void scrollToChart(charts::ChartId id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// True, and a catch-up noted, when the panel is not on screen.
    bool deferWhileHidden();
    void onViewStateChanged();
    void rebuild();
    void onAnalysisChanged(const QString& personaId);
    void onModeActivated(int index);
    void updateHeading(int selected);
    void fillKeyFigures();
    void fillKeyFigureColumn(int column, const QString& personaId);
    analytics::GroupBy groupBy() const;

    WorkspaceDocument* m_document;
    AnalysisCache* m_analyses;
    QComboBox* m_mode;
    QLabel* m_heading;
    QScrollArea* m_scroll;
    QWidget* m_keyFigures;
    QTableWidget* m_table;
    std::array<charts::ChartCard*, charts::allChartIds.size()> m_cards{};

    CompareMode m_compareMode = CompareMode::Personas;
    QStringList m_compared; ///< persona ids shown in the Personas mode, in order
    charts::ChartData m_data;
    bool m_populationStale = true; ///< personas were added, removed, moved or replaced
    bool m_missedUpdates = false;  ///< changes came while the panel was hidden
};

} // namespace b2x
