// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDecoder.h"

#include "ReportDecoder.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <set>

namespace b2x {

namespace {

using Json = nlohmann::json;
using Need = JsonDecoder::Need;
using Scope = JsonDecoder::Scope;
namespace L = limits;

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/// A YYYY-MM-DD date, or empty when `allowEmpty`.
void date(JsonDecoder& d, const Json& o, const char* key, std::string& out, bool allowEmpty = true)
{
    std::string value = out;
    d.text(o, key, value, L::maxShortText);
    if (value.empty() && allowEmpty) {
        out.clear();
        return;
    }
    if (!o.contains(key) || !o[key].is_string())
        return;
    if (!isIsoDate(value)) {
        Scope s(d, key);
        d.fail(tr("must be a date written YYYY-MM-DD, such as 2027-01-31; found \"%1\"")
                   .arg(qs(value)));
        return;
    }
    out = std::move(value);
}

/// A required, non-empty id, unique among `used`.
void identifier(JsonDecoder& d, const Json& o, std::string& out, std::set<std::string>& used)
{
    d.text(o, "id", out, L::maxShortText, Need::Required);
    if (!o.contains("id") || !o["id"].is_string())
        return;
    Scope s(d, "id");
    if (out.empty())
        d.fail(tr("must not be empty"));
    else if (!used.insert(out).second)
        d.fail(tr("\"%1\" is used by an earlier item; every item needs its own id").arg(qs(out)));
}

class PlanReader {
public:
    PlanReader(JsonDecoder& decoder, const Workspace& workspace)
        : d(decoder), ws(workspace), catalogue(workspace.catalogue())
    {
    }

    void read(const Json& o, Plan& plan)
    {
        period(o, plan.period);
        stages(o, plan.stages);
        personas(o, plan.personas);
        objectives(o, plan.objectives);
        tactics(o, plan.tactics);
        content(o, plan.content);
        // Tactics may serve any key result of the plan, wherever it stands in the file.
        Scope s(d, "tactics");
        for (std::size_t i = 0; i < plan.tactics.size(); ++i) {
            const std::string& id = plan.tactics[i].keyResultId;
            if (id.empty() || keyResultIds.contains(id))
                continue;
            Scope si(d, tacticIndex[i]);
            Scope sk(d, "keyResult");
            d.warn(QCoreApplication::translate(
                       "b2x",
                       "\"%1\" is not a key result of this plan; the tactic is kept and serves "
                       "none until it is changed")
                       .arg(qs(id)));
        }
    }

private:
    void period(const Json& parent, PlanPeriod& p)
    {
        const Json* o = d.object(parent, "period");
        if (!o)
            return;
        Scope s(d, "period");
        d.text(*o, "name", p.name, L::maxShortText);
        const auto before = d.problemCount();
        date(d, *o, "start", p.start);
        date(d, *o, "end", p.end);
        if (d.problemCount() != before)
            return; // a date that is wrong already says so
        if (p.start.empty() != p.end.empty())
            d.fail(QCoreApplication::translate("b2x",
                                               "needs both a start and an end date, or neither"));
        else if (!p.start.empty() && p.end < p.start) // YYYY-MM-DD sorts as text
            d.fail(QCoreApplication::translate("b2x", "ends (%1) before it starts (%2)")
                       .arg(qs(p.end), qs(p.start)));
    }

    void stages(const Json& parent, std::array<RaceStagePlan, raceStageCount>& out)
    {
        const Json* o = d.object(parent, "stages");
        if (!o)
            return;
        Scope s(d, "stages");
        for (std::size_t i = 0; i < raceStageCount; ++i) {
            const auto key = toString(static_cast<RaceStage>(i));
            const std::string name(key);
            const Json* stage = d.object(*o, name);
            if (!stage)
                continue;
            Scope ss(d, key);
            d.text(*stage, "opportunity", out[i].opportunity, L::maxLongText);
            d.text(*stage, "strategy", out[i].strategy, L::maxLongText);
            d.text(*stage, "actions", out[i].actions, L::maxLongText);
        }
    }

