// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPanel.h"

#include "ObjectivesView.h"
#include "PlanAnalysisSource.h"
#include "RaceBoard.h"
#include "TimelineView.h"
#include "WrappedTextDelegate.h"
#include "charts/ChartCard.h"
#include "charts/PlanChartData.h"
#include "charts/ReverseFunnelChart.h"
#include "document/WorkspaceDocument.h"
#include "editor/FormHelpers.h"
#include "format/Formatting.h"
#include "model/Limits.h"
#include "plan/PlanCalendar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <iterator>

namespace b2x {

namespace {

QString orDash(const std::optional<double>& value, const std::function<QString(double)>& format)
{
    return value ? format(*value) : QStringLiteral("—");
}

QString dateText(QDate date)
{
    // The period's own notation (the date fields and the plan's sentences write YYYY-MM-DD):
    // a short locale date such as 12/4/26 reads differently on each side of the Atlantic.
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

PlanPanel::PlanPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_source(new PlanAnalysisSource(document, this))
{
    setObjectName(QStringLiteral("planPanel"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    auto* period = new QGroupBox(tr("Period"), content);
    auto* periodForm = new QFormLayout(period);
    m_periodName = new QLineEdit(period);
    m_periodName->setObjectName(QStringLiteral("planPeriodName"));
    m_periodName->setPlaceholderText(tr("e.g. Q1 2027"));
    m_periodName->setMaxLength(static_cast<int>(limits::maxShortText));
    m_periodName->setToolTip(tr("The name the plan and the report give this period."));
    periodForm->addRow(tr("Name"), m_periodName);
    const auto makeDate = [period](const char* name, const QString& tip) {
        auto* edit = new QDateEdit(period);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setToolTip(tip);
        return edit;
    };
    m_periodStart = makeDate("planPeriodStart", tr("The first day of the period."));
    m_periodEnd = makeDate("planPeriodEnd", tr("The last day of the period (it belongs to it)."));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_periodStart);
    dates->addWidget(new QLabel(tr("to"), period));
    dates->addWidget(m_periodEnd);
    periodForm->addRow(tr("Dates"), dates);
    m_periodNote = wrappedLabel(QString(), period);
    periodForm->addRow(m_periodNote);
    layout->addWidget(period);

    m_targetBox = new QGroupBox(content);
    auto* targetForm = new QFormLayout(m_targetBox);
    m_targetKind = new QComboBox(m_targetBox);
    m_targetKind->setObjectName(QStringLiteral("planTargetKind"));
    m_targetKind->addItem(tr("New customers"), static_cast<int>(TargetKind::Customers));
    m_targetKind->addItem(tr("New-customer revenue"), static_cast<int>(TargetKind::Revenue));
    m_targetKind->setToolTip(tr("Whether the target counts new customers or their revenue "
                                "(customers × price)."));
    targetForm->addRow(tr("Target as"), m_targetKind);
    m_target = new QDoubleSpinBox(m_targetBox);
    m_target->setObjectName(QStringLiteral("planTarget"));
    m_target->setRange(0, limits::maxMoney);
    m_target->setDecimals(0);
    m_target->setGroupSeparatorShown(true);
    m_target->setSpecialValueText(tr("No target"));
    m_target->setToolTip(tr("What the period should bring from this persona. 0: no target."));
    targetForm->addRow(tr("Target"), m_target);
    m_audience = new QDoubleSpinBox(m_targetBox);
    m_audience->setObjectName(QStringLiteral("planAudience"));
    m_audience->setRange(0, limits::maxVolume);
    m_audience->setDecimals(0);
    m_audience->setGroupSeparatorShown(true);
    m_audience->setSpecialValueText(tr("Not known"));
    m_audience->setToolTip(tr("How many accounts (B2B) or people (B2C) the segment holds. The "
                              "plan checks the volume a target needs against it. 0: not known."));
    targetForm->addRow(tr("Audience size"), m_audience);
    layout->addWidget(m_targetBox);

    auto* funnelBox = new QGroupBox(tr("Reverse funnel"), content);
    auto* funnelLayout = new QVBoxLayout(funnelBox);
    funnelLayout->addWidget(
        wrappedLabel(tr("The target worked backwards through the persona's funnel and sales "
                        "cycle, with leads arriving evenly from the period's start."),
                     funnelBox));
    m_funnel = new QTableWidget(0, 2, funnelBox);
    m_funnel->setObjectName(QStringLiteral("planReverseFunnel"));
    m_funnel->setAccessibleName(tr("Reverse funnel"));
    m_funnel->setHorizontalHeaderLabels({tr("Measure"), tr("Value")});
    m_funnel->verticalHeader()->hide();
    m_funnel->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_funnel->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_funnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funnel->setWordWrap(true);
    m_funnel->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_funnel->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    funnelLayout->addWidget(m_funnel);
    m_funnelNotes = wrappedLabel(QString(), funnelBox);
    m_funnelNotes->setObjectName(QStringLiteral("planFunnelNotes"));
    funnelLayout->addWidget(m_funnelNotes);
    auto funnelChart = std::make_unique<charts::ReverseFunnelChart>();
    m_funnelChart = funnelChart.get();
    auto* funnelCard = new charts::ChartCard(std::move(funnelChart), funnelBox);
    funnelCard->enlargeToggle()->hide(); // the dock has no room to give it
    funnelLayout->addWidget(funnelCard);
    layout->addWidget(funnelBox);

    auto* checksBox = new QGroupBox(tr("Checks"), content);
    auto* checksLayout = new QVBoxLayout(checksBox);
    m_checks = new QListWidget(checksBox);
    m_checks->setObjectName(QStringLiteral("planChecks"));
    m_checks->setAccessibleName(tr("Plan checks"));
    m_checks->setWordWrap(true);
    m_checks->setItemDelegate(new WrappedTextDelegate(m_checks));
    m_checks->setToolTip(tr("Click a check about a persona to select that persona; one about a "
                            "key result opens it on the Objectives page."));
    m_checks->setMinimumHeight(160);
    checksLayout->addWidget(m_checks);
    layout->addWidget(checksBox);
    layout->addStretch(1);

    // The plan's pages share the dock: the targets and reverse funnel, the RACE board, the
    // objectives and the timeline each need the dock's whole height.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->setDocumentMode(true);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_tabs->addTab(scroll, tr("Targets"));
    m_tabs->setTabToolTip(0, tr("The period, each persona's target and its reverse funnel, and "
                                "the plan's checks."));
    m_board = new RaceBoard(document, m_tabs);
    m_tabs->addTab(m_board, tr("Board"));
    // The pages that need the plan's analysis share the panel's: one computation per change.
    m_objectives = new ObjectivesView(document, m_tabs);
    m_objectives->setAnalysisSource(m_source);
    m_tabs->addTab(m_objectives, tr("Objectives"));
    m_timeline = new TimelineView(m_document, m_tabs);
    m_timeline->setAnalysisSource(m_source);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    connect(m_periodName, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_loading)
            return;
        m_document->editPlan(QStringLiteral("period.name"), tr("Rename the plan period"),
                             [&](Plan& p) { p.period.name = text.toStdString(); });
    });
    connect(m_periodStart, &QDateEdit::dateChanged, this,
            [this](QDate date) { editPeriodDate(true, date); });
    connect(m_periodEnd, &QDateEdit::dateChanged, this,
            [this](QDate date) { editPeriodDate(false, date); });
    connect(m_targetKind, &QComboBox::activated, this, [this](int index) {
        const auto kind = static_cast<TargetKind>(m_targetKind->itemData(index).toInt());
        editPersonaPlan(QStringLiteral("targetKind"), tr("Change what the target counts"),
                        [kind](PersonaPlan& p) { p.targetKind = kind; });
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editPersonaPlan(QStringLiteral("target"), tr("Change the target"), [value](PersonaPlan& p) {
            p.target = value > 0 ? std::optional<double>(value) : std::nullopt;
        });
    });
    connect(m_audience, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editPersonaPlan(QStringLiteral("audienceSize"), tr("Change the audience size"),
                        [value](PersonaPlan& p) {
                            p.audienceSize =
                                value > 0 ? std::optional<double>(value) : std::nullopt;
                        });
    });
    connect(m_checks, &QListWidget::itemClicked, this, &PlanPanel::activateCheck);
    connect(m_checks, &QListWidget::itemActivated, this, &PlanPanel::activateCheck);

