// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetTableModel.h"

#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QGuiApplication>
#include <QPalette>
#include <cmath>

namespace b2x {

BudgetTableModel::BudgetTableModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void BudgetTableModel::setAllocation(const Persona& persona, const budget::Allocation& allocation,
                                     const ChannelCatalogue& catalogue, const QString& currency)
{
    const Persona* const one[] = {&persona};
    setAllocation(one, allocation, catalogue, currency);
}

void BudgetTableModel::setAllocation(std::span<const Persona* const> personas,
                                     const budget::Allocation& allocation,
                                     const ChannelCatalogue& catalogue, const QString& currency)
{
    std::vector<Row> rows;
    std::size_t next = 0;
    for (const Persona* persona : personas) {
        for (std::size_t k = 0; k < persona->channels.size(); ++k) {
            const ChannelUse& use = persona->channels[k];
            Row row;
            row.personaId = QString::fromStdString(persona->id);
            row.personaName = QString::fromStdString(persona->name);
            row.channelIndex = k;
            row.name = channelDisplayName(use.channelId, catalogue);
            row.bounds = use.bounds;
            row.response = use.response;
            row.curve =
                budget::responseCurve(use, persona->economics, catalogue.find(use.channelId));
            // The allocation lists each persona's channels in its order, persona after persona.
            std::size_t at = next;
            while (at < allocation.channels.size() &&
                   (allocation.channels[at].personaId != persona->id ||
                    allocation.channels[at].channelId != use.channelId))
                ++at;
            if (at < allocation.channels.size()) {
                row.result = allocation.channels[at];
                next = at + 1;
            }
            rows.push_back(std::move(row));
        }
    }
    bool sameShape = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].personaId == m_rows[i].personaId;
    if (!sameShape)
        beginResetModel();
    m_currency = currency;
    m_rows = std::move(rows);
    if (!sameShape)
        endResetModel();
    else if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BudgetTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString BudgetTableModel::personaIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[static_cast<std::size_t>(row)].personaId;
}

int BudgetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BudgetTableModel::money(double amount) const
{
    return Formatting::money(amount, m_currency);
}

QString BudgetTableModel::boundText(budget::BoundHit bound)
{
    switch (bound) {
    case budget::BoundHit::Min:
        return tr("at its minimum");
    case budget::BoundHit::Max:
        return tr("at its maximum");
    case budget::BoundHit::Locked:
        return tr("locked");
    case budget::BoundHit::None:
        break;
    }
    return {};
}