    /// A persona reference: text; an id the workspace lacks is kept with a warning.
    void personaRef(const Json& o, const char* key, std::string& out, Need need = Need::Optional)
    {
        d.text(o, key, out, L::maxShortText, need);
        if (out.empty() || ws.findPersona(out))
            return;
        Scope s(d, key);
        d.warn(QCoreApplication::translate(
                   "b2x",
                   "persona \"%1\" is not in this workspace (deleted?); the reference is kept and "
                   "the plan's checks flag it")
                   .arg(qs(out)));
    }

    void channelRef(const Json& o, std::string& out)
    {
        d.text(o, "channel", out, L::maxShortText);
        if (out.empty() || catalogue.find(out))
            return;
        Scope s(d, "channel");
        d.warn(QCoreApplication::translate(
                   "b2x", "\"%1\" is not one of the catalogue's or this workspace's channels; the "
                          "reference is kept and the models ignore it")
                   .arg(qs(out)));
    }

    /// Reads the list `key` of `parent` (at most `cap` items, else a problem): every item must be
    /// an object, read into a new element of `out` by `read(object, element, index in the file)`.
    template <typename Item, typename Read>
    void list(const Json& parent, const char* key, std::size_t cap, std::vector<Item>& out,
              Read read)
    {
        const Json* items = d.array(parent, key, cap);
        if (!items)
            return;
        Scope s(d, key);
        for (std::size_t i = 0; i < items->size(); ++i) {
            Scope si(d, i);
            const Json& o = (*items)[i];
            if (!d.expectObject(o))
                continue;
            Item item;
            read(o, item, i);
            out.push_back(std::move(item));
        }
    }

    void personas(const Json& parent, std::vector<PersonaPlan>& out)
    {
        std::set<std::string> seen;
        list(parent, "personas", L::maxPersonas, out,
             [&](const Json& o, PersonaPlan& p, std::size_t) {
                 personaRef(o, "persona", p.personaId, Need::Required);
                 if (!p.personaId.empty() && !seen.insert(p.personaId).second) {
                     Scope sp(d, "persona");
                     d.fail(QCoreApplication::translate(
                                "b2x",
                                "\"%1\" has an earlier entry; a persona has one target and one "
                                "audience size")
                                .arg(qs(p.personaId)));
                 }
                 d.enumeration(o, "targetKind", p.targetKind);
                 d.optionalNumber(o, "target", p.target, 0, L::maxMoney);
                 d.optionalNumber(o, "audienceSize", p.audienceSize, 0, L::maxVolume);
             });
    }

    void checkIns(const Json& parent, std::vector<CheckIn>& out)
    {
        list(parent, "checkIns", L::maxCheckIns, out, [&](const Json& o, CheckIn& c, std::size_t) {
            date(d, o, "date", c.date, false);
            if (!o.contains("date")) {
                Scope sd(d, "date");
                d.fail(QCoreApplication::translate("b2x", "is missing"));
            }
            d.number(o, "value", c.value, -L::maxMoney, L::maxMoney, Need::Required);
            d.integer(o, "confidence", c.confidence, 0, 10);
            d.text(o, "comment", c.comment, L::maxLongText);
        });
    }

    void derived(const Json& parent, std::optional<DerivedTarget>& out)
    {
        const auto it = parent.find("derived");
        if (it == parent.end() || it->is_null())
            return;
        const Json* o = d.object(parent, "derived");
        if (!o)
            return;
        Scope s(d, "derived");
        DerivedTarget t;
        personaRef(*o, "persona", t.personaId, Need::Required);
        d.enumeration(*o, "quantity", t.quantity, Need::Required);
        d.integer(*o, "stage", t.stageIndex, 0, static_cast<int>(L::maxStages) - 1);
        if (const Persona* p = ws.findPersona(t.personaId);
            p && t.quantity == DerivedQuantity::StageEntries &&
            static_cast<std::size_t>(t.stageIndex) >= p->pipeline.size()) {
            Scope ss(d, "stage");
            d.warn(QCoreApplication::translate(
                       "b2x",
                       "the persona's pipeline has no stage %1 (it has %2); the key result keeps "
                       "its own target until this is changed")
                       .arg(t.stageIndex + 1)
                       .arg(p->pipeline.size()));
        }
        out = std::move(t);
    }

