// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "Deals.h"
#include "model/ChannelCatalogue.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace b2x::calibration {

/// One row of an ad-spend export: a day's spend on one platform or campaign channel.
struct SpendRow {
    DayNumber day = 0;
    std::string channel; ///< as the export names it ("Google Ads", "linkedin", …)
    double spend = 0;
    std::optional<double> impressions;
    std::optional<double> clicks;
    std::optional<double> conversions;
};

struct SpendImportResult {
    std::optional<std::vector<SpendRow>> rows;
    std::vector<CsvProblem> problems;
    bool dateOrderAmbiguous = false;
};

/// Reads an ad-spend CSV: `date` (or `date_day`, `day`), `channel` (or `platform`, `source`),
/// `spend` (or `cost`, `amount spent`), and optionally `impressions`, `clicks`, `conversions`
/// (docs/calibration.md). Nothing is imported when a row is wrong.
SpendImportResult importSpend(const CsvTable& table, DateOrder order,
                              const QString& fileName = QString());

/// The catalogue channel an export's channel name stands for: its id or name (ignoring case), or
/// a platform's usual name ("Google Ads" → paid search, "Meta" → Facebook); "" when none.
std::string catalogueChannelFor(const std::string& exportName, const ChannelCatalogue& catalogue);

struct ChannelSpend {
    std::string name;      ///< as the export names it
    std::string channelId; ///< the catalogue channel ("" when not mapped)
    double spend = 0;
    double monthlySpend = 0;
    double share = 0; ///< of the whole spend, 0–1
    std::optional<double> impressions;
    std::optional<double> clicks;
    std::optional<double> conversions;
    std::optional<double> clickThroughRate; ///< clicks ÷ impressions, 0–1
};

struct SpendSummary {
    DayNumber from = 0; ///< the first and last day with spend
    DayNumber to = 0;
    double months = 0; ///< (to − from + 1) ÷ 30.4375
    double total = 0;
    double monthlySpend = 0;
    std::vector<ChannelSpend> channels; ///< largest spend first
    int wonDeals = 0;                   ///< deals won between `from` and `to`
    std::optional<double> cac;          ///< total ÷ wonDeals: what one new customer cost
};

/// Measured spend, budget shares and click-through per channel, and the customer acquisition cost
/// against the deals won over the same days (`deals` may be null). `channelMap` overrides the
/// channel mapping (export name → catalogue id).
SpendSummary summariseSpend(const std::vector<SpendRow>& rows, const ChannelCatalogue& catalogue,
                            const std::map<std::string, std::string>& channelMap,
                            const DealSet* deals);

} // namespace b2x::calibration
