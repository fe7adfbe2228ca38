// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

/// The names of a persona's scalar outputs (visitScalarOutputs): the CSV's columns, the keys of
/// `b2x summary --json` and what the report's group medians are looked up by. Written once here,
/// so that a reader of an output cannot mistype a name that the writer never produces.
namespace b2x::analytics::output {

inline constexpr std::string_view b2bIndex = "b2bIndex";
inline constexpr std::string_view labelMismatch = "labelMismatch";
/// Followed by a dimension's file spelling (toString(Dimension)).
inline constexpr std::string_view dimensionPrefix = "dimensions.";
inline constexpr std::string_view decisionUnitSize = "decisionUnit.size";
inline constexpr std::string_view consensusProbability = "decisionUnit.consensusProbability";
inline constexpr std::string_view uncoveredRoleCount = "decisionUnit.uncoveredRoleCount";
inline constexpr std::string_view cycleMeanDays = "salesCycle.meanDays";
inline constexpr std::string_view cycleP50Days = "salesCycle.p50Days";
inline constexpr std::string_view cycleP90Days = "salesCycle.p90Days";
inline constexpr std::string_view customersPerMonth = "funnel.customersPerMonth";
inline constexpr std::string_view cac = "economics.cac";
inline constexpr std::string_view clv = "economics.clv";
inline constexpr std::string_view clvToCac = "economics.clvToCac";
inline constexpr std::string_view paybackMonths = "economics.paybackMonths";
inline constexpr std::string_view roas = "economics.roas";
inline constexpr std::string_view monthlyRevenuePerCustomer = "economics.monthlyRevenuePerCustomer";
inline constexpr std::string_view lifetimeMonths = "economics.lifetimeMonths";
inline constexpr std::string_view monthlyChurn = "economics.monthlyChurn";
inline constexpr std::string_view steadyStateCustomers = "economics.steadyStateCustomers";
inline constexpr std::string_view steadyStateMrr = "economics.steadyStateMrr";
inline constexpr std::string_view steadyStateArr = "economics.steadyStateArr";
inline constexpr std::string_view inMarketSharePerQuarter = "inMarketSharePerQuarter";
inline constexpr std::string_view steadyStateRevenue = "timeToRevenue.steadyStateRevenue";
inline constexpr std::string_view month24Revenue = "timeToRevenue.month24Revenue";
inline constexpr std::string_view monthsTo50Percent = "timeToRevenue.monthsTo50Percent";
inline constexpr std::string_view windowsMissingP90 = "attribution.windowsMissingP90";
/// Followed by the channel's id.
inline constexpr std::string_view channelFitPrefix = "channelFit.";

/// The channel id of a channel-fit output's name ("channelFit.linkedin" → "linkedin"), or an
/// empty view when `name` is not a channel-fit output.
constexpr std::string_view channelFitChannel(std::string_view name)
{
    return name.starts_with(channelFitPrefix) ? name.substr(channelFitPrefix.size())
                                              : std::string_view{};
}

} // namespace b2x::analytics::output
