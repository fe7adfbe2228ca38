// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
QT_END_NAMESPACE

namespace b2x::charts {

/// A value axis that turns logarithmic when the values differ by orders of magnitude (a funnel
/// from 2.5 million visitors to 40 customers) and back to linear when they do not. Both axes live
/// as long as this object; only one is in the chart at a time, and switching re-attaches the
/// series instead of rebuilding them.
///
/// The log form is a linear axis over log10 of the values, labelled per decade ("1k", "1M"):
/// QLogValueAxis only takes printf formats, which print a million as "1e+06". Series therefore
/// draw map(value), not the value.
class LinearLogAxis {
public:
    LinearLogAxis(QChart* chart, Qt::Alignment alignment);
    ~LinearLogAxis();
    LinearLogAxis(const LinearLogAxis&) = delete;
    LinearLogAxis& operator=(const LinearLogAxis&) = delete;

    QAbstractAxis* current() const;
    bool isLog() const { return m_log; }
    QValueAxis* linear() const { return m_linear; }
    QCategoryAxis* logarithmic() const { return m_logAxis; }

    /// Fits the axis to positive values from `low` to `high` (low ≤ 0 when there is none),
    /// switching type if needed; `series` are the series to move to the new axis. True when
    /// map() changed (the type, or the bottom decade of the log form): points drawn before must
    /// be drawn again.
    bool fit(double low, double high, const std::vector<QAbstractSeries*>& series);
    /// Titles for the linear and the log form.
    void setTitles(const QString& linearTitle, const QString& logTitle);
    /// Where a value is drawn: itself on the linear axis, its log10 on the log axis, where zero
    /// or less is drawn at the bottom (log 0 is undefined).
    double map(double value) const;

    /// Labels `axis` with the decades `low` … `high` ("1", "10", … "1M"), one label on each;
    /// false when it already had them.
    static bool fitDecades(QCategoryAxis* axis, int low, int high);

private:
    QPointer<QChart> m_chart;
    Qt::Alignment m_alignment;
    QPointer<QValueAxis> m_linear;
    QPointer<QCategoryAxis> m_logAxis;
    bool m_log = false;
    int m_lowDecade = 0;
    int m_highDecade = 1;
};

} // namespace b2x::charts
