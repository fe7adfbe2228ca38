// SPDX-License-Identifier: GPL-3.0-or-later
#include "TacticDialog.h"

#include "PlanItemFields.h"
#include "RaceBoardModel.h"
#include "editor/FormHelpers.h"
#include "model/Limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace b2x {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QDoubleSpinBox* moneyField(const QString& currency, const QString& name, const QString& tip,
                           QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, limits::maxMoney);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setPrefix(currency + QLatin1Char(' '));
    spin->setToolTip(tip);
    return spin;
}

} // namespace

TacticDialog::TacticDialog(const Workspace& workspace, const Tactic& tactic, bool adding,
                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_tactic(tactic)
{
    setObjectName(QStringLiteral("tacticDialog"));
    setWindowTitle(adding ? tr("Add tactic") : tr("Edit tactic"));
    auto* form = new QFormLayout;
    m_name = makeLineEdit(this, QStringLiteral("tacticName"), tr("Name"),
                          tr("What the tactic (campaign) is called on the board and in the "
                             "report."),
                          limits::maxShortText);
    m_name->setText(qs(tactic.name));
    m_name->setPlaceholderText(tr("e.g. ABM programme for 60 named accounts"));
    form->addRow(tr("&Name"), m_name);
    m_persona = planfields::personaCombo(workspace, tactic.personaId, this);
    form->addRow(tr("&Persona"), m_persona);
    m_stage = planfields::stageCombo(tactic.stage, this);
    form->addRow(tr("RACE &stage"), m_stage);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("planItemChannel"));
    m_channel->setToolTip(tr("The channel the tactic runs on: the persona's channels first, then "
                             "the rest of the catalogue."));
    planfields::fillChannels(m_channel, workspace, tactic.personaId, tactic.channelId);
    form->addRow(tr("&Channel"), m_channel);
    m_start =
        planfields::optionalDate(tactic.start, QStringLiteral("tacticStart"),
                                 tr("The tactic's first day; the earliest date: not set."), this);
    m_end =
        planfields::optionalDate(tactic.end, QStringLiteral("tacticEnd"),
                                 tr("The tactic's last day; the earliest date: not set."), this);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end, 1);
    form->addRow(tr("Dates"), dates);
    const QString currency = qs(workspace.currency);
    m_planned = moneyField(currency, QStringLiteral("tacticPlannedBudget"),
                           tr("What the plan sets aside for the tactic."), this);
    m_planned->setValue(tactic.plannedBudget);
    form->addRow(tr("P&lanned budget"), m_planned);
    m_spent = new QCheckBox(tr("Spent so far"), this);
    m_spent->setObjectName(QStringLiteral("tacticHasActual"));
    m_spent->setToolTip(tr("Tick once money was spent, and give the amount."));
    m_spent->setChecked(tactic.actualBudget.has_value());
    m_actual = moneyField(currency, QStringLiteral("tacticActualBudget"),
                          tr("What the tactic has cost so far."), this);
    m_actual->setValue(tactic.actualBudget.value_or(0));
    m_actual->setEnabled(m_spent->isChecked());
    m_actual->setAccessibleName(tr("Actual budget"));
    auto* actual = new QHBoxLayout;
    actual->addWidget(m_spent);
    actual->addWidget(m_actual, 1);
    form->addRow(tr("Actual budget"), actual);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("tacticStatus"));
    m_status->setToolTip(tr("Where the tactic stands; the board shows it as a coloured word."));
    for (std::size_t i = 0; i < enumCount<TacticStatus>(); ++i)
        m_status->addItem(RaceBoardModel::tacticStatusName(static_cast<TacticStatus>(i)),
                          static_cast<int>(i));
    m_status->setCurrentIndex(static_cast<int>(tactic.status));
    form->addRow(tr("S&tatus"), m_status);
    m_owner = makeLineEdit(this, QStringLiteral("tacticOwner"), tr("Owner"),
                           tr("Who runs the tactic."), limits::maxShortText);
    m_owner->setText(qs(tactic.owner));
    form->addRow(tr("&Owner"), m_owner);
    m_keyResult = new QComboBox(this);
    m_keyResult->setObjectName(QStringLiteral("tacticKeyResult"));
    m_keyResult->setToolTip(tr("The key result the tactic serves."));
    m_keyResult->addItem(tr("No key result"), QString());
    for (const Objective& o : workspace.plan.objectives)
        for (const KeyResult& k : o.keyResults)
            m_keyResult->addItem(
                tr("%1: %2", "objective, then key result").arg(qs(o.title), qs(k.metric)),
                qs(k.id));
    int at = m_keyResult->findData(qs(tactic.keyResultId));
    if (at < 0) {
        m_keyResult->addItem(tr("%1 (no longer in the plan)").arg(qs(tactic.keyResultId)),
                             qs(tactic.keyResultId));
        at = m_keyResult->count() - 1;
    }
    m_keyResult->setCurrentIndex(at);
    form->addRow(tr("&Key result"), m_keyResult);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tacticProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_spent, &QCheckBox::toggled, m_actual, &QWidget::setEnabled);
    connect(m_persona, &QComboBox::currentIndexChanged, this, [this] {
        planfields::fillChannels(m_channel, m_workspace, planfields::currentId(m_persona),
                                 planfields::currentId(m_channel));
    });
    connect(m_name, &QLineEdit::textChanged, this, &TacticDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &TacticDialog::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &TacticDialog::validate);
    validate();
}

void TacticDialog::validate()
{
    const Tactic t = tactic();
    QString problem;
    if (t.name.empty())
        problem = tr("Give the tactic a name.");
    else if (!t.start.empty() && !t.end.empty() && t.end < t.start)
        problem = tr("The tactic ends before it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Tactic TacticDialog::tactic() const
{
    Tactic t = m_tactic;
    t.name = planfields::clipped(m_name->text(), limits::maxShortText);
    t.personaId = planfields::currentId(m_persona);
    t.stage = static_cast<RaceStage>(m_stage->currentData().toInt());
    t.channelId = planfields::currentId(m_channel);
    t.start = planfields::dateText(m_start);
    t.end = planfields::dateText(m_end);
    t.plannedBudget = m_planned->value();
    t.actualBudget = m_spent->isChecked() ? std::optional<double>(m_actual->value()) : std::nullopt;
    t.status = static_cast<TacticStatus>(m_status->currentData().toInt());
    t.owner = planfields::clipped(m_owner->text(), limits::maxShortText);
    t.keyResultId = planfields::currentId(m_keyResult);
    return t;
}

} // namespace b2x
