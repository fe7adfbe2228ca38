// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QtCharts/QChart>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

class WrappingLegend;

/// One channel's response curve as the chart draws it: the entries a month (y) the channel
/// brings at each monthly spend (x), sampled by the caller, with today's and the proposed point.
struct ResponseCurveSeries {
    QString name;
    QColor colour;
    QList<QPointF> curve;
    QPointF today;
    QPointF proposed;
};

/// The series of one channel as the Budget view and the report draw it: the curve from no spend
/// to `maxSpend` (64 steps), today's point and the proposed one.
ResponseCurveSeries responseCurveSeries(const budget::ResponseCurve& curve,
                                        const budget::ChannelAllocation& allocation,
                                        double maxSpend, QString name, QColor colour);
/// How far the curves run: half again the largest spend shown, so both points sit inside the
/// plot (1 when nothing is spent).
double responseCurveReach(double largestSpend);

/// The budget view's chart: entries per month against monthly spend, one line per channel, today's
/// points as rings and the proposed points as diamonds. Series are changed in place while the
/// channel count stays, so an edit does not rebuild the chart. Owns its QChart until a view or a
/// scene takes it.
class ResponseCurveChart : public QObject {
    Q_OBJECT

public:
    explicit ResponseCurveChart(QObject* parent = nullptr);
    ~ResponseCurveChart() override;

    QChart* chart() const { return m_chart; }
    /// `currency` labels the spend axis.
    void setCurves(const std::vector<ResponseCurveSeries>& curves, const QString& currency);

    int curveCount() const { return static_cast<int>(m_lines.size()); }
    QLineSeries* curve(int index) const;
    QScatterSeries* todayPoints() const { return m_today; }
    QScatterSeries* proposedPoints() const { return m_proposed; }
    QValueAxis* spendAxis() const { return m_x; }
    QValueAxis* entriesAxis() const { return m_y; }

    /// A distinct colour for channel `index` (the palette repeats after ten).
    static QColor channelColour(int index);

private:
    QPointer<QChart> m_chart;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QScatterSeries* m_today;
    QScatterSeries* m_proposed;
    std::vector<QLineSeries*> m_lines;
    /// On as many rows as the names need: Qt's own legend cuts them to a few letters.
    std::unique_ptr<WrappingLegend> m_legend;
};

} // namespace b2x::charts
