// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrateCommand.h"

#include "CliCommands.h"
#include "calibration/AdSpend.h"
#include "calibration/DealImport.h"
#include "calibration/ImportRules.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace b2x::cli {

namespace {

using Json = nlohmann::ordered_json;
using namespace calibration;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::cli", text, disambiguation, n);
}

QString dayText(DayNumber day)
{
    return QDate(1970, 1, 1).addDays(static_cast<qint64>(std::floor(day))).toString(Qt::ISODate);
}

Json optional(const std::optional<double>& v, double scale = 1)
{
    return v ? Json(std::round(*v * scale * 1000) / 1000) : Json(nullptr);
}

const char* formatName(DealFormat f)
{
    switch (f) {
    case DealFormat::Generic:
        return "generic";
    case DealFormat::HubSpot:
        return "hubspot";
    case DealFormat::Salesforce:
        return "salesforce";
    case DealFormat::Pipedrive:
        return "pipedrive";
    case DealFormat::Auto:
        break;
    }
    return "auto";
}

/// The latest date the deals record: the as-of date when none is given (docs/cli.md).
DayNumber latestRecorded(const DealSet& set)
{
    DayNumber latest = 0;
    for (const auto& d : set.deals) {
        latest = std::max(latest, d.created);
        if (d.closed)
            latest = std::max(latest, *d.closed);
        for (const auto& e : d.entries)
            latest = std::max(latest, e.day);
    }
    return std::ceil(latest);
}

struct Options {
    QString file;
    QString personaId;
    QString deals;
    QString events;
    QString format = QStringLiteral("auto");
    QString asOf;
    QString dateOrder;
    QStringList maps;
    QString apply;
    QString spend;
    bool json = false;
};

/// Parses the options; prints the problem and returns false on a usage error.
bool parse(const QStringList& args, Options& o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&](QString& into) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                printErr(tr("b2x calibrate: %1 needs a value\n").arg(a));
                return false;
            }
            into = args[++i];
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--persona")) {
            ok = value(o.personaId);
        } else if (a == QLatin1String("--deals")) {
            ok = value(o.deals);
        } else if (a == QLatin1String("--events")) {
            ok = value(o.events);
        } else if (a == QLatin1String("--format")) {
            ok = value(o.format);
        } else if (a == QLatin1String("--as-of")) {
            ok = value(o.asOf);
        } else if (a == QLatin1String("--date-order")) {
            ok = value(o.dateOrder);
        } else if (a == QLatin1String("--apply")) {
            ok = value(o.apply);
        } else if (a == QLatin1String("--spend")) {
            ok = value(o.spend);
        } else if (a == QLatin1String("--map")) {
            QString m;
            ok = value(m);
            o.maps << m;
        } else if (!a.startsWith(QLatin1String("--")) && o.file.isEmpty()) {
            o.file = a;
        } else {
            printErr(tr("b2x calibrate: unknown option \"%1\"\n").arg(a));
            return false;
        }
        if (!ok)
            return false;
    }
    if (o.file.isEmpty() || o.personaId.isEmpty() || o.deals.isEmpty()) {
        printErr(tr("b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv\n"));
        return false;
    }
    return true;
}

std::optional<DealFormat> formatFrom(const QString& s)
{
    for (const DealFormat f : {DealFormat::Auto, DealFormat::Generic, DealFormat::HubSpot,
                               DealFormat::Salesforce, DealFormat::Pipedrive})
        if (s == QLatin1String(formatName(f)))
            return f;
    return std::nullopt;
}

/// Reads a CSV, printing its problems with the file's name.
std::optional<CsvTable> readTable(const QString& path)
{
    CsvReadResult r = readCsvFile(path);
    for (const auto& p : r.problems)
        printErr(tr("%1: error: %2\n").arg(path, p.toString()));
    return std::move(r.table);
}

