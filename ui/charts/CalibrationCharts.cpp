// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationCharts.h"

#include "ChartView.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

namespace {

/// lupdate files these strings under the namespace: the same context here, so they are found.
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::charts", text);
}

const QColor modelledColour(0x9c, 0xa3, 0xaf);
const QColor measuredColour(0x4e, 0x79, 0xa7);
const QColor intervalColour(0x1f, 0x2a, 0x37);

/// The bars share this much of each category; with two sets the measured bar's centre is a
/// quarter of it right of the category's centre.
constexpr double barWidth = 0.6;

QChart* plainChart(const QString& title)
{
    auto* chart = new QChart;
    // No animations (they blank exports and flicker on change).
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

ChartView* conversionComparisonChart(const std::vector<StageConversion>& stages, QWidget* parent)
{
    QChart* chart = plainChart(tr("Conversion per stage"));
    auto* modelled = new QBarSet(tr("Modelled"));
    auto* measured = new QBarSet(tr("Measured"));
    modelled->setColor(modelledColour);
    measured->setColor(measuredColour);
    QStringList categories;
    double top = 10;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const StageConversion& s = stages[i];
        categories << QStringLiteral("%1. %2").arg(i + 1).arg(s.name);
        *modelled << s.modelledPercent;
        *measured << s.measuredPercent.value_or(0);
        top = std::max(
            {top, s.modelledPercent, s.measuredPercent.value_or(0), s.highPercent.value_or(0)});
    }
    auto* bars = new QBarSeries;
    bars->setBarWidth(barWidth);
    bars->append(modelled);
    bars->append(measured);
    chart->addSeries(bars);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, std::min(100.0, std::ceil(top / 10) * 10));
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("Share that moves on"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    // The intervals: an I-beam over each measured bar, on a hidden axis that matches the
    // categories (category i spans i − 0.5 to i + 0.5).
    auto* xValues = new QValueAxis;
    xValues->setRange(-0.5, static_cast<double>(stages.size()) - 0.5);
    xValues->setVisible(false);
    chart->addAxis(xValues, Qt::AlignBottom);
    bool named = false;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const StageConversion& s = stages[i];
        if (!s.lowPercent || !s.highPercent)
            continue;
        const double c = static_cast<double>(i) + barWidth / 4;
        const double cap = barWidth / 8;
        auto* line = new QLineSeries;
        line->setName(tr("95% interval"));
        line->setColor(intervalColour);
        *line << QPointF(c - cap, *s.lowPercent) << QPointF(c + cap, *s.lowPercent)
              << QPointF(c, *s.lowPercent) << QPointF(c, *s.highPercent)
              << QPointF(c - cap, *s.highPercent) << QPointF(c + cap, *s.highPercent);
        chart->addSeries(line);
        line->attachAxis(xValues);
        line->attachAxis(y);
        const auto markers = chart->legend()->markers(line);
        for (QLegendMarker* m : markers)
            m->setVisible(!named);
        named = true;
    }
    return new ChartView(chart, parent);
}

ChartView* cycleComparisonChart(const CycleCurves& curves, QWidget* parent)
{
    QChart* chart = plainChart(tr("Whole cycle: created to won"));
    auto* model = new QLineSeries;
    model->setName(tr("Modelled (the persona's stages)"));
    model->setColor(modelledColour);
    model->append(QList<QPointF>(curves.modelled.begin(), curves.modelled.end()));
    auto* measured = new QLineSeries;
    measured->setName(tr("Measured (Kaplan–Meier)"));
    measured->setColor(measuredColour);
    // Steps: the share holds until the next time a deal is won.
    double right = 1;
    QList<QPointF> steps;
    double previous = 0;
    steps << QPointF(0, 0);
    for (const QPointF& p : curves.measured) {
        steps << QPointF(p.x(), previous) << p;
        previous = p.y();
    }
    for (const QPointF& p : curves.modelled)
        right = std::max(right, p.x());
    for (const QPointF& p : steps)
        right = std::max(right, p.x());
    if (!curves.measured.empty())
        steps << QPointF(right, previous);
    measured->append(steps);
    chart->addSeries(model);
    chart->addSeries(measured);

    auto* x = new QValueAxis;
    x->setRange(0, right);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Days since the deal was created"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("Won deals closed"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {model, measured}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return new ChartView(chart, parent);
}

} // namespace b2x::charts
