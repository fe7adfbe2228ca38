// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageTableModel.h"

#include "FormHelpers.h"
#include "analytics/Triangular.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/Limits.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace b2x {

namespace {
const char* const fieldNames[] = {"name", "conversionPercent", "minDays", "likelyDays", "maxDays"};

double numberIn(const Stage& s, int column)
{
    switch (column) {
    case StageTableModel::Conversion:
        return s.conversionPercent;
    case StageTableModel::MinDays:
        return s.minDays;
    case StageTableModel::LikelyDays:
        return s.likelyDays;
    case StageTableModel::MaxDays:
        return s.maxDays;
    default:
        return 0;
    }
}

double& numberIn(Stage& s, int column)
{
    switch (column) {
    case StageTableModel::Conversion:
        return s.conversionPercent;
    case StageTableModel::MinDays:
        return s.minDays;
    case StageTableModel::LikelyDays:
        return s.likelyDays;
    default:
        return s.maxDays;
    }
}
} // namespace

int StageTableModel::rowsIn(const Persona& persona) const
{
    return static_cast<int>(persona.pipeline.size());
}

bool StageTableModel::sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const
{
    return a.pipeline[static_cast<std::size_t>(rowA)] == b.pipeline[static_cast<std::size_t>(rowB)];
}

int StageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Stage& s = persona().pipeline[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return qstr(s.name);
        if (column == Conversion)
            return tr("%1%").arg(formatNumber(s.conversionPercent));
        return formatNumber(numberIn(s, column));
    case Qt::EditRole:
        if (column == Name)
            return qstr(s.name);
        return numberIn(s, column);
    case Qt::TextAlignmentRole:
        if (column == Name)
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        // The full name too: a long one is elided in the cell.
        if (column == Name)
            return tr("%1\n\n%2").arg(qstr(s.name), columnHeader(column, role).toString());
        return columnHeader(column, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant StageTableModel::columnHeader(int section, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Stage");
        case Conversion:
            return tr("Conversion");
        case MinDays:
            return tr("Min days");
        case LikelyDays:
            return tr("Likely days");
        case MaxDays:
            return tr("Max days");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("What happens in this stage, e.g. “Lead → qualified lead”.");
        case Conversion:
            return tr("Share of the people or accounts in this stage that move on to the next one "
                      "(0–100%). For the last stage: the share that buys.");
        case MinDays:
            return tr("Shortest time spent in this stage, in days (0–3,650).");
        case LikelyDays:
            return tr("Most common time spent in this stage, in days; between min and max.");
        case MaxDays:
            return tr("Longest time spent in this stage, in days (0–3,650).");
        }
    }
    return {};
}