    // The shared analysis tells when the document changed in a way that moves the plan.
    connect(m_source, &PlanAnalysisSource::changed, this, &PlanPanel::documentChanged);
    refresh();
}

void PlanPanel::setActive(bool active)
{
    m_tabs->setVisible(active);
    if (active && m_stale)
        refresh();
}

void PlanPanel::setPersona(const QString& personaId)
{
    m_personaId = personaId;
    if (m_tabs->isVisible() && !m_stale) {
        loadTarget();
        fillFunnel();
    } else {
        m_stale = true;
    }
}

const plan::PlanAnalysis& PlanPanel::analysis() const
{
    return m_source->analysis();
}

void PlanPanel::setToday(QDate today)
{
    m_source->setToday(today);
    m_objectives->setToday(today); // the check-ins' default date
}

void PlanPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PlanPanel::documentChanged()
{
    // A hidden or inactive panel waits until it is shown.
    m_stale = true;
    if (m_tabs->isVisible())
        refresh();
}

void PlanPanel::refresh()
{
    m_stale = false;
    loadPeriod();
    loadTarget();
    fillFunnel();
    fillChecks();
}

void PlanPanel::loadPeriod()
{
    const QScopedValueRollback loading(m_loading, true);
    const PlanPeriod& p = m_document->workspace().plan.period;
    const QString name = QString::fromStdString(p.name);
    if (m_periodName->text() != name) // never reset the text under the cursor
        m_periodName->setText(name);
    const QSignalBlocker blockStart(m_periodStart);
    const QSignalBlocker blockEnd(m_periodEnd);
    m_periodStart->setDate(analysis().period.start);
    m_periodEnd->setDate(analysis().period.end);
    m_periodNote->setText(
        analysis().period.assumed
            ? tr("No period is set: the plan is worked out for the current quarter. Change a "
                 "date to set the period.")
            : tr("%n day(s).", nullptr, analysis().period.days));
}

void PlanPanel::loadTarget()
{
    const QScopedValueRollback loading(m_loading, true);
    const Persona* persona = m_document->persona(m_personaId);
    m_targetBox->setEnabled(persona != nullptr);
    m_targetBox->setTitle(persona ? tr("Target for “%1”").arg(QString::fromStdString(persona->name))
                                  : tr("Target (select a persona)"));
    const PersonaPlan* entry =
        persona ? m_document->workspace().plan.findPersona(persona->id) : nullptr;
    const QSignalBlocker blockKind(m_targetKind);
    const QSignalBlocker blockTarget(m_target);
    const QSignalBlocker blockAudience(m_audience);
    const TargetKind kind = entry ? entry->targetKind : TargetKind::Customers;
    m_targetKind->setCurrentIndex(m_targetKind->findData(static_cast<int>(kind)));
    m_target->setDecimals(kind == TargetKind::Revenue ? 2 : 0);
    m_target->setPrefix(kind == TargetKind::Revenue
                            ? QString::fromStdString(m_document->workspace().currency) +
                                  QLatin1Char(' ')
                            : QString());
    if (!m_target->hasFocus())
        m_target->setValue(entry && entry->target ? *entry->target : 0.0);
    if (!m_audience->hasFocus())
        m_audience->setValue(entry && entry->audienceSize ? *entry->audienceSize : 0.0);
}

void PlanPanel::fillFunnel()
{
    const plan::PersonaPlanAnalysis* a = analysis().findPersona(m_personaId.toStdString());
    const Persona* persona = m_document->persona(m_personaId);
    m_funnelChart->setFunnel(charts::PlanChartData::reverseFunnel(
        m_document->workspace(), analysis(), m_personaId.toStdString()));
    if (!a || !persona) {
        m_funnel->setRowCount(0);
        m_funnelNotes->setText(tr("Select a persona to see what its target needs."));
        return;
    }
    const QString currency = QString::fromStdString(m_document->workspace().currency);
    const auto money = [&](double v) { return Formatting::money(v, currency); };
    const auto amount = [](double v) { return Formatting::number(v, v < 10 ? 1 : 0); };
    const plan::ReverseFunnel& f = a->funnel;
    std::vector<std::pair<QString, QString>> rows;
    rows.emplace_back(tr("Target: new customers"), orDash(f.targetCustomers, amount));
    rows.emplace_back(tr("Target: new-customer revenue"), orDash(f.targetRevenue, money));
    rows.emplace_back(tr("Customers expected in the period at today's volume"),
                      amount(f.expectedCustomersInPeriod));
    rows.emplace_back(tr("Shortfall if volume and spend stay as today"),
                      orDash(f.shortfallCustomers, amount));
    rows.emplace_back(tr("Monthly volume the target needs (today %1)")
                          .arg(amount(persona->economics.monthlyVolume)),
                      orDash(f.requiredMonthlyVolume, amount));
    rows.emplace_back(
        tr("Monthly spend the target needs (today %1)").arg(money(persona->economics.monthlySpend)),
        orDash(f.requiredMonthlySpend, money));
    for (const auto& stage : f.stageEntries)
        rows.emplace_back(
            tr("Entries into “%1” over the period").arg(QString::fromStdString(stage.name)),
            orDash(stage.entries, amount));
    rows.emplace_back(tr("Latest entry to close by the period's end, half of the deals"),
                      dateText(f.latestEntryP50));
    rows.emplace_back(tr("Latest entry to close by the period's end, nine deals in ten"),
                      dateText(f.latestEntryP90));
    rows.emplace_back(tr("Planned budget of its tactics"), money(a->plannedBudget));
    // The rows keep their items and only changed texts are written: emptying and refilling the
    // table on every keystroke laid out the whole page again (its wrapped labels included).
    m_funnel->setRowCount(static_cast<int>(rows.size()));
    bool changed = false;
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& [measure, value] = rows[static_cast<std::size_t>(r)];
        QTableWidgetItem* left = m_funnel->item(r, 0);
        if (!left) {
            left = new QTableWidgetItem;
            m_funnel->setItem(r, 0, left);
        }
        QTableWidgetItem* right = m_funnel->item(r, 1);
        if (!right) {
            right = new QTableWidgetItem;
            right->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_funnel->setItem(r, 1, right);
        }
        if (left->text() != measure) {
            left->setText(measure);
            left->setToolTip(measure);
            changed = true;
        }
        if (right->text() != value) {
            right->setText(value);
            changed = true;
        }
    }
    if (changed)
        m_funnel->resizeRowsToContents();
    QStringList notes;
    for (const QString& w : f.warnings)
        notes << w;
    if (!f.targetCustomers && !f.targetRevenue)
        notes << tr("No target for this persona: set one above to see the volume, spend and "
                    "entries it needs.");
    m_funnelNotes->setText(notes.join(QLatin1Char('\n')));
}

