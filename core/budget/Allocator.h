// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResponseCurve.h"
#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace b2x::budget {

/// One persona channel as the allocator sees it: its curve, what an entry is worth, its bounds.
struct BudgetChannel {
    std::string personaId;
    std::string channelId;
    ResponseCurve curve;
    EntryValue entryValue;
    double minSpend = 0;
    double maxSpend = 0; ///< at least minSpend
    bool locked = false; ///< minSpend = maxSpend = today's spend
};

/// The persona's channels with their curves and bounds (a locked channel keeps today's spend;
/// bounds that cross are read as min = max = the larger).
std::vector<BudgetChannel> budgetChannels(const Persona& persona,
                                          const ChannelCatalogue& catalogue);

enum class AllocationMode {
    FixedBudget, ///< spend the budget where it brings the most value
    Flexible,    ///< keep spending while the marginal ROAS is at least the target
};

struct AllocationOptions {
    AllocationMode mode = AllocationMode::FixedBudget;
    /// Fixed budget: the money to split (empty: the channels' spend today). Flexible: sets the
    /// step size only.
    std::optional<double> budget;
    double targetMarginalRoas = 1;  ///< flexible mode: the last step's return is at least this
    double stepPercent = 1;         ///< one step, in percent of the budget (0.01–100)
    std::size_t maxSteps = 1000000; ///< a safety stop for the flexible mode
};

enum class BoundHit { None, Min, Max, Locked };

/// One channel of the result. Spends are monthly, in the persona's currency; value is the CLV
/// (gross margin over the customers' lifetimes) of the customers a month's entries become.
struct ChannelAllocation {
    std::string personaId;
    std::string channelId;
    double currentSpend = 0;
    double spend = 0;
    double currentEntries = 0;
    double currentCustomers = 0;
    double currentValue = 0;
    double entries = 0;
    double customers = 0;
    std::optional<double> cac; ///< spend ÷ customers
    double value = 0;
    std::optional<double> roas;         ///< value ÷ spend
    std::optional<double> marginalRoas; ///< value per entry × f′(spend)
    BoundHit atBound = BoundHit::None;
};

struct AllocationTotals {
    double spend = 0;
    double entries = 0;
    double customers = 0;
    double value = 0;
    std::optional<double> roas; ///< value ÷ spend
};

/// One greedy step: which channel got `amount` and the marginal ROAS of that step (the value
/// it added ÷ amount).
struct AllocationStep {
    std::size_t channel = 0; ///< index into Allocation::channels
    double amount = 0;
    double marginalRoas = 0;
};

struct Allocation {
    AllocationMode mode = AllocationMode::FixedBudget;
    double budget = 0;     ///< fixed: the budget split; flexible: the spend proposed
    double stepAmount = 0; ///< the size of one step
    std::vector<ChannelAllocation> channels;
    AllocationTotals current;
    AllocationTotals proposed;
    std::vector<AllocationStep> steps;
    double unspent = 0;                ///< fixed budget every channel's maximum could not take
    bool minimumsExceedBudget = false; ///< the minimums alone cost more than the budget
};

/// Greedy equal-marginal-return allocation (docs/models.md, "Budget allocation"): every channel
/// starts at its minimum; each step gives one step of money to the channel whose next step adds
/// the most value. Deterministic: ties go to the earlier channel.
Allocation allocate(std::span<const BudgetChannel> channels, const AllocationOptions& options);

/// The channels of several personas together, in the order given.
Allocation allocate(std::span<const Persona* const> personas, const AllocationOptions& options,
                    const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());

/// The totals of one persona's channels in an allocation (a view shows one persona at a time).
AllocationTotals personaTotals(const Allocation& allocation, const std::string& personaId,
                               bool proposed);

} // namespace b2x::budget
