// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaTableModel.h"

namespace b2x {

/// The decision-making unit's members as a table. A member's roles show as a comma-separated
/// list; their Qt::EditRole is a QVariantList of Role values (at least one: a list without any
/// is refused with the reason in words). Stance is edited as an enum value (Qt::EditRole holds
/// the int), the economic buyer as a check box. Every change of the roles is one undo step.
class MemberTableModel : public PersonaTableModel {
    Q_OBJECT

public:
    enum Column {
        RoleColumn,
        TitleColumn,
        InfluenceColumn,
        StanceColumn,
        EconomicBuyerColumn,
        ColumnCount
    };

    using PersonaTableModel::PersonaTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Inserts a new member at `row` (rowCount() appends). Returns false at the member limit
    /// or when the edit was dropped.
    bool insertMember(int row);
    void removeMember(int row);

    int economicBuyerCount() const;

    /// The roles' display names, comma-separated, in the member's order ("User, Decider").
    static QString roleNames(const std::vector<Role>& roles);

protected:
    int rowsIn(const Persona& persona) const override;
    bool sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const override;
    QVariant columnHeader(int section, int role) const override;
};

} // namespace b2x
