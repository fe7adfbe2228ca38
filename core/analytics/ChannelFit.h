// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BehaviourProfile.h"
#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <QString>
#include <array>
#include <string>
#include <vector>

namespace b2x {

namespace analytics {

/// The six comparisons behind a channel's fit (docs/models.md, "Channel fit").
enum class FitFactorKind {
    Audience,     ///< channel b2bAffinity vs the persona's behaviour (B2B index) and label
    Price,        ///< persona price vs the middle of the channel's price band (log scale)
    Cycle,        ///< mean cycle vs the middle of the channel's cycle band (log of 1 + days)
    Motives,      ///< channel emotionalFit vs the persona's emotional share (100 − rational)
    DecisionUnit, ///< channel precision vs the precision a decision unit of this size needs
    Reach,        ///< channel reach vs the persona's monthly top-of-funnel volume
};

inline constexpr std::size_t fitFactorCount = 6;
/// Weights in FitFactorKind order; they sum to 100.
inline constexpr std::array<double, fitFactorCount> fitWeights{30, 20, 15, 15, 10, 10};
/// On the price and cycle scales, a persona this many powers of ten from the middle of a
/// channel's band gets no points for it.
inline constexpr double bandFalloffDecades = 2.0;

struct FitFactor {
    FitFactorKind kind = FitFactorKind::Audience;
    double fit = 0.5;        ///< 0–1
    double weight = 0;       ///< from fitWeights
    double personaValue = 0; ///< the persona side of the comparison (see explainFactor)
    double channelValue = 0; ///< the channel side (band middles are geometric)
    /// Points this factor adds to (> 0) or takes from (< 0) a neutral 50:
    /// score = 50 + Σ effect.
    double effect() const { return weight * (fit - 0.5); }
};

/// A channel's score for a persona. This is what every persona's analysis keeps (a workspace
/// of 10,000 personas holds 250,000 of them, so no factors here: see explainChannels).
struct ChannelFit {
    std::string channelId;
    double score = 0; ///< 0–100
};

/// The same score with the six factors behind it, for explanations and `b2x summary --json`.
struct ChannelFitDetail {
    std::string channelId;
    double score = 0; ///< 0–100
    std::array<FitFactor, fitFactorCount> factors;

    /// Factors that raised (effect > 0) or lowered (effect < 0) the score, strongest first.
    std::vector<FitFactorKind> raisedBy() const;
    std::vector<FitFactorKind> loweredBy() const;
};

/// Every catalogue channel scored for the persona, best first (ties keep catalogue order).
/// `meanCycleDays` is SalesCycle::meanDays.
std::vector<ChannelFit> rankChannels(const Persona& persona, const BehaviourProfile& behaviour,
                                     double meanCycleDays, const ChannelCatalogue& catalogue);
/// The same ranking with each score's factors (computed on demand: they are 7 KB a persona).
std::vector<ChannelFitDetail> explainChannels(const Persona& persona,
                                              const BehaviourProfile& behaviour,
                                              double meanCycleDays,
                                              const ChannelCatalogue& catalogue);

/// One sentence on a factor, built on demand (the ranking itself builds no text, so it stays
/// fast), translatable.
QString explainFactor(const FitFactor& factor, const Channel& channel);

} // namespace analytics

template <> struct EnumNames<analytics::FitFactorKind> {
    static constexpr auto names = std::to_array<std::string_view>(
        {"audience", "price", "cycle", "motives", "decisionUnit", "reach"});
};

} // namespace b2x
