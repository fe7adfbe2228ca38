// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealImport.h"

#include "NumberText.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>

namespace b2x::calibration {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

/// The first of `names` the header has (ignoring case).
std::optional<std::size_t> findColumn(const CsvTable& t,
                                      std::initializer_list<std::string_view> names)
{
    for (const auto name : names)
        for (std::size_t c = 0; c < t.header.size(); ++c)
            if (lower(t.header[c]) == lower(name))
                return c;
    return std::nullopt;
}

constexpr std::size_t maxProblems = 20;

/// Reads one table's fields into deals, collecting problems with the file's name, row and column.
class Reader {
public:
    Reader(const CsvTable& table, QString fileName, DateOrder order)
        : m_table(table), m_file(std::move(fileName)), m_order(order)
    {
    }

    std::vector<CsvProblem>& problems() { return m_problems; }
    bool full() const { return m_problems.size() >= maxProblems; }

    void problem(std::size_t row, std::size_t column, QString message)
    {
        if (full())
            return;
        m_problems.push_back({row, column, std::move(message), m_file});
    }

    /// The column named by one of `names`, or a problem saying which column is missing.
    std::optional<std::size_t> required(std::initializer_list<std::string_view> names)
    {
        const auto c = findColumn(m_table, names);
        if (!c)
            problem(1, 0,
                    QCoreApplication::translate(
                        "b2x::calibration",
                        "the column “%1” is missing. Export it, or map the columns by hand.")
                        .arg(qs(*names.begin())));
        return c;
    }

    std::string_view field(std::size_t row, std::size_t column) const
    {
        return m_table.at(row, column);
    }
    /// Spreadsheet row of data row `row` (the header is row 1).
    static std::size_t sheetRow(std::size_t row) { return row + 2; }

    std::optional<DayNumber> date(std::size_t row, std::size_t column, bool required)
    {
        const std::string_view text = field(row, column);
        if (trimmed(text).empty()) {
            if (required)
                problem(sheetRow(row), column + 1,
                        QCoreApplication::translate("b2x::calibration", "the date is empty."));
            return std::nullopt;
        }
        const auto day = parseDay(text, m_order);
        if (!day)
            problem(sheetRow(row), column + 1,
                    QCoreApplication::translate(
                        "b2x::calibration",
                        "“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or "
                        "03/31/2026).")
                        .arg(qs(text.substr(0, 40))));
        return day;
    }

    std::optional<double> amount(std::size_t row, std::size_t column)
    {
        const std::string_view text = field(row, column);
        if (text.find_first_of("0123456789.,-") == std::string_view::npos)
            return std::nullopt;
        const auto parsed = parseNumber(text);
        if (!parsed) {
            problem(sheetRow(row), column + 1,
                    QCoreApplication::translate("b2x::calibration", "“%1” is not an amount.")
                        .arg(qs(field(row, column).substr(0, 40))));
            return std::nullopt;
        }
        if (*parsed < 0) {
            problem(
                sheetRow(row), column + 1,
                QCoreApplication::translate(
                    "b2x::calibration",
                    "the amount is negative. A deal's amount is what it is worth (0 or more)."));
            return std::nullopt;
        }
        return parsed;
    }

    std::optional<bool> truth(std::size_t row, std::size_t column)
    {
        const std::string v = lower(trimmed(field(row, column)));
        if (v == "true" || v == "1" || v == "yes")
            return true;
        if (v == "false" || v == "0" || v == "no" || v.empty())
            return false;
        problem(sheetRow(row), column + 1,
                QCoreApplication::translate("b2x::calibration", "“%1” is neither true nor false.")
                    .arg(qs(field(row, column).substr(0, 40))));
        return std::nullopt;
    }

