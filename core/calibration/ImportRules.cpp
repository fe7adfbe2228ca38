// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cctype>

namespace b2x::calibration {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::calibration", text);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Lower case without spaces, dashes and underscores: "Deal ID" and "deal_id" are the same.
std::string folded(std::string_view s)
{
    std::string out;
    for (const char c : s)
        if (c != ' ' && c != '_' && c != '-' && c != '\t')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<std::size_t> exactColumn(const CsvTable& t, const std::string& name)
{
    const auto it = std::find(t.header.begin(), t.header.end(), name);
    if (it == t.header.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - t.header.begin());
}

} // namespace

const std::vector<std::string>& genericDealColumns()
{
    static const std::vector<std::string> columns = {"deal_id",   "created_at", "status",
                                                     "closed_at", "amount",     "channel"};
    return columns;
}

ColumnMappingResult applyColumnMapping(const CsvTable& table,
                                       const std::map<std::string, std::string>& columns,
                                       const QString& fileName)
{
    ColumnMappingResult result;
    const auto& generic = genericDealColumns();
    std::vector<std::string> header = table.header;
    std::vector<bool> mapped(header.size(), false);
    for (std::size_t g = 0; g < generic.size(); ++g) {
        const auto it = columns.find(generic[g]);
        if (it == columns.end() || it->second.empty()) {
            if (g < requiredGenericColumns)
                result.problems.push_back(
                    {1, 0,
                     tr("no column is chosen for “%1”, which every deal needs.")
                         .arg(qs(generic[g])),
                     fileName});
            continue;
        }
        const auto c = exactColumn(table, it->second);
        if (!c) {
            result.problems.push_back({1, 0,
                                       tr("the column “%1” chosen for “%2” is not in the file.")
                                           .arg(qs(it->second.substr(0, 80)), qs(generic[g])),
                                       fileName});
            continue;
        }
        if (mapped[*c]) {
            result.problems.push_back(
                {1, *c + 1,
                 tr("the column “%1” is chosen for two columns; choose it once.")
                     .arg(qs(it->second.substr(0, 80))),
                 fileName});
            continue;
        }
        mapped[*c] = true;
        header[*c] = generic[g];
    }
    if (!result.problems.empty())
        return result;
    // Unmapped columns that already carry a generic name would be found first: rename them.
    for (std::size_t c = 0; c < header.size(); ++c)
        if (!mapped[c] &&
            std::find(generic.begin(), generic.end(), lower(header[c])) != generic.end())
            header[c] += " (not used)";
    result.table = table;
    result.table->header = std::move(header);
    return result;
}

std::map<std::string, std::string>
suggestColumnMapping(const CsvTable& table, const std::map<std::string, std::string>& remembered)
{
    std::map<std::string, std::string> out;
    for (const auto& g : genericDealColumns()) {
        if (const auto it = remembered.find(g);
            it != remembered.end() && exactColumn(table, it->second)) {
            out[g] = it->second;
            continue;
        }
        for (const auto& h : table.header)
            if (folded(h) == folded(g)) {
                out[g] = h;
                break;
            }
    }
    return out;
}

DateOrder dateOrderFromCode(std::string_view code)
{
    if (code == "dmy")
        return DateOrder::DayFirst;
    if (code == "mdy")
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

std::string dateOrderCode(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return "dmy";
    case DateOrder::MonthFirst:
        return "mdy";
    case DateOrder::Unknown:
        break;
    }
    return {};
}

StageMapping suggestStageMapping(const DealSet& deals, const Persona& persona)
{
    StageMapping mapping = mappingByName(deals, persona);
    const auto& remembered = persona.importMapping.stages;
    for (const auto& crm : deals.stages) {
        const auto it = remembered.find(crm);
        if (it == remembered.end())
            continue;
        for (std::size_t k = 0; k < persona.pipeline.size(); ++k)
            if (persona.pipeline[k].name == it->second) {
                mapping[crm] = static_cast<int>(k);
                break;
            }
    }
    return mapping;
}

std::map<std::string, std::string> stageNames(const StageMapping& mapping, const Persona& persona,
                                              const std::map<std::string, std::string>& remembered)
{
    std::map<std::string, std::string> out = remembered;
    for (const auto& [crm, index] : mapping)
        if (index >= 0 && static_cast<std::size_t>(index) < persona.pipeline.size())
            out[crm] = persona.pipeline[static_cast<std::size_t>(index)].name;
    return out;
}

ActualsRead readActuals(const ActualsRequest& request, const std::atomic<bool>& cancel)
{
    ActualsRead out;
    const QString dealsName = QFileInfo(request.dealsPath).fileName();
    const QString eventsName = QFileInfo(request.eventsPath).fileName();
    const auto read = [&](const QString& path, const QString& name) {
        std::shared_ptr<const CsvTable> table;
        CsvReadResult r = readCsvFile(path);
        for (auto& p : r.problems) {
            if (p.file.isEmpty())
                p.file = name;
            out.problems.push_back(std::move(p));
        }
        if (r.table)
            table = std::make_shared<const CsvTable>(std::move(*r.table));
        return table;
    };
    out.deals = request.dealsTable ? request.dealsTable : read(request.dealsPath, dealsName);
    if (cancel) {
        out.cancelled = true;
        return out;
    }
    if (!request.eventsPath.isEmpty())
        out.events =
            request.eventsTable ? request.eventsTable : read(request.eventsPath, eventsName);
    if (cancel) {
        out.cancelled = true;
        return out;
    }
    if (!out.deals || (!request.eventsPath.isEmpty() && !out.events))
        return out;

    const CsvTable* deals = out.deals.get();
    DealFormat format = request.format;
    std::optional<CsvTable> mapped;
    if (!request.columns.empty() && (format == DealFormat::Auto || format == DealFormat::Generic)) {
        ColumnMappingResult m = applyColumnMapping(*deals, request.columns, dealsName);
        if (!m.table) {
            out.problems = std::move(m.problems);
            out.needsColumns = true;
            return out;
        }
        mapped = std::move(m.table);
        deals = &*mapped;
        format = DealFormat::Generic;
    } else if ((format == DealFormat::Auto || format == DealFormat::Generic) &&
               recogniseDeals(*deals) == DealFormat::Auto) {
        out.needsColumns = true;
    }
    out.imported =
        importDeals(*deals, out.events.get(), format, request.order, dealsName, eventsName);
    out.cancelled = cancel;
    if (out.cancelled)
        out.imported.deals.reset();
    out.problems.insert(out.problems.end(), out.imported.problems.begin(),
                        out.imported.problems.end());
    return out;
}

} // namespace b2x::calibration
