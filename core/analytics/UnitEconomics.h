// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <optional>

namespace b2x::analytics {

/// Unit economics (docs/models.md, "Unit economics"; formulas from pug.sh, knowmba,
/// metrictoolbox). A ratio whose divisor is zero is "not defined"
/// (std::nullopt), never Inf or NaN.
struct UnitEconomics {
    std::optional<double> cac;      ///< monthlySpend ÷ customersPerMonth
    double clv = 0;                 ///< price × purchasesPerYear × grossMargin × lifetimeYears
    std::optional<double> clvToCac; ///< clv ÷ cac
    std::optional<double> paybackMonths; ///< cac ÷ (price × purchasesPerYear ÷ 12 × grossMargin)
    std::optional<double> roas;          ///< customersPerMonth × price ÷ monthlySpend
    std::optional<double> breakEvenRoas; ///< 1 ÷ grossMargin
};

UnitEconomics computeUnitEconomics(const Economics& economics, double customersPerMonth);

/// a ÷ b, or nothing when b is zero or the result is not a finite number.
std::optional<double> ratio(double a, double b);

} // namespace b2x::analytics