QVariant BudgetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& r = row.result;
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == LockedColumn)
        return row.bounds.locked ? Qt::Checked : Qt::Unchecked;
    if (isCurveColumn(column)) {
        const auto own = curveValue(row, column, true);
        if (role == Qt::EditRole)
            return own ? Formatting::locale().toString(*own, 'g', 15) : QString();
        if (role == Qt::ForegroundRole && !own)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return own ? tr("This persona's own value; empty the cell for the channel type's "
                            "default.")
                       : tr("The default (grey): the channel type's shape, drawn through today's "
                            "spend and entries. Type a value to set this persona's own.");
        if (role == Qt::DisplayRole) {
            const auto shown = curveValue(row, column, false);
            return shown ? curveText(column, *shown) : QStringLiteral("–");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column != PersonaColumn && column != ChannelColumn &&
        column != BoundColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        if (column == MinColumn && row.bounds.minSpend)
            return Formatting::locale().toString(*row.bounds.minSpend, 'g', 15);
        if (column == MaxColumn && row.bounds.maxSpend)
            return Formatting::locale().toString(*row.bounds.maxSpend, 'g', 15);
        if (column == MinColumn || column == MaxColumn)
            return QString();
    }
    if (role == Qt::ToolTipRole && column == PersonaColumn)
        return row.personaName;
    if (role == Qt::ToolTipRole && (column == MinColumn || column == MaxColumn))
        return tr("Monthly spend the allocator keeps to; empty for no limit. Ignored while the "
                  "channel is locked.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case PersonaColumn:
        return row.personaName;
    case ChannelColumn:
        return row.name;
    case TodayColumn:
        return money(r.currentSpend);
    case ProposedColumn:
        return money(r.spend);
    case EntriesColumn:
        return Formatting::number(r.entries, r.entries < 10 ? 2 : 1);
    case MarginalRoasColumn:
        return r.marginalRoas ? Formatting::number(*r.marginalRoas, 2) : QStringLiteral("–");
    case BoundColumn:
        return boundText(r.atBound);
    case MinColumn:
        return row.bounds.minSpend ? money(*row.bounds.minSpend) : QString();
    case MaxColumn:
        return row.bounds.maxSpend ? money(*row.bounds.maxSpend) : QString();
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && section == HalfSaturationColumn)
        return tr("The monthly spend that buys half the most the channel can bring");
    if (role == Qt::ToolTipRole && section == SlopeColumn)
        return tr("The response curve's shape: 1 or below, each extra unit of spend brings less; "
                  "above 1, S-shaped (little at first, then more, then less)");
    if (role == Qt::ToolTipRole && section == EntriesTodayColumn)
        return tr("Top-of-funnel entries the channel brings a month at today's spend; by default "
                  "its budget share of the persona's monthly volume");
    if (role == Qt::ToolTipRole && section == MarginalRoasColumn)
        return tr("What the next unit of spend on the channel returns: value of an entry × the "
                  "slope of its response curve at the proposed spend");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonaColumn:
        return tr("Persona");
    case ChannelColumn:
        return tr("Channel");
    case TodayColumn:
        return tr("Today");
    case ProposedColumn:
        return tr("Proposed");
    case EntriesColumn:
        return tr("Entries");
    case MarginalRoasColumn:
        return tr("Marginal ROAS");
    case BoundColumn:
        return tr("At bound");
    case MinColumn:
        return tr("Minimum");
    case MaxColumn:
        return tr("Maximum");
    case LockedColumn:
        return tr("Locked");
    case HalfSaturationColumn:
        return tr("Half-saturation");
    case SlopeColumn:
        return tr("Slope");
    case EntriesTodayColumn:
        return tr("Entries today");
    default:
        return {};
    }
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return f;
    const bool locked = m_rows[static_cast<std::size_t>(index.row())].bounds.locked;
    if (index.column() == LockedColumn)
        f |= Qt::ItemIsUserCheckable;
    if ((index.column() == MinColumn || index.column() == MaxColumn) && !locked)
        f |= Qt::ItemIsEditable;
    if (isCurveColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BudgetTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // Copies: the edit below refreshes the view, which may replace the rows.
    const Row row = m_rows[static_cast<std::size_t>(index.row())];
    const std::size_t r = row.channelIndex;
    const QString field = QStringLiteral("channels[%1].bounds.%2").arg(static_cast<qulonglong>(r));
    if (index.column() == LockedColumn && role == Qt::CheckStateRole) {
        const bool locked = value.toInt() == Qt::Checked;
        m_document->editPersona(row.personaId, field.arg(QStringLiteral("locked")),
                                locked ? tr("Lock the spend on %1").arg(row.name)
                                       : tr("Unlock the spend on %1").arg(row.name),
                                [&](Persona& p) { p.channels.at(r).bounds.locked = locked; });
        return true;
    }
    if (role == Qt::EditRole && isCurveColumn(index.column()))
        return setCurveValue(row, index.column(), value.toString().trimmed());
    if (role != Qt::EditRole || (index.column() != MinColumn && index.column() != MaxColumn))
        return false;
    const bool min = index.column() == MinColumn;
    std::optional<double> bound;
    const QString text = value.toString().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        double v = Formatting::locale().toDouble(text, &ok);
        if (!ok)
            v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0 || v > limits::maxMoney) {
            Q_EMIT rejected(tr("A spend limit must be a number from 0 to %1, or empty for none; "
                               "“%2” was not saved.")
                                .arg(Formatting::number(limits::maxMoney), text));
            return false;
        }
        bound = v;
        // The file format refuses a maximum below the minimum.
        const auto& other = min ? row.bounds.maxSpend : row.bounds.minSpend;
        if (other && (min ? v > *other : v < *other)) {
            Q_EMIT rejected(min ? tr("The minimum spend on %1 must not exceed its maximum (%2); "
                                     "%3 was not saved.")
                                      .arg(row.name, money(*other), money(v))
                                : tr("The maximum spend on %1 must not be below its minimum "
                                     "(%2); %3 was not saved.")
                                      .arg(row.name, money(*other), money(v)));
            return false;
        }
    }
    m_document->editPersona(
        row.personaId, field.arg(min ? QStringLiteral("minSpend") : QStringLiteral("maxSpend")),
        min ? tr("Change the minimum spend on %1").arg(row.name)
            : tr("Change the maximum spend on %1").arg(row.name),
        [&](Persona& p) {
            auto& b = p.channels.at(r).bounds;
            (min ? b.minSpend : b.maxSpend) = bound;
        });
    return true;
}

