// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelsSection.h"

#include "ChannelTableModel.h"
#include "ComboBoxDelegate.h"
#include "FormHelpers.h"
#include "MessageLabel.h"
#include "SpinBoxDelegate.h"
#include "format/Formatting.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <algorithm>
#include <cmath>

namespace b2x {

ChannelsSection::ChannelsSection(WorkspaceDocument* document, QWidget* parent)
    : TableSection(document, parent)
{
    setObjectName(QStringLiteral("channelsSection"));
    m_model = new ChannelTableModel(document, editFunction(), this);

    QTableView* view =
        setUpTable(m_model, this, QStringLiteral("channelsTable"), tr("Channels"), 7,
                   ChannelTableModel::ChannelColumn, QStringLiteral("channelsMessage"));
    view->setItemDelegateForColumn(ChannelTableModel::ChannelColumn,
                                   new ComboBoxDelegate(
                                       [this](const QModelIndex& index) {
                                           QList<ComboBoxDelegate::Item> items;
                                           for (const Channel* c :
                                                m_model->availableChannels(index.row()))
                                               items.push_back({channelDisplayName(*c), qstr(c->id),
                                                                channelCategoryDisplayName(*c)});
                                           return items;
                                       },
                                       view));
    auto* share = new SpinBoxDelegate(0, 100, 1, view);
    share->setSuffix(tr("%"));
    view->setItemDelegateForColumn(ChannelTableModel::ShareColumn, share);
    // -1 is "not attributed"; the spin box shows it in words at its minimum.
    auto* window = new SpinBoxDelegate(-1, limits::maxAttributionDays, 0, view);
    window->setSpecialValueText(tr("not attributed"));
    view->setItemDelegateForColumn(ChannelTableModel::WindowColumn, window);

    m_picker = new QComboBox(this);
    describeWidget(
        m_picker, QStringLiteral("channelPicker"), tr("Channel to add"),
        tr("Channels of the catalogue and of this workspace that this persona does not use yet."));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addToButtonRow(m_picker);
    m_add = addButton(QStringLiteral("addChannel"), tr("&Add channel"),
                      tr("Add the channel chosen on the left."));
    m_remove = addButton(QStringLiteral("removeChannel"), tr("&Remove channel"),
                         tr("Remove the selected channel."));

    m_total = new MessageLabel(QStringLiteral("channelsTotal"), this);
    layOutTable(this,
                tr("Where this audience is reached and where it buys, with each channel's share "
                   "of the monthly spend. The attribution window is how long after a click a "
                   "purchase still counts for the channel: platform defaults of 7 to 30 days "
                   "suit quick consumer decisions but miss most of a months-long B2B cycle, so "
                   "lengthen them there."),
                {m_total});

    connect(m_model, &ChannelTableModel::catalogueChanged, this, &ChannelsSection::refreshTable);
    connect(m_add, &QPushButton::clicked, this, &ChannelsSection::addChannel);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeCurrentRow([this](int row) { m_model->removeChannel(row); }); });
}

void ChannelsSection::load(const Persona&)
{
    m_model->setPersona(personaId());
    refreshTable();
}

void ChannelsSection::addChannel()
{
    const QString id = m_picker->currentData().toString();
    if (!m_model->addChannel(id))
        return;
    editCell(m_model->rowCount() - 1, ChannelTableModel::ShareColumn);
}

void ChannelsSection::tableChanged()
{
    updatePicker();
    updateTotal();
}

void ChannelsSection::updateButtons()
{
    const bool full = static_cast<std::size_t>(m_model->rowCount()) >= limits::maxChannels;
    m_add->setEnabled(!full && m_picker->count() > 0);
    m_picker->setEnabled(m_picker->count() > 0);
    m_remove->setEnabled(currentRow() >= 0);
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
    const QString shown = Formatting::oneDecimal(total);
    // Shares are typed with one decimal; a sum within a thousandth of 100 is 100.
    if (std::abs(total - 100) < 1e-3) {
        m_total->showInfo(tr("Budget shares add up to 100%."));
    } else if (total < 100) {
        m_total->showWarning(tr("Budget shares add up to %1%: %2% of the spend is not assigned "
                                "to any channel. They should add up to 100%.")
                                 .arg(shown, Formatting::oneDecimal(100 - total)));
    } else {
        m_total->showError(tr("Budget shares add up to %1%, more than the whole budget. Lower "
                              "some shares so that they add up to 100%.")
                               .arg(shown));
    }
}

} // namespace b2x
