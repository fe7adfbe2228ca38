// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

namespace b2x::analytics {

/// Share of the audience in market in a quarter (0–1): 0.25 ÷ interPurchaseYears, capped at 1
/// (Ehrenberg-Bass / B2B Institute "95:5" rule). An interval of zero or less
/// means the audience is always buying: 1.
double inMarketSharePerQuarter(const Economics& economics);

} // namespace b2x::analytics
