// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultsView.h"

#include "charts/ChartView.h"
#include "format/Formatting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace b2x {

using namespace calibration;

namespace {

QString share(const std::optional<double>& v)
{
    return v ? Formatting::percent(*v, 1) : QStringLiteral("–");
}

QString days(const std::optional<double>& v)
{
    return v ? Formatting::oneDecimal(*v) : QStringLiteral("–");
}

enum Column {
    StageColumn,
    ModelledColumn,
    MeasuredColumn,
    NaiveColumn,
    P50Column,
    P90Column,
    EnteredColumn,
    AdvancedColumn,
    LostColumn,
    OpenColumn,
    ColumnCount
};

} // namespace

ImportResultsView::ImportResultsView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("measuredTable"));
    m_table->setAccessibleName(tr("Modelled against measured, per stage"));
    m_table->setColumnCount(ColumnCount);
    const QStringList headers = {tr("Stage"),
                                 tr("Modelled"),
                                 tr("Measured (95% interval)"),
                                 tr("Moved on ÷ entered"),
                                 tr("Days p50\nmodelled / measured"),
                                 tr("Days p90\nmodelled / measured"),
                                 tr("Entered"),
                                 tr("Moved on"),
                                 tr("Lost"),
                                 tr("Open")};
    const QStringList tips = {
        tr("The persona's pipeline stage"),
        tr("The conversion the persona has today"),
        tr("Aalen–Johansen estimate: open deals count as still deciding, not as lost; "
           "“lower bound” when deals still open may yet move on"),
        tr("The naive figure, which counts every open deal as lost"),
        tr("Median days in the stage: the persona's triangular duration against the deals "
           "that moved on"),
        tr("90th percentile of days in the stage, modelled against measured"),
        tr("Deals that entered the stage"),
        tr("Deals that moved on (or skipped it)"),
        tr("Deals lost from the stage"),
        tr("Deals still in the stage on the as-of date")};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* item = new QTableWidgetItem(headers[c]);
        item->setToolTip(tips[c]);
        m_table->setHorizontalHeaderItem(c, item);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StageColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);

    // The table takes the height of its rows (up to a limit, then it scrolls); the charts the rest.
    layout->addWidget(m_table);
    m_cycle = new QLabel(this);
    m_cycle->setObjectName(QStringLiteral("cycleSummary"));
    m_cycle->setWordWrap(true);
    layout->addWidget(m_cycle);
    m_charts = new QHBoxLayout;
    layout->addLayout(m_charts, 1);

    auto* warningsLabel = new QLabel(tr("Warnings:"), this);
    layout->addWidget(warningsLabel);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setAccessibleName(tr("Warnings about the measurement"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(4 * m_warnings->fontMetrics().height() + 8);
    warningsLabel->setBuddy(m_warnings);
    layout->addWidget(m_warnings);
}

std::vector<charts::StageConversion> ImportResultsView::conversions(const Calibration& c)
{
    std::vector<charts::StageConversion> out;
    for (const MeasuredStage& m : c.stages) {
        charts::StageConversion s;
        s.name = QString::fromStdString(m.name);
        s.modelledPercent = m.modelConversionPercent;
        const auto pct = [](const std::optional<double>& v) {
            return v ? std::optional<double>(*v * 100) : std::nullopt;
        };
        s.measuredPercent = pct(m.estimate.conversion);
        s.lowPercent = pct(m.estimate.conversionLow);
        s.highPercent = pct(m.estimate.conversionHigh);
        out.push_back(std::move(s));
    }
    return out;
}

void ImportResultsView::showCalibration(const Calibration& c, const charts::CycleCurves& curves,
                                        const QString& personaName)
{
    m_summary->setText(
        tr("%1 against %n deal(s) (%2 won, %3 lost, %4 open). Apply writes the measured "
           "conversions and durations into the persona as one step you can undo.",
           nullptr, c.total)
            .arg(personaName, Formatting::count(c.won), Formatting::count(c.lost),
                 Formatting::count(c.open)));

    m_table->setRowCount(static_cast<int>(c.stages.size()));
    for (int row = 0; row < static_cast<int>(c.stages.size()); ++row) {
        const MeasuredStage& m = c.stages[static_cast<std::size_t>(row)];
        const CompetingRisksEstimate& e = m.estimate;
        const TriangularFit model{m.modelDays.min, m.modelDays.likely, m.modelDays.max};
        QString measured = share(e.conversion);
        if (e.conversion && e.conversionLow && e.conversionHigh)
            measured =
                tr("%1 (%2–%3)").arg(measured, share(e.conversionLow), share(e.conversionHigh));
        if (e.entered > 0 && !e.levelledOff)
            measured = tr("%1, lower bound").arg(measured);
        const QStringList cells = {
            QString::fromStdString(m.name),
            Formatting::percent(m.modelConversionPercent / 100, 1),
            measured,
            share(e.naiveConversion),
            tr("%1 / %2").arg(days(triangularQuantile(model, 0.5)), days(e.p50Days)),
            tr("%1 / %2").arg(days(triangularQuantile(model, 0.9)), days(e.p90Days)),
            Formatting::count(e.entered),
            Formatting::count(e.advanced),
            Formatting::count(e.lost),
            Formatting::count(e.open)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col != StageColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == MeasuredColumn && e.entered > 0 && !e.levelledOff)
                item->setToolTip(tr("The curve was still rising at the end: deals still open may "
                                    "yet move on, so the conversion is at least this"));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::min(height + 2, 8 * m_table->fontMetrics().height() * 2));

    m_cycle->setText(tr("Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled "
                        "%3 and %4; %5 of the deals are won.")
                         .arg(days(c.cycle.p50Days), days(c.cycle.p90Days),
                              days(c.cycle.modelP50Days), days(c.cycle.modelP90Days),
                              share(c.cycle.winRate)));

    delete m_conversionChart;
    delete m_cycleChart;
    auto* conversion = charts::conversionComparisonChart(conversions(c), this);
    conversion->setObjectName(QStringLiteral("conversionChart"));
    conversion->setAccessibleName(tr("Chart: conversion per stage, modelled against measured "
                                     "(the table above has the same numbers)"));
    conversion->setMinimumHeight(220);
    auto* cycle = charts::cycleComparisonChart(curves, this);
    cycle->setObjectName(QStringLiteral("cycleChart"));
    cycle->setAccessibleName(tr("Chart: share of won deals closed by day, measured against "
                                "modelled"));
    cycle->setMinimumHeight(220);
    m_conversionChart = conversion;
    m_cycleChart = cycle;
    m_charts->addWidget(conversion, 1);
    m_charts->addWidget(cycle, 1);

    m_warnings->clear();
    for (const QString& w : c.warnings)
        m_warnings->addItem(w);
    if (c.warnings.empty())
        m_warnings->addItem(tr("None."));
}

} // namespace b2x
