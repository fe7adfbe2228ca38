// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelTableModel.h"

#include "FormHelpers.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace b2x {

namespace {
QString channelName(const ChannelCatalogue& catalogue, const std::string& id)
{
    if (const Channel* c = catalogue.find(id))
        return channelDisplayName(*c);
    return ChannelTableModel::tr("%1 (not in this version's catalogue)").arg(qstr(id));
}

QString platformDefault(const ChannelCatalogue& catalogue, const std::string& id)
{
    const Channel* c = catalogue.find(id);
    if (!c || !c->defaultAttributionDays)
        return ChannelTableModel::tr("none");
    const QString days = Formatting::number(*c->defaultAttributionDays);
    if (!c->maxAttributionDays)
        return days;
    return ChannelTableModel::tr("%1 (%2; at most %3)")
        .arg(days, attributionPlatformDisplayName(*c))
        .arg(Formatting::number(*c->maxAttributionDays));
}
} // namespace

ChannelTableModel::ChannelTableModel(WorkspaceDocument* document, EditFunction edit,
                                     QObject* parent)
    : PersonaTableModel(document, std::move(edit), parent),
      m_catalogue(document->workspace().catalogue())
{
    const auto follow = [this] {
        m_catalogue = this->document()->workspace().catalogue();
        // Names and default windows of the workspace's own channels may have changed.
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT catalogueChanged();
    };
    // Connected after the base class's, so a reset persona is shown with the new catalogue.
    connect(document, &WorkspaceDocument::workspaceReset, this, follow);
    connect(document, &WorkspaceDocument::customChannelsChanged, this, follow);
}

int ChannelTableModel::rowsIn(const Persona& persona) const
{
    return static_cast<int>(persona.channels.size());
}

bool ChannelTableModel::sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const
{
    return a.channels[static_cast<std::size_t>(rowA)] == b.channels[static_cast<std::size_t>(rowB)];
}

int ChannelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChannelUse& use = persona().channels[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case ChannelColumn:
        if (role == Qt::DisplayRole)
            return channelName(m_catalogue, use.channelId);
        if (role == Qt::EditRole)
            return qstr(use.channelId);
        if (role == Qt::ToolTipRole)
            return columnHeader(ChannelColumn, role);
        break;
    case ShareColumn:
        if (role == Qt::DisplayRole)
            return tr("%1%").arg(formatNumber(use.budgetSharePercent));
        if (role == Qt::EditRole)
            return use.budgetSharePercent;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return columnHeader(ShareColumn, role);
        break;
    case WindowColumn:
        if (role == Qt::DisplayRole)
            return use.attributionWindowDays ? Formatting::number(*use.attributionWindowDays)
                                             : tr("not attributed");
        if (role == Qt::EditRole)
            return use.attributionWindowDays.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && !use.attributionWindowDays)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (role == Qt::ToolTipRole)
            return tr("Days after a click during which a purchase is credited to this channel. "
                      "Platform default (days): %1. Long sales cycles need longer windows.")
                .arg(platformDefault(m_catalogue, use.channelId));
        break;
    case DefaultColumn:
        if (role == Qt::DisplayRole)
            return platformDefault(m_catalogue, use.channelId);
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (role == Qt::ToolTipRole)
            return columnHeader(DefaultColumn, role);
        break;
    }
    return {};
}

QVariant ChannelTableModel::columnHeader(int section, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ChannelColumn:
            return tr("Channel");
        case ShareColumn:
            return tr("Budget share");
        case WindowColumn:
            return tr("Attribution window (days)");
        case DefaultColumn:
            return tr("Platform default (days)");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ChannelColumn:
            return tr("A channel from the built-in catalogue; each can be listed once.");
        case ShareColumn:
            return tr("Share of this persona's monthly spend that goes to the channel (0–100%). "
                      "The shares should add up to 100%.");
        case WindowColumn:
            return tr("Days after a click during which a purchase is still credited to the "
                      "channel (0–3,650), or “not attributed”.");
        case DefaultColumn:
            return tr("The ad platform's default click window and its maximum. Defaults are "
                      "often shorter than a B2B sales cycle.");
        }
    }
    return {};
}