    std::size_t rows() const { return m_table.rowCount(); }
    const CsvTable& table() const { return m_table; }

private:
    const CsvTable& m_table;
    QString m_file;
    DateOrder m_order;
    std::vector<CsvProblem> m_problems;
};

/// Deals by id, refusing a repeated id.
class DealIndex {
public:
    Deal* add(Reader& r, std::size_t row, std::size_t column, Deal deal)
    {
        if (deal.id.empty()) {
            r.problem(Reader::sheetRow(row), column + 1,
                      QCoreApplication::translate("b2x::calibration", "the deal has no id."));
            return nullptr;
        }
        const auto [it, inserted] = m_rows.emplace(deal.id, row);
        if (!inserted) {
            r.problem(Reader::sheetRow(row), column + 1,
                      QCoreApplication::translate(
                          "b2x::calibration",
                          "the deal id “%1” is already used on row %2: each deal must appear once.")
                          .arg(qs(deal.id.substr(0, 40)))
                          .arg(Reader::sheetRow(it->second)));
            return nullptr;
        }
        m_index.emplace(deal.id, m_set.deals.size());
        m_set.deals.push_back(std::move(deal));
        return &m_set.deals.back();
    }
    Deal* find(const std::string& id)
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_set.deals[it->second];
    }
    void addEntry(Deal& deal, std::string stage, DayNumber day)
    {
        if (m_stages.insert(stage).second)
            m_set.stages.push_back(stage);
        deal.entries.push_back({std::move(stage), day});
    }
    std::vector<Deal>& deals() { return m_set.deals; }
    DealSet take() { return std::move(m_set); }

private:
    DealSet m_set;
    std::unordered_map<std::string, std::size_t> m_index;
    std::unordered_map<std::string, std::size_t> m_rows;
    std::unordered_set<std::string> m_stages;
};

/// Stage events from a table of (deal id, stage, time) rows; events for deals the deals file
/// lacks are refused. Consecutive rows of one deal in the same stage are one entry (Salesforce's
/// history repeats the stage when the amount or close date changes).
void readEvents(Reader& r, DealIndex& index, std::initializer_list<std::string_view> idNames,
                std::initializer_list<std::string_view> stageNames,
                std::initializer_list<std::string_view> timeNames)
{
    const auto id = r.required(idNames);
    const auto stage = r.required(stageNames);
    const auto time = r.required(timeNames);
    if (!id || !stage || !time)
        return;
    std::unordered_map<std::string, std::pair<std::string, DayNumber>> last;
    for (std::size_t row = 0; row < r.rows() && !r.full(); ++row) {
        const std::string dealId = trimmed(r.field(row, *id));
        Deal* deal = index.find(dealId);
        if (!deal) {
            r.problem(Reader::sheetRow(row), *id + 1,
                      QCoreApplication::translate(
                          "b2x::calibration",
                          "the event is for deal “%1”, which the deals file does not have.")
                          .arg(qs(dealId.substr(0, 40))));
            continue;
        }
        std::string stageName = trimmed(r.field(row, *stage));
        const auto day = r.date(row, *time, true);
        if (stageName.empty() || !day)
            continue;
        auto& previous = last[dealId];
        if (previous.first == stageName)
            continue;
        previous = {stageName, *day};
        index.addEntry(*deal, std::move(stageName), *day);
    }
}

DealStatus statusFromWord(Reader& r, std::size_t row, std::size_t column, bool* skip)
{
    const std::string v = lower(trimmed(r.field(row, column)));
    if (v == "won")
        return DealStatus::Won;
    if (v == "lost")
        return DealStatus::Lost;
    if (v == "open" || v.empty())
        return DealStatus::Open;
    if (v == "deleted") {
        *skip = true;
        return DealStatus::Open;
    }
    r.problem(
        Reader::sheetRow(row), column + 1,
        QCoreApplication::translate("b2x::calibration", "the status “%1” is not open, won or lost.")
            .arg(qs(v.substr(0, 40))));
    return DealStatus::Open;
}

