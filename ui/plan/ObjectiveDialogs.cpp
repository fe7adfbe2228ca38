// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectiveDialogs.h"

#include "ObjectivesText.h"
#include "editor/FormHelpers.h"
#include "editor/Utf8LengthValidator.h"
#include "model/Limits.h"
#include "plan/KpiSuggestions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace b2x {

namespace {

constexpr double maxKeyResultValue = 1e12; // docs/file-format.md, keyResults[].start …
constexpr double maxWeight = 1000;

QLineEdit* textField(QWidget* parent, const char* name, const QString& label, const QString& tip,
                     const std::string& value)
{
    auto* edit = makeLineEdit(parent, QString::fromLatin1(name), label, tip, limits::maxShortText);
    edit->setText(QString::fromStdString(value));
    return edit;
}

QDoubleSpinBox* numberField(QWidget* parent, const char* name, const QString& label,
                            const QString& tip, double minimum, double maximum, double value)
{
    auto* box = new QDoubleSpinBox(parent);
    describeWidget(box, QString::fromLatin1(name), label, tip);
    box->setRange(minimum, maximum);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    box->setValue(value);
    return box;
}

QDialogButtonBox* buttons(QDialog* dialog, bool adding)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)
        ->setText(adding ? ObjectiveDialog::tr("Add") : ObjectiveDialog::tr("Apply"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

void fillPersonaCombo(QComboBox* combo, const Workspace& ws, const std::string& current,
                      bool allowNone)
{
    combo->clear();
    if (allowNone)
        combo->addItem(ObjectiveDialog::tr("None"), QString());
    bool found = current.empty();
    for (const auto& p : ws.personas) {
        combo->addItem(QString::fromStdString(p.name), QString::fromStdString(p.id));
        found = found || p.id == current;
    }
    if (!found)
        combo->addItem(
            ObjectiveDialog::tr("Missing persona (%1)").arg(QString::fromStdString(current)),
            QString::fromStdString(current));
    combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(current))));
}

ObjectiveDialog::ObjectiveDialog(const Workspace& ws, const Objective& objective, bool adding,
                                 QWidget* parent)
    : QDialog(parent), m_objective(objective)
{
    setObjectName(QStringLiteral("objectiveDialog"));
    setWindowTitle(adding ? tr("Add objective") : tr("Edit objective"));
    auto* form = new QFormLayout;
    m_title = textField(this, "objectiveTitle", tr("Title"),
                        tr("What the objective wants to achieve, in words."), objective.title);
    form->addRow(tr("&Title"), m_title);
    m_owner =
        textField(this, "objectiveOwner", tr("Owner"), tr("Who answers for it."), objective.owner);
    form->addRow(tr("&Owner"), m_owner);
    m_stage = new QComboBox(this);
    describeWidget(m_stage, QStringLiteral("objectiveStage"), tr("RACE stage"),
                   tr("The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage."));
    for (std::size_t i = 0; i < raceStageCount; ++i)
        m_stage->addItem(plan::raceStageName(static_cast<RaceStage>(i)), static_cast<int>(i));
    m_stage->setCurrentIndex(static_cast<int>(objective.stage));
    form->addRow(tr("RACE &stage"), m_stage);
    m_persona = new QComboBox(this);
    describeWidget(m_persona, QStringLiteral("objectivePersona"), tr("Persona"),
                   tr("The persona the objective concerns, or none."));
    fillPersonaCombo(m_persona, ws, objective.personaId, true);
    form->addRow(tr("&Persona"), m_persona);
    m_commitment = new QComboBox(this);
    describeWidget(m_commitment, QStringLiteral("objectiveCommitment"), tr("Commitment"),
                   tr("Committed objectives are expected to be met in full; aspirational ones "
                      "are stretch goals."));
    m_commitment->addItem(objectives::commitmentName(Commitment::Committed),
                          static_cast<int>(Commitment::Committed));
    m_commitment->addItem(objectives::commitmentName(Commitment::Aspirational),
                          static_cast<int>(Commitment::Aspirational));
    m_commitment->setCurrentIndex(static_cast<int>(objective.commitment));
    form->addRow(tr("&Commitment"), m_commitment);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons(this, adding));
    resize(460, sizeHint().height());
}

Objective ObjectiveDialog::objective() const
{
    Objective o = m_objective;
    o.title = m_title->text().trimmed().toStdString();
    o.owner = m_owner->text().trimmed().toStdString();
    o.stage = static_cast<RaceStage>(m_stage->currentData().toInt());
    o.personaId = m_persona->currentData().toString().toStdString();
    o.commitment = static_cast<Commitment>(m_commitment->currentData().toInt());
    return o;
}

