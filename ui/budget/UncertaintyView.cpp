// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyView.h"

#include "calibration/BackgroundWork.h"
#include "charts/ChartView.h"
#include "charts/OutcomeHistogramChart.h"
#include "charts/TornadoChart.h"
#include "document/WorkspaceDocument.h"
#include "format/EnumLabels.h"
#include "format/Formatting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <functional>

namespace b2x {

namespace {

constexpr int debounceMs = 400;

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return t;
}

/// Sets the table's rows and makes it exactly as tall as they are (it sits in a scroll area).
void fillTable(QTableWidget* t, const std::vector<QStringList>& rows)
{
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < t->rowCount(); ++r) {
        const QStringList& cells = rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < cells.size() && c < t->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    }
    int height = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        height += t->rowHeight(r);
    // Room for a sideways scroll bar in a narrow dock, whether it shows yet or not.
    height += t->horizontalScrollBar()->sizeHint().height();
    t->setFixedHeight(height);
}

QString ratio(const std::optional<double>& v)
{
    return v ? Formatting::number(*v, 2) : QStringLiteral("–");
}

} // namespace

UncertaintyView::UncertaintyView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_status(new QLabel(this)), m_runs(new QSpinBox(this)),
      m_run(new QPushButton(tr("&Run"), this)), m_cancel(new QPushButton(tr("Ca&ncel"), this)),
      m_progress(new QProgressBar(this)),
      m_results(makeTable({tr("Figure"), tr("p10"), tr("p50"), tr("p90"), tr("Mean")},
                          QStringLiteral("uncertaintyResults"), this)),
      m_histogram(new charts::OutcomeHistogramChart(this)),
      m_histogramView(new charts::ChartView(m_histogram->chart(), this)),
      m_chart(new charts::TornadoChart(this)),
      m_chartView(new charts::ChartView(m_chart->chart(), this)),
      m_tornadoTable(makeTable({tr("Input"), tr("Spread"), tr("CLV:CAC at its low"),
                                tr("CLV:CAC at its high"), tr("Swing")},
                               QStringLiteral("tornadoTable"), this)),
      m_debounce(new QTimer(this)), m_work(std::make_unique<BackgroundWork>())
{
    setObjectName(QStringLiteral("uncertaintyView"));
    m_runs->setObjectName(QStringLiteral("uncertaintyRuns"));
    m_runs->setRange(100, 1000000);
    m_runs->setSingleStep(1000);
    m_runs->setValue(10000);
    m_runs->setGroupSeparatorShown(true);
    m_runs->setToolTip(tr("Monte Carlo runs; the same number gives the same result every time"));
    m_run->setObjectName(QStringLiteral("uncertaintyRun"));
    m_cancel->setObjectName(QStringLiteral("uncertaintyCancel"));
    m_progress->setObjectName(QStringLiteral("uncertaintyProgress"));
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("uncertaintyStatus"));
    m_status->setWordWrap(true);
    m_results->setAccessibleName(tr("Ranges of the figures"));
    m_histogramView->setObjectName(QStringLiteral("outcomeHistogram"));
    m_histogramView->setMinimumHeight(280);
    m_histogramView->setAccessibleName(tr("Spread of CLV:CAC over the runs"));
    m_chartView->setObjectName(QStringLiteral("tornadoChart"));
    m_chartView->setMinimumHeight(300);
    m_chartView->setAccessibleName(tr("Tornado of CLV:CAC"));
    m_tornadoTable->setAccessibleName(tr("Tornado of CLV:CAC"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    auto* controls = new QHBoxLayout;
    auto* runsLabel = new QLabel(tr("Runs:"), this);
    runsLabel->setBuddy(m_runs);
    controls->addWidget(runsLabel);
    controls->addWidget(m_runs);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_status);
    inner->addWidget(m_results);
    inner->addWidget(m_histogramView);
    inner->addWidget(m_chartView);
    inner->addWidget(m_tornadoTable);
    inner->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    connect(m_run, &QPushButton::clicked, this, &UncertaintyView::run);
    connect(m_cancel, &QPushButton::clicked, this, &UncertaintyView::cancel);
    connect(m_debounce, &QTimer::timeout, this, &UncertaintyView::run);
    connect(m_runs, &QSpinBox::valueChanged, this, [this] { schedule(); });
    connect(m_work.get(), &BackgroundWork::busyChanged, this, &UncertaintyView::updateButtons);
    connect(document, &WorkspaceDocument::personaChanged, this,
            [this](int, const QString& id) { documentChanged(id); });
    connect(document, &WorkspaceDocument::personaRemoved, this,
            [this](int, const QString& id) { documentChanged(id); });
    connect(document, &WorkspaceDocument::workspaceReset, this,
            [this] { documentChanged(m_personaId); });
    updateButtons();
}

