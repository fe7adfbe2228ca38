// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineSection.h"

#include "FormHelpers.h"
#include "MessageLabel.h"
#include "SpinBoxDelegate.h"
#include "StageTableModel.h"
#include "model/Limits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace b2x {

PipelineSection::PipelineSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("pipelineSection"));
    m_model = new StageTableModel(
        document,
        [this](const QString& field, const QString& text, const PersonaTableModel::Change& c) {
            edit(field, text, c);
        },
        this);

    auto* intro = new QLabel(
        tr("The stages from first contact to purchase, in order. For each stage: the share that "
           "moves on to the next one, and the shortest, most common and longest time spent in "
           "it. B2B cycles often run for months; consumer decisions take hours to weeks. "
           "Double-click a cell or start typing to edit it."),
        this);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    setUpTable(m_view, QStringLiteral("stagesTable"), tr("Pipeline stages"), 7);
    m_view->setModel(m_model);
    auto* percent = new SpinBoxDelegate(-1000, 1000, 2, m_view);
    percent->setSuffix(tr("%"));
    m_view->setItemDelegateForColumn(StageTableModel::Conversion, percent);
    auto* days = new SpinBoxDelegate(-limits::maxDays * 10, limits::maxDays * 10, 1, m_view);
    for (int column :
         {StageTableModel::MinDays, StageTableModel::LikelyDays, StageTableModel::MaxDays})
        m_view->setItemDelegateForColumn(column, days);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StageTableModel::Name, QHeaderView::Stretch);

    const auto button = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        describeWidget(b, name, text.isEmpty() ? tip : QString(text).remove(QLatin1Char('&')), tip);
        return b;
    };
    m_add = button(QStringLiteral("addStage"), tr("&Add stage"),
                   tr("Insert a new stage after the selected one."));
    m_remove = button(QStringLiteral("removeStage"), tr("&Remove stage"),
                      tr("Remove the selected stage."));
    m_up = button(QStringLiteral("moveStageUp"), tr("Move &up"),
                  tr("Move the selected stage one place earlier."));
    m_down = button(QStringLiteral("moveStageDown"), tr("Move do&wn"),
                    tr("Move the selected stage one place later."));
    auto* buttons = new QHBoxLayout;
    for (auto* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("pipelineTotal"));
    m_total->setWordWrap(true);

    // The buttons above the table and the messages below it: a message that appears shortens
    // the table and never moves a button under the pointer.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_total);

    connect(m_model, &PersonaTableModel::rejected, m_message, &MessageLabel::showError);
    connect(m_model, &PersonaTableModel::noted, m_message, &MessageLabel::showInfo);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PipelineSection::modelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PipelineSection::modelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineSection::modelChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PipelineSection::updateButtons);
    setTabOrder(m_down, m_view); // the buttons come first on screen too
    connect(m_add, &QPushButton::clicked, this, &PipelineSection::addStage);
    connect(m_remove, &QPushButton::clicked, this, &PipelineSection::removeStage);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStage(+1); });
}

void PipelineSection::load(const Persona&)
{
    m_model->setPersona(personaId());
    modelChanged();
}

int PipelineSection::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PipelineSection::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, StageTableModel::Name),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
    updateButtons();
}

void PipelineSection::addStage()
{
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    if (!m_model->insertStage(row))
        return;
    selectRow(row);
    m_view->setFocus();
    m_view->edit(m_model->index(row, StageTableModel::Name));
}

void PipelineSection::removeStage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeStage(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void PipelineSection::moveStage(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->moveStage(row, row + delta);
    selectRow(row + delta);
}

void PipelineSection::modelChanged()
{
    m_message->clearMessage();
    m_total->setText(
        tr("Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) "
           "÷ 3).")
            .arg(m_model->rowCount())
            .arg(formatNumber(std::round(m_model->totalMeanDays() * 10) / 10)));
    updateButtons();
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
