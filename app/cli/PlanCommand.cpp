// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommand.h"

#include "CliCommands.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"
#include "plan/PlanAnalysis.h"

#include <QCoreApplication>
#include <cmath>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace b2x::cli {

namespace {

using Json = nlohmann::ordered_json;
using namespace b2x::plan;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::cli", text, disambiguation, n);
}

Json optional(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json date(QDate d)
{
    return d.isValid() ? Json(d.toString(Qt::ISODate).toStdString()) : Json(nullptr);
}

Json reference(const std::string& id)
{
    return id.empty() ? Json(nullptr) : Json(id);
}

Json personaJson(const PersonaPlanAnalysis& p, const Json& warnings)
{
    const ReverseFunnel& f = p.funnel;
    Json stages = Json::array();
    for (const auto& s : f.stageEntries)
        stages.push_back({{"name", s.name}, {"entries", optional(s.entries)}});
    Json kpis = Json::array();
    for (const auto& k : p.kpis)
        kpis.push_back({{"stage", std::string(toString(k.stage))},
                        {"metric", k.metric},
                        {"name", k.name.toStdString()},
                        {"unit", k.unit.toStdString()},
                        {"fit", std::string(toString(k.fit))}});
    const bool hasTarget = f.targetCustomers || f.targetRevenue;
    return {
        {"id", p.personaId},
        {"name", p.name},
        {"inPlan", p.inPlan},
        {"behavesAs", std::string(toString(p.behavesAs))},
        {"b2bIndex", p.b2bIndex},
        {"target",
         {{"kind", hasTarget ? Json(std::string(toString(p.targetKind))) : Json(nullptr)},
          {"customers", optional(f.targetCustomers)},
          {"revenue", optional(f.targetRevenue)}}},
        {"customersPerMonth", f.customersPerMonth},
        {"expectedCustomersInPeriod", f.expectedCustomersInPeriod},
        {"required",
         {{"monthlyVolume", optional(f.requiredMonthlyVolume)},
          {"monthlySpend", optional(f.requiredMonthlySpend)},
          {"spendInPeriod", optional(p.requiredSpendInPeriod)},
          {"stageEntries", std::move(stages)},
          {"latestEntryDateP50", date(f.latestEntryP50)},
          {"latestEntryDateP90", date(f.latestEntryP90)}}},
        {"shortfallCustomers", optional(f.shortfallCustomers)},
        {"pipelineFilledBy", f.pipelineFilledBy ? date(*f.pipelineFilledBy) : Json(nullptr)},
        {"plannedBudget", p.plannedBudget},
        {"audience",
         {{"size", optional(p.audience.audienceSize)},
          {"tam", optional(p.audience.tam)},
          {"inMarketSharePerQuarter", p.audience.inMarketSharePerQuarter},
          {"inMarketPerQuarter", optional(p.audience.inMarketPerQuarter)},
          {"inMarketInPeriod", optional(p.audience.inMarketInPeriod)},
          {"requiredEntriesInPeriod", optional(p.audience.requiredEntriesInPeriod)}}},
        {"suggestedKpis", std::move(kpis)},
        {"warnings", warnings},
    };
}

Json band(const std::optional<Band>& b)
{
    return b ? Json(std::string(toString(*b))) : Json(nullptr);
}

Json objectiveJson(const Objective& o, const ObjectiveScore& s)
{
    Json krs = Json::array();
    for (std::size_t i = 0; i < o.keyResults.size(); ++i) {
        const KeyResult& k = o.keyResults[i];
        const KeyResultScore& ks = s.keyResults[i];
        Json derived = nullptr;
        if (k.derived) {
            derived = {{"persona", k.derived->personaId},
                       {"quantity", std::string(toString(k.derived->quantity))}};
            if (k.derived->quantity == DerivedQuantity::StageEntries)
                derived["stage"] = k.derived->stageIndex;
        }
        krs.push_back({{"id", k.id},
                       {"metric", k.metric},
                       {"unit", k.unit},
                       {"start", ks.start},
                       {"target", ks.target},
                       {"current", ks.current},
                       {"weight", ks.weight},
                       {"progress", optional(ks.progress)},
                       {"band", band(ks.band)},
                       {"derived", std::move(derived)},
                       {"targetAtLastCheckIn", k.derived ? Json(k.target) : Json(nullptr)},
                       {"targetMovedSinceCheckIn", ks.targetMovedSinceCheckIn},
                       {"confidence", ks.confidence ? Json(*ks.confidence) : Json(nullptr)},
                       {"checkIns", k.checkIns.size()}});
    }
    return {{"id", o.id},
            {"title", o.title},
            {"owner", o.owner},
            {"stage", std::string(toString(o.stage))},
            {"persona", reference(o.personaId)},
            {"commitment", std::string(toString(o.commitment))},
            {"progress", optional(s.progress)},
            {"band", band(s.band)},
            {"keyResults", std::move(krs)}};
}

Json tacticJson(const Tactic& t)
{
    return {{"id", t.id},
            {"name", t.name},
            {"persona", reference(t.personaId)},
            {"stage", std::string(toString(t.stage))},
            {"channel", reference(t.channelId)},
            {"start", reference(t.start)},
            {"end", reference(t.end)},
            {"plannedBudget", t.plannedBudget},
            {"actualBudget", optional(t.actualBudget)},
            {"status", std::string(toString(t.status))},
            {"owner", t.owner},
            {"keyResult", reference(t.keyResultId)}};
}

} // namespace

