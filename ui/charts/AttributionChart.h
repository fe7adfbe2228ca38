// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// Each attributed channel of each compared persona or group as one row: the window as a bar in
/// the subject's colour, the shortfall up to the p90 of its sales cycle as a red extension, and
/// the cycle's p50 and p90 as markers. Conversions after the window are not credited to the
/// channel, so a red extension is revenue the channel will not be credited with.
class AttributionChart : public ComparisonChart {
    Q_OBJECT

public:
    /// Rows per subject at most, in the subject's channel order (keeps the card readable).
    static constexpr std::size_t maxRowsPerSubject = 8;
    static QColor shortfallColour();

    explicit AttributionChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::Attribution; }
    ChartTable table() const override;
    QString notes() const override;
    bool isEmpty() const override { return m_rows.empty(); }
    QString emptyText() const override;
    int preferredHeight() const override;

    struct Row {
        std::size_t subject = 0;
        QString channelId;
        bool operator==(const Row&) const = default;
    };
    /// The rows, top first.
    const std::vector<Row>& rows() const { return m_rows; }
    static std::vector<Row> pickRows(const std::vector<SubjectFigures>& subjects);
    QBarSet* windowSet(int subject) const;
    QBarSet* shortfallSet() const { return m_shortfall; }
    /// Rows run top-down: row r is category rows − 1 − r.
    int categoryOf(std::size_t row) const;

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    void fillRows(std::optional<std::size_t> subject);
    void updateAxis();
    const WindowFigure* window(const Row& row) const;
    void showRowTip(int category);

    QBarCategoryAxis* m_y;
    QValueAxis* m_x;
    QHorizontalStackedBarSeries* m_bars;
    QBarSet* m_shortfall = nullptr; ///< stacked after the windows: from the window to the p90
    QScatterSeries* m_p50;
    QScatterSeries* m_p90;
    std::vector<QBarSet*> m_sets; ///< per subject: its windows, zero in other rows
    std::vector<Row> m_rows;
};

} // namespace b2x::charts
