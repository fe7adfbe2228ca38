// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudienceSizing.h"

#include "analytics/CustomerRevenue.h"
#include "analytics/InMarketShare.h"

#include <algorithm>

namespace b2x::plan {

AudienceSizing computeAudienceSizing(const Persona& persona, const PersonaPlan* plan,
                                     const PeriodDates& period, const ReverseFunnel& funnel)
{
    AudienceSizing a;
    a.yearlyValuePerCustomer = 12.0 * analytics::customerRevenue(persona.economics).monthlyRevenue;
    a.inMarketSharePerQuarter = analytics::inMarketSharePerQuarter(persona.economics);
    if (funnel.requiredMonthlyVolume)
        a.requiredEntriesInPeriod =
            *funnel.requiredMonthlyVolume * std::max(0, period.days) / daysPerMonth;
    if (!plan || !plan->audienceSize)
        return a;
    const double size = std::max(0.0, *plan->audienceSize);
    a.audienceSize = size;
    a.tam = size * a.yearlyValuePerCustomer;
    a.inMarketPerQuarter = size * a.inMarketSharePerQuarter;
    const double share =
        std::min(1.0, a.inMarketSharePerQuarter * std::max(0, period.days) / daysPerQuarter);
    a.inMarketInPeriod = size * share;
    a.exceedsAudience =
        a.requiredEntriesInPeriod && *a.requiredEntriesInPeriod > *a.inMarketInPeriod;
    return a;
}

} // namespace b2x::plan
