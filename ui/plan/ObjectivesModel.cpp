// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectivesModel.h"

#include "ObjectivesText.h"
#include "format/Formatting.h"
#include "plan/KpiSuggestions.h"

#include <QStringList>
#include <algorithm>

namespace b2x {

using namespace objectives;

namespace {

// internalId: 0 for an objective; objective row + 1 for its key results.
constexpr quintptr objectiveMarker = 0;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ObjectivesModel::ObjectivesModel(QObject* parent) : QAbstractItemModel(parent) {}

bool ObjectivesModel::load(const Workspace& ws, const plan::PlanAnalysis& analysis)
{
    std::vector<ObjectiveRow> rows;
    rows.reserve(ws.plan.objectives.size());
    const auto personaName = [&](const std::string& id) -> QString {
        if (id.empty())
            return {};
        const plan::PersonaPlanAnalysis* p = analysis.findPersona(id);
        return p ? qs(p->name) : tr("missing persona");
    };
    for (std::size_t i = 0; i < ws.plan.objectives.size(); ++i) {
        const Objective& o = ws.plan.objectives[i];
        const plan::ObjectiveScore* score =
            i < analysis.objectives.size() ? &analysis.objectives[i] : nullptr;
        ObjectiveRow out;
        Row& r = out.row;
        r.id = qs(o.id);
        r.progress = score ? score->progress : std::nullopt;
        r.band = score ? score->band : std::nullopt;
        r.texts[NameColumn] = o.title.empty() ? tr("(untitled objective)") : qs(o.title);
        r.texts[ProgressColumn] = progressText(r.progress, r.band);
        r.texts[ValuesColumn] =
            tr("%n key result(s)", nullptr, static_cast<int>(o.keyResults.size()));
        QStringList details{plan::raceStageName(o.stage)};
        const QString persona = personaName(o.personaId);
        if (!persona.isEmpty())
            details << persona;
        if (!o.owner.empty())
            details << qs(o.owner);
        details << commitmentName(o.commitment);
        r.texts[DetailsColumn] = details.join(QStringLiteral(" · "));
        QStringList why;
        why << tr("Objective “%1”.").arg(r.texts[NameColumn]);
        why << (r.progress ? tr("Progress %1 (%2): the mean of its key results' progress, "
                                "weighted by their weights.")
                                 .arg(Formatting::percent(*r.progress), bandMeaning(*r.band))
                           : tr("No progress yet: none of its key results has a start and a "
                                "target that differ, or every weight is 0."));
        why << tr("RACE stage: %1.").arg(plan::raceStageName(o.stage));
        if (!persona.isEmpty())
            why << tr("Persona: %1.").arg(persona);
        if (!o.owner.empty())
            why << tr("Owner: %1.").arg(qs(o.owner));
        why << (o.commitment == Commitment::Committed
                    ? tr("Committed: expected to be met in full.")
                    : tr("Aspirational: a stretch goal; about 70% is a good result."));
        r.explanation = why.join(QLatin1Char(' '));

        for (std::size_t j = 0; j < o.keyResults.size(); ++j) {
            const KeyResult& k = o.keyResults[j];
            const plan::KeyResultScore s = score && j < score->keyResults.size()
                                               ? score->keyResults[j]
                                               : plan::scoreKeyResult(k, std::nullopt);
            Row kr;
            kr.id = qs(k.id);
            kr.progress = s.progress;
            kr.band = s.band;
            kr.texts[NameColumn] = k.metric.empty() ? tr("(unnamed key result)") : qs(k.metric);
            kr.texts[ProgressColumn] = progressText(s.progress, s.band);
            const QString target = k.derived ? tr("↻ %1", "a derived target, following the "
                                                          "reverse funnel")
                                                   .arg(number(s.target))
                                             : number(s.target);
            kr.texts[ValuesColumn] = startCurrentTarget(k.start, k.current, target, k.unit);
            QStringList krDetails;
            if (k.derived)
                krDetails << (s.targetMovedSinceCheckIn ? tr("↻ derived, moved since the last "
                                                             "check-in")
                                                        : tr("↻ derived"));
            krDetails << tr("weight %1").arg(number(k.weight));
            if (s.confidence)
                krDetails << tr("confidence %1/%2")
                                 .arg(Formatting::count(*s.confidence), Formatting::count(10));
            kr.texts[DetailsColumn] = krDetails.join(QStringLiteral(" · "));
            QStringList krWhy;
            krWhy << tr("Key result “%1”: %2.")
                         .arg(kr.texts[NameColumn],
                              tr("start %1, current %2, target %3")
                                  .arg(number(k.start), number(k.current), number(s.target)));
            krWhy << (s.progress ? tr("Progress %1 (%2): (current − start) ÷ (target − start).")
                                       .arg(Formatting::percent(*s.progress), bandMeaning(*s.band))
                                 : tr("No progress yet: the target equals the start."));
            if (k.derived) {
                krWhy << derivedExplanation(*k.derived, s.liveTarget, k.target, ws);
                if (s.targetMovedSinceCheckIn)
                    krWhy << tr("The target moved from %1 at the last check-in to %2.")
                                 .arg(number(k.target), number(s.target));
            }
            krWhy << tr("Weight %1 in the objective.").arg(number(k.weight));
            if (s.confidence)
                krWhy << tr("Confidence at the latest check-in: %1 of %2.")
                             .arg(Formatting::count(*s.confidence), Formatting::count(10));
            else
                krWhy << tr("No check-in yet.");
            kr.explanation = krWhy.join(QLatin1Char(' '));
            out.keyResults.push_back(std::move(kr));
        }
        rows.push_back(std::move(out));
    }
    return update(std::move(rows));
}

bool ObjectivesModel::update(std::vector<ObjectiveRow> rows)
{
    // A persona edit reloads the tree at every keystroke and changes a few texts at most: the
    // rows that differ are announced, and the view keeps its layout, expansion and selection.
    // Only a different set of objectives or key results resets the model.
    const bool sameShape =
        std::equal(rows.begin(), rows.end(), m_objectives.begin(), m_objectives.end(),
                   [](const ObjectiveRow& a, const ObjectiveRow& b) {
                       return a.row.id == b.row.id &&
                              std::equal(a.keyResults.begin(), a.keyResults.end(),
                                         b.keyResults.begin(), b.keyResults.end(),
                                         [](const Row& x, const Row& y) { return x.id == y.id; });
                   });
    if (!sameShape) {
        beginResetModel();
        m_objectives = std::move(rows);
        endResetModel();
        return true;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int r = static_cast<int>(i);
        if (!(rows[i].row == m_objectives[i].row)) {
            m_objectives[i].row = std::move(rows[i].row);
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
        const QModelIndex parent = index(r, 0);
        auto& keyResults = m_objectives[i].keyResults;
        for (std::size_t j = 0; j < keyResults.size(); ++j)
            if (!(rows[i].keyResults[j] == keyResults[j])) {
                keyResults[j] = std::move(rows[i].keyResults[j]);
                const int k = static_cast<int>(j);
                Q_EMIT dataChanged(index(k, 0, parent), index(k, ColumnCount - 1, parent));
            }
    }
    return false;
}

QModelIndex ObjectivesModel::objectiveIndex(const QString& id) const
{
    for (std::size_t i = 0; i < m_objectives.size(); ++i)
        if (m_objectives[i].row.id == id)
            return index(static_cast<int>(i), 0);
    return {};
}

QModelIndex ObjectivesModel::keyResultIndex(const QString& id) const
{
    for (std::size_t i = 0; i < m_objectives.size(); ++i)
        for (std::size_t j = 0; j < m_objectives[i].keyResults.size(); ++j)
            if (m_objectives[i].keyResults[j].id == id)
                return createIndex(static_cast<int>(j), 0, static_cast<quintptr>(i + 1));
    return {};
}

QModelIndex ObjectivesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, objectiveMarker);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ObjectivesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == objectiveMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, objectiveMarker);
}

int ObjectivesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_objectives.size());
    if (parent.column() != 0 || parent.internalId() != objectiveMarker)
        return 0;
    return static_cast<int>(m_objectives[static_cast<std::size_t>(parent.row())].keyResults.size());
}

int ObjectivesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const ObjectivesModel::Row* ObjectivesModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == objectiveMarker)
        return &m_objectives[static_cast<std::size_t>(index.row())].row;
    const auto& o = m_objectives[static_cast<std::size_t>(index.internalId() - 1)];
    return &o.keyResults[static_cast<std::size_t>(index.row())];
}

QVariant ObjectivesModel::data(const QModelIndex& index, int role) const
{
    const Row* r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return r->texts[index.column()];
    case Qt::ToolTipRole:
    case ExplanationRole:
        return r->explanation;
    case ProgressRole:
        return r->progress ? QVariant(*r->progress) : QVariant();
    case BandRole:
        return r->band ? QVariant(static_cast<int>(*r->band)) : QVariant();
    case IdRole:
        return r->id;
    case IsKeyResultRole:
        return index.internalId() != objectiveMarker;
    default:
        return {};
    }
}

QVariant ObjectivesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Objective / key result");
    case ProgressColumn:
        return tr("Progress");
    case ValuesColumn:
        return tr("Start → current → target");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace b2x
