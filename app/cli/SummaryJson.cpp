// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x summary --json` written as text, event by event, with the workspace writer's
// PrettyJsonWriter: no DOM. At 10,000 personas the document is some 180 MB; building it as one
// nlohmann DOM took 1.4 GiB and 18 s (issue 21). The structure below follows the reference
// builder in SummaryJsonDocument.cpp key for key; SummaryStreamTest compares the bytes.
#include "SummaryJson.h"

#include "analytics/GroupComparison.h"
#include "analytics/PersonaAnalysis.h"
#include "io/PrettyJsonWriter.h"
#include "model/EvidenceValues.h"

#include <QString>
#include <concepts>
#include <optional>
#include <type_traits>
#include <vector>

namespace b2x::cli {

namespace {

using namespace b2x::analytics;

/// A value written as nlohmann writes the same C++ value converted to JSON: bool as a boolean,
/// integers as integers, floating point as a number, strings as strings, an empty QString as
/// null (as the reference builder's `text()`), an absent optional as null, vectors as arrays.
class Writer {
public:
    explicit Writer(std::string& out) : m_json(out) {}

    PrettyJsonWriter& json() { return m_json; }

    template <typename T> void value(const T& v)
    {
        if constexpr (std::is_same_v<T, bool>) {
            m_json.boolean(v);
        } else if constexpr (std::is_integral_v<T>) {
            m_json.integer(static_cast<std::int64_t>(v));
        } else if constexpr (std::is_floating_point_v<T>) {
            m_json.number(static_cast<double>(v));
        } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
            m_json.string(std::string_view(v));
        } else if constexpr (std::is_same_v<T, QString>) {
            if (v.isEmpty())
                m_json.null();
            else
                m_json.string(v.toStdString());
        } else if constexpr (requires {
                                 v.has_value();
                                 *v;
                             }) {
            if (v)
                value(*v);
            else
                m_json.null();
        } else {
            m_json.beginArray();
            for (const auto& item : v)
                value(item);
            m_json.endArray();
        }
    }

    template <typename T> void field(std::string_view key, const T& v)
    {
        m_json.key(key);
        value(v);
    }

    /// A translatable sentence the reference builder always wrote as a string (even empty).
    void sentence(std::string_view key, const QString& s)
    {
        m_json.key(key);
        m_json.string(s.toStdString());
    }

    void nullableNumber(std::string_view key, bool present, double v)
    {
        m_json.key(key);
        if (present)
            m_json.number(v);
        else
            m_json.null();
    }