    void keyResults(const Json& parent, std::vector<KeyResult>& out)
    {
        list(parent, "keyResults", L::maxKeyResults, out,
             [&](const Json& o, KeyResult& k, std::size_t) {
                 identifier(d, o, k.id, keyResultIds);
                 d.text(o, "metric", k.metric, L::maxShortText, Need::Required);
                 d.text(o, "unit", k.unit, L::maxShortText);
                 d.number(o, "start", k.start, -L::maxMoney, L::maxMoney);
                 d.number(o, "target", k.target, -L::maxMoney, L::maxMoney, Need::Required);
                 d.number(o, "current", k.current, -L::maxMoney, L::maxMoney);
                 d.number(o, "weight", k.weight, 0, 1000);
                 derived(o, k.derived);
                 checkIns(o, k.checkIns);
             });
    }

    void objectives(const Json& parent, std::vector<Objective>& out)
    {
        std::set<std::string> ids;
        list(parent, "objectives", L::maxObjectives, out,
             [&](const Json& o, Objective& obj, std::size_t) {
                 identifier(d, o, obj.id, ids);
                 d.text(o, "title", obj.title, L::maxShortText, Need::Required);
                 d.text(o, "owner", obj.owner, L::maxShortText);
                 d.enumeration(o, "stage", obj.stage);
                 personaRef(o, "persona", obj.personaId);
                 d.enumeration(o, "commitment", obj.commitment);
                 keyResults(o, obj.keyResults);
             });
    }

    void money(const Json& o, const char* key, double& out)
    {
        d.number(o, key, out, 0, L::maxMoney);
    }

    void tactics(const Json& parent, std::vector<Tactic>& out)
    {
        std::set<std::string> ids;
        list(parent, "tactics", L::maxTactics, out, [&](const Json& o, Tactic& t, std::size_t i) {
            identifier(d, o, t.id, ids);
            d.text(o, "name", t.name, L::maxShortText, Need::Required);
            personaRef(o, "persona", t.personaId);
            d.enumeration(o, "stage", t.stage);
            channelRef(o, t.channelId);
            date(d, o, "start", t.start);
            date(d, o, "end", t.end);
            if (!t.start.empty() && !t.end.empty() && t.end < t.start)
                d.fail(QCoreApplication::translate("b2x", "ends (%1) before it starts (%2)")
                           .arg(qs(t.end), qs(t.start)));
            money(o, "plannedBudget", t.plannedBudget);
            d.optionalNumber(o, "actualBudget", t.actualBudget, 0, L::maxMoney);
            d.enumeration(o, "status", t.status);
            d.text(o, "owner", t.owner, L::maxShortText);
            d.text(o, "keyResult", t.keyResultId, L::maxShortText);
            tacticIndex.push_back(i);
        });
    }

    void content(const Json& parent, std::vector<ContentItem>& out)
    {
        std::set<std::string> ids;
        list(parent, "content", L::maxContentItems, out,
             [&](const Json& o, ContentItem& c, std::size_t) {
                 identifier(d, o, c.id, ids);
                 d.text(o, "title", c.title, L::maxShortText, Need::Required);
                 d.text(o, "format", c.format, L::maxShortText);
                 personaRef(o, "persona", c.personaId);
                 d.enumeration(o, "stage", c.stage);
                 d.text(o, "callToAction", c.callToAction, L::maxShortText);
                 channelRef(o, c.channelId);
                 d.enumeration(o, "status", c.status);
                 date(d, o, "publishDate", c.publishDate);
                 d.text(o, "address", c.address, L::maxLongText);
             });
    }

    JsonDecoder& d;
    const Workspace& ws;
    ChannelCatalogue catalogue;
    std::set<std::string> keyResultIds;
    std::vector<std::size_t> tacticIndex; ///< each decoded tactic's index in the file's list
};

} // namespace

void decodePlan(JsonDecoder& d, const Json& root, Workspace& ws, Need need)
{
    const Json* o = d.object(root, "plan", need);
    if (!o)
        return;
    Scope s(d, "plan");
    Plan plan;
    PlanReader(d, ws).read(*o, plan);
    ws.plan = std::move(plan);
}

} // namespace b2x
