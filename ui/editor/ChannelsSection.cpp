// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelsSection.h"

#include "ChannelTableModel.h"
#include "ComboBoxDelegate.h"
#include "FormHelpers.h"
#include "MessageLabel.h"
#include "SpinBoxDelegate.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace b2x {

ChannelsSection::ChannelsSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("channelsSection"));
    m_model = new ChannelTableModel(
        document,
        [this](const QString& field, const QString& text, const PersonaTableModel::Change& c) {
            edit(field, text, c);
        },
        this);

    auto* intro = new QLabel(
        tr("Where this audience is reached and where it buys, with each channel's share of the "
           "monthly spend. The attribution window is how long after a click a purchase still "
           "counts for the channel: platform defaults of 7 to 30 days suit quick consumer "
           "decisions but miss most of a months-long B2B cycle, so lengthen them there."),
        this);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    setUpTable(m_view, QStringLiteral("channelsTable"), tr("Channels"), 7);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(
        ChannelTableModel::ChannelColumn,
        new ComboBoxDelegate(
            [this](const QModelIndex& index) {
                QList<ComboBoxDelegate::Item> items;
                for (const Channel* c : m_model->availableChannels(index.row()))
                    items.push_back(
                        {channelDisplayName(*c), qstr(c->id), channelCategoryDisplayName(*c)});
                return items;
            },
            m_view));
    auto* share = new SpinBoxDelegate(-1000, 1000, 1, m_view);
    share->setSuffix(tr("%"));
    m_view->setItemDelegateForColumn(ChannelTableModel::ShareColumn, share);
    // -1 is "not attributed"; the spin box shows it in words at its minimum.
    auto* window = new SpinBoxDelegate(-1, limits::maxAttributionDays * 10, 0, m_view);
    window->setSpecialValueText(tr("not attributed"));
    m_view->setItemDelegateForColumn(ChannelTableModel::WindowColumn, window);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChannelTableModel::ChannelColumn, QHeaderView::Stretch);

    m_picker = new QComboBox(this);
    describeWidget(
        m_picker, QStringLiteral("channelPicker"), tr("Channel to add"),
        tr("Channels of the catalogue and of this workspace that this persona does not use yet."));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_add = new QPushButton(tr("&Add channel"), this);
    describeWidget(m_add, QStringLiteral("addChannel"), tr("Add channel"),
                   tr("Add the channel chosen on the left."));
    m_remove = new QPushButton(tr("&Remove channel"), this);
    describeWidget(m_remove, QStringLiteral("removeChannel"), tr("Remove channel"),
                   tr("Remove the selected channel."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_picker);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("channelsMessage"));
    m_total = new MessageLabel(this);
    m_total->setObjectName(QStringLiteral("channelsTotal"));

    // The buttons above the table and the messages below it: a message that appears shortens
    // the table and never moves a button under the pointer.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_total);

    connect(m_model, &PersonaTableModel::rejected, m_message, &MessageLabel::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChannelsSection::channelsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChannelsSection::channelsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChannelsSection::channelsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelsSection::channelsChanged);
    connect(m_model, &ChannelTableModel::catalogueChanged, this, &ChannelsSection::channelsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChannelsSection::updateButtons);
    setTabOrder(m_remove, m_view); // the buttons come first on screen too
    connect(m_add, &QPushButton::clicked, this, &ChannelsSection::addChannel);
    connect(m_remove, &QPushButton::clicked, this, &ChannelsSection::removeChannel);
}

void ChannelsSection::load(const Persona&)
{
    m_model->setPersona(personaId());
    channelsChanged();
}

void ChannelsSection::addChannel()
{
    const QString id = m_picker->currentData().toString();
    if (!m_model->addChannel(id))
        return;
    const int row = m_model->rowCount() - 1;
    const QModelIndex shareIndex = m_model->index(row, ChannelTableModel::ShareColumn);
    m_view->selectionModel()->setCurrentIndex(shareIndex, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_view->setFocus();
    m_view->edit(shareIndex);
}

void ChannelsSection::removeChannel()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_model->removeChannel(row);
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(next, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
}

void ChannelsSection::channelsChanged()
{
    m_message->clearMessage();
    updatePicker();
    updateButtons();
    updateTotal();
}

void ChannelsSection::updateButtons()
{
    const bool full = static_cast<std::size_t>(m_model->rowCount()) >= limits::maxChannels;
    m_add->setEnabled(!full && m_picker->count() > 0);
    m_picker->setEnabled(m_picker->count() > 0);
    m_remove->setEnabled(m_view->selectionModel()->currentIndex().isValid());
}

void ChannelsSection::updatePicker()
{
    const QString previous = m_picker->currentData().toString();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    for (const Channel* c : m_model->availableChannels())
        m_picker->addItem(channelDisplayName(*c), qstr(c->id));
    m_picker->setCurrentIndex(std::max(0, m_picker->findData(previous)));
}

void ChannelsSection::updateTotal()
{
    if (m_model->rowCount() == 0) {
        m_total->showInfo(tr("No channels yet. Add the channels through which this audience is "
                             "reached or buys."));
        return;
    }
    const double total = m_model->totalSharePercent();
    const QString shown = formatNumber(std::round(total * 10) / 10);
    // Shares are typed with one decimal; a sum within a thousandth of 100 is 100.
    if (std::abs(total - 100) < 1e-3) {
        m_total->showInfo(tr("Budget shares add up to 100%."));
    } else if (total < 100) {
        m_total->showWarning(tr("Budget shares add up to %1%: %2% of the spend is not assigned "
                                "to any channel. They should add up to 100%.")
                                 .arg(shown, formatNumber(std::round((100 - total) * 10) / 10)));
    } else {
        m_total->showError(tr("Budget shares add up to %1%, more than the whole budget. Lower "
                              "some shares so that they add up to 100%.")
                               .arg(shown));
    }
}

} // namespace b2x
