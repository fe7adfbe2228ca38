// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdSpend.h"

#include "NumberText.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>

namespace b2x::calibration {

namespace {

std::string lower(std::string_view s)
{
    std::string out;
    for (const char c : s)
        if (c != ' ' && c != '_' && c != '-')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::size_t> findColumn(const CsvTable& t,
                                      std::initializer_list<std::string_view> names)
{
    for (const auto name : names)
        for (std::size_t c = 0; c < t.header.size(); ++c)
            if (lower(t.header[c]) == lower(name))
                return c;
    return std::nullopt;
}

void add(std::optional<double>& sum, const std::optional<double>& v)
{
    if (v)
        sum = sum.value_or(0) + *v;
}

} // namespace

SpendImportResult importSpend(const CsvTable& t, DateOrder order, const QString& fileName)
{
    SpendImportResult result;
    const auto problem = [&](std::size_t row, std::size_t column, QString message) {
        if (result.problems.size() < 20)
            result.problems.push_back({row, column, std::move(message), fileName});
    };
    const auto date = findColumn(t, {"date", "date_day", "day"});
    const auto channel = findColumn(t, {"channel", "platform", "source"});
    const auto spend = findColumn(t, {"spend", "cost", "amount spent"});
    for (const auto& [found, name] :
         {std::pair{date, "date"}, std::pair{channel, "channel"}, std::pair{spend, "spend"}})
        if (!found)
            problem(1, 0,
                    QCoreApplication::translate("b2x::calibration", "the column “%1” is missing.")
                        .arg(QString::fromLatin1(name)));
    if (!result.problems.empty())
        return result;
    if (order == DateOrder::Unknown) {
        DateOrderEvidence evidence;
        for (std::size_t row = 0; row < t.rowCount(); ++row)
            evidence.observe(t.at(row, *date));
        if (evidence.conflicting() || evidence.ambiguous()) {
            result.dateOrderAmbiguous = evidence.ambiguous();
            problem(0, 0,
                    evidence.ambiguous()
                        ? QCoreApplication::translate(
                              "b2x::calibration",
                              "Every date such as 03/04/2026 could be 3 April or March 4: say "
                              "whether the day or the month comes first.")
                        : QCoreApplication::translate(
                              "b2x::calibration",
                              "Some dates put the day first and others the month: export the file "
                              "with one date format."));
            return result;
        }
        order = evidence.order();
    }
    const auto impressions = findColumn(t, {"impressions"});
    const auto clicks = findColumn(t, {"clicks"});
    const auto conversions = findColumn(t, {"conversions"});
    std::vector<SpendRow> rows;
    rows.reserve(t.rowCount());
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto fields = [&](std::size_t c) { return t.at(r, c); };
        const std::size_t sheetRow = r + 2;
        SpendRow row;
        const auto day = parseDay(fields(*date), order);
        if (!day) {
            problem(sheetRow, *date + 1,
                    QCoreApplication::translate("b2x::calibration",
                                                "“%1” is not a date between 1970 and 2100.")
                        .arg(QString::fromUtf8(fields(*date).substr(0, 40))));
            continue;
        }
        row.day = *day;
        row.channel = std::string(fields(*channel));
        if (row.channel.empty()) {
            problem(sheetRow, *channel + 1,
                    QCoreApplication::translate("b2x::calibration", "the channel is empty."));
            continue;
        }
        const auto amount = parseNumber(fields(*spend));
        if (!amount || *amount < 0) {
            problem(sheetRow, *spend + 1,
                    QCoreApplication::translate("b2x::calibration",
                                                "the spend must be a number of 0 or more."));
            continue;
        }
        row.spend = *amount;
        for (const auto& [column, into] :
             {std::pair{impressions, &row.impressions}, std::pair{clicks, &row.clicks},
              std::pair{conversions, &row.conversions}}) {
            if (!column || fields(*column).empty())
                continue;
            const auto v = parseNumber(fields(*column));
            if (!v || *v < 0) {
                problem(sheetRow, *column + 1,
                        QCoreApplication::translate("b2x::calibration",
                                                    "the count must be a number of 0 or more."));
                continue;
            }
            *into = *v;
        }
        rows.push_back(std::move(row));
    }
    if (result.problems.empty())
        result.rows = std::move(rows);
    return result;
}

std::string catalogueChannelFor(const std::string& exportName, const ChannelCatalogue& catalogue)
{
    const std::string key = lower(exportName);
    for (const auto& c : catalogue.channels())
        if (lower(c.id) == key || lower(c.name) == key)
            return c.id;
    // Platforms' usual names in spend exports (Fivetran's ad_reporting names platforms so too).
    static const std::pair<const char*, const char*> aliases[] = {
        {"googleads", "paid-search"},
        {"google", "paid-search"},
        {"adwords", "paid-search"},
        {"microsoftads", "paid-search"},
        {"bingads", "paid-search"},
        {"bing", "paid-search"},
        {"meta", "facebook"},
        {"metaads", "facebook"},
        {"facebookads", "facebook"},
        {"instagramads", "instagram"},
        {"linkedinads", "linkedin"},
        {"twitterads", "x-twitter"},
        {"twitter", "x-twitter"},
        {"xads", "x-twitter"},
        {"tiktokads", "tiktok"},
        {"youtubeads", "youtube"},
        {"dv360", "programmatic-display"},
        {"displayvideo360", "programmatic-display"},
        {"display", "programmatic-display"}};
    for (const auto& [alias, id] : aliases)
        if (key == alias && catalogue.find(id))
            return id;
    return {};
}

SpendSummary summariseSpend(const std::vector<SpendRow>& rows, const ChannelCatalogue& catalogue,
                            const std::map<std::string, std::string>& channelMap,
                            const DealSet* deals)
{
    SpendSummary s;
    if (rows.empty())
        return s;
    s.from = rows.front().day;
    s.to = rows.front().day;
    std::map<std::string, ChannelSpend> byName;
    for (const auto& r : rows) {
        s.from = std::min(s.from, r.day);
        s.to = std::max(s.to, r.day);
        s.total += r.spend;
        ChannelSpend& c = byName[r.channel];
        c.name = r.channel;
        c.spend += r.spend;
        add(c.impressions, r.impressions);
        add(c.clicks, r.clicks);
        add(c.conversions, r.conversions);
    }
    s.months = (std::floor(s.to) - std::floor(s.from) + 1) / 30.4375;
    s.monthlySpend = s.total / s.months;
    for (auto& [name, c] : byName) {
        const auto mapped = channelMap.find(name);
        c.channelId =
            mapped != channelMap.end() ? mapped->second : catalogueChannelFor(name, catalogue);
        c.monthlySpend = c.spend / s.months;
        c.share = s.total > 0 ? c.spend / s.total : 0;
        if (c.impressions && *c.impressions > 0 && c.clicks)
            c.clickThroughRate = *c.clicks / *c.impressions;
        s.channels.push_back(c);
    }
    std::stable_sort(
        s.channels.begin(), s.channels.end(),
        [](const ChannelSpend& a, const ChannelSpend& b) { return a.spend > b.spend; });
    if (deals) {
        for (const auto& d : deals->deals)
            if (d.status == DealStatus::Won && d.closed && *d.closed >= std::floor(s.from) &&
                *d.closed < std::floor(s.to) + 1)
                ++s.wonDeals;
        if (s.wonDeals > 0)
            s.cac = s.total / s.wonDeals;
    }
    return s;
}

} // namespace b2x::calibration
