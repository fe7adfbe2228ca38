// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Uncertainty.h"

#include <QString>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace b2x {

class BackgroundWork;
class WorkspaceDocument;
namespace charts {
class ChartView;
class OutcomeHistogramChart;
class TornadoChart;
} // namespace charts

/// How sure the selected persona's figures are (docs/models.md, "Uncertainty"): a seeded Monte
/// Carlo of its models, run off the UI thread and cancellable, summarised as p10/p50/p90 and mean
/// of each figure and the chance that CLV:CAC is at least 3, with the histogram of CLV:CAC over the
/// runs (p10, p50, p90 and the 3:1 line marked); and the tornado of CLV:CAC, each input
/// alone at its low and high, under the band of all inputs together. Follows edits of the persona
/// while shown (a new run replaces one under way), never blocking typing.
class UncertaintyView : public QWidget {
    Q_OBJECT

public:
    explicit UncertaintyView(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~UncertaintyView() override;

    void setPersona(const QString& personaId);
    /// Whether the Budget dock is in front; inactive, nothing runs.
    void setActive(bool active);
    /// Starts a run now (the Run button).
    void run();
    void cancel();
    bool busy() const;

    /// The last finished run (empty before one finished, after an edit, or when cancelled).
    const std::optional<budget::MonteCarloResult>& result() const { return m_result; }
    const std::vector<budget::TornadoBar>& tornadoBars() const { return m_bars; }
    charts::TornadoChart* tornadoChart() const { return m_chart; }
    charts::OutcomeHistogramChart* histogramChart() const { return m_histogram; }
    charts::ChartView* histogramView() const { return m_histogramView; }
    QSpinBox* runsBox() const { return m_runs; }
    QTableWidget* resultsTable() const { return m_results; }
    QString statusText() const;

Q_SIGNALS:
    /// A run finished and its result is on show.
    void finished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void documentChanged(const QString& personaId);
    void schedule();
    void refreshTornado();
    void showResult();
    void showHistogram();
    void updateButtons();

    WorkspaceDocument* m_document;
    QString m_personaId;
    bool m_active = true;
    bool m_stale = true;
    std::optional<budget::MonteCarloResult> m_result;
    std::vector<budget::TornadoBar> m_bars;
    std::optional<double> m_base; ///< CLV:CAC with every input at its value

    QLabel* m_status;
    QSpinBox* m_runs;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QTableWidget* m_results;
    charts::OutcomeHistogramChart* m_histogram;
    charts::ChartView* m_histogramView;
    charts::TornadoChart* m_chart;
    charts::ChartView* m_chartView;
    QTableWidget* m_tornadoTable;
    QTimer* m_debounce;
    /// Destroyed first (before the widgets its progress reports reach): waits for its thread.
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace b2x
