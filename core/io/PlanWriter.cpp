// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanWriter.h"

#include <QCoreApplication>
#include <cmath>
#include <optional>

namespace b2x {

namespace {

class PlanEncoder {
public:
    PlanEncoder(PrettyJsonWriter& writer, QString& error) : w(writer), m_error(error) {}

    void plan(const Plan& p)
    {
        w.key("plan");
        w.beginObject();
        w.key("period");
        w.beginObject();
        text("name", p.period.name);
        text("start", p.period.start);
        text("end", p.period.end);
        w.endObject();
        w.key("stages");
        w.beginObject();
        for (std::size_t i = 0; i < raceStageCount; ++i) {
            w.key(toString(static_cast<RaceStage>(i)));
            w.beginObject();
            text("opportunity", p.stages[i].opportunity);
            text("strategy", p.stages[i].strategy);
            text("actions", p.stages[i].actions);
            w.endObject();
        }
        w.endObject();
        w.key("personas");
        w.beginArray();
        for (const auto& pp : p.personas) {
            w.beginObject();
            text("persona", pp.personaId);
            text("targetKind", toString(pp.targetKind));
            optional("target", pp.target, "plan target");
            optional("audienceSize", pp.audienceSize, "audience size");
            w.endObject();
        }
        w.endArray();
        w.key("objectives");
        w.beginArray();
        for (const auto& o : p.objectives)
            objective(o);
        w.endArray();
        w.key("tactics");
        w.beginArray();
        for (const auto& t : p.tactics)
            tactic(t);
        w.endArray();
        w.key("content");
        w.beginArray();
        for (const auto& c : p.content)
            contentItem(c);
        w.endArray();
        w.endObject();
    }

private:
    void text(const char* key, std::string_view value)
    {
        w.key(key);
        w.string(value);
    }
    void number(const char* key, double v, const char* what)
    {
        w.key(key);
        if (!std::isfinite(v)) {
            if (m_error.isEmpty())
                m_error =
                    QCoreApplication::translate("b2x::WorkspaceWriter",
                                                "%1 is not a finite number, so it cannot be saved")
                        .arg(QString::fromUtf8(what));
            w.null();
            return;
        }
        // As the workspace writer: whole numbers without ".0".
        constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
        if (v == std::trunc(v) && std::fabs(v) < exactIntegerLimit)
            w.integer(static_cast<std::int64_t>(v));
        else
            w.number(v);
    }
    void optional(const char* key, const std::optional<double>& v, const char* what)
    {
        if (v) {
            number(key, *v, what);
        } else {
            w.key(key);
            w.null();
        }
    }

    void objective(const Objective& o)
    {
        w.beginObject();
        text("id", o.id);
        text("title", o.title);
        text("owner", o.owner);
        text("stage", toString(o.stage));
        text("persona", o.personaId);
        text("commitment", toString(o.commitment));
        w.key("keyResults");
        w.beginArray();
        for (const auto& k : o.keyResults) {
            w.beginObject();
            text("id", k.id);
            text("metric", k.metric);
            text("unit", k.unit);
            number("start", k.start, "key result start");
            number("target", k.target, "key result target");
            number("current", k.current, "key result current value");
            number("weight", k.weight, "key result weight");
            w.key("derived");
            if (k.derived) {
                w.beginObject();
                text("persona", k.derived->personaId);
                text("quantity", toString(k.derived->quantity));
                w.key("stage");
                w.integer(k.derived->stageIndex);
                w.endObject();
            } else {
                w.null();
            }
            w.key("checkIns");
            w.beginArray();
            for (const auto& c : k.checkIns) {
                w.beginObject();
                text("date", c.date);
                number("value", c.value, "check-in value");
                w.key("confidence");
                w.integer(c.confidence);
                text("comment", c.comment);
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    void tactic(const Tactic& t)
    {
        w.beginObject();
        text("id", t.id);
        text("name", t.name);
        text("persona", t.personaId);
        text("stage", toString(t.stage));
        text("channel", t.channelId);
        text("start", t.start);
        text("end", t.end);
        number("plannedBudget", t.plannedBudget, "planned budget");
        optional("actualBudget", t.actualBudget, "actual budget");
        text("status", toString(t.status));
        text("owner", t.owner);
        text("keyResult", t.keyResultId);
        w.endObject();
    }

    void contentItem(const ContentItem& c)
    {
        w.beginObject();
        text("id", c.id);
        text("title", c.title);
        text("format", c.format);
        text("persona", c.personaId);
        text("stage", toString(c.stage));
        text("callToAction", c.callToAction);
        text("channel", c.channelId);
        text("status", toString(c.status));
        text("publishDate", c.publishDate);
        text("address", c.address);
        w.endObject();
    }

    PrettyJsonWriter& w;
    QString& m_error;
};

} // namespace

void writePlan(PrettyJsonWriter& writer, const Plan& plan, QString& error)
{
    PlanEncoder(writer, error).plan(plan);
}

} // namespace b2x
