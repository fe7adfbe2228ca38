// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocateCommand.h"

#include "CliCommands.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace b2x::cli {

namespace {

using Json = nlohmann::ordered_json;
using namespace b2x::budget;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::cli", text, disambiguation, n);
}

Json optional(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

const char* boundName(BoundHit b)
{
    switch (b) {
    case BoundHit::Min:
        return "min";
    case BoundHit::Max:
        return "max";
    case BoundHit::Locked:
        return "locked";
    case BoundHit::None:
        break;
    }
    return nullptr;
}

Json totalsJson(const AllocationTotals& t)
{
    return {{"spend", t.spend},
            {"entries", t.entries},
            {"customers", t.customers},
            {"value", t.value},
            {"roas", optional(t.roas)}};
}

struct Options {
    QString file;
    QStringList personas;
    std::optional<double> budget;
    std::optional<double> target;
    double stepPercent = 1;
    bool json = false;
};

/// A number option's value: finite and within [min, max]; prints the problem otherwise.
std::optional<double> numberOption(const QString& option, const QString& text, double min,
                                   double max)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        printErr(tr("b2x allocate: %1 takes a number from %2 to %3\n")
                     .arg(option, QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return v;
}

bool parse(const QStringList& args, Options& o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                printErr(tr("b2x allocate: %1 needs a value\n").arg(a));
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--persona")) {
            const auto v = value();
            if (!v)
                return false;
            o.personas << *v;
        } else if (a == QLatin1String("--budget") || a == QLatin1String("--target-mroas") ||
                   a == QLatin1String("--step-percent")) {
            const auto v = value();
            if (!v)
                return false;
            const bool budget = a == QLatin1String("--budget");
            const bool step = a == QLatin1String("--step-percent");
            const auto n = numberOption(a, *v,
                                        step     ? 0.01
                                        : budget ? 0.0
                                                 : 0.0001,
                                        step     ? 100.0
                                        : budget ? limits::maxMoney
                                                 : 1e6);
            if (!n)
                return false;
            if (budget)
                o.budget = *n;
            else if (step)
                o.stepPercent = *n;
            else
                o.target = *n;
        } else if (!a.startsWith(QLatin1String("--")) && o.file.isEmpty()) {
            o.file = a;
        } else {
            printErr(tr("b2x allocate: unknown option \"%1\"\n").arg(a));
            return false;
        }
    }
    if (o.file.isEmpty() || o.personas.isEmpty()) {
        printErr(tr("b2x allocate: name a workspace file and at least one --persona ID\n"));
        return false;
    }
    if (o.budget && o.target) {
        printErr(tr("b2x allocate: give either --budget or --target-mroas, not both\n"));
        return false;
    }
    return true;
}

QString boundText(BoundHit b)
{
    switch (b) {
    case BoundHit::Min:
        return tr("at its minimum");
    case BoundHit::Max:
        return tr("at its maximum");
    case BoundHit::Locked:
        return tr("locked");
    case BoundHit::None:
        break;
    }
    return {};
}

