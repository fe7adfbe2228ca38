// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCharts/QChartView>

namespace b2x::charts {

/// The only QChartView the application uses. It guards the Qt Charts 6.4 crash on a click where
/// no scene item is (QTBUG-118669, not fixed in Debian's 6.4.2) and counts paints, so tests and
/// the benchmark can wait until an edit is on screen.
class ChartView : public QChartView {
    Q_OBJECT

public:
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);
    int paintCount() const { return m_paints; }
    /// The whole text of a category label that Qt Charts shortened ("Enterprise softw...") at
    /// `pos` in the viewport, or nothing; shown as the label's tooltip.
    QString fullLabelAt(const QPoint& pos) const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    int m_paints = 0;
};

} // namespace b2x::charts
