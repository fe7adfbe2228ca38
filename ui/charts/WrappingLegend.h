// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QtCharts/QChart>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QFont;
class QLegendMarker;
QT_END_NAMESPACE

namespace b2x::charts {

/// The legend of a comparison chart, below the plot on as many rows as its entries need.
///
/// Qt's attached legend stays on one row and truncates every name to a few letters in a narrow
/// dock. This one detaches the chart's QLegend, plans the rows itself for the chart's width, makes
/// Qt wrap exactly there and reserves the room below the plot (the chart's bottom margin).
class WrappingLegend {
public:
    /// Detaches `chart`'s legend and styles it with `font`; `margin` is the chart's margin at the
    /// sides and at the bottom, kept around the legend.
    WrappingLegend(QChart* chart, const QFont& font, int margin);

    /// Lays the legend out for the chart's current size, after series, names or the size changed.
    /// Returns true when the number of rows changed: the chart's container must make room.
    bool layout();
    int rows() const { return m_rows; }
    /// Room the legend takes below the plot, in pixels.
    int height() const { return m_height; }

    /// Hides a series' entries (helper series: guides, markers repeated per subject).
    void hide(QAbstractSeries* series);
    /// Shows or hides one entry (use this rather than QLegendMarker::setVisible).
    static void setShown(QLegendMarker* marker, bool shown);
    static bool isShown(const QLegendMarker* marker);

    /// Where the rows break, for entries `widths` wide in a legend `available` wide.
    struct Plan {
        int rows = 0;
        /// True where a row ends after the entry (never after the last one).
        std::vector<bool> breakAfter;
    };
    static Plan plan(const std::vector<double>& widths, double available);

private:
    QPointer<QChart> m_chart;
    int m_margin;
    int m_rows = 0;
    int m_height = 0;
    double m_width = 0;
};

} // namespace b2x::charts