UncertaintyView::~UncertaintyView()
{
    m_work.reset(); // cancels and waits, while the widgets it reports to still exist
}

bool UncertaintyView::busy() const
{
    return m_work->busy();
}

void UncertaintyView::setPersona(const QString& personaId)
{
    m_personaId = personaId;
    documentChanged(personaId);
}

void UncertaintyView::setActive(bool active)
{
    m_active = active;
    if (!active) {
        m_debounce->stop();
        if (busy()) {
            m_work->cancel();
            m_stale = true;
        }
    } else if (m_stale && isVisible()) {
        schedule();
    }
}

void UncertaintyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_active)
        schedule();
}

void UncertaintyView::documentChanged(const QString& personaId)
{
    if (personaId != m_personaId)
        return;
    // What is on show no longer matches the persona.
    m_work->cancel();
    m_result.reset();
    m_stale = true;
    if (m_active && isVisible())
        schedule();
    else
        showResult();
}

void UncertaintyView::schedule()
{
    refreshTornado();
    showResult();
    m_debounce->start();
}

void UncertaintyView::cancel()
{
    m_debounce->stop();
    if (!busy())
        return;
    m_work->cancel();
    m_status->setText(tr("Cancelled. Press Run to start again."));
}

void UncertaintyView::run()
{
    m_debounce->stop();
    const Persona* p = m_document->persona(m_personaId);
    if (!p) {
        m_work->cancel();
        m_result.reset();
        refreshTornado();
        showResult();
        return;
    }
    m_stale = false;
    budget::MonteCarloOptions options;
    options.runs = m_runs->value();
    options.seed = 1;
    auto result = std::make_shared<budget::MonteCarloResult>();
    QPointer<QProgressBar> bar = m_progress;
    m_progress->setRange(0, options.runs);
    m_progress->setValue(0);
    m_work->start(
        [persona = *p, options, result, bar](const std::atomic<bool>& cancel) mutable {
            options.cancel = &cancel;
            // Posted to the UI thread; the view waits for this thread before its widgets go.
            options.progress = [bar](int done, int) {
                QMetaObject::invokeMethod(
                    bar.data(),
                    [bar, done] {
                        if (bar)
                            bar->setValue(done);
                    },
                    Qt::QueuedConnection);
            };
            *result = budget::runMonteCarlo(persona, options);
        },
        [this, result] {
            m_result = *result;
            showResult();
            Q_EMIT finished();
        });
    showResult();
}

void UncertaintyView::refreshTornado()
{
    const Persona* p = m_document->persona(m_personaId);
    m_bars = p ? budget::tornado(*p) : std::vector<budget::TornadoBar>{};
    m_base.reset();
    if (p) {
        const budget::UncertaintyModel model(*p);
        std::array<double, budget::uncertainInputs.size()> ones;
        ones.fill(1);
        m_base = model.evaluate(ones).clvToCac;
    }
}

