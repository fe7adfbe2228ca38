// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetPanel.h"

#include "BudgetTableModel.h"
#include "UncertaintyView.h"
#include "budget/ApplyAllocation.h"
#include "budget/ResponseCurve.h"
#include "charts/ChartView.h"
#include "charts/ResponseCurveChart.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace b2x {

namespace {

/// Lines of the step log at most: the flexible mode may take many thousands of steps.
constexpr int maxLogLines = 500;
/// Points sampled along each response curve.
constexpr int curveSamples = 64;

double todaysTotal(const Persona& p)
{
    double total = 0;
    for (const auto& use : p.channels)
        total += budget::todaysSpend(use, p.economics);
    return total;
}

} // namespace

BudgetPanel::BudgetPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_mode(new QComboBox(this)),
      m_budget(new QDoubleSpinBox(this)), m_target(new QDoubleSpinBox(this)),
      m_step(new QDoubleSpinBox(this)), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_table(new QTableView(this)), m_model(new BudgetTableModel(document, this)),
      m_message(new QLabel(this)), m_chart(new charts::ResponseCurveChart(this)),
      m_chartView(new charts::ChartView(m_chart->chart(), this)), m_log(new QPlainTextEdit(this)),
      m_uncertainty(new UncertaintyView(document, this)),
      m_apply(new QPushButton(tr("&Apply Proposal"), this))
{
    setObjectName(QStringLiteral("budgetPanel"));
    m_title->setObjectName(QStringLiteral("budgetTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_mode->setObjectName(QStringLiteral("budgetMode"));
    m_mode->addItem(tr("Fixed budget"));
    m_mode->addItem(tr("Flexible: spend while the marginal ROAS holds"));
    m_mode->setToolTip(tr("Fixed: split the budget where it brings the most value. Flexible: keep "
                          "adding steps while the next one returns at least the target."));
    m_budget->setObjectName(QStringLiteral("budgetAmount"));
    m_budget->setRange(0, limits::maxMoney);
    m_budget->setDecimals(2);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setToolTip(tr("The monthly spend to split across the channels (today's spend until "
                            "you type another)"));
    m_target->setObjectName(QStringLiteral("budgetTarget"));
    m_target->setRange(0.01, 1000);
    m_target->setDecimals(2);
    m_target->setValue(1);
    m_target->setToolTip(tr("The least a step must return: value added ÷ money spent"));
    m_step->setObjectName(QStringLiteral("budgetStep"));
    m_step->setRange(0.01, 100);
    m_step->setDecimals(2);
    m_step->setValue(1);
    m_step->setSuffix(QStringLiteral(" %"));
    m_step->setToolTip(tr("One step of the allocator, in percent of the budget (of today's spend "
                          "in flexible mode)"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Monthly &budget:"), m_budget);
    form->addRow(tr("&Target marginal ROAS:"), m_target);
    form->addRow(tr("&Step:"), m_step);

    m_summary->setObjectName(QStringLiteral("budgetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("budgetTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Budget allocation"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_message->setObjectName(QStringLiteral("budgetMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* tablePage = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_message);

    m_chartView->setObjectName(QStringLiteral("budgetCurves"));
    m_chartView->setMinimumHeight(220);
    m_chartView->setAccessibleName(tr("Response curves"));

    m_log->setObjectName(QStringLiteral("budgetStepLog"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Allocation steps"));

    m_tabs->setObjectName(QStringLiteral("budgetTabs"));
    m_tabs->addTab(tablePage, tr("A&llocation"));
    m_tabs->addTab(m_chartView, tr("Response &Curves"));
    m_tabs->addTab(m_log, tr("Steps"));
    m_tabs->addTab(m_uncertainty, tr("&Uncertainty"));

    m_apply->setObjectName(QStringLiteral("budgetApply"));
    m_apply->setToolTip(tr("Write the proposed spend into the persona's budget shares and monthly "
                           "spend, pin each channel's response curve at its proposed point and "
                           "move the monthly volume by the entries it expects (one undo step)"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    const auto optionChanged = [this] {
        m_stale = true;
        refresh();
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, optionChanged);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this, optionChanged] {
        if (m_settingBudget) // following today's spend, inside recompute()
            return;
        m_budgetTyped = true;
        optionChanged();
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, optionChanged);
    connect(m_step, &QDoubleSpinBox::valueChanged, this, optionChanged);
    connect(m_apply, &QPushButton::clicked, this, &BudgetPanel::applyProposal);
    connect(m_model, &BudgetTableModel::rejected, this, [this](const QString& reason) {
        m_message->setText(reason);
        m_message->show();
    });

    connect(document, &WorkspaceDocument::personaChanged, this,
            [this](int, const QString& id) { documentChanged(id); });
    connect(document, &WorkspaceDocument::personaRemoved, this,
            [this](int, const QString& id) { documentChanged(id); });
    connect(document, &WorkspaceDocument::personaInserted, this,
            [this] { documentChanged(m_personaId); });
    connect(document, &WorkspaceDocument::customChannelsChanged, this,
            [this] { documentChanged(m_personaId); });
    connect(document, &WorkspaceDocument::workspaceInfoChanged, this,
            [this] { documentChanged(m_personaId); });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        m_budgetTyped = false;
        documentChanged(m_personaId);
    });
    updateControls();
}

void BudgetPanel::setPersona(const QString& personaId)
{
    if (personaId != m_personaId)
        m_budgetTyped = false; // a new persona starts from its own spend
    m_personaId = personaId;
    m_uncertainty->setPersona(personaId);
    m_message->hide();
    m_stale = true;
    refresh();
}

void BudgetPanel::setActive(bool active)
{
    m_active = active;
    m_uncertainty->setActive(active);
    if (active && m_stale)
        refresh();
}

void BudgetPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void BudgetPanel::documentChanged(const QString& personaId)
{
    if (personaId != m_personaId)
        return;
    m_message->hide(); // a refused edit's reason stays until the persona changes
    m_stale = true;
    refresh();
}

void BudgetPanel::refresh()
{
    // Hidden or behind another tab: catch up when shown.
    if (!m_active || !isVisible())
        return;
    recompute();
}

budget::AllocationOptions BudgetPanel::options() const
{
    budget::AllocationOptions o;
    o.mode = m_mode->currentIndex() == 1 ? budget::AllocationMode::Flexible
                                         : budget::AllocationMode::FixedBudget;
    if (o.mode == budget::AllocationMode::FixedBudget)
        o.budget = m_budget->value();
    o.targetMarginalRoas = m_target->value();
    o.stepPercent = m_step->value();
    return o;
}

QString BudgetPanel::money(double amount) const
{
    return Formatting::money(amount, m_currency);
}

void BudgetPanel::recompute()
{
    m_stale = false;
    const Persona* p = m_document->persona(m_personaId);
    m_currency = QString::fromStdString(m_document->workspace().currency);
    if (!p) {
        m_allocation = {};
        m_title->setText(tr("Select a persona to see where its budget would bring the most."));
        m_model->clear();
        m_chart->setCurves({}, m_currency);
        m_log->clear();
        m_summary->clear();
        updateControls();
        return;
    }
    m_title->setText(tr("Budget of %1").arg(QString::fromStdString(p->name)));
    if (!m_budgetTyped) {
        QScopedValueRollback guard(m_settingBudget, true);
        m_budget->setValue(todaysTotal(*p));
    }
    const ChannelCatalogue catalogue = m_document->workspace().catalogue();
    const Persona* const one[] = {p};
    m_allocation = budget::allocate(one, options(), catalogue);
    m_model->setAllocation(*p, m_allocation, catalogue, m_currency);
    fillCurves(*p, catalogue);
    fillStepLog(catalogue);
    fillSummary();
    updateControls();
}

void BudgetPanel::fillCurves(const Persona& p, const ChannelCatalogue& catalogue)
{
    const auto channels = budget::budgetChannels(p, catalogue);
    double reach = 0;
    for (std::size_t i = 0; i < channels.size() && i < m_allocation.channels.size(); ++i)
        reach = std::max(
            {reach, m_allocation.channels[i].currentSpend, m_allocation.channels[i].spend});
    // The curves run to half again the largest spend shown, so both points sit inside.
    const double maxX = reach > 0 ? reach * 1.5 : 1;
    std::vector<charts::ResponseCurveSeries> series;
    for (std::size_t i = 0; i < channels.size() && i < m_allocation.channels.size(); ++i) {
        const auto& c = channels[i];
        const auto& a = m_allocation.channels[i];
        charts::ResponseCurveSeries s;
        s.name = channelDisplayName(c.channelId, catalogue);
        s.colour = charts::ResponseCurveChart::channelColour(static_cast<int>(i));
        for (int k = 0; k <= curveSamples; ++k) {
            const double x = maxX * k / curveSamples;
            s.curve << QPointF(x, c.curve.entries(x));
        }
        s.today = QPointF(a.currentSpend, a.currentEntries);
        s.proposed = QPointF(a.spend, a.entries);
        series.push_back(std::move(s));
    }
    m_chart->setCurves(series, m_currency);
}

void BudgetPanel::fillStepLog(const ChannelCatalogue& catalogue)
{
    QStringList lines;
    const auto& a = m_allocation;
    if (a.channels.empty()) {
        m_log->setPlainText(tr("The persona lists no channels."));
        return;
    }
    lines << tr("Every channel starts at its minimum; each step of %1 goes to the channel whose "
                "next step adds the most value.")
                 .arg(money(a.stepAmount));
    const auto& steps = a.steps;
    int shown = 0;
    for (std::size_t i = 0; i < steps.size();) {
        // Consecutive steps to one channel read as one line.
        std::size_t j = i;
        double amount = 0;
        while (j < steps.size() && steps[j].channel == steps[i].channel) {
            amount += steps[j].amount;
            ++j;
        }
        if (shown == maxLogLines) {
            lines << tr("… and %n more step(s).", nullptr, static_cast<int>(steps.size() - i));
            break;
        }
        const QString name = channelDisplayName(a.channels[steps[i].channel].channelId, catalogue);
        const int count = static_cast<int>(j - i);
        const QString first = Formatting::count(static_cast<long long>(i + 1));
        if (count == 1)
            lines << tr("Step %1: %2 to %3, marginal ROAS %4")
                         .arg(first, money(amount), name,
                              Formatting::number(steps[i].marginalRoas, 2));
        else
            lines << tr("Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6")
                         .arg(first, Formatting::count(static_cast<long long>(j)), money(amount),
                              name, Formatting::number(steps[i].marginalRoas, 2),
                              Formatting::number(steps[j - 1].marginalRoas, 2));
        ++shown;
        i = j;
    }
    if (steps.empty())
        lines << tr("No step was taken.");
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
}

void BudgetPanel::fillSummary()
{
    const auto& a = m_allocation;
    if (a.channels.empty()) {
        m_summary->setText(tr("Add channels to the persona to allocate its budget."));
        return;
    }
    const auto ratio = [](const std::optional<double>& v) {
        return v ? Formatting::number(*v, 2) : QStringLiteral("–");
    };
    QStringList parts;
    parts << tr("Today: %1 a month, %2 customers, value %3, ROAS %4")
                 .arg(money(a.current.spend), Formatting::number(a.current.customers, 1),
                      money(a.current.value), ratio(a.current.roas));
    parts << tr("Proposed: %1 a month, %2 customers, value %3, ROAS %4")
                 .arg(money(a.proposed.spend), Formatting::number(a.proposed.customers, 1),
                      money(a.proposed.value), ratio(a.proposed.roas));
    if (a.minimumsExceedBudget)
        parts << tr("The channels' minimum spends alone exceed the budget.");
    if (a.unspent > 0)
        parts << tr("%1 stays unspent: every channel is at its maximum.").arg(money(a.unspent));
    if (a.stepAmount <= 0)
        parts << tr("Nothing to split: enter a monthly budget.");
    m_summary->setText(parts.join(QLatin1Char('\n')));
}

void BudgetPanel::updateControls()
{
    const bool fixed = m_mode->currentIndex() == 0;
    m_budget->setEnabled(fixed);
    m_target->setEnabled(!fixed);
    const Persona* p = m_document->persona(m_personaId);
    bool differs = false;
    if (p && !m_stale)
        differs =
            budget::withAllocation(*p, m_allocation, m_document->workspace().catalogue()) != *p;
    m_apply->setEnabled(differs);
}

QString BudgetPanel::stepLogText() const
{
    return m_log->toPlainText();
}

QString BudgetPanel::summaryText() const
{
    return m_summary->text();
}

void BudgetPanel::applyProposal()
{
    const Persona* p = m_document->persona(m_personaId);
    if (!p)
        return;
    if (m_stale)
        recompute();
    const Persona after =
        budget::withAllocation(*p, m_allocation, m_document->workspace().catalogue());
    if (after == *p)
        return;
    // An empty field key: Apply never merges with another edit.
    m_document->editPersona(m_personaId, QString(), tr("Apply the proposed budget"),
                            [&](Persona& target) {
                                target.economics = after.economics;
                                target.channels = after.channels;
                            });
}

} // namespace b2x
