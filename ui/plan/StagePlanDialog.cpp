// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagePlanDialog.h"

#include "PlanItemFields.h"
#include "RaceBoardModel.h"
#include "editor/FormHelpers.h"
#include "model/Limits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace b2x {

StagePlanDialog::StagePlanDialog(RaceStage stage, const RaceStagePlan& plan, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("stagePlanDialog"));
    setWindowTitle(tr("Plan for the %1 stage").arg(RaceBoardModel::stageName(stage)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(RaceBoardModel::stageDescription(stage), this));
    auto* form = new QFormLayout;
    const auto field = [&](const std::string& text, const char* name, const QString& label,
                           const QString& tip) {
        auto* edit = makeTextEdit(this, QString::fromLatin1(name), label, tip, 3);
        edit->setPlainText(QString::fromStdString(text));
        form->addRow(label, edit);
        return edit;
    };
    m_opportunity = field(plan.opportunity, "stageOpportunity", tr("Opportunity"),
                          tr("What this stage can bring: the audience, demand or gap to win."));
    m_strategy = field(plan.strategy, "stageStrategy", tr("Strategy"),
                       tr("How the plan means to take the opportunity."));
    m_actions = field(plan.actions, "stageActions", tr("Actions"),
                      tr("The main actions; the tactics on the board detail them."));
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(width(), 480), height());
}

RaceStagePlan StagePlanDialog::stagePlan() const
{
    const auto text = [](const QPlainTextEdit* edit) {
        return planfields::clipped(edit->toPlainText(), limits::maxLongText);
    };
    return {text(m_opportunity), text(m_strategy), text(m_actions)};
}

} // namespace b2x