void UncertaintyView::showResult()
{
    const Persona* p = m_document->persona(m_personaId);
    const QString currency = QString::fromStdString(m_document->workspace().currency);
    // The tornado needs no run: each bar is two evaluations.
    std::vector<charts::TornadoRow> rows;
    std::vector<QStringList> tornadoCells;
    for (const auto& b : m_bars) {
        const QString name = displayName(b.input);
        if (b.clvToCacLow && b.clvToCacHigh)
            rows.push_back({name, *b.clvToCacLow, *b.clvToCacHigh});
        tornadoCells.push_back(
            {name,
             QStringLiteral("±%1%").arg(
                 Formatting::number(b.spreadPercent, b.spreadPercent < 10 ? 1 : 0)),
             ratio(b.clvToCacLow), ratio(b.clvToCacHigh), Formatting::number(b.swing, 2)});
    }
    std::optional<std::pair<double, double>> band;
    if (m_result && m_result->clvToCac.p10 && m_result->clvToCac.p90)
        band = std::make_pair(*m_result->clvToCac.p10, *m_result->clvToCac.p90);
    m_chart->setData(m_base.value_or(0), band, rows, tr("CLV:CAC"));
    // Qt Charts shortens a row's label to "..." when the row is lower than its text: the chart
    // grows with its rows (the tab scrolls).
    const int chartRows = static_cast<int>(rows.size()) + (band ? 1 : 0);
    m_chartView->setMinimumHeight(std::max(300, 160 + chartRows * 30));
    fillTable(m_tornadoTable, tornadoCells);

    std::vector<QStringList> cells;
    if (m_result) {
        const auto& r = *m_result;
        const auto row = [&](const QString& name, const budget::OutputRange& range,
                             const std::function<QString(double)>& format) {
            const auto f = [&](const std::optional<double>& v) {
                return v ? format(*v) : QStringLiteral("–");
            };
            cells.push_back({name, f(range.p10), f(range.p50), f(range.p90), f(range.mean)});
        };
        const auto money = [&](double v) { return Formatting::money(v, currency); };
        const auto one = [](double v) { return Formatting::number(v, 1); };
        const auto two = [](double v) { return Formatting::number(v, 2); };
        row(tr("Customers a month"), r.customersPerMonth, one);
        row(tr("CAC"), r.cac, money);
        row(tr("CLV"), r.clv, money);
        row(tr("CLV:CAC"), r.clvToCac, two);
        row(tr("Payback (months)"), r.paybackMonths, one);
        row(tr("Months to 50% of revenue"), r.monthsTo50Percent, one);
    }
    fillTable(m_results, cells);
    m_results->setVisible(m_result.has_value());
    showHistogram();

    if (!p)
        m_status->setText(tr("Select a persona to see how sure its figures are."));
    else if (busy())
        m_status->setText(tr("Running %Ln time(s) through the models…", nullptr, m_runs->value()));
    else if (m_result)
        m_status->setText(
            tr("%Ln run(s), each input drawn within its evidence's spread. Chance that CLV:CAC is "
               "at least 3: %1.",
               nullptr, m_result->runs)
                .arg(Formatting::percent(m_result->probabilityClvToCacAtLeast3)));
    else if (m_status->text().isEmpty() || m_stale)
        m_status->setText(tr("Press Run to draw the ranges."));
    updateButtons();
}

void UncertaintyView::showHistogram()
{
    const bool shown = m_result && !m_result->clvToCacHistogram.empty();
    m_histogramView->setVisible(shown);
    if (!shown)
        return;
    const budget::Histogram& h = m_result->clvToCacHistogram;
    const budget::OutputRange& r = m_result->clvToCac;
    m_histogram->setData(h, r.p10, r.p50, r.p90, 3, tr("3:1, the healthy CLV:CAC"),
                         tr("CLV:CAC (customer lifetime value to acquisition cost)"));
    const auto value = [](const std::optional<double>& v) {
        return v ? Formatting::number(*v, 2) : QStringLiteral("–");
    };
    const int outside = static_cast<int>(h.below + h.above);
    const QString words =
        tr("How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in "
           "its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) "
           "and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.")
            .arg(Formatting::number(h.lower, 2), Formatting::number(h.upper(), 2), value(r.p50),
                 value(r.p10), value(r.p90)) +
        QLatin1Char(' ') +
        tr("%n run(s) outside that range are left out of the bars.", nullptr, outside);
    m_histogramView->setToolTip(words);
    m_histogramView->setAccessibleDescription(words);
}

QString UncertaintyView::statusText() const
{
    return m_status->text();
}

void UncertaintyView::updateButtons()
{
    const bool running = busy();
    m_run->setEnabled(!running && m_document->persona(m_personaId));
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

} // namespace b2x
