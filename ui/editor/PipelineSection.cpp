// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineSection.h"

#include "FormHelpers.h"
#include "SpinBoxDelegate.h"
#include "StageTableModel.h"
#include "format/Formatting.h"
#include "model/Limits.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace b2x {

PipelineSection::PipelineSection(WorkspaceDocument* document, QWidget* parent)
    : TableSection(document, parent)
{
    setObjectName(QStringLiteral("pipelineSection"));
    m_model = new StageTableModel(document, editFunction(), this);

    QTableView* view =
        setUpTable(m_model, this, QStringLiteral("stagesTable"), tr("Pipeline stages"), 7,
                   StageTableModel::Name, QStringLiteral("pipelineMessage"));
    auto* percent = new SpinBoxDelegate(0, 100, 2, view);
    percent->setSuffix(tr("%"));
    view->setItemDelegateForColumn(StageTableModel::Conversion, percent);
    auto* days = new SpinBoxDelegate(0, limits::maxDays, 1, view);
    for (int column :
         {StageTableModel::MinDays, StageTableModel::LikelyDays, StageTableModel::MaxDays})
        view->setItemDelegateForColumn(column, days);

    m_add = addButton(QStringLiteral("addStage"), tr("&Add stage"),
                      tr("Insert a new stage after the selected one."));
    m_remove = addButton(QStringLiteral("removeStage"), tr("&Remove stage"),
                         tr("Remove the selected stage."));
    m_up = addButton(QStringLiteral("moveStageUp"), tr("Move &up"),
                     tr("Move the selected stage one place earlier."));
    m_down = addButton(QStringLiteral("moveStageDown"), tr("Move do&wn"),
                       tr("Move the selected stage one place later."));

    m_total = wrappedLabel(QString(), this);
    m_total->setObjectName(QStringLiteral("pipelineTotal"));
    layOutTable(this,
                tr("The stages from first contact to purchase, in order. For each stage: the "
                   "share that moves on to the next one, and the shortest, most common and "
                   "longest time spent in it. B2B cycles often run for months; consumer "
                   "decisions take hours to weeks. Double-click a cell or start typing to edit "
                   "it."),
                {m_total});

    connect(m_add, &QPushButton::clicked, this, [this] {
        insertRow([this](int row) { return m_model->insertStage(row); }, StageTableModel::Name);
    });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeCurrentRow([this](int row) { m_model->removeStage(row); }); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStage(+1); });
}

void PipelineSection::load(const Persona&)
{
    m_model->setPersona(personaId());
    refreshTable();
}

void PipelineSection::moveStage(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->moveStage(row, row + delta);
    selectRow(row + delta);
}

void PipelineSection::tableChanged()
{
    m_total->setText(
        tr("Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) "
           "÷ 3).")
            .arg(m_model->rowCount())
            .arg(Formatting::oneDecimal(m_model->totalMeanDays())));
}

void PipelineSection::updateButtons()
{
    const int row = currentRow();
    const int n = m_model->rowCount();
    const bool full = static_cast<std::size_t>(n) >= limits::maxStages;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("A pipeline can have at most %1 stages.").arg(limits::maxStages)
                           : tr("Insert a new stage after the selected one."));
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < n - 1);
}

} // namespace b2x
