// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"
#include "budget/ResponseCurve.h"
#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <QAbstractTableModel>
#include <QString>
#include <span>

namespace b2x {

class WorkspaceDocument;

/// The Budget view's table: one row per channel of the persona (of each persona shown, grouped by
/// persona in the order given, each in its own channel order), with today's spend, the
/// allocator's proposal, the entries it brings, its marginal ROAS and whether it sits at a bound.
/// Minimum, maximum and the lock are edited in place, and so is the response curve's shape (its
/// half-saturation spend, slope and the entries the channel brings today; an empty cell shows the
/// default in grey), each edit one undo step of the row's persona (WorkspaceDocument::editPersona;
/// edits of one cell merge). The Persona column names each row's persona; a view of one persona
/// hides it.
class BudgetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        PersonaColumn,
        ChannelColumn,
        TodayColumn,
        ProposedColumn,
        EntriesColumn,
        MarginalRoasColumn,
        BoundColumn,
        MinColumn,
        MaxColumn,
        LockedColumn,
        HalfSaturationColumn, ///< response.halfSaturationSpend (empty: the channel type's default)
        SlopeColumn,          ///< response.slope
        EntriesTodayColumn,   ///< response.monthlyEntries
        ColumnCount
    };

    explicit BudgetTableModel(WorkspaceDocument* document, QObject* parent = nullptr);

    /// Shows `allocation` (the channels of `persona` only) for the persona; the rows follow the
    /// persona's channels.
    void setAllocation(const Persona& persona, const budget::Allocation& allocation,
                       const ChannelCatalogue& catalogue, const QString& currency);
    /// Shows `allocation` for the channels of every persona in `personas`, persona by persona.
    void setAllocation(std::span<const Persona* const> personas,
                       const budget::Allocation& allocation, const ChannelCatalogue& catalogue,
                       const QString& currency);
    void clear();
    /// The persona whose channel row `row` shows ("" for none).
    QString personaIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Words for a bound the allocator stopped at ("" for none).
    static QString boundText(budget::BoundHit bound);

Q_SIGNALS:
    /// An edit was refused; `reason` is a sentence for the user.
    void rejected(const QString& reason);

private:
    struct Row {
        QString personaId;
        QString personaName;
        std::size_t channelIndex = 0; ///< in the persona's channel list
        QString name;
        ChannelBounds bounds;
        ChannelResponse response;
        budget::ResponseCurve curve; ///< as the allocator drew it (its defaults where unset)
        budget::ChannelAllocation result;
    };
    QString money(double amount) const;
    static bool isCurveColumn(int column);
    /// The curve cell's value: the persona's own, or the default when `ownOnly` is false.
    std::optional<double> curveValue(const Row& row, int column, bool ownOnly) const;
    QString curveText(int column, double value) const;
    bool setCurveValue(const Row& row, int column, const QString& text);

    WorkspaceDocument* m_document;
    QString m_currency;
    std::vector<Row> m_rows;
};

} // namespace b2x
