// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateValues.h"

#include <optional>
#include <string>
#include <vector>

namespace b2x::calibration {

enum class DealStatus { Open, Won, Lost };

/// A deal entering a CRM stage (the CRM's own stage name).
struct StageEntry {
    std::string stage;
    DayNumber day = 0;
};

/// One deal as every importer leaves it, whatever the CRM: the common ground of the estimators.
struct Deal {
    std::string id;
    DayNumber created = 0;
    DealStatus status = DealStatus::Open;
    std::optional<DayNumber> closed; ///< won or lost deals: when
    std::optional<double> amount;
    std::string channel;
    std::vector<StageEntry> entries; ///< in the order the export lists them
};

/// The deals of one import and the CRM stage names they use, in the order deals first reach them.
struct DealSet {
    std::vector<Deal> deals;
    std::vector<std::string> stages;
};

} // namespace b2x::calibration
