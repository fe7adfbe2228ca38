// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// The look the Budget view's charts share (response curves, tornado, outcome histogram): their
/// axes' label format, small font and light grid.

/// A printf format with enough decimals for every tick of a round step (2.5 needs one).
QString tickLabelFormat(double step);
/// The application's font one point smaller (at least 7 pt).
QFont smallChartFont();
/// Small labels and title, and a light grid, on a value axis.
void styleValueAxis(QValueAxis* axis, const QString& title);

} // namespace b2x::charts
