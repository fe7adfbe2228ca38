// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <optional>
#include <string_view>

namespace b2x::budget {

/// The default shape of a channel type's response curve (docs/models.md, "Response curves"):
/// the half-saturation spend as a multiple of the channel's spend today, and the slope.
struct ResponseDefaults {
    double halfSaturationMultiple = 1;
    double slope = 1;
};

/// The defaults for a catalogue category ("search", "social", "video", …); a category the table
/// does not know gets the generic default.
ResponseDefaults responseDefaults(std::string_view category);

/// The Hill saturation curve f(x) = beta · x^s ÷ (x^s + ec^s) (Robyn, Meridian): the entries a
/// channel brings per month at monthly spend x. Every function gives a finite number ≥ 0 for any
/// input; a curve with beta 0 brings nothing at any spend.
struct ResponseCurve {
    double beta = 0;         ///< the most the channel can bring per month (its ceiling)
    double ec = 0;           ///< half-saturation spend: f(ec) = beta ÷ 2
    double slope = 1;        ///< s: at most 1 concave, above 1 S-shaped
    double todaySpend = 0;   ///< the point the curve was calibrated through
    double todayEntries = 0; ///< entries today (the channel's figure or its share)
    bool calibrated = false; ///< false when today's point has no spend or no entries

    double entries(double spend) const;
    /// f′(x); empty where it is infinite (x = 0 with a slope below 1).
    std::optional<double> derivative(double spend) const;
};

/// The channel's spend today: budget share × the persona's monthly spend.
double todaysSpend(const ChannelUse& use, const Economics& economics);
/// The entries it brings today: its own monthlyEntries when set, otherwise its budget share of
/// the persona's monthly volume.
double todaysEntries(const ChannelUse& use, const Economics& economics);

/// The persona channel's curve: ec and s from the channel's response when set, otherwise the
/// defaults of its catalogue category (`channel` may be null: generic defaults); beta such that
/// the curve passes through today's point.
ResponseCurve responseCurve(const ChannelUse& use, const Economics& economics,
                            const Channel* channel);

/// What one more top-of-funnel entry is worth: the customers one entry becomes (the funnel's
/// conversion rates multiplied) and the CLV (gross margin over a customer's lifetime).
struct EntryValue {
    double customersPerEntry = 0;
    double clv = 0;
    double value() const { return customersPerEntry * clv; }
};
EntryValue entryValue(const Persona& persona);

} // namespace b2x::budget
