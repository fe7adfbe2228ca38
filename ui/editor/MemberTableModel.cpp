// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberTableModel.h"

#include "FormHelpers.h"
#include "model/Limits.h"

#include <algorithm>
#include <cmath>

namespace b2x {

namespace {
const char* const fieldNames[] = {"roles", "title", "influence", "stance", "economicBuyer"};

template <typename E> bool isEnumValue(const QVariant& value)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= 0 && static_cast<std::size_t>(v) < enumCount<E>();
}
} // namespace

QString MemberTableModel::roleNames(const std::vector<Role>& roles)
{
    QStringList names;
    for (Role r : roles)
        names << displayName(r);
    return names.join(tr(", "));
}

int MemberTableModel::rowsIn(const Persona& persona) const
{
    return static_cast<int>(persona.decisionUnit.members.size());
}

bool MemberTableModel::sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const
{
    return a.decisionUnit.members[static_cast<std::size_t>(rowA)] ==
           b.decisionUnit.members[static_cast<std::size_t>(rowB)];
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& m = persona().decisionUnit.members[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return roleNames(m.roles);
        if (role == Qt::EditRole) {
            QVariantList roles;
            for (Role r : m.roles)
                roles << static_cast<int>(r);
            return roles;
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (Role r : m.roles)
                lines << tr("%1: %2").arg(displayName(r), description(r));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return qstr(m.title);
        if (role == Qt::ToolTipRole)
            return m.title.empty() ? columnHeader(TitleColumn, role) : QVariant(qstr(m.title));
        break;
    case InfluenceColumn:
        if (role == Qt::DisplayRole)
            return formatNumber(m.influence);
        if (role == Qt::EditRole)
            return m.influence;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return columnHeader(InfluenceColumn, Qt::ToolTipRole);
        break;
    case StanceColumn:
        if (role == Qt::DisplayRole)
            return displayName(m.stance);
        if (role == Qt::EditRole)
            return static_cast<int>(m.stance);
        if (role == Qt::ToolTipRole)
            return description(m.stance);
        break;
    case EconomicBuyerColumn:
        if (role == Qt::CheckStateRole)
            return m.economicBuyer ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return m.economicBuyer ? tr("Economic buyer") : tr("Not the economic buyer");
        if (role == Qt::ToolTipRole)
            return columnHeader(EconomicBuyerColumn, Qt::ToolTipRole);
        break;
    }
    return {};
}

QVariant MemberTableModel::columnHeader(int section, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RoleColumn:
            return tr("Roles");
        case TitleColumn:
            return tr("Job title");
        case InfluenceColumn:
            return tr("Influence");
        case StanceColumn:
            return tr("Stance");
        case EconomicBuyerColumn:
            return tr("Releases funds");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RoleColumn:
            return tr("The parts this person plays in the purchase: one or several (in a small "
                      "household one person is often user, decider and buyer at once).");
        case TitleColumn:
            return tr("Job title or description of the person, e.g. “IT security lead”.");
        case InfluenceColumn:
            return tr("How much weight this person's opinion carries, from 0 (none) to 100 "
                      "(decisive).");
        case StanceColumn:
            return tr("Whether this person is for the purchase, neutral or against it.");
        case EconomicBuyerColumn:
            return tr("The economic buyer releases the funds. Usually exactly one member does.");
        }
    }
    return {};
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == EconomicBuyerColumn ? f | Qt::ItemIsUserCheckable
                                                 : f | Qt::ItemIsEditable;
}

bool MemberTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role == FallbackRole)
        return rememberFallback(index, value);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int column = index.column();
    if (column == EconomicBuyerColumn ? role != Qt::CheckStateRole : role != Qt::EditRole)
        return false;
    const auto r = static_cast<std::size_t>(index.row());
    const QString field = QStringLiteral("decisionUnit.members[%1].%2")
                              .arg(index.row())
                              .arg(QLatin1String(fieldNames[column]));
    const QString action = tr("Edit decision-unit member %1").arg(index.row() + 1);
    auto member = [r](Persona& p) -> DecisionUnitMember& { return p.decisionUnit.members.at(r); };

    switch (column) {
    case RoleColumn: {
        // A list sets the roles (a role given twice counts once); a single role replaces the
        // first and keeps the others, as a view that edits one role expects.
        if (value.typeId() != QMetaType::QVariantList) {
            if (!isEnumValue<Role>(value))
                return reject(tr("That is not a known role; nothing was saved."));
            const auto v = static_cast<Role>(value.toInt());
            return edit(uniqueEditKey(field), action,
                        [&](Persona& p) { member(p).setPrimaryRole(v); });
        }
        std::vector<Role> roles;
        for (const QVariant& item : value.toList()) {
            if (!isEnumValue<Role>(item))
                return reject(tr("That is not a known role; nothing was saved."));
            const auto v = static_cast<Role>(item.toInt());
            if (std::find(roles.begin(), roles.end(), v) == roles.end())
                roles.push_back(v);
        }
        if (roles.empty())
            return reject(tr("Every member holds at least one role, so %1 stays ticked. Tick the "
                             "role this person does hold first, then clear this one.")
                              .arg(roleNames(persona().decisionUnit.members[r].roles)));
        // Each tick is its own undo step, never merged with the one before.
        return edit(uniqueEditKey(field), action, [&](Persona& p) { member(p).roles = roles; });
    }
    case TitleColumn: {
        const QString title = value.toString();
        if (utf8Size(title) > limits::maxShortText)
            return reject(tr("A job title can be at most %1 bytes long; it was not saved.")
                              .arg(limits::maxShortText));
        return edit(field, action, [&](Persona& p) { member(p).title = stdstr(title); });
    }
    case InfluenceColumn: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0 || v > 100)
            return reject(tr("Influence must lie between 0 and 100; %1 was not saved.")
                              .arg(ok ? formatNumber(v) : value.toString()),
                          index);
        return edit(field, action, [&](Persona& p) { member(p).influence = v; });
    }
    case StanceColumn: {
        if (!isEnumValue<Stance>(value))
            return reject(tr("That is not a known stance; nothing was saved."));
        const auto v = static_cast<Stance>(value.toInt());
        return edit(field, action, [&](Persona& p) { member(p).stance = v; });
    }
    case EconomicBuyerColumn: {
        const bool v = value.toInt() == Qt::Checked;
        return edit(field, action, [&](Persona& p) { member(p).economicBuyer = v; });
    }
    }
    return false;
}

bool MemberTableModel::insertMember(int row)
{
    if (persona().decisionUnit.members.size() >= limits::maxMembers)
        return false;
    const auto at = static_cast<long>(std::clamp(row, 0, rowCount()));
    DecisionUnitMember member;
    member.roles = {Role::Influencer};
    return edit(uniqueEditKey(QStringLiteral("decisionUnit.members.insert")),
                tr("Add decision-unit member"), [&](Persona& p) {
                    auto& members = p.decisionUnit.members;
                    members.insert(members.begin() + at, member);
                });
}

void MemberTableModel::removeMember(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    edit(uniqueEditKey(QStringLiteral("decisionUnit.members.remove")),
         tr("Remove decision-unit member"), [&](Persona& p) {
             auto& members = p.decisionUnit.members;
             members.erase(members.begin() + row);
         });
}

int MemberTableModel::economicBuyerCount() const
{
    const auto& members = persona().decisionUnit.members;
    return static_cast<int>(std::count_if(members.begin(), members.end(),
                                          [](const auto& m) { return m.economicBuyer; }));
}

} // namespace b2x