void PlanPanel::fillChecks()
{
    // An edit changes a few checks at most, so the list keeps its items and rewrites only the
    // ones that differ: clearing and refilling a thousand word-wrapped items on every keystroke
    // cost more than the rest of the edit.
    const auto& checks = analysis().checks;
    const auto setItem = [](QListWidgetItem* item, const QString& message,
                            const std::array<QString, 4>& ids) {
        if (item->text() != message) {
            item->setText(message);
            item->setToolTip(message);
        }
        for (int role = 0; role < 4; ++role)
            if (item->data(Qt::UserRole + role).toString() != ids[static_cast<std::size_t>(role)])
                item->setData(Qt::UserRole + role, ids[static_cast<std::size_t>(role)]);
    };
    const int wanted = checks.empty() ? 1 : static_cast<int>(checks.size());
    while (m_checks->count() > wanted)
        delete m_checks->takeItem(m_checks->count() - 1);
    while (m_checks->count() < wanted)
        m_checks->addItem(new QListWidgetItem());
    if (checks.empty()) {
        setItem(m_checks->item(0), tr("No findings: the plan passes every check."), {});
        return;
    }
    for (std::size_t i = 0; i < checks.size(); ++i) {
        const plan::PlanCheck& check = checks[i];
        setItem(m_checks->item(static_cast<int>(i)), check.message,
                {QString::fromStdString(check.personaId), QString::fromStdString(check.keyResultId),
                 QString::fromStdString(check.tacticId), QString::fromStdString(check.contentId)});
    }
}