    void beginObject(std::string_view key)
    {
        m_json.key(key);
        m_json.beginObject();
    }
    void beginArray(std::string_view key)
    {
        m_json.key(key);
        m_json.beginArray();
    }

private:
    PrettyJsonWriter m_json;
};

void writeBehaviour(Writer& w, const BehaviourProfile& b)
{
    w.field("b2bIndex", b.b2bIndex);
    w.field("behavesAs", toString(b.behavesAs));
    w.field("labelMismatch", b.labelMismatch);
    w.sentence("verdict", b.verdict);
    w.beginObject("dimensions");
    for (const auto& d : b.dimensions)
        w.nullableNumber(toString(d.dimension), d.applicable, d.score);
    w.json().endObject();
    w.beginArray("dimensionDetails");
    for (const auto& d : b.dimensions) {
        w.json().beginObject();
        w.field("dimension", toString(d.dimension));
        w.nullableNumber("score", d.applicable, d.score);
        w.field("weight", d.weight);
        w.nullableNumber("input", d.applicable, d.input);
        w.sentence("explanation", d.explanation);
        w.json().endObject();
    }
    w.json().endArray();
}

void writeDecisionUnit(Writer& w, const DecisionUnitAnalysis& d)
{
    w.beginObject("decisionUnit");
    w.field("size", d.size);
    w.field("consensusProbability", d.consensusProbability);
    w.field("cebProbability", d.cebProbability);
    w.field("overridden", d.overridden);
    w.beginArray("uncoveredRoles");
    for (Role r : d.uncoveredRoles)
        w.value(toString(r));
    w.json().endArray();
    w.field("champions", d.champions);
    w.field("blockers", d.blockers);
    w.field("blockersWithoutChampion", d.blockersWithoutChampion);
    w.beginArray("warnings");
    for (const auto& warning : d.warnings)
        w.json().string(warning.toStdString());
    w.json().endArray();
    w.json().endObject();
}

void writeFunnel(Writer& w, const Funnel& f)
{
    w.beginObject("funnel");
    w.beginArray("stages");
    for (const auto& s : f.stages) {
        w.json().beginObject();
        w.field("name", s.name);
        w.field("count", s.count);
        w.field("conversionPercent", s.conversionRate * 100.0);
        w.json().endObject();
    }
    w.json().endArray();
    w.field("customersPerMonth", f.customersPerMonth);
    w.json().endObject();
}

void writeEconomics(Writer& w, const UnitEconomics& e)
{
    w.beginObject("economics");
    w.field("revenueModel", toString(e.revenueModel));
    w.field("cac", e.cac);
    w.field("clv", e.clv);
    w.field("clvToCac", e.clvToCac);
    w.field("paybackMonths", e.paybackMonths);
    w.field("roas", e.roas);
    w.field("breakEvenRoas", e.breakEvenRoas);
    w.field("monthlyRevenuePerCustomer", e.monthlyRevenuePerCustomer);
    w.field("lifetimeMonths", e.lifetimeMonths);
    w.field("monthlyChurn", e.monthlyChurn);
    w.field("steadyStateCustomers", e.steadyStateCustomers);
    w.field("steadyStateMrr", e.steadyStateMrr);
    w.field("steadyStateArr", e.steadyStateArr);
    w.json().endObject();
}

/// Keyed like the file's "evidence" object, in the same order (see the reference builder).
void writeEvidence(Writer& w, const Persona& p)
{
    w.beginObject("evidence");
    for (const auto& [field, e] : p.evidence) {
        w.beginObject(toString(field));
        w.field("source", e.source);
        w.field("confidence", toString(e.confidence));
        w.field("stale", isStale(p, field));
        w.field("writtenFor", e.writtenFor);
        w.field("current", evidenceValues(p, field));
        w.json().endObject();
    }
    w.json().endObject();
}

void writePersona(Writer& w, const Persona& p, const PersonaAnalysis& a,
                  const ChannelCatalogue& catalogue)
{
    w.json().beginObject();
    w.field("id", p.id);
    w.field("name", p.name);
    w.field("label", toString(p.label));
    writeBehaviour(w, a.behaviour);
    writeDecisionUnit(w, a.decisionUnit);
    const SalesCycle& c = a.salesCycle;
    w.beginObject("salesCycle");
    w.field("meanDays", c.meanDays);
    w.field("p50Days", c.p50Days);
    w.field("p90Days", c.p90Days);
    w.field("minDays", c.minDays);
    w.field("maxDays", c.maxDays);
    w.field("stages", c.stages);
    w.json().endObject();
    writeFunnel(w, a.funnel);
    writeEconomics(w, a.economics);
    w.field("inMarketSharePerQuarter", a.inMarketSharePerQuarter);
    const TimeToRevenue& t = a.timeToRevenue;
    w.beginObject("timeToRevenue");
    w.field("monthlyRevenue", t.monthlyRevenue);
    w.field("newCustomerRevenue", t.newCustomerRevenue);
    w.field("steadyStateRevenue", t.steadyStateRevenue);
    w.field("monthsTo50Percent", t.monthsTo50Percent);
    w.json().endObject();
    w.beginArray("attribution");
    for (const auto& check : a.attribution) {
        w.json().beginObject();
        w.field("channel", check.channelId);
        w.field("windowDays", check.windowDays);
        w.field("coversP50", check.coversP50);
        w.field("coversP90", check.coversP90);
        w.field("platform", check.platform);
        w.field("platformDefaultDays", check.platformDefaultDays);
        w.field("platformMaxDays", check.platformMaxDays);
        w.field("exceedsPlatformMax", check.exceedsPlatformMax);
        w.field("warning", check.warning);
        w.json().endObject();
    }
    w.json().endArray();
    w.beginArray("channelFit");
    for (const auto& fit : explainChannels(p, a.behaviour, a.salesCycle.meanDays, catalogue)) {
        w.json().beginObject();
        w.field("channel", fit.channelId);
        w.field("score", fit.score);
        w.beginObject("factors");
        for (const auto& f : fit.factors)
            w.field(toString(f.kind), f.effect());
        w.json().endObject();
        w.json().endObject();
    }
    w.json().endArray();
    writeEvidence(w, p);
    w.json().endObject();
}

void writeComparison(Writer& w, std::string_view key, const GroupComparison& c)
{
    w.beginObject(key);
    w.beginArray("groups");
    for (const auto& g : c.groups) {
        w.json().beginObject();
        w.field("group", g.group);
        w.field("personas", g.personas);
        w.beginObject("outputs");
        for (const auto& s : g.outputs) {
            w.beginObject(s.name);
            w.field("count", s.count);
            w.field("mean", s.mean);
            w.field("median", s.median);
            w.json().endObject();
        }
        w.json().endObject();
        w.json().endObject();
    }
    w.json().endArray();
    w.beginArray("differences");
    for (const auto& d : c.differences) {
        w.json().beginObject();
        w.field("minuend", d.minuend);
        w.field("subtrahend", d.subtrahend);
        w.beginObject("outputs");
        for (const auto& o : d.outputs) {
            w.beginObject(o.name);
            w.field("mean", o.mean);
            w.field("median", o.median);
            w.json().endObject();
        }
        w.json().endObject();
        w.json().endObject();
    }
    w.json().endArray();
    w.json().endObject();
}

/// Text is handed on once this much has gathered (and at the end).
constexpr std::size_t flushBytes = 1 << 16;

} // namespace

