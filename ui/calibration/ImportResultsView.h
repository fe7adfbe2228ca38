// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calibration/StageCalibration.h"
#include "charts/CalibrationCharts.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QTableWidget;

namespace b2x {

/// Step 4: modelled against measured, per stage (a table and a chart) and for the whole cycle
/// (the measured won curve against the model's cycle distribution), with the warnings.
class ImportResultsView : public QWidget {
    Q_OBJECT

public:
    explicit ImportResultsView(QWidget* parent = nullptr);
    void showCalibration(const calibration::Calibration& c, const charts::CycleCurves& curves,
                         const QString& personaName);

    QTableWidget* table() const { return m_table; }
    QListWidget* warningsList() const { return m_warnings; }
    QWidget* conversionChart() const { return m_conversionChart; }
    QWidget* cycleChart() const { return m_cycleChart; }

    /// The chart data of a calibration (tests check the chart against the table with it).
    static std::vector<charts::StageConversion> conversions(const calibration::Calibration& c);

private:
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_cycle;
    QHBoxLayout* m_charts;
    QWidget* m_conversionChart = nullptr;
    QWidget* m_cycleChart = nullptr;
    QListWidget* m_warnings;
};

} // namespace b2x