Qt::ItemFlags ChannelTableModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != DefaultColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChannelTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role == FallbackRole)
        return rememberFallback(index, value);
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    const auto r = static_cast<std::size_t>(row);
    const QString action =
        tr("Edit channel %1").arg(channelName(m_catalogue, persona().channels[r].channelId));
    switch (index.column()) {
    case ChannelColumn:
        return setChannel(row, value.toString());
    case ShareColumn: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        const QString field = QStringLiteral("channels[%1].budgetSharePercent").arg(row);
        if (!ok || !std::isfinite(v) || v < 0 || v > 100)
            return reject(tr("A budget share must lie between 0 and 100%; %1 was not saved.")
                              .arg(ok ? formatNumber(v) : value.toString()),
                          index);
        return edit(field, action, [&](Persona& p) { p.channels.at(r).budgetSharePercent = v; });
    }
    case WindowColumn: {
        bool ok = false;
        const double v = value.isNull() ? -1 : value.toDouble(&ok);
        std::optional<int> days;
        const QString field = QStringLiteral("channels[%1].attributionWindowDays").arg(row);
        if (v != -1) {
            if (!ok || v != std::floor(v) || v < 0 || v > limits::maxAttributionDays)
                return reject(tr("An attribution window must be a whole number of days from 0 to "
                                 "%1; %2 was not saved.")
                                  .arg(limits::maxAttributionDays)
                                  .arg(ok ? formatNumber(v) : value.toString()),
                              index);
            days = static_cast<int>(v);
        }
        return edit(field, action,
                    [&](Persona& p) { p.channels.at(r).attributionWindowDays = days; });
    }
    default:
        return false;
    }
}

bool ChannelTableModel::setChannel(int row, const QString& channelId)
{
    const std::string id = stdstr(channelId);
    const Channel* channel = m_catalogue.find(id);
    if (!channel)
        return reject(
            tr("“%1” is not in the channel catalogue; nothing was saved.").arg(channelId));
    if (isListed(id, row))
        return reject(tr("%1 is already listed; each channel can be listed once.")
                          .arg(channelDisplayName(*channel)));
    const auto& channels = persona().channels;
    const auto r = static_cast<std::size_t>(row);
    const ChannelUse& old = channels[r];
    // A window still at the old platform's default follows the new platform's default; a window
    // the user chose stays.
    const Channel* oldChannel = m_catalogue.find(old.channelId);
    const bool followDefault =
        oldChannel && old.attributionWindowDays == oldChannel->defaultAttributionDays;
    return edit(QStringLiteral("channels[%1].channel").arg(row),
                tr("Change channel %1 to %2")
                    .arg(channelName(m_catalogue, old.channelId), channelDisplayName(*channel)),
                [&](Persona& p) {
                    auto& use = p.channels.at(r);
                    use.channelId = id;
                    if (followDefault)
                        use.attributionWindowDays = channel->defaultAttributionDays;
                });
}

bool ChannelTableModel::isListed(const std::string& channelId, int exceptRow) const
{
    const auto& channels = persona().channels;
    for (std::size_t i = 0; i < channels.size(); ++i)
        if (static_cast<int>(i) != exceptRow && channels[i].channelId == channelId)
            return true;
    return false;
}

std::vector<const Channel*> ChannelTableModel::availableChannels(int exceptRow) const
{
    std::vector<const Channel*> result;
    for (const Channel& c : m_catalogue.channels())
        if (!isListed(c.id, exceptRow))
            result.push_back(&c);
    return result;
}

bool ChannelTableModel::addChannel(const QString& channelId)
{
    const std::string id = stdstr(channelId);
    const Channel* channel = m_catalogue.find(id);
    if (!channel || persona().channels.size() >= limits::maxChannels || isListed(id))
        return false;
    ChannelUse use;
    use.channelId = id;
    use.attributionWindowDays = channel->defaultAttributionDays;
    return edit(uniqueEditKey(QStringLiteral("channels.add")),
                tr("Add channel %1").arg(channelDisplayName(*channel)),
                [&](Persona& p) { p.channels.push_back(use); });
}

void ChannelTableModel::removeChannel(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    edit(uniqueEditKey(QStringLiteral("channels.remove")),
         tr("Remove channel %1")
             .arg(channelName(m_catalogue,
                              persona().channels[static_cast<std::size_t>(row)].channelId)),
         [&](Persona& p) { p.channels.erase(p.channels.begin() + row); });
}

double ChannelTableModel::totalSharePercent() const
{
    double total = 0;
    for (const ChannelUse& use : persona().channels)
        total += use.budgetSharePercent;
    return total;
}

} // namespace b2x
