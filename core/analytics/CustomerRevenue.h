// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <optional>

namespace b2x::analytics {

/// What one customer pays, month by month, under the persona's revenue model (docs/models.md,
/// "Revenue models"). Every rate is finite and in range whatever the input, so nothing built on
/// it can produce NaN.
///
/// A customer pays `firstPayment` in the month they start paying, then `monthlyRevenue` × q^t in
/// their (t + 1)-th month, where q = (1 + monthly expansion) × (1 − monthly churn) is the share of
/// one month's revenue that the next month keeps. A one-off customer pays once: q = 0.
struct CustomerRevenue {
    RevenueModel model = RevenueModel::OneOff;
    double firstPayment = 0;   ///< one-off: the price; recurring: monthlyRevenue
    double monthlyRevenue = 0; ///< revenue per active customer a month (annual prices ÷ 12)
    std::optional<double> monthlyChurn;     ///< 0–1; recurring models only
    std::optional<double> monthlyExpansion; ///< ≥ 0; recurring models only
    double retainedShare = 0;               ///< q ≥ 0
    /// 1 − q, computed as churn − expansion × (1 − churn) so that 2% churn gives exactly 0.02;
    /// positive when churn outweighs expansion (then there is a steady state).
    double netMonthlyLoss = 1;
    /// Months of monthly gross margin that CLV counts: one-off 12 × lifetimeYears; recurring
    /// 1 ÷ (1 − q) (1 ÷ churn without expansion), capped at the horizon of 12 × lifetimeYears.
    double lifetimeMonths = 0;
    double startDelayDays = 0; ///< a subscription's free trial: days from the won deal to paying
};

CustomerRevenue customerRevenue(const Economics& economics);

/// An annual rate (0–1) as the monthly rate that compounds to it: 1 − (1 − annual)^(1/12).
double monthlyFromAnnualLoss(double annual);

} // namespace b2x::analytics
