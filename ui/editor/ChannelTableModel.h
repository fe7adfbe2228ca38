// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaTableModel.h"
#include "model/ChannelCatalogue.h"

#include <vector>

namespace b2x {

/// The persona's channels as a table. A channel is chosen from the built-in catalogue or the
/// workspace's own channels (the model follows them as they change) and can be
/// listed once per persona; the attribution window is optional (-1 in Qt::EditRole means "not
/// attributed"). A read-only column shows the platform's default window as a hint.
class ChannelTableModel : public PersonaTableModel {
    Q_OBJECT

public:
    enum Column { ChannelColumn, ShareColumn, WindowColumn, DefaultColumn, ColumnCount };

    ChannelTableModel(WorkspaceDocument* document, EditFunction edit, QObject* parent = nullptr);

    /// The built-in channels and the workspace's own.
    const ChannelCatalogue& catalogue() const { return m_catalogue; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Catalogue channels not used by any row except `exceptRow` (pass -1 for "any row").
    std::vector<const Channel*> availableChannels(int exceptRow = -1) const;
    /// Appends the catalogue channel `channelId` with a 0 % share and the platform's default
    /// window. Returns false when it is unknown, already listed or the limit is reached.
    bool addChannel(const QString& channelId);
    void removeChannel(int row);

    double totalSharePercent() const;

protected:
    int rowsIn(const Persona& persona) const override;
    bool sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const override;
    QVariant columnHeader(int section, int role) const override;

Q_SIGNALS:
    /// The workspace's channels changed: pickers of channels to add must be refilled.
    void catalogueChanged();

private:
    bool setChannel(int row, const QString& channelId);
    /// True when a row other than `exceptRow` already lists the channel.
    bool isListed(const std::string& channelId, int exceptRow = -1) const;

    ChannelCatalogue m_catalogue;
};

} // namespace b2x
