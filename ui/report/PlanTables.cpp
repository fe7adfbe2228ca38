// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTables.h"

#include "model/ChannelNames.h"
#include "plan/PlanAnalysis.h"

#include <optional>

namespace b2x {

namespace {

PlanCell text(std::string_view s)
{
    return s.empty() ? PlanCell{} : PlanCell{std::string(s)};
}

PlanCell number(std::optional<double> v)
{
    return v ? PlanCell{*v} : PlanCell{};
}

class Names {
public:
    explicit Names(const Workspace& ws) : m_ws(ws), m_catalogue(ws.catalogue()) {}

    PlanCell persona(const std::string& id) const
    {
        const Persona* p = id.empty() ? nullptr : m_ws.findPersona(id);
        return p ? text(p->name) : PlanCell{};
    }
    PlanCell channel(const std::string& id) const
    {
        if (id.empty() || !m_catalogue.find(id))
            return {};
        return text(channelDisplayName(id, m_catalogue).toStdString());
    }
    PlanCell keyResult(const std::string& id) const
    {
        const KeyResult* kr = id.empty() ? nullptr : m_ws.plan.findKeyResult(id);
        return kr ? text(kr->metric) : PlanCell{};
    }

private:
    const Workspace& m_ws;
    ChannelCatalogue m_catalogue;
};

using K = PlanColumnKind;

PlanTable tactics(const Workspace& ws, const Names& names)
{
    PlanTable t{"tactics",
                {{"id", K::Text},
                 {"name", K::Text},
                 {"personaId", K::Text},
                 {"persona", K::Text},
                 {"stage", K::Text},
                 {"channelId", K::Text},
                 {"channel", K::Text},
                 {"start", K::Date},
                 {"end", K::Date},
                 {"plannedBudget", K::Money},
                 {"actualBudget", K::Money},
                 {"status", K::Text},
                 {"owner", K::Text},
                 {"keyResultId", K::Text},
                 {"keyResult", K::Text}},
                {}};
    for (const Tactic& x : ws.plan.tactics)
        t.rows.push_back({text(x.id), text(x.name), text(x.personaId), names.persona(x.personaId),
                          text(toString(x.stage)), text(x.channelId), names.channel(x.channelId),
                          text(x.start), text(x.end), x.plannedBudget, number(x.actualBudget),
                          text(toString(x.status)), text(x.owner), text(x.keyResultId),
                          names.keyResult(x.keyResultId)});
    return t;
}

PlanTable keyResults(const Workspace& ws, const Names& names, const plan::PlanAnalysis& analysis)
{
    PlanTable t{"key-results",
                {{"objectiveId", K::Text},
                 {"objective", K::Text},
                 {"stage", K::Text},
                 {"commitment", K::Text},
                 {"owner", K::Text},
                 {"personaId", K::Text},
                 {"persona", K::Text},
                 {"id", K::Text},
                 {"metric", K::Text},
                 {"unit", K::Text},
                 {"start", K::Number},
                 {"target", K::Number},
                 {"current", K::Number},
                 {"weight", K::Number},
                 {"progress", K::Share},
                 {"derivedFrom", K::Text},
                 {"checkIns", K::Number},
                 {"lastCheckIn", K::Date},
                 {"confidence", K::Number}},
                {}};
    for (std::size_t o = 0; o < ws.plan.objectives.size(); ++o) {
        const Objective& obj = ws.plan.objectives[o];
        const plan::ObjectiveScore* score =
            o < analysis.objectives.size() ? &analysis.objectives[o] : nullptr;
        for (std::size_t k = 0; k < obj.keyResults.size(); ++k) {
            const KeyResult& kr = obj.keyResults[k];
            const plan::KeyResultScore* s =
                score && k < score->keyResults.size() ? &score->keyResults[k] : nullptr;
            std::string last;
            for (const CheckIn& c : kr.checkIns)
                if (c.date > last)
                    last = c.date;
            std::optional<double> confidence;
            if (s && s->confidence)
                confidence = *s->confidence;
            t.rows.push_back({text(obj.id), text(obj.title), text(toString(obj.stage)),
                              text(toString(obj.commitment)), text(obj.owner), text(obj.personaId),
                              names.persona(obj.personaId), text(kr.id), text(kr.metric),
                              text(kr.unit), kr.start, s ? s->target : kr.target, kr.current,
                              kr.weight, number(s ? s->progress : std::nullopt),
                              kr.derived ? text(toString(kr.derived->quantity)) : PlanCell{},
                              static_cast<double>(kr.checkIns.size()), text(last),
                              number(confidence)});
        }
    }
    return t;
}

PlanTable content(const Workspace& ws, const Names& names)
{
    PlanTable t{"content",
                {{"id", K::Text},
                 {"title", K::Text},
                 {"format", K::Text},
                 {"personaId", K::Text},
                 {"persona", K::Text},
                 {"stage", K::Text},
                 {"callToAction", K::Text},
                 {"channelId", K::Text},
                 {"channel", K::Text},
                 {"status", K::Text},
                 {"publishDate", K::Date},
                 {"address", K::Text}},
                {}};
    for (const ContentItem& x : ws.plan.content)
        t.rows.push_back({text(x.id), text(x.title), text(x.format), text(x.personaId),
                          names.persona(x.personaId), text(toString(x.stage)), text(x.callToAction),
                          text(x.channelId), names.channel(x.channelId), text(toString(x.status)),
                          text(x.publishDate), text(x.address)});
    return t;
}

} // namespace

std::vector<PlanTable> planTables(const Workspace& ws, QDate today)
{
    return planTables(ws, plan::analysePlan(ws, today));
}

std::vector<PlanTable> planTables(const Workspace& ws, const plan::PlanAnalysis& analysis)
{
    const Names names(ws);
    return {tactics(ws, names), keyResults(ws, names, analysis), content(ws, names)};
}

} // namespace b2x
