// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryJsonDocument.h"

#include "analytics/GroupComparison.h"
#include "analytics/PersonaAnalysis.h"
#include "model/EvidenceValues.h"

#include <nlohmann/json.hpp>

namespace b2x::cli {

namespace {

using Json = nlohmann::ordered_json;
using namespace b2x::analytics;

Json optional(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json text(const QString& s)
{
    return s.isEmpty() ? Json(nullptr) : Json(s.toStdString());
}

Json behaviourJson(const BehaviourProfile& b, Json& j)
{
    j["b2bIndex"] = b.b2bIndex;
    j["behavesAs"] = std::string(toString(b.behavesAs));
    j["labelMismatch"] = b.labelMismatch;
    j["verdict"] = b.verdict.toStdString();
    Json dims = Json::object();
    Json details = Json::array();
    for (const auto& d : b.dimensions) {
        const std::string name(toString(d.dimension));
        dims[name] = d.applicable ? Json(d.score) : Json(nullptr);
        details.push_back({{"dimension", name},
                           {"score", d.applicable ? Json(d.score) : Json(nullptr)},
                           {"weight", d.weight},
                           {"input", d.applicable ? Json(d.input) : Json(nullptr)},
                           {"explanation", d.explanation.toStdString()}});
    }
    j["dimensions"] = std::move(dims);
    j["dimensionDetails"] = std::move(details);
    return j;
}

Json decisionUnitJson(const DecisionUnitAnalysis& d)
{
    Json roles = Json::array();
    for (Role r : d.uncoveredRoles)
        roles.push_back(std::string(toString(r)));
    Json warnings = Json::array();
    for (const auto& w : d.warnings)
        warnings.push_back(w.toStdString());
    return {{"size", d.size},
            {"consensusProbability", d.consensusProbability},
            {"cebProbability", d.cebProbability},
            {"overridden", d.overridden},
            {"uncoveredRoles", std::move(roles)},
            {"champions", d.champions},
            {"blockers", d.blockers},
            {"blockersWithoutChampion", d.blockersWithoutChampion},
            {"warnings", std::move(warnings)}};
}

Json funnelJson(const Funnel& f)
{
    Json stages = Json::array();
    for (const auto& s : f.stages)
        stages.push_back({{"name", s.name},
                          {"count", s.count},
                          {"conversionPercent", s.conversionRate * 100.0}});
    return {{"stages", std::move(stages)}, {"customersPerMonth", f.customersPerMonth}};
}

Json economicsJson(const UnitEconomics& e)
{
    return {{"revenueModel", std::string(toString(e.revenueModel))},
            {"cac", optional(e.cac)},
            {"clv", e.clv},
            {"clvToCac", optional(e.clvToCac)},
            {"paybackMonths", optional(e.paybackMonths)},
            {"roas", optional(e.roas)},
            {"breakEvenRoas", optional(e.breakEvenRoas)},
            {"monthlyRevenuePerCustomer", e.monthlyRevenuePerCustomer},
            {"lifetimeMonths", e.lifetimeMonths},
            {"monthlyChurn", optional(e.monthlyChurn)},
            {"steadyStateCustomers", optional(e.steadyStateCustomers)},
            {"steadyStateMrr", optional(e.steadyStateMrr)},
            {"steadyStateArr", optional(e.steadyStateArr)}};
}

Json optionalInt(const std::optional<int>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

/// Keyed like the file's "evidence" object, in the same order. A stale item's source was written
/// for other values than the persona has now, so it does not back the current number.
Json evidenceJson(const Persona& p)
{
    Json items = Json::object();
    for (const auto& [field, e] : p.evidence)
        items[std::string(toString(field))] = {{"source", e.source},
                                               {"confidence", std::string(toString(e.confidence))},
                                               {"stale", isStale(p, field)},
                                               {"writtenFor", e.writtenFor},
                                               {"current", evidenceValues(p, field)}};
    return items;
}

Json personaJson(const Persona& p, const PersonaAnalysis& a, const ChannelCatalogue& catalogue)
{
    Json j;
    j["id"] = p.id;
    j["name"] = p.name;
    j["label"] = std::string(toString(p.label));
    behaviourJson(a.behaviour, j);
    j["decisionUnit"] = decisionUnitJson(a.decisionUnit);
    const SalesCycle& c = a.salesCycle;
    j["salesCycle"] = {{"meanDays", c.meanDays}, {"p50Days", c.p50Days}, {"p90Days", c.p90Days},
                       {"minDays", c.minDays},   {"maxDays", c.maxDays}, {"stages", c.stages}};
    j["funnel"] = funnelJson(a.funnel);
    j["economics"] = economicsJson(a.economics);
    j["inMarketSharePerQuarter"] = a.inMarketSharePerQuarter;
    const TimeToRevenue& t = a.timeToRevenue;
    j["timeToRevenue"] = {{"monthlyRevenue", t.monthlyRevenue},
                          {"newCustomerRevenue", t.newCustomerRevenue},
                          {"steadyStateRevenue", optional(t.steadyStateRevenue)},
                          {"monthsTo50Percent", optionalInt(t.monthsTo50Percent)}};
    Json attribution = Json::array();
    for (const auto& check : a.attribution)
        attribution.push_back({{"channel", check.channelId},
                               {"windowDays", check.windowDays},
                               {"coversP50", check.coversP50},
                               {"coversP90", check.coversP90},
                               {"platform", check.platform},
                               {"platformDefaultDays", optionalInt(check.platformDefaultDays)},
                               {"platformMaxDays", optionalInt(check.platformMaxDays)},
                               {"exceedsPlatformMax", check.exceedsPlatformMax},
                               {"warning", text(check.warning)}});
    j["attribution"] = std::move(attribution);
    Json fits = Json::array();
    for (const auto& fit : explainChannels(p, a.behaviour, a.salesCycle.meanDays, catalogue)) {
        Json factors = Json::object();
        for (const auto& f : fit.factors)
            factors[std::string(toString(f.kind))] = f.effect();
        fits.push_back(
            {{"channel", fit.channelId}, {"score", fit.score}, {"factors", std::move(factors)}});
    }
    j["channelFit"] = std::move(fits);
    j["evidence"] = evidenceJson(p);
    return j;
}

Json comparisonJson(const GroupComparison& c)
{
    Json groups = Json::array();
    for (const auto& g : c.groups) {
        Json outputs = Json::object();
        for (const auto& s : g.outputs)
            outputs[s.name] = {
                {"count", s.count}, {"mean", optional(s.mean)}, {"median", optional(s.median)}};
        groups.push_back(
            {{"group", g.group}, {"personas", g.personas}, {"outputs", std::move(outputs)}});
    }
    Json differences = Json::array();
    for (const auto& d : c.differences) {
        Json outputs = Json::object();
        for (const auto& o : d.outputs)
            outputs[o.name] = {{"mean", optional(o.mean)}, {"median", optional(o.median)}};
        differences.push_back({{"minuend", d.minuend},
                               {"subtrahend", d.subtrahend},
                               {"outputs", std::move(outputs)}});
    }
    return {{"groups", std::move(groups)}, {"differences", std::move(differences)}};
}

} // namespace

nlohmann::ordered_json summaryJsonDocument(const Workspace& ws)
{
    Json root;
    root["workspace"] = {{"name", ws.name}, {"currency", ws.currency}};
    std::vector<PersonaAnalysis> analyses;
    analyses.reserve(ws.personas.size());
    Json personas = Json::array();
    const ChannelCatalogue catalogue = ws.catalogue();
    for (const auto& p : ws.personas) {
        analyses.push_back(analysePersona(p, catalogue));
        personas.push_back(personaJson(p, analyses.back(), catalogue));
    }
    root["personas"] = std::move(personas);
    root["groups"] = {{"byLabel", comparisonJson(compareGroups(analyses, GroupBy::Label))},
                      {"byBehaviour", comparisonJson(compareGroups(analyses, GroupBy::Behaviour))}};
    return root;
}

} // namespace b2x::cli
