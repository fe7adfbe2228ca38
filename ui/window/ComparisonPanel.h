// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/GroupComparison.h"
#include "charts/ChartData.h"
#include "charts/ChartId.h"
#include "model/Workspace.h"

#include <QWidget>
#include <array>
#include <optional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QTableWidget;
class QToolButton;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;
class ChartGrid;
class UnitEconomicsRanges;

namespace charts {
class ChartCard;
}

/// The comparison: a compare-mode selector and the nine charts as cards in a grid that reflows to
/// two or three columns when the panel is wide (the dock pulled wide, or the full view), redrawn
/// in place as the marketer types. Any card can be enlarged to fill the panel.
///
/// Live updates: an edit of one persona recomputes only that persona (AnalysisCache) and, in the
/// Personas mode, touches only its series in each chart and its point in the B2B index; in a
/// group mode only the groups it left or joined are recomputed. A change of mode, group scope or
/// selection (view state, never an undoable edit) resets the series of every chart. Nothing is
/// drawn that is not shown: while the panel is hidden (the History tab in front, the dock closed)
/// nothing is updated and it catches up with one rebuild when shown again; while one card is
/// enlarged, the hidden cards catch up the same way when they come back.
class ComparisonPanel : public QWidget {
    Q_OBJECT

public:
    ComparisonPanel(WorkspaceDocument* document, AnalysisCache* analyses,
                    QWidget* parent = nullptr);

    QComboBox* modeSelector() const { return m_mode; }
    /// All personas or the selected ones, for the group modes (hidden in the Personas mode).
    QComboBox* groupScopeSelector() const { return m_scope; }
    QLabel* heading() const { return m_heading; }
    /// Each group's members, named (group modes only).
    QLabel* groupMembers() const { return m_members; }
    QScrollArea* scrollArea() const { return m_scroll; }
    ChartGrid* grid() const { return m_grid; }
    /// Key figures of the compared personas (the table the panel showed before the charts).
    QTableWidget* table() const { return m_table; }
    charts::ChartCard* card(charts::ChartId id) const;
    const charts::ChartData& data() const { return m_data; }
    /// The p10–p90 ranges drawn as whiskers on the Unit economics chart (Personas mode).
    UnitEconomicsRanges* unitEconomicsRanges() const { return m_ranges; }
    /// "Ranges" in the Unit economics card's header: shows or hides the whiskers.
    QToolButton* rangesToggle() const { return m_rangesToggle; }
    /// Scrolls so that the chart's card is at the top of the panel.
    void scrollToChart(charts::ChartId id);

    /// Shows one chart alone, filling the panel; nothing shows every chart again.
    void enlargeChart(std::optional<charts::ChartId> id);
    std::optional<charts::ChartId> enlargedChart() const;
    /// A button for `action` (the full view) beside the compare mode.
    void setFullViewAction(QAction* action);

protected:
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// True, and a catch-up noted, when the panel is not on screen.
    bool deferWhileHidden();
    /// True, and a catch-up noted, when card `i` is hidden (another card is enlarged).
    bool skipCard(std::size_t i);
    void catchUpCards();
    void onViewStateChanged();
    void rebuild();
    void onAnalysisChanged(const QString& personaId);
    void onModeActivated(int index);
    void onScopeActivated(int index);
    void updateHeading(int selected);
    void updateMembers();
    void fillKeyFigures();
    void fillKeyFigureColumn(int column, const QString& personaId);
    /// Whether the Unit economics chart is on screen, so that its ranges are worth computing.
    bool rangesWanted() const;
    void setUpRanges();
    /// Asks for the ranges of the compared personas (or of subject `only`) and draws the known
    /// ones.
    void requestRanges(int only = -1);
    void showRange(const QString& personaId);
    analytics::GroupBy groupBy() const;
    /// Whether population persona `k` is grouped in the group modes.
    bool inScope(std::size_t k) const { return m_inScope.empty() || m_inScope[k]; }

    WorkspaceDocument* m_document;
    AnalysisCache* m_analyses;
    QComboBox* m_mode;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QHBoxLayout* m_top;
    QLabel* m_heading;
    QLabel* m_members;
    QScrollArea* m_scroll;
    ChartGrid* m_grid;
    QWidget* m_keyFigures;
    QTableWidget* m_table;
    std::array<charts::ChartCard*, charts::allChartIds.size()> m_cards{};
    std::array<bool, charts::allChartIds.size()> m_cardStale{};

    CompareMode m_compareMode = CompareMode::Personas;
    GroupScope m_groupScope = GroupScope::All;
    QStringList m_compared;      ///< persona ids shown in the Personas mode, in order
    QStringList m_grouped;       ///< with GroupScope::Selected, the selected ids the groups hold
    std::vector<bool> m_inScope; ///< per population persona; empty: every persona is grouped
    charts::ChartData m_data;
    UnitEconomicsRanges* m_ranges;
    QToolButton* m_rangesToggle = nullptr;
    bool m_populationStale = true; ///< personas were added, removed, moved or replaced
    bool m_missedUpdates = false;  ///< changes came while the panel was hidden
};

} // namespace b2x