void importGeneric(Reader& d, Reader* e, DealIndex& index)
{
    const auto id = d.required({"deal_id"});
    const auto created = d.required({"created_at"});
    const auto status = d.required({"status"});
    const auto closed = findColumn(d.table(), {"closed_at"});
    const auto amount = findColumn(d.table(), {"amount"});
    const auto channel = findColumn(d.table(), {"channel"});
    if (!id || !created || !status)
        return;
    for (std::size_t row = 0; row < d.rows() && !d.full(); ++row) {
        Deal deal;
        deal.id = trimmed(d.field(row, *id));
        bool skip = false;
        deal.status = statusFromWord(d, row, *status, &skip);
        deal.created = d.date(row, *created, true).value_or(0);
        if (closed)
            deal.closed = d.date(row, *closed, false);
        if (amount)
            deal.amount = d.amount(row, *amount);
        if (channel)
            deal.channel = trimmed(d.field(row, *channel));
        index.add(d, row, *id, std::move(deal));
    }
    if (e)
        readEvents(*e, index, {"deal_id"}, {"stage"}, {"entered_at"});
}

/// HubSpot names stage columns `Date entered "STAGE (PIPELINE)"`; the stage is STAGE.
std::optional<std::string> hubSpotStage(const std::string& header)
{
    static constexpr std::string_view prefix = "date entered \"";
    const std::string l = lower(header);
    if (!l.starts_with(prefix) || !l.ends_with("\""))
        return std::nullopt;
    std::string inner = header.substr(prefix.size(), header.size() - prefix.size() - 1);
    if (const auto open = inner.rfind(" ("); open != std::string::npos && inner.ends_with(")"))
        inner.erase(open);
    return trimmed(inner);
}

void importHubSpot(Reader& d, DealIndex& index)
{
    const auto id = d.required({"Record ID", "Deal ID"});
    const auto created = d.required({"Create Date"});
    const auto won = d.required({"Is Closed Won"});
    const auto stage = d.required({"Deal Stage"});
    const auto closed = findColumn(d.table(), {"Close Date"});
    const auto amount = findColumn(d.table(), {"Amount"});
    const auto channel = findColumn(d.table(), {"Original Source Type", "Original Source"});
    if (!id || !created || !won || !stage)
        return;
    std::vector<std::pair<std::size_t, std::string>> stageColumns;
    for (std::size_t c = 0; c < d.table().header.size(); ++c)
        if (auto name = hubSpotStage(d.table().header[c]))
            // Closed won and closed lost are outcomes (Is Closed Won, Close Date), not stages.
            if (const std::string l = lower(*name); !l.starts_with("closed "))
                stageColumns.emplace_back(c, std::move(*name));
    for (std::size_t row = 0; row < d.rows() && !d.full(); ++row) {
        Deal deal;
        deal.id = trimmed(d.field(row, *id));
        deal.created = d.date(row, *created, true).value_or(0);
        const bool isWon = d.truth(row, *won).value_or(false);
        // HubSpot has no "lost" flag: a deal in a stage named closed lost is lost.
        const std::string current = lower(d.field(row, *stage));
        deal.status = isWon                                       ? DealStatus::Won
                      : current.find("lost") != std::string::npos ? DealStatus::Lost
                                                                  : DealStatus::Open;
        if (closed)
            deal.closed = d.date(row, *closed, false);
        if (amount)
            deal.amount = d.amount(row, *amount);
        if (channel)
            deal.channel = trimmed(d.field(row, *channel));
        Deal* added = index.add(d, row, *id, std::move(deal));
        if (!added)
            continue;
        std::vector<StageEntry> entries;
        for (const auto& [column, name] : stageColumns)
            if (const auto day = d.date(row, column, false))
                entries.push_back({name, *day});
        std::stable_sort(entries.begin(), entries.end(),
                         [](const StageEntry& a, const StageEntry& b) { return a.day < b.day; });
        for (auto& entry : entries)
            index.addEntry(*added, std::move(entry.stage), entry.day);
    }
}