void writeSummaryJson(const Workspace& ws, const TextSink& sink)
{
    std::vector<const Persona*> personas;
    personas.reserve(ws.personas.size());
    for (const auto& p : ws.personas)
        personas.push_back(&p);
    // Every persona's analysis is needed again for the group comparisons at the end; the
    // analyses are independent, so they run on every core first (the same numbers as one at a
    // time: SampleWorkspace.ManyPersonasAnalysedOnSeveralThreadsGiveTheSameNumbers).
    writeSummaryJson(ws, analysePersonas(personas, ws.catalogue()), sink);
}

void writeSummaryJson(const Workspace& ws, const std::vector<PersonaAnalysis>& analyses,
                      const TextSink& sink)
{
    const ChannelCatalogue catalogue = ws.catalogue();

    std::string out;
    out.reserve(flushBytes * 2);
    const auto flush = [&](bool always) {
        if (out.size() >= flushBytes || (always && !out.empty())) {
            sink(out);
            out.clear();
        }
    };
    Writer w(out);
    w.json().beginObject();
    w.beginObject("workspace");
    w.field("name", ws.name);
    w.field("currency", ws.currency);
    w.json().endObject();
    w.beginArray("personas");
    for (std::size_t i = 0; i < ws.personas.size(); ++i) {
        writePersona(w, ws.personas[i], analyses[i], catalogue);
        flush(false);
    }
    w.json().endArray();
    w.beginObject("groups");
    writeComparison(w, "byLabel", compareGroups(analyses, GroupBy::Label));
    writeComparison(w, "byBehaviour", compareGroups(analyses, GroupBy::Behaviour));
    w.json().endObject();
    w.json().endObject();
    out += '\n';
    flush(true);
}

std::string summaryJson(const Workspace& ws)
{
    std::string text;
    writeSummaryJson(ws, [&](std::string_view piece) { text += piece; });
    return text;
}

} // namespace b2x::cli