QString allocationText(const Workspace& ws, const Allocation& a)
{
    const QString currency = QString::fromStdString(ws.currency);
    const auto amount = [&](double v) {
        return QStringLiteral("%1 %2").arg(Formatting::number(v, 0), currency);
    };
    const auto ratio = [](const std::optional<double>& v) {
        return v ? Formatting::number(*v, 2) : QStringLiteral("–");
    };
    const ChannelCatalogue catalogue = ws.catalogue();
    const auto personaName = [&](const std::string& id) {
        for (const auto& p : ws.personas)
            if (p.id == id)
                return QString::fromStdString(p.name);
        return QString::fromStdString(id);
    };
    QString out = a.mode == AllocationMode::FixedBudget
                      ? tr("Budget %1 a month, split in steps of %2\n")
                            .arg(amount(a.budget), amount(a.stepAmount))
                      : tr("Spend while the marginal ROAS holds: %1 a month, in steps of %2\n")
                            .arg(amount(a.budget), amount(a.stepAmount));
    std::string lastPersona;
    for (const auto& c : a.channels) {
        if (c.personaId != lastPersona) {
            out += QStringLiteral("\n%1\n").arg(personaName(c.personaId));
            lastPersona = c.personaId;
        }
        QString line = tr("  %1: %2 → %3, marginal ROAS %4")
                           .arg(channelDisplayName(c.channelId, catalogue), amount(c.currentSpend),
                                amount(c.spend), ratio(c.marginalRoas));
        if (c.atBound != BoundHit::None)
            line += QStringLiteral(" (%1)").arg(boundText(c.atBound));
        out += line + QLatin1Char('\n');
    }
    out += tr("\nToday:    %1 spend, %2 customers, value %3, ROAS %4\n")
               .arg(amount(a.current.spend), Formatting::number(a.current.customers, 1),
                    amount(a.current.value), ratio(a.current.roas));
    out += tr("Proposed: %1 spend, %2 customers, value %3, ROAS %4\n")
               .arg(amount(a.proposed.spend), Formatting::number(a.proposed.customers, 1),
                    amount(a.proposed.value), ratio(a.proposed.roas));
    if (a.minimumsExceedBudget)
        out += tr("The channels' minimum spends alone exceed the budget.\n");
    if (a.unspent > 0)
        out += tr("%1 stays unspent: every channel is at its maximum.\n").arg(amount(a.unspent));
    return out;
}

} // namespace

std::string allocationJson(const Allocation& a, const AllocationOptions& options)
{
    const bool fixed = a.mode == AllocationMode::FixedBudget;
    Json root;
    root["mode"] = fixed ? "fixed" : "flexible";
    root["budget"] = fixed ? Json(a.budget) : Json(nullptr);
    root["targetMarginalRoas"] = fixed ? Json(nullptr) : Json(options.targetMarginalRoas);
    root["stepPercent"] = options.stepPercent;
    root["stepAmount"] = a.stepAmount;
    Json channels = Json::array();
    for (const auto& c : a.channels) {
        const char* bound = boundName(c.atBound);
        channels.push_back({{"persona", c.personaId},
                            {"channel", c.channelId},
                            {"currentSpend", c.currentSpend},
                            {"spend", c.spend},
                            {"currentEntries", c.currentEntries},
                            {"entries", c.entries},
                            {"customers", c.customers},
                            {"cac", optional(c.cac)},
                            {"value", c.value},
                            {"roas", optional(c.roas)},
                            {"marginalRoas", optional(c.marginalRoas)},
                            {"atBound", bound ? Json(bound) : Json(nullptr)}});
    }
    root["channels"] = std::move(channels);
    root["total"] = totalsJson(a.proposed);
    root["current"] = totalsJson(a.current);
    root["unspent"] = a.unspent;
    root["minimumsExceedBudget"] = a.minimumsExceedBudget;
    Json steps = Json::array();
    for (const auto& s : a.steps)
        steps.push_back({{"persona", a.channels[s.channel].personaId},
                         {"channel", a.channels[s.channel].channelId},
                         {"amount", s.amount},
                         {"marginalRoas", s.marginalRoas}});
    root["steps"] = std::move(steps);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

int runAllocate(const QStringList& args)
{
    Options o;
    if (!parse(args, o))
        return UsageError;
    const std::optional<Workspace> loaded = loadWorkspace(o.file);
    if (!loaded)
        return InvalidInput;
    const Workspace& ws = *loaded;
    std::vector<const Persona*> personas;
    for (const QString& id : o.personas) {
        const Persona* persona = findPersona(ws, o.file, id);
        if (!persona)
            return InvalidInput;
        if (std::find(personas.begin(), personas.end(), persona) == personas.end())
            personas.push_back(persona);
    }
    AllocationOptions options;
    options.mode = o.target ? AllocationMode::Flexible : AllocationMode::FixedBudget;
    options.budget = o.budget;
    options.targetMarginalRoas = o.target.value_or(1.0);
    options.stepPercent = o.stepPercent;
    const Allocation a = allocate(personas, options, ws.catalogue());
    if (o.json)
        printOut(QString::fromStdString(allocationJson(a, options)));
    else
        printOut(allocationText(ws, a));
    return Success;
}

} // namespace b2x::cli
