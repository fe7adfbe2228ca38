// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QCoreApplication>
#include <QString>

namespace b2x {

/// The key figures the economics imply, in words, for the Economics tab: what a customer pays,
/// the lifetime the churn (or retention) implies and whether the horizon caps it, the customer
/// lifetime value, and the share of the audience in the market. Computed by the same analytics
/// as the charts (analytics::customerRevenue, computeUnitEconomics), so the two always agree.
class EconomicsSummary {
    Q_DECLARE_TR_FUNCTIONS(b2x::EconomicsSummary)

public:
    static QString text(const Economics& economics, const QString& currency);
};

} // namespace b2x
