// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetPanel.h"

#include "BudgetTableModel.h"
#include "UncertaintyView.h"
#include "budget/ApplyAllocation.h"
#include "budget/ResponseCurve.h"
#include "charts/ChartDataBuilder.h"
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
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

namespace b2x {

namespace {

double todaysTotal(const Persona& p)
{
    double total = 0;
    for (const auto& use : p.channels)
        total += budget::todaysSpend(use, p.economics);
    return total;
}

} // namespace

BudgetPanel::BudgetPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)),
      m_scopeBox(new QComboBox(this)), m_mode(new QComboBox(this)),
      m_budget(new QDoubleSpinBox(this)), m_target(new QDoubleSpinBox(this)),
      m_step(new QDoubleSpinBox(this)), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_table(new QTableView(this)), m_model(new BudgetTableModel(document, this)),
      m_message(new QLabel(this)), m_chart(new charts::ResponseCurveChart(this)),
      m_chartView(new charts::ChartView(m_chart->chart(), this)), m_curvesNote(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_uncertainty(new UncertaintyView(document, this)),
      m_apply(new QPushButton(tr("&Apply Proposal"), this))
{
    setObjectName(QStringLiteral("budgetPanel"));
    m_title->setObjectName(QStringLiteral("budgetTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_scopeBox->setObjectName(QStringLiteral("budgetScope"));
    m_scopeBox->addItem(tr("The selected persona"));
    m_scopeBox->addItem(tr("All compared personas, together"));
    m_scopeBox->setToolTip(tr("Split the budget of the persona selected in the list, or one "
                              "budget across the channels of every persona in the comparison"));
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
    form->addRow(tr("Pers&onas:"), m_scopeBox);
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
    m_table->horizontalHeader()->setSectionResizeMode(BudgetTableModel::PersonaColumn,
                                                      QHeaderView::Interactive);
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
    m_curvesNote->setObjectName(QStringLiteral("budgetCurvesNote"));
    m_curvesNote->setWordWrap(true);
    m_curvesNote->hide();
    auto* curvesPage = new QWidget(this);
    auto* curvesLayout = new QVBoxLayout(curvesPage);
    curvesLayout->setContentsMargins(0, 0, 0, 0);
    curvesLayout->addWidget(m_chartView, 1);
    curvesLayout->addWidget(m_curvesNote);

    m_log->setObjectName(QStringLiteral("budgetStepLog"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Allocation steps"));

    m_tabs->setObjectName(QStringLiteral("budgetTabs"));
    m_tabs->addTab(tablePage, tr("A&llocation"));
    m_tabs->addTab(curvesPage, tr("Response &Curves"));
    m_tabs->addTab(m_log, tr("Steps"));
    m_tabs->addTab(m_uncertainty, tr("&Uncertainty"));

    m_apply->setObjectName(QStringLiteral("budgetApply"));
    m_apply->setToolTip(tr("Write the proposed spend into each persona's budget shares and "
                           "monthly spend, pin each channel's response curve at its proposed "
                           "point and move the monthly volume by the entries it expects (one "
                           "undo step)"));
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
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this, optionChanged] {
        m_table->setColumnHidden(BudgetTableModel::PersonaColumn, scope() != Scope::Compared);
        // Long persona names would push the figures out of a narrow dock: elided, in full in
        // the tooltip.
        m_table->setColumnWidth(BudgetTableModel::PersonaColumn,
                                m_table->fontMetrics().averageCharWidth() * 22);
        m_message->hide();
        optionChanged();
    });
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
    // The compared personas are view state: the selection in the list.
    connect(document, &WorkspaceDocument::viewStateChanged, this, [this] {
        if (scope() == Scope::Compared)
            documentChanged(m_personaId);
    });
    connect(document, &WorkspaceDocument::personaMoved, this, [this] {
        if (scope() == Scope::Compared)
            documentChanged(m_personaId);
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        m_budgetTyped = false;
        documentChanged(m_personaId);
    });
    m_table->setColumnHidden(BudgetTableModel::PersonaColumn, true);
    updateControls();
}

void BudgetPanel::setScope(Scope scope)
{
    m_scopeBox->setCurrentIndex(scope == Scope::Compared ? 1 : 0);
}

BudgetPanel::Scope BudgetPanel::scope() const
{
    return m_scopeBox->currentIndex() == 1 ? Scope::Compared : Scope::SelectedPersona;
}

QString BudgetPanel::curvesNote() const
{
    return m_curvesNote->isHidden() ? QString() : m_curvesNote->text();
}

void BudgetPanel::setPersona(const QString& personaId)
{
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
    if (personaId != m_personaId && !m_covered.contains(personaId))
        return;
    m_message->hide(); // a refused edit's reason stays until the persona changes
    m_stale = true;
    refresh();
}

void BudgetPanel::refresh()
{
    // Hidden or behind another tab: catch up when shown; inside Apply: after the last edit.
    if (!m_active || !isVisible() || m_applying)
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

std::vector<const Persona*> BudgetPanel::scopePersonas() const
{
    std::vector<const Persona*> personas;
    if (scope() == Scope::SelectedPersona) {
        if (const Persona* p = m_document->persona(m_personaId))
            personas.push_back(p);
        return personas;
    }
    // As the comparison charts: the selected personas in order, the first few of them.
    for (const auto& id : m_document->workspace().view.comparedPersonaIds) {
        const Persona* p = m_document->persona(QString::fromStdString(id));
        if (p && std::find(personas.begin(), personas.end(), p) == personas.end() &&
            personas.size() < charts::ChartDataBuilder::maxCompared)
            personas.push_back(p);
    }
    return personas;
}

void BudgetPanel::recompute()
{
    m_stale = false;
    const auto personas = scopePersonas();
    QStringList covered;
    for (const Persona* p : personas)
        covered << QString::fromStdString(p->id);
    if (covered != m_covered)
        m_budgetTyped = false; // other personas start from their own spend
    m_covered = covered;
    m_currency = QString::fromStdString(m_document->workspace().currency);
    setTitle(personas);
    if (personas.empty()) {
        m_allocation = {};
        m_model->clear();
        m_chart->setCurves({}, m_currency);
        m_curvesNote->hide();
        m_log->clear();
        m_summary->clear();
        updateControls();
        return;
    }
    if (!m_budgetTyped) {
        QScopedValueRollback guard(m_settingBudget, true);
        double today = 0;
        for (const Persona* p : personas)
            today += todaysTotal(*p);
        m_budget->setValue(today);
    }
    const ChannelCatalogue catalogue = m_document->workspace().catalogue();
    m_allocation = budget::allocate(personas, options(), catalogue);
    m_model->setAllocation(personas, m_allocation, catalogue, m_currency);
    fillCurves(personas, catalogue);
    fillStepLog(catalogue);
    fillSummary();
    updateControls();
}

void BudgetPanel::updateControls()
{
    const bool fixed = m_mode->currentIndex() == 0;
    m_budget->setEnabled(fixed);
    m_target->setEnabled(!fixed);
    bool differs = false;
    if (!m_stale) {
        const ChannelCatalogue catalogue = m_document->workspace().catalogue();
        for (const QString& id : m_covered) {
            const Persona* p = m_document->persona(id);
            differs = differs || (p && budget::withAllocation(*p, m_allocation, catalogue) != *p);
        }
    }
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
    if (m_stale)
        recompute();
    // Every persona's new values first: each edit below changes what a recomputed proposal
    // would be.
    const ChannelCatalogue catalogue = m_document->workspace().catalogue();
    std::vector<std::pair<QString, Persona>> edits;
    for (const QString& id : m_covered) {
        const Persona* p = m_document->persona(id);
        if (!p)
            continue;
        Persona after = budget::withAllocation(*p, m_allocation, catalogue);
        if (after != *p)
            edits.emplace_back(id, std::move(after));
    }
    if (edits.empty())
        return;
    const QString text = tr("Apply the proposed budget");
    {
        QScopedValueRollback guard(m_applying, true);
        // Several personas: one undo step of them all.
        auto* stack = m_document->undoStack();
        if (edits.size() > 1)
            stack->beginMacro(text);
        for (const auto& [id, after] : edits) {
            // An empty field key: Apply never merges with another edit.
            m_document->editPersona(id, QString(), text, [&](Persona& target) {
                target.economics = after.economics;
                target.channels = after.channels;
            });
        }
        if (edits.size() > 1)
            stack->endMacro();
    }
    m_stale = true;
    refresh();
}

} // namespace b2x
