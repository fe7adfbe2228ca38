// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "Deals.h"

#include <QString>
#include <vector>

namespace b2x::calibration {

/// The exports the importer reads (docs/calibration.md shows each one's columns).
enum class DealFormat { Auto, Generic, HubSpot, Salesforce, Pipedrive };

struct DealImportResult {
    std::optional<DealSet> deals;
    std::vector<CsvProblem> problems; ///< why nothing was imported; each names file, row, column
    DealFormat format = DealFormat::Auto; ///< the format recognised
    /// The dates' order was not told by the files (every date such as 03/04/2026 fits both):
    /// import again with an order given.
    bool dateOrderAmbiguous = false;
};

/// The format a deals file's header says it is (DealFormat::Auto: none recognised).
DealFormat recogniseDeals(const CsvTable& deals);

/// Reads deals and, for formats that keep stage history apart, their stage events. `order` is
/// the order of day and month in numeric dates (Unknown: told by the files, or asked).
/// `dealsName` and `eventsName` name the files in problems. Nothing is imported when anything
/// is wrong: the problems say what, where and what to do.
DealImportResult importDeals(const CsvTable& deals, const CsvTable* events, DealFormat format,
                             DateOrder order, const QString& dealsName = QString(),
                             const QString& eventsName = QString());

/// True when the files' numeric dates all fit both orders (03/04/2026) and none tells which:
/// importDeals() with DateOrder::Unknown then reports dateOrderAmbiguous. Cheap (date columns
/// only), so a caller can tell whether an order it was given was needed.
bool datesNeedOrder(const CsvTable& deals, const CsvTable* events);

} // namespace b2x::calibration