bool BudgetTableModel::isCurveColumn(int column)
{
    return column == HalfSaturationColumn || column == SlopeColumn || column == EntriesTodayColumn;
}

std::optional<double> BudgetTableModel::curveValue(const Row& row, int column, bool ownOnly) const
{
    switch (column) {
    case HalfSaturationColumn:
        return row.response.halfSaturationSpend || ownOnly ? row.response.halfSaturationSpend
                                                           : std::optional<double>(row.curve.ec);
    case SlopeColumn:
        return row.response.slope || ownOnly ? row.response.slope
                                             : std::optional<double>(row.curve.slope);
    case EntriesTodayColumn:
        return row.response.monthlyEntries || ownOnly
                   ? row.response.monthlyEntries
                   : std::optional<double>(row.curve.todayEntries);
    default:
        return std::nullopt;
    }
}

QString BudgetTableModel::curveText(int column, double value) const
{
    if (column == HalfSaturationColumn)
        return money(value);
    return Formatting::number(value, column == SlopeColumn || value < 10 ? 2 : 1);
}

bool BudgetTableModel::setCurveValue(const Row& row, int column, const QString& text)
{
    // The file format's ranges (docs/file-format.md): a half-saturation spend and a slope above 0,
    // entries from 0.
    const bool entries = column == EntriesTodayColumn;
    const double maximum = column == HalfSaturationColumn ? limits::maxMoney
                           : column == SlopeColumn        ? limits::maxResponseSlope
                                                          : limits::maxVolume;
    std::optional<double> value;
    if (!text.isEmpty()) {
        bool ok = false;
        double v = Formatting::locale().toDouble(text, &ok);
        if (!ok)
            v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v > maximum || (entries ? v < 0 : v <= 0)) {
            Q_EMIT rejected(
                (entries ? tr("Entries a month must be a number from 0 to %1, or empty for the "
                              "default; “%2” was not saved.")
                         : tr("This value must be a number above 0 and at most %1, or empty for "
                              "the default; “%2” was not saved."))
                    .arg(Formatting::number(maximum), text));
            return false;
        }
        value = v;
    }
    const std::size_t r = row.channelIndex;
    const char* key = column == HalfSaturationColumn ? "halfSaturationSpend"
                      : column == SlopeColumn        ? "slope"
                                                     : "monthlyEntries";
    const QString what = column == HalfSaturationColumn
                             ? tr("Change the half-saturation spend of %1")
                         : column == SlopeColumn ? tr("Change the response slope of %1")
                                                 : tr("Change the entries today of %1");
    m_document->editPersona(row.personaId,
                            QStringLiteral("channels[%1].response.%2")
                                .arg(static_cast<qulonglong>(r))
                                .arg(QLatin1String(key)),
                            what.arg(row.name), [&](Persona& p) {
                                auto& response = p.channels.at(r).response;
                                (column == HalfSaturationColumn ? response.halfSaturationSpend
                                 : column == SlopeColumn        ? response.slope
                                                                : response.monthlyEntries) = value;
                            });
    return true;
}

} // namespace b2x