/// Salesforce: opportunities (Id, IsClosed, IsWon, CloseDate, Amount, CreatedDate) and their
/// history (OpportunityId, StageName, CreatedDate of the change); or the history alone with the
/// outcome columns on each row.
void importSalesforce(Reader& d, Reader* e, DealIndex& index)
{
    const bool historyOnly = findColumn(d.table(), {"OpportunityId", "Opportunity ID"}).has_value();
    Reader& history = historyOnly ? d : *e;
    const auto id = historyOnly ? d.required({"OpportunityId", "Opportunity ID"})
                                : d.required({"Id", "Opportunity ID"});
    const auto isClosed = d.required({"IsClosed", "Closed"});
    const auto isWon = d.required({"IsWon", "Won"});
    const auto closed = findColumn(d.table(), {"CloseDate", "Close Date"});
    const auto amount = findColumn(d.table(), {"Amount"});
    const auto created = historyOnly ? d.required({"CreatedDate", "Last Modified", "Created Date"})
                                     : findColumn(d.table(), {"CreatedDate", "Created Date"});
    if (!id || !isClosed || !isWon)
        return;
    std::unordered_map<std::string, DayNumber> firstChange;
    if (historyOnly && created)
        for (std::size_t row = 0; row < d.rows(); ++row)
            if (const auto day = parseDay(d.field(row, *created), DateOrder::Unknown)) {
                auto [it, inserted] = firstChange.emplace(trimmed(d.field(row, *id)), *day);
                if (!inserted)
                    it->second = std::min(it->second, *day);
            }
    std::unordered_set<std::string> seen;
    for (std::size_t row = 0; row < d.rows() && !d.full(); ++row) {
        const std::string dealId = trimmed(d.field(row, *id));
        if (historyOnly && !seen.insert(dealId).second)
            continue; // one deal per opportunity; its rows are its history
        Deal deal;
        deal.id = dealId;
        const bool closedFlag = d.truth(row, *isClosed).value_or(false);
        const bool wonFlag = d.truth(row, *isWon).value_or(false);
        deal.status = wonFlag ? DealStatus::Won : closedFlag ? DealStatus::Lost : DealStatus::Open;
        if (closed)
            deal.closed = d.date(row, *closed, false);
        if (amount)
            deal.amount = d.amount(row, *amount);
        if (historyOnly) {
            const auto first = firstChange.find(dealId);
            deal.created = first == firstChange.end() ? 0 : first->second;
        } else if (created) {
            deal.created = d.date(row, *created, true).value_or(0);
        }
        index.add(d, row, *id, std::move(deal));
    }
    readEvents(history, index, {"OpportunityId", "Opportunity ID"}, {"StageName", "Stage"},
               {"CreatedDate", "Last Modified", "Created Date"});
    if (!historyOnly && !created)
        // Without the opportunities' creation date, a deal is created at its first stage change.
        for (auto& deal : index.deals())
            for (const auto& entry : deal.entries)
                deal.created =
                    &entry == &deal.entries.front() ? entry.day : std::min(deal.created, entry.day);
}

void importPipedrive(Reader& d, Reader* e, DealIndex& index)
{
    const auto id = d.required({"Deal - ID"});
    const auto status = d.required({"Deal - Status"});
    const auto created = d.required({"Deal - Deal created"});
    const auto wonTime = findColumn(d.table(), {"Deal - Won time"});
    const auto lostTime = findColumn(d.table(), {"Deal - Lost time"});
    const auto value = findColumn(d.table(), {"Deal - Value"});
    if (!id || !status || !created)
        return;
    for (std::size_t row = 0; row < d.rows() && !d.full(); ++row) {
        Deal deal;
        deal.id = trimmed(d.field(row, *id));
        bool deleted = false;
        deal.status = statusFromWord(d, row, *status, &deleted);
        if (deleted)
            continue; // a deleted deal is no deal
        deal.created = d.date(row, *created, true).value_or(0);
        if (deal.status == DealStatus::Won && wonTime)
            deal.closed = d.date(row, *wonTime, false);
        if (deal.status == DealStatus::Lost && lostTime)
            deal.closed = d.date(row, *lostTime, false);
        if (value)
            deal.amount = d.amount(row, *value);
        index.add(d, row, *id, std::move(deal));
    }
    if (e)
        readEvents(*e, index, {"Deal ID", "deal_id", "Deal - ID"}, {"Stage", "new_value"},
                   {"Time", "log_time", "Update time"});
}

/// The dates of every date-like column, to tell the order of day and month.
void observeDates(const CsvTable& t, DateOrderEvidence& evidence)
{
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        const std::string h = lower(t.header[c]);
        const bool dateColumn = h.find("date") != std::string::npos ||
                                h.find("time") != std::string::npos || h.ends_with("_at") ||
                                h == "createddate" || h == "closedate" ||
                                h.find("created") != std::string::npos;
        if (!dateColumn)
            continue;
        for (std::size_t row = 0; row < t.rowCount(); ++row)
            evidence.observe(t.at(row, c));
    }
}

} // namespace

