// SPDX-License-Identifier: GPL-3.0-or-later
#include "InMarketShare.h"

#include <algorithm>
#include <cmath>

namespace b2x::analytics {

double inMarketSharePerQuarter(const Economics& economics)
{
    const double years = economics.interPurchaseYears;
    if (!std::isfinite(years))
        return 0.0; // an infinite interval: nobody is ever in market
    if (years <= 0.25)
        return 1.0;
    return std::min(1.0, 0.25 / years);
}

} // namespace b2x::analytics