std::string planJson(const Workspace& ws, QDate today)
{
    const PlanAnalysis a = analysePlan(ws, today);
    Json root;
    root["workspace"] = {{"name", ws.name}, {"currency", ws.currency}};
    root["period"] = {{"name", ws.plan.period.name},
                      {"start", date(a.period.start)},
                      {"end", date(a.period.end)},
                      {"days", a.period.days},
                      {"assumed", a.period.assumed}};
    // Each persona's checks, gathered once (a workspace may hold 20,000 personas).
    std::unordered_map<std::string, Json> checksByPersona;
    for (const auto& c : a.checks)
        if (!c.personaId.empty())
            checksByPersona[c.personaId].push_back(c.message.toStdString());
    const Json none = Json::array();
    Json personas = Json::array();
    for (const auto& p : a.personas) {
        const auto found = checksByPersona.find(p.personaId);
        personas.push_back(personaJson(p, found == checksByPersona.end() ? none : found->second));
    }
    root["personas"] = std::move(personas);
    Json objectives = Json::array();
    for (std::size_t i = 0; i < ws.plan.objectives.size(); ++i)
        objectives.push_back(objectiveJson(ws.plan.objectives[i], a.objectives[i]));
    root["objectives"] = std::move(objectives);
    Json tactics = Json::array();
    for (const auto& t : ws.plan.tactics)
        tactics.push_back(tacticJson(t));
    root["tactics"] = std::move(tactics);
    Json gaps = Json::array();
    for (const auto& g : a.contentGaps)
        gaps.push_back({{"personaId", g.personaId}, {"stage", std::string(toString(g.stage))}});
    root["contentGaps"] = std::move(gaps);
    Json warnings = Json::array();
    for (const auto& c : a.checks)
        warnings.push_back({{"kind", std::string(toString(c.kind))},
                            {"personaId", reference(c.personaId)},
                            {"message", c.message.toStdString()}});
    root["warnings"] = std::move(warnings);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

QString planText(const Workspace& ws, QDate today)
{
    const PlanAnalysis a = analysePlan(ws, today);
    const QString currency = QString::fromStdString(ws.currency);
    const auto amount = [&](double v) {
        return QStringLiteral("%1 %2").arg(Formatting::number(v, 0), currency);
    };
    // Whole customers without a fraction, fractions of one with one decimal.
    const auto quantity = [](double v) {
        return Formatting::number(v, v == std::round(v) || v >= 100 ? 0 : 1);
    };
    QString out =
        tr("Plan: %1 (%2 to %3, %n day(s))\n", nullptr, a.period.days)
            .arg(ws.plan.period.name.empty() ? tr("no name")
                                             : QString::fromStdString(ws.plan.period.name),
                 a.period.start.toString(Qt::ISODate), a.period.end.toString(Qt::ISODate));
    for (const auto& p : a.personas) {
        if (!p.inPlan)
            continue;
        const ReverseFunnel& f = p.funnel;
        out += QStringLiteral("\n%1\n").arg(QString::fromStdString(p.name));
        if (!f.targetCustomers) {
            out += tr("  No target for the period\n");
        } else {
            out += tr("  Target, new customers: %1 (%2)\n")
                       .arg(quantity(*f.targetCustomers), amount(f.targetRevenue.value_or(0)));
            out += tr("  Expected at today's volume, new customers: %1; shortfall %2\n")
                       .arg(quantity(f.expectedCustomersInPeriod),
                            quantity(f.shortfallCustomers.value_or(0)));
            if (f.requiredMonthlyVolume && f.requiredMonthlySpend) {
                out += tr("  Needed: %1 entries and %2 a month\n")
                           .arg(Formatting::number(*f.requiredMonthlyVolume, 0),
                                amount(*f.requiredMonthlySpend));
                for (const auto& s : f.stageEntries)
                    out += tr("    %1: %2 entries in the period\n")
                               .arg(QString::fromStdString(s.name),
                                    Formatting::number(s.entries.value_or(0), 0));
            } else {
                out += tr("  Needed: cannot be worked back from today's funnel (see the checks)\n");
            }
        }
        out += tr("  Latest entry to close by the end: %1 (50%), %2 (90%)\n")
                   .arg(f.latestEntryP50.toString(Qt::ISODate),
                        f.latestEntryP90.toString(Qt::ISODate));
        out += tr("  Planned budget: %1\n").arg(amount(p.plannedBudget));
    }
    if (!ws.plan.objectives.empty())
        out += tr("\nObjectives\n");
    for (std::size_t i = 0; i < ws.plan.objectives.size(); ++i) {
        const ObjectiveScore& s = a.objectives[i];
        out +=
            QStringLiteral("  %1  %2  %3\n")
                .arg(s.progress ? Formatting::number(*s.progress, 2) : QStringLiteral("–"),
                     s.band ? QString::fromLatin1(toString(*s.band).data(),
                                                  static_cast<qsizetype>(toString(*s.band).size()))
                            : QStringLiteral("–"),
                     QString::fromStdString(ws.plan.objectives[i].title));
    }
    if (!a.checks.empty())
        out += tr("\nChecks\n");
    for (const auto& c : a.checks)
        out += QStringLiteral("  - %1\n").arg(c.message);
    return out;
}

int runPlan(const QString& file, bool json)
{
    const std::optional<Workspace> ws = loadWorkspace(file);
    if (!ws)
        return InvalidInput;
    const QDate today = QDate::currentDate();
    if (json)
        printOut(QString::fromStdString(planJson(*ws, today)));
    else
        printOut(planText(*ws, today));
    return Success;
}

} // namespace b2x::cli