KeyResultDialog::KeyResultDialog(const Workspace& ws, const KeyResult& k, bool adding,
                                 QWidget* parent)
    : QDialog(parent), m_workspace(ws), m_keyResult(k)
{
    setObjectName(QStringLiteral("keyResultDialog"));
    setWindowTitle(adding ? tr("Add key result") : tr("Edit key result"));
    auto* form = new QFormLayout;
    m_metric =
        textField(this, "keyResultMetric", tr("Metric"),
                  tr("What is measured, e.g. sales-qualified leads this quarter."), k.metric);
    form->addRow(tr("&Metric"), m_metric);
    m_unit = textField(this, "keyResultUnit", tr("Unit"), tr("e.g. SQLs, %, USD."), k.unit);
    form->addRow(tr("&Unit"), m_unit);
    m_start =
        numberField(this, "keyResultStart", tr("Start"), tr("The value when the period began."),
                    -maxKeyResultValue, maxKeyResultValue, k.start);
    form->addRow(tr("&Start"), m_start);
    m_current = numberField(this, "keyResultCurrent", tr("Current"),
                            tr("The value now; a check-in sets it too."), -maxKeyResultValue,
                            maxKeyResultValue, k.current);
    form->addRow(tr("&Current"), m_current);
    m_target = numberField(this, "keyResultTarget", tr("Target"),
                           tr("The value to reach; below the start for a \"decrease to\" "
                              "target."),
                           -maxKeyResultValue, maxKeyResultValue, k.target);
    form->addRow(tr("&Target"), m_target);
    m_weight = numberField(this, "keyResultWeight", tr("Weight"),
                           tr("Its share in the objective's progress (1: equal; 0: left out)."), 0,
                           maxWeight, k.weight);
    form->addRow(tr("&Weight"), m_weight);

    m_derived = new QGroupBox(tr("&Derived: the target follows a persona's reverse funnel"), this);
    m_derived->setObjectName(QStringLiteral("keyResultDerived"));
    m_derived->setAccessibleName(tr("Derived target"));
    m_derived->setToolTip(tr("The target is worked out from the persona's target, funnel and "
                             "sales cycle, and moves when they change."));
    m_derived->setCheckable(true);
    m_derived->setChecked(k.derived.has_value());
    auto* derivedForm = new QFormLayout(m_derived);
    m_persona = new QComboBox(m_derived);
    describeWidget(m_persona, QStringLiteral("keyResultDerivedPersona"), tr("Persona"),
                   tr("The persona whose reverse funnel gives the target."));
    const DerivedTarget derived = k.derived.value_or(DerivedTarget{});
    fillPersonaCombo(m_persona, ws, derived.personaId, false);
    derivedForm->addRow(tr("Persona"), m_persona);
    m_quantity = new QComboBox(m_derived);
    describeWidget(m_quantity, QStringLiteral("keyResultDerivedQuantity"), tr("Quantity"),
                   tr("Which figure of the reverse funnel becomes the target."));
    for (auto q : {DerivedQuantity::Customers, DerivedQuantity::StageEntries,
                   DerivedQuantity::MonthlyVolume, DerivedQuantity::MonthlySpend})
        m_quantity->addItem(objectives::quantityName(q), static_cast<int>(q));
    m_quantity->setCurrentIndex(static_cast<int>(derived.quantity));
    derivedForm->addRow(tr("Quantity"), m_quantity);
    m_stage = new QComboBox(m_derived);
    describeWidget(m_stage, QStringLiteral("keyResultDerivedStage"), tr("Pipeline stage"),
                   tr("The pipeline stage whose entries are counted."));
    derivedForm->addRow(tr("Pipeline stage"), m_stage);
    m_derivedNote = wrappedLabel(QString(), m_derived);
    derivedForm->addRow(m_derivedNote);
    fillStages();
    if (const int i = m_stage->findData(derived.stageIndex); i >= 0)
        m_stage->setCurrentIndex(i);

    connect(m_derived, &QGroupBox::toggled, this, &KeyResultDialog::updateDerived);
    connect(m_quantity, &QComboBox::currentIndexChanged, this, &KeyResultDialog::updateDerived);
    connect(m_persona, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        updateDerived();
    });
    updateDerived();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_derived);
    layout->addWidget(buttons(this, adding));
    resize(520, sizeHint().height());
}

void KeyResultDialog::fillStages()
{
    const int keep = m_stage->count() ? m_stage->currentData().toInt()
                                      : m_keyResult.derived.value_or(DerivedTarget{}).stageIndex;
    m_stage->clear();
    const std::string id = m_persona->currentData().toString().toStdString();
    for (const auto& p : m_workspace.personas)
        if (p.id == id)
            for (std::size_t i = 0; i < p.pipeline.size(); ++i)
                m_stage->addItem(QString::fromStdString(p.pipeline[i].name), static_cast<int>(i));
    if (m_stage->findData(keep) < 0 &&
        m_quantity->currentData().toInt() == static_cast<int>(DerivedQuantity::StageEntries))
        m_stage->addItem(tr("Stage %1 (not in the pipeline)").arg(keep + 1), keep);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(keep)));
}

void KeyResultDialog::updateDerived()
{
    const bool derived = m_derived->isChecked();
    const bool stage =
        m_quantity->currentData().toInt() == static_cast<int>(DerivedQuantity::StageEntries);
    m_stage->setEnabled(derived && stage);
    m_target->setEnabled(!derived);
    m_target->setToolTip(derived ? tr("Follows the reverse funnel; the value here is the target "
                                      "kept at the last check-in.")
                                 : tr("The value to reach; below the start for a \"decrease "
                                      "to\" target."));
    m_derivedNote->setText(
        m_persona->count() == 0
            ? tr("The workspace has no persona to derive a target from.")
            : tr("The live target shows in the tree once applied; each check-in keeps the target "
                 "of its day, so that a moved target is reported."));
    m_derived->setEnabled(m_persona->count() > 0 || derived);
}

KeyResult KeyResultDialog::keyResult() const
{
    KeyResult k = m_keyResult;
    k.metric = m_metric->text().trimmed().toStdString();
    k.unit = m_unit->text().trimmed().toStdString();
    k.start = m_start->value();
    k.current = m_current->value();
    k.target = m_target->value();
    k.weight = m_weight->value();
    if (m_derived->isChecked() && m_persona->count() > 0) {
        DerivedTarget d;
        d.personaId = m_persona->currentData().toString().toStdString();
        d.quantity = static_cast<DerivedQuantity>(m_quantity->currentData().toInt());
        d.stageIndex = d.quantity == DerivedQuantity::StageEntries && m_stage->count() > 0
                           ? m_stage->currentData().toInt()
                           : 0;
        k.derived = d;
    } else {
        k.derived.reset();
    }
    return k;
}

} // namespace b2x
