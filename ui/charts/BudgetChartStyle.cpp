// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetChartStyle.h"

#include <QApplication>
#include <QPen>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

QString tickLabelFormat(double step)
{
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return QStringLiteral("%.%1f").arg(decimals);
    }
    return QStringLiteral("%.2g");
}

QFont smallChartFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    return f;
}

void styleValueAxis(QValueAxis* axis, const QString& title)
{
    axis->setLabelsFont(smallChartFont());
    axis->setTitleFont(smallChartFont());
    axis->setTitleText(title);
    QPen grid = axis->gridLinePen();
    grid.setColor(QColor(0xdd, 0xdd, 0xdd));
    axis->setGridLinePen(grid);
}

} // namespace b2x::charts