Qt::ItemFlags StageTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) |
           (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QString StageTableModel::problem(int column, double value) const
{
    if (column == Conversion) {
        if (value < 0 || value > 100)
            return tr("The share that moves on must lie between 0 and 100%; %1% was not saved.")
                .arg(formatNumber(value));
        return {};
    }
    if (value < 0 || value > limits::maxDays)
        return tr("Days must lie between 0 and %1; %2 was not saved.")
            .arg(formatNumber(limits::maxDays), formatNumber(value));
    return {};
}

Stage StageTableModel::withDays(Stage stage, const Stage& from, int column, double days)
{
    stage.minDays = from.minDays;
    stage.likelyDays = from.likelyDays;
    stage.maxDays = from.maxDays;
    numberIn(stage, column) = days;
    switch (column) {
    case MinDays:
        stage.likelyDays = std::max(stage.likelyDays, days);
        stage.maxDays = std::max(stage.maxDays, stage.likelyDays);
        break;
    case LikelyDays:
        stage.minDays = std::min(stage.minDays, days);
        stage.maxDays = std::max(stage.maxDays, days);
        break;
    case MaxDays:
        stage.likelyDays = std::min(stage.likelyDays, days);
        stage.minDays = std::min(stage.minDays, stage.likelyDays);
        break;
    default:
        break;
    }
    return stage;
}

QString StageTableModel::movedBoundsNote(int row, const Stage& before, const Stage& after)
{
    QStringList moved;
    if (after.minDays != before.minDays)
        moved << tr("min days moved from %1 to %2")
                     .arg(formatNumber(before.minDays), formatNumber(after.minDays));
    if (after.likelyDays != before.likelyDays)
        moved << tr("likely days moved from %1 to %2")
                     .arg(formatNumber(before.likelyDays), formatNumber(after.likelyDays));
    if (after.maxDays != before.maxDays)
        moved << tr("max days moved from %1 to %2")
                     .arg(formatNumber(before.maxDays), formatNumber(after.maxDays));
    if (moved.isEmpty())
        return {};
    return tr("Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.")
        .arg(Formatting::count(row + 1), moved.join(tr(" and ", "joins the bounds that moved")));
}

bool StageTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role == FallbackRole)
        return rememberFallback(index, value);
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    const int column = index.column();
    const QString field =
        QStringLiteral("pipeline[%1].%2").arg(row).arg(QLatin1String(fieldNames[column]));
    const QString action = tr("Edit pipeline stage %1").arg(Formatting::count(row + 1));
    const auto r = static_cast<std::size_t>(row);

    if (column == Name) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return reject(tr("A stage needs a name; the empty name was not saved."));
        if (utf8Size(name) > limits::maxShortText)
            return reject(tr("A stage name can be at most %1 bytes long; it was not saved.")
                              .arg(limits::maxShortText));
        return edit(field, action, [&](Persona& p) { p.pipeline.at(r).name = stdstr(name); });
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return reject(tr("“%1” is not a number; it was not saved.").arg(value.toString()), index);
    if (const QString why = problem(column, number); !why.isEmpty())
        return reject(why, index);
    if (column == Conversion)
        return edit(field, action,
                    [&](Persona& p) { numberIn(p.pipeline.at(r), column) = number; });
    // Durations can be typed in any order: a likely above the max raises the max with it (one
    // undo step restores both) and a note says so, instead of refusing the value. The other
    // bounds move from where they were before this cell was typed in, not from where the last
    // keystroke put them: typing likely "15" over min 10 passes through 1, and at "15" the min
    // must be 10 again.
    const Stage& current = persona().pipeline[r];
    const Persona* base = document()->mergingBase(personaId(), field);
    const Stage from = base && r < base->pipeline.size() ? base->pipeline[r] : current;
    const Stage after = withDays(current, from, column, number);
    if (!edit(field, action, [&](Persona& p) { p.pipeline.at(r) = after; }))
        return false;
    // After the edit, whose announcement clears the section's message.
    Stage othersMoved = after;
    numberIn(othersMoved, column) = numberIn(from, column); // the typed cell is no news
    if (const QString note = movedBoundsNote(row, from, othersMoved); !note.isEmpty())
        Q_EMIT noted(note);
    return true;
}

bool StageTableModel::insertStage(int row)
{
    if (persona().pipeline.size() >= limits::maxStages)
        return false;
    const auto at = static_cast<std::size_t>(std::clamp(row, 0, rowCount()));
    Stage stage;
    stage.name = stdstr(tr("New stage"));
    stage.conversionPercent = 50;
    stage.minDays = 1;
    stage.likelyDays = 7;
    stage.maxDays = 30;
    return edit(
        uniqueEditKey(QStringLiteral("pipeline.insert")), tr("Add pipeline stage"),
        [&](Persona& p) { p.pipeline.insert(p.pipeline.begin() + static_cast<long>(at), stage); });
}

void StageTableModel::removeStage(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const auto at = static_cast<long>(row);
    edit(uniqueEditKey(QStringLiteral("pipeline.remove")),
         tr("Remove pipeline stage “%1”")
             .arg(qstr(persona().pipeline[static_cast<std::size_t>(row)].name)),
         [&](Persona& p) { p.pipeline.erase(p.pipeline.begin() + at); });
}

void StageTableModel::moveStage(int from, int to)
{
    const int n = rowCount();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    edit(uniqueEditKey(QStringLiteral("pipeline.move")), tr("Reorder pipeline stages"),
         [&](Persona& p) {
             Stage moving = p.pipeline[static_cast<std::size_t>(from)];
             p.pipeline.erase(p.pipeline.begin() + from);
             p.pipeline.insert(p.pipeline.begin() + to, std::move(moving));
         });
}

double StageTableModel::totalMeanDays() const
{
    double total = 0;
    for (const Stage& s : persona().pipeline)
        total += analytics::Triangular::of(s).mean();
    return total;
}

} // namespace b2x
