// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyCommand.h"

#include "CliCommands.h"
#include "format/EnumLabels.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
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

Json rangeJson(const OutputRange& r)
{
    return {{"p10", optional(r.p10)},
            {"p50", optional(r.p50)},
            {"p90", optional(r.p90)},
            {"mean", optional(r.mean)}};
}

Json histogramJson(const Histogram& h)
{
    if (h.empty())
        return nullptr;
    Json counts = Json::array();
    for (const std::size_t c : h.counts)
        counts.push_back(c);
    return {{"lower", h.lower},       {"upper", h.upper()},
            {"binWidth", h.binWidth}, {"counts", std::move(counts)},
            {"below", h.below},       {"above", h.above}};
}

struct Options {
    QString file;
    QString personaId;
    int runs = 10000;
    std::uint64_t seed = 1;
    bool json = false;
};

bool parse(const QStringList& args, Options& o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                printErr(tr("b2x uncertainty: %1 needs a value\n").arg(a));
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
            o.personaId = *v;
        } else if (a == QLatin1String("--runs")) {
            const auto v = value();
            if (!v)
                return false;
            bool ok = false;
            o.runs = v->toInt(&ok);
            if (!ok || o.runs < 1 || o.runs > 1000000) {
                printErr(tr("b2x uncertainty: --runs takes a whole number from 1 to 1000000\n"));
                return false;
            }
        } else if (a == QLatin1String("--seed")) {
            const auto v = value();
            if (!v)
                return false;
            bool ok = false;
            o.seed = v->toULongLong(&ok);
            if (!ok) {
                printErr(tr("b2x uncertainty: --seed takes a whole number from 0 to %1\n")
                             .arg(QString::number(std::numeric_limits<std::uint64_t>::max())));
                return false;
            }
        } else if (!a.startsWith(QLatin1String("--")) && o.file.isEmpty()) {
            o.file = a;
        } else {
            printErr(tr("b2x uncertainty: unknown option \"%1\"\n").arg(a));
            return false;
        }
    }
    if (o.file.isEmpty() || o.personaId.isEmpty()) {
        printErr(tr("b2x uncertainty: name a workspace file and --persona ID\n"));
        return false;
    }
    return true;
}

QString uncertaintyText(const Persona& p, const QString& currency, const Options& o,
                        const MonteCarloResult& r, const std::vector<TornadoBar>& bars)
{
    const auto number = [](const std::optional<double>& v, int decimals) {
        return v ? Formatting::number(*v, decimals) : QStringLiteral("–");
    };
    const auto row = [&](const QString& name, const OutputRange& range, int decimals) {
        return tr("  %1: %2 (p10), %3 (p50), %4 (p90), mean %5\n")
            .arg(name, number(range.p10, decimals), number(range.p50, decimals),
                 number(range.p90, decimals), number(range.mean, decimals));
    };
    QString out = tr("%1: %n run(s), seed %2\n", nullptr, r.runs)
                      .arg(QString::fromStdString(p.name), QString::number(o.seed));
    out += row(tr("New customers a month"), r.customersPerMonth, 1);
    out += row(tr("CAC (%1)").arg(currency), r.cac, 0);
    out += row(tr("CLV (%1)").arg(currency), r.clv, 0);
    out += row(tr("CLV:CAC"), r.clvToCac, 2);
    out += row(tr("Payback (months)"), r.paybackMonths, 1);
    out += row(tr("Months to 50% of revenue"), r.monthsTo50Percent, 0);
    out += tr("  Probability that CLV:CAC is at least 3: %1\n")
               .arg(Formatting::percent(r.probabilityClvToCacAtLeast3, 0));
    if (!bars.empty())
        out += tr("\nTornado (CLV:CAC with each input alone at its low and high)\n");
    for (const auto& b : bars)
        out += tr("  %1 ±%2%: %3 … %4, swing %5\n")
                   .arg(displayName(b.input), Formatting::number(b.spreadPercent, 0),
                        number(b.clvToCacLow, 2), number(b.clvToCacHigh, 2),
                        Formatting::number(b.swing, 2));
    return out;
}

} // namespace

std::string uncertaintyJson(const std::string& personaId, int runs, std::uint64_t seed,
                            const MonteCarloResult& r, const std::vector<TornadoBar>& bars)
{
    Json root;
    root["persona"] = personaId;
    root["runs"] = runs;
    root["seed"] = seed;
    root["outputs"] = {{"customersPerMonth", rangeJson(r.customersPerMonth)},
                       {"cac", rangeJson(r.cac)},
                       {"clv", rangeJson(r.clv)},
                       {"clvToCac", rangeJson(r.clvToCac)},
                       {"paybackMonths", rangeJson(r.paybackMonths)},
                       {"monthsTo50Percent", rangeJson(r.monthsTo50Percent)}};
    root["probabilityClvToCacAtLeast3"] = r.probabilityClvToCacAtLeast3;
    root["clvToCacHistogram"] = histogramJson(r.clvToCacHistogram);
    Json tornado = Json::array();
    for (const auto& b : bars)
        tornado.push_back({{"input", std::string(toString(b.input))},
                           {"spreadPercent", b.spreadPercent},
                           {"low", optional(b.clvToCacLow)},
                           {"high", optional(b.clvToCacHigh)},
                           {"swing", b.swing},
                           {"cacLow", optional(b.cacLow)},
                           {"cacHigh", optional(b.cacHigh)},
                           {"cacSwing", b.cacSwing}});
    root["tornado"] = std::move(tornado);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

int runUncertainty(const QStringList& args)
{
    Options o;
    if (!parse(args, o))
        return UsageError;
    const std::optional<Workspace> loaded = loadWorkspace(o.file);
    if (!loaded)
        return InvalidInput;
    const Workspace& ws = *loaded;
    const Persona* persona = findPersona(ws, o.file, o.personaId);
    if (!persona)
        return InvalidInput;
    MonteCarloOptions mc;
    mc.runs = o.runs;
    mc.seed = o.seed;
    const MonteCarloResult r = runMonteCarlo(*persona, mc);
    const std::vector<TornadoBar> bars = tornado(*persona);
    if (o.json)
        printOut(QString::fromStdString(uncertaintyJson(persona->id, r.runs, o.seed, r, bars)));
    else
        printOut(uncertaintyText(*persona, QString::fromStdString(ws.currency), o, r, bars));
    return Success;
}

} // namespace b2x::cli