void PlanPanel::editPeriodDate(bool start, QDate date)
{
    if (m_loading || !date.isValid())
        return;
    // Both ends are written together (a file holds both or neither), and the other end moves
    // along when the new date would pass it, so the period is never inverted.
    const QDate other = start ? m_periodEnd->date() : m_periodStart->date();
    QDate from = start ? date : std::min(other, date);
    QDate to = start ? std::max(other, date) : date;
    m_document->editPlan(start ? QStringLiteral("period.start") : QStringLiteral("period.end"),
                         start ? tr("Change the period's start") : tr("Change the period's end"),
                         [&](Plan& p) {
                             p.period.start = plan::formatDate(from);
                             p.period.end = plan::formatDate(to);
                         });
}

void PlanPanel::editPersonaPlan(const QString& field, const QString& actionText,
                                const std::function<void(PersonaPlan&)>& change)
{
    const Persona* persona = m_loading ? nullptr : m_document->persona(m_personaId);
    if (!persona)
        return;
    const std::string id = persona->id;
    m_document->editPlan(
        QStringLiteral("personas.%1.%2").arg(m_personaId, field),
        tr("%1 for “%2”", "undo step: what changed, then the persona it changed")
            .arg(actionText, QString::fromStdString(persona->name)),
        [&](Plan& p) {
            auto it = std::find_if(p.personas.begin(), p.personas.end(),
                                   [&](const PersonaPlan& e) { return e.personaId == id; });
            if (it == p.personas.end()) {
                PersonaPlan entry;
                entry.personaId = id;
                p.personas.push_back(entry);
                it = std::prev(p.personas.end());
            }
            change(*it);
            // An entry with neither a target nor an audience size says nothing: none is kept.
            if (!it->target && !it->audienceSize && it->targetKind == TargetKind::Customers)
                p.personas.erase(it);
        });
}

void PlanPanel::activateCheck(QListWidgetItem* item)
{
    const QString personaId = item ? item->data(Qt::UserRole).toString() : QString();
    if (!personaId.isEmpty() && m_document->persona(personaId))
        Q_EMIT personaRequested(personaId);
    // A check about a key result goes to it on the Objectives page.
    const QString keyResultId = item ? item->data(Qt::UserRole + 1).toString() : QString();
    if (!keyResultId.isEmpty() &&
        m_document->workspace().plan.findKeyResult(keyResultId.toStdString())) {
        m_tabs->setCurrentWidget(m_objectives);
        m_objectives->selectKeyResult(keyResultId);
        return;
    }
    // A check about a tactic or a content item goes to its card on the board.
    const QString tacticId = item ? item->data(Qt::UserRole + 2).toString() : QString();
    const QString contentId = item ? item->data(Qt::UserRole + 3).toString() : QString();
    if (!tacticId.isEmpty() || !contentId.isEmpty()) {
        m_tabs->setCurrentWidget(m_board);
        m_board->selectCard(tacticId.isEmpty() ? BoardCard::Kind::Content : BoardCard::Kind::Tactic,
                            tacticId.isEmpty() ? contentId : tacticId);
    }
}

} // namespace b2x
