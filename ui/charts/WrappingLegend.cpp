// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingLegend.h"

#include <QFontMetricsF>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {
constexpr const char* hiddenProperty = "b2xHiddenFromLegend";
constexpr QChar noBreakSpace(0xA0);
} // namespace

WrappingLegend::WrappingLegend(QChart* chart, const QFont& font, int margin)
    : m_chart(chart), m_margin(margin)
{
    QLegend* legend = chart->legend();
    legend->setFont(font);
    legend->setAlignment(Qt::AlignTop); // detached: rows run top to bottom
    legend->detachFromChart();
    legend->setBackgroundVisible(false);
    legend->setShowToolTips(true); // full names of elided entries
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void WrappingLegend::hide(QAbstractSeries* series)
{
    for (QLegendMarker* marker : m_chart->legend()->markers(series))
        setShown(marker, false);
}

void WrappingLegend::setShown(QLegendMarker* marker, bool shown)
{
    // QLegendMarker::isVisible() also says false while the legend itself has not been laid out
    // (offscreen, before the first render), so the intent is kept beside it.
    marker->setProperty(hiddenProperty, !shown);
    marker->setVisible(shown);
}

bool WrappingLegend::isShown(const QLegendMarker* marker)
{
    return !marker->property(hiddenProperty).toBool();
}

WrappingLegend::Plan WrappingLegend::plan(const std::vector<double>& widths, double available)
{
    // Qt wraps after an item when the same width would not fit again, so a long name after a
    // short one ran past the legend's right edge, cut off. The plan breaks before it instead, and
    // where Qt would break itself too.
    Plan plan;
    plan.breakAfter.assign(widths.size(), false);
    plan.rows = widths.empty() ? 0 : 1;
    double x = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (x > 0 && x + widths[i] > available) {
            plan.breakAfter[i - 1] = true; // Qt wraps after it now
            x = 0;
            ++plan.rows;
        }
        x += widths[i];
        if (x + widths[i] > available && i + 1 < widths.size()) {
            plan.breakAfter[i] = true; // Qt would wrap here itself, unless the widths are
            x = 0;                     // smaller than measured: then the padding makes sure
            ++plan.rows;
        }
    }
    return plan;
}

bool WrappingLegend::layout()
{
    if (!m_chart)
        return false;
    QLegend* legend = m_chart->legend();
    const QRectF area = m_chart->rect();
    if (area.width() < 10)
        return false;
    // Mirrors the detached layout of QLegend with generous item widths, so the reserved room is
    // never smaller than what Qt uses. The last item of every planned row is padded with no-break
    // spaces (invisible) to nearly the legend's width, so Qt wraps exactly where planned.
    for (QLegendMarker* marker : legend->markers())
        // A bar set's marker "from series" is drawn hollow in 6.4: give bars plain squares.
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar &&
            marker->shape() != QLegend::MarkerShapeRectangle)
            marker->setShape(QLegend::MarkerShapeRectangle);
    const QFontMetricsF fm(legend->font());
    const double available = area.width() - 2 * m_margin;
    // Text can be wider on screen than measured here (hinting differs at 2×): a tenth extra.
    // Marker (up to 17 pixels for the mismatch rings), spacing and margins around the text.
    const double decoration = std::max(fm.height(), 18.0) + 30;
    std::vector<QLegendMarker*> shown;
    std::vector<QString> labels;
    std::vector<double> widths;
    for (QLegendMarker* marker : legend->markers())
        if (isShown(marker)) {
            // The label of the series or bar set (a padded label is set below, so the marker's
            // own may carry spaces from an earlier layout).
            auto* bar = qobject_cast<QBarLegendMarker*>(marker);
            QString label = bar && bar->barset() ? bar->barset()->label()
                            : marker->series()   ? marker->series()->name()
                                                 : marker->label();
            while (label.endsWith(noBreakSpace))
                label.chop(1);
            shown.push_back(marker);
            labels.push_back(label);
            widths.push_back(std::min(available, fm.horizontalAdvance(label) * 1.1 + decoration));
        }
    const Plan planned = plan(widths, available);
    const double space = std::max(1.0, fm.horizontalAdvance(noBreakSpace));
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QString label = labels[i];
        if (planned.breakAfter[i]) {
            // Short of the legend's width, or Qt would shorten the label with "..." at its end.
            const double room = available - decoration - 8 - fm.horizontalAdvance(label) * 1.1;
            label += QString(std::max(0, static_cast<int>(room / (space * 1.1))), noBreakSpace);
        }
        if (shown[i]->label() != label)
            shown[i]->setLabel(label);
    }
    // Markers take their series' shape and size (up to 17 pixels for the mismatch rings).
    const int rows = planned.rows;
    const double rowHeight = std::max(fm.height(), 18.0) + 6;
    const double height = rows * rowHeight + (rows ? 4 : 0);
    QMargins margins = m_chart->margins();
    margins.setBottom(m_margin + static_cast<int>(std::ceil(height)));
    if (margins != m_chart->margins())
        m_chart->setMargins(margins);
    // Never hidden: a hidden legend makes every marker report itself hidden.
    const QRectF geometry(m_margin, area.height() - m_margin - height, available, height);
    if (legend->geometry() != geometry || rows != m_rows || available != m_width)
        legend->setGeometry(geometry);
    const bool rowsChanged = rows != m_rows;
    m_rows = rows;
    m_width = available;
    m_height = static_cast<int>(std::ceil(height));
    legend->update();
    return rowsChanged;
}

} // namespace b2x::charts