bool datesNeedOrder(const CsvTable& deals, const CsvTable* events)
{
    DateOrderEvidence evidence;
    observeDates(deals, evidence);
    if (events)
        observeDates(*events, evidence);
    return evidence.ambiguous();
}

DealFormat recogniseDeals(const CsvTable& t)
{
    if (findColumn(t, {"deal_id"}) && findColumn(t, {"created_at"}) && findColumn(t, {"status"}))
        return DealFormat::Generic;
    if (findColumn(t, {"Record ID", "Deal ID"}) && findColumn(t, {"Is Closed Won"}))
        return DealFormat::HubSpot;
    if (findColumn(t, {"Deal - ID"}) && findColumn(t, {"Deal - Status"}))
        return DealFormat::Pipedrive;
    if ((findColumn(t, {"OpportunityId", "Opportunity ID"}) || findColumn(t, {"Id"})) &&
        findColumn(t, {"IsWon", "Won"}))
        return DealFormat::Salesforce;
    return DealFormat::Auto;
}

DealImportResult importDeals(const CsvTable& deals, const CsvTable* events, DealFormat format,
                             DateOrder order, const QString& dealsName, const QString& eventsName)
{
    DealImportResult result;
    if (format == DealFormat::Auto)
        format = recogniseDeals(deals);
    result.format = format;
    if (format == DealFormat::Auto) {
        result.problems.push_back(
            {1, 0,
             QCoreApplication::translate(
                 "b2x::calibration",
                 "the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor "
                 "the generic deals file (deal_id, created_at, status). Name the format, or "
                 "map the columns by hand."),
             dealsName});
        return result;
    }
    if (order == DateOrder::Unknown) {
        DateOrderEvidence evidence;
        observeDates(deals, evidence);
        if (events)
            observeDates(*events, evidence);
        if (evidence.conflicting()) {
            result.problems.push_back(
                {0, 0,
                 QCoreApplication::translate(
                     "b2x::calibration",
                     "Some dates put the day first (25/03/2026) and others the month (03/25/2026): "
                     "export the files with one date format.")});
            return result;
        }
        if (evidence.ambiguous()) {
            result.dateOrderAmbiguous = true;
            result.problems.push_back(
                {0, 0,
                 QCoreApplication::translate(
                     "b2x::calibration",
                     "Every date such as 03/04/2026 could be 3 April or March 4: say whether the "
                     "day or the month comes first.")});
            return result;
        }
        order = evidence.order();
    }
    const bool needsEvents = format == DealFormat::Generic || format == DealFormat::Pipedrive ||
                             (format == DealFormat::Salesforce &&
                              !findColumn(deals, {"OpportunityId", "Opportunity ID"}));
    if (needsEvents && !events && format == DealFormat::Salesforce) {
        result.problems.push_back(
            {0, 0,
             QCoreApplication::translate(
                 "b2x::calibration",
                 "The opportunities need their stage history (an Opportunity History export).")});
        return result;
    }

    Reader d(deals, dealsName, order);
    std::optional<Reader> e;
    if (events)
        e.emplace(*events, eventsName, order);
    DealIndex index;
    switch (format) {
    case DealFormat::Generic:
        importGeneric(d, e ? &*e : nullptr, index);
        break;
    case DealFormat::HubSpot:
        importHubSpot(d, index);
        break;
    case DealFormat::Salesforce:
        importSalesforce(d, e ? &*e : nullptr, index);
        break;
    case DealFormat::Pipedrive:
        importPipedrive(d, e ? &*e : nullptr, index);
        break;
    case DealFormat::Auto:
        break;
    }
    result.problems = std::move(d.problems());
    if (e)
        result.problems.insert(result.problems.end(), e->problems().begin(), e->problems().end());
    if (result.problems.empty())
        result.deals = index.take();
    return result;
}

} // namespace b2x::calibration