QString percent(const std::optional<double>& share)
{
    return share ? QString::number(*share * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString daysText(const std::optional<double>& d)
{
    return d ? QString::number(*d, 'f', 1) : QStringLiteral("–");
}

QString calibrationText(const Calibration& c, const QString& personaName)
{
    QString out =
        tr("%1, as of %2: %n deal(s)", nullptr, c.total).arg(personaName, dayText(c.asOf));
    out += tr(" (%1 won, %2 lost, %3 open)\n").arg(c.won).arg(c.lost).arg(c.open);
    for (const MeasuredStage& m : c.stages) {
        const CompetingRisksEstimate& e = m.estimate;
        out += QStringLiteral("\n%1\n").arg(QString::fromStdString(m.name));
        out += tr("  Deals: %1 entered, %2 moved on, %3 lost, %4 open\n")
                   .arg(e.entered)
                   .arg(e.advanced)
                   .arg(e.lost)
                   .arg(e.open);
        out +=
            tr("  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6\n")
                .arg(percent(e.conversion), percent(e.conversionLow), percent(e.conversionHigh),
                     e.levelledOff || e.entered == 0 ? QString() : tr(", a lower bound"),
                     QString::number(m.modelConversionPercent, 'f', 1) + QLatin1Char('%'),
                     percent(e.naiveConversion));
        out += tr("  Days to move on: p10 %1, p50 %2, p90 %3, mean %4\n")
                   .arg(daysText(e.p10Days), daysText(e.p50Days), daysText(e.p90Days),
                        daysText(e.meanDays));
        if (m.triangular)
            out += tr("  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)\n")
                       .arg(daysText(m.triangular->minDays), daysText(m.triangular->likelyDays),
                            daysText(m.triangular->maxDays), daysText(m.modelDays.min),
                            daysText(m.modelDays.likely), daysText(m.modelDays.max));
    }
    out += tr("\nWhole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)\n")
               .arg(daysText(c.cycle.p50Days), daysText(c.cycle.p90Days),
                    daysText(c.cycle.modelP50Days), daysText(c.cycle.modelP90Days));
    if (!c.warnings.empty())
        out += tr("\nWarnings\n");
    for (const auto& w : c.warnings)
        out += QStringLiteral("  - %1\n").arg(w);
    return out;
}

} // namespace

Json spendJson(const SpendSummary& s)
{
    Json channels = Json::array();
    for (const ChannelSpend& c : s.channels)
        channels.push_back({{"name", c.name},
                            {"channel", c.channelId.empty() ? Json(nullptr) : Json(c.channelId)},
                            {"spend", optional(c.spend)},
                            {"monthlySpend", optional(c.monthlySpend)},
                            {"sharePercent", optional(c.share, 100)},
                            {"impressions", optional(c.impressions)},
                            {"clicks", optional(c.clicks)},
                            {"conversions", optional(c.conversions)},
                            {"clickThroughPercent", optional(c.clickThroughRate, 100)}});
    return {{"from", dayText(s.from).toStdString()},
            {"to", dayText(s.to).toStdString()},
            {"months", optional(s.months)},
            {"total", optional(s.total)},
            {"monthlySpend", optional(s.monthlySpend)},
            {"channels", std::move(channels)},
            {"wonDeals", s.wonDeals},
            {"cac", optional(s.cac)}};
}

QString spendText(const SpendSummary& s)
{
    QString out = tr("\nAd spend %1 to %2: %3 in all, %4 a month\n")
                      .arg(dayText(s.from), dayText(s.to), QString::number(s.total, 'f', 0),
                           QString::number(s.monthlySpend, 'f', 0));
    for (const ChannelSpend& c : s.channels)
        out += tr("  %1%2: %3 a month (%4% of the spend)%5\n")
                   .arg(QString::fromStdString(c.name),
                        c.channelId.empty()
                            ? tr(" (no catalogue channel)")
                            : QStringLiteral(" → %1").arg(QString::fromStdString(c.channelId)),
                        QString::number(c.monthlySpend, 'f', 0),
                        QString::number(c.share * 100, 'f', 1),
                        c.clickThroughRate
                            ? tr(", click-through %1%").arg(*c.clickThroughRate * 100, 0, 'f', 2)
                            : QString());
    out += s.cac ? tr("  Customer acquisition cost: %1 (%n deal(s) won over those days)\n", nullptr,
                      s.wonDeals)
                       .arg(QString::number(*s.cac, 'f', 0))
                 : tr("  Customer acquisition cost: not defined (no deal won over those days)\n");
    return out;
}

std::string calibrationJson(const Calibration& c, const std::string& format,
                            const SpendSummary* spend)
{
    Json root;
    root["asOf"] = dayText(c.asOf).toStdString();
    root["format"] = format;
    root["deals"] = {{"total", c.total}, {"won", c.won}, {"lost", c.lost}, {"open", c.open}};
    Json stages = Json::array();
    for (const MeasuredStage& m : c.stages) {
        const CompetingRisksEstimate& e = m.estimate;
        Json s;
        s["name"] = m.name;
        s["entered"] = e.entered;
        s["advanced"] = e.advanced;
        s["lost"] = e.lost;
        s["open"] = e.open;
        s["skipped"] = m.skipped;
        s["conversionPercent"] = {{"estimate", optional(e.conversion, 100)},
                                  {"low", optional(e.conversionLow, 100)},
                                  {"high", optional(e.conversionHigh, 100)}};
        s["naiveConversionPercent"] = optional(e.naiveConversion, 100);
        s["modelConversionPercent"] = m.modelConversionPercent;
        s["levelledOff"] = e.levelledOff;
        s["days"] = {{"p10", optional(e.p10Days)},
                     {"p50", optional(e.p50Days)},
                     {"p90", optional(e.p90Days)},
                     {"mean", optional(e.meanDays)}};
        s["triangular"] = m.triangular ? Json{{"minDays", optional(m.triangular->minDays)},
                                              {"likelyDays", optional(m.triangular->likelyDays)},
                                              {"maxDays", optional(m.triangular->maxDays)}}
                                       : Json(nullptr);
        stages.push_back(std::move(s));
    }
    root["stages"] = std::move(stages);
    root["cycle"] = {{"p50Days", optional(c.cycle.p50Days)},
                     {"p90Days", optional(c.cycle.p90Days)},
                     {"modelP50Days", optional(c.cycle.modelP50Days)},
                     {"modelP90Days", optional(c.cycle.modelP90Days)},
                     {"winPercent", optional(c.cycle.winRate, 100)}};
    Json warnings = Json::array();
    for (const auto& w : c.warnings)
        warnings.push_back(w.toStdString());
    root["warnings"] = std::move(warnings);
    if (spend)
        root["spend"] = spendJson(*spend);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

int runCalibrate(const QStringList& args)
{
    Options o;
    if (!parse(args, o))
        return UsageError;
    const auto format = formatFrom(o.format);
    if (!format) {
        printErr(tr("b2x calibrate: --format is one of auto, generic, hubspot, salesforce, "
                    "pipedrive\n"));
        return UsageError;
    }
    DateOrder order = DateOrder::Unknown;
    if (o.dateOrder == QLatin1String("dmy"))
        order = DateOrder::DayFirst;
    else if (o.dateOrder == QLatin1String("mdy"))
        order = DateOrder::MonthFirst;
    else if (!o.dateOrder.isEmpty()) {
        printErr(tr("b2x calibrate: --date-order is dmy (day first) or mdy (month first)\n"));
        return UsageError;
    }
    std::optional<DayNumber> asOf;
    if (!o.asOf.isEmpty()) {
        asOf = parseDay(o.asOf.toStdString(), DateOrder::Unknown);
        if (!asOf || o.asOf.size() != 10) {
            printErr(tr("b2x calibrate: --as-of takes a date as YYYY-MM-DD\n"));
            return UsageError;
        }
    }

    const LoadResult loaded = WorkspaceReader::readFile(o.file);
    if (!loaded.ok()) {
        for (const auto& p : loaded.problems)
            printErr(tr("%1: error: %2\n").arg(o.file, p.toString()));
        return InvalidInput;
    }
    Workspace ws = *loaded.workspace;
    const auto persona =
        std::find_if(ws.personas.begin(), ws.personas.end(),
                     [&](const Persona& p) { return p.id == o.personaId.toStdString(); });
    if (persona == ws.personas.end()) {
        printErr(tr("%1: error: no persona has the id %2 (b2x summary lists them)\n")
                     .arg(o.file, o.personaId));
        return InvalidInput;
    }

    const auto deals = readTable(o.deals);
    std::optional<CsvTable> events;
    if (!o.events.isEmpty())
        events = readTable(o.events);
    if (!deals || (!o.events.isEmpty() && !events))
        return InvalidInput;
    // The persona remembers what the last import was told (docs/calibration.md): its date order
    // answers for files whose dates fit both orders, unless --date-order does.
    const ImportMapping remembered = persona->importMapping;
    const DateOrder savedOrder = dateOrderFromCode(remembered.dateOrder);
    bool orderNeeded = datesNeedOrder(*deals, events ? &*events : nullptr);
    if (order == DateOrder::Unknown && orderNeeded && savedOrder != DateOrder::Unknown) {
        order = savedOrder;
        printErr(tr("b2x calibrate: the dates fit both orders; using the order saved with the "
                    "persona (%1)\n")
                     .arg(QString::fromStdString(remembered.dateOrder)));
    }
    const DealImportResult imported =
        importDeals(*deals, events ? &*events : nullptr, *format, order,
                    QFileInfo(o.deals).fileName(), QFileInfo(o.events).fileName());
    for (const auto& p : imported.problems)
        printErr(tr("error: %1\n").arg(p.toString()));
    if (imported.dateOrderAmbiguous)
        printErr(tr("b2x calibrate: add --date-order dmy or --date-order mdy\n"));
    if (!imported.deals)
        return imported.dateOrderAmbiguous ? UsageError : InvalidInput;

    // Stages named like the persona's map themselves; then the saved mapping, unless --map
    // gives one. What is used (CRM stage → persona stage name) is saved by --apply.
    StageMapping mapping = o.maps.isEmpty() ? suggestStageMapping(*imported.deals, *persona)
                                            : mappingByName(*imported.deals, *persona);
    std::map<std::string, std::string> usedStages;
    if (o.maps.isEmpty()) {
        // The saved entries that still name one of the persona's stages are kept by --apply.
        for (const auto& [crm, stageName] : remembered.stages)
            if (std::any_of(persona->pipeline.begin(), persona->pipeline.end(),
                            [&](const Stage& s) { return s.name == stageName; }))
                usedStages[crm] = stageName;
        if (!usedStages.empty())
            printErr(tr("b2x calibrate: using the stage mapping saved with the persona (%n "
                        "stage(s)); --map replaces it\n",
                        nullptr, static_cast<int>(usedStages.size())));
    }
    for (const QString& m : o.maps) {
        const qsizetype eq = m.lastIndexOf(QLatin1Char('='));
        const std::string crm = m.left(eq).trimmed().toStdString();
        const QString stage = m.mid(eq + 1).trimmed();
        int index = -1;
        for (std::size_t k = 0; k < persona->pipeline.size(); ++k)
            if (QString::fromStdString(persona->pipeline[k].name) == stage ||
                stage == QString::number(k + 1))
                index = static_cast<int>(k);
        if (eq <= 0 || crm.empty() || index < 0) {
            QStringList names;
            for (const auto& s : persona->pipeline)
                names << QString::fromStdString(s.name);
            printErr(tr("b2x calibrate: --map \"%1\": write \"CRM stage=Pipeline stage\"; the "
                        "persona's stages are: %2\n")
                         .arg(m, names.join(QStringLiteral("; "))));
            return UsageError;
        }
        mapping[crm] = index;
        // Saved only within the file format's limits, so the written workspace always opens.
        if (crm.size() <= limits::maxShortText && usedStages.size() < limits::maxMappingEntries)
            usedStages[crm] = persona->pipeline[static_cast<std::size_t>(index)].name;
    }

    std::optional<SpendSummary> spend;
    if (!o.spend.isEmpty()) {
        const auto table = readTable(o.spend);
        if (!table)
            return InvalidInput;
        SpendImportResult rows = importSpend(*table, order, QFileInfo(o.spend).fileName());
        if (rows.dateOrderAmbiguous && order == DateOrder::Unknown &&
            savedOrder != DateOrder::Unknown) {
            order = savedOrder;
            orderNeeded = true;
            rows = importSpend(*table, order, QFileInfo(o.spend).fileName());
        } else if (order != DateOrder::Unknown && !orderNeeded) {
            // Was the order given needed for the spend file? Its import tells when asked without.
            orderNeeded = importSpend(*table, DateOrder::Unknown, QString()).dateOrderAmbiguous;
        }
        for (const auto& p : rows.problems)
            printErr(tr("error: %1\n").arg(p.toString()));
        if (!rows.rows)
            return rows.dateOrderAmbiguous ? UsageError : InvalidInput;
        spend = summariseSpend(*rows.rows, ws.catalogue(), {}, &*imported.deals);
    }

    const Calibration c = calibrate(*imported.deals, *persona, mapping,
                                    asOf.value_or(latestRecorded(*imported.deals)));
    if (o.json)
        printOut(QString::fromStdString(
            calibrationJson(c, formatName(imported.format), spend ? &*spend : nullptr)));
    else
        printOut(calibrationText(c, QString::fromStdString(persona->name)) +
                 (spend ? spendText(*spend) : QString()));

    if (!o.apply.isEmpty()) {
        const QString source = tr("CRM deals export %1: %n deal(s), as of %2", nullptr, c.total)
                                   .arg(QFileInfo(o.deals).fileName(), dayText(c.asOf));
        *persona = applyCalibration(*persona, c, source.toStdString());
        persona->importMapping.stages = usedStages;
        if (orderNeeded && order != DateOrder::Unknown)
            persona->importMapping.dateOrder = dateOrderCode(order);
        const auto saved = WorkspaceWriter::writeFile(ws, o.apply);
        if (!saved.ok) {
            printErr(tr("%1: error: %2\n").arg(o.apply, saved.message));
            return InvalidInput;
        }
        printErr(tr("%1: written with the measured stages of %2\n")
                     .arg(o.apply, QString::fromStdString(persona->name)));
    }
    return Success;
}

} // namespace b2x::cli
