// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <QString>
#include <array>

namespace b2x {

namespace analytics {

/// The eight dimensions of the behaviour profile, each scored 0 (consumer-like) to 100
/// (business-like). docs/models.md, "Behaviour profile and B2B index", gives the anchors.
enum class Dimension {
    DecisionUnitSize,
    DecisionFormality,
    SalesCycleLength,
    PricePoint,
    RationalMotive,
    RelationshipDepth,
    Personalisation,
    ChannelMix,
};

enum class BehavesAs { B2B, B2C, Mixed };

inline constexpr std::size_t dimensionCount = 8;

/// Weights of the B2B index, in Dimension order; they sum to 100. Who decides and how long it
/// takes weigh most (the label-versus-behaviour examples of docs/models.md turn on them); the
/// rational motive least, since rational versus emotional is not B2B versus B2C (CEB/Google).
inline constexpr std::array<double, dimensionCount> dimensionWeights{20, 15, 20, 10, 5, 10, 10, 10};

/// behavesAs is B2B from this index up, B2C up to b2cCeiling, mixed between.
inline constexpr double b2bFloor = 60;
inline constexpr double b2cCeiling = 40;

struct DimensionScore {
    Dimension dimension = Dimension::DecisionUnitSize;
    double score = 0;       ///< 0–100
    double weight = 0;      ///< from dimensionWeights
    bool applicable = true; ///< false when the persona lacks the data (no catalogue channels)
    double input = 0;       ///< what was measured: people, days, price, budget-weighted affinity…
    QString explanation;    ///< how the score follows from the persona, translatable
};

struct BehaviourProfile {
    std::array<DimensionScore, dimensionCount> dimensions;
    /// Weighted mean of the applicable dimensions (weights renormalised over them), 0–100.
    double b2bIndex = 0;
    BehavesAs behavesAs = BehavesAs::Mixed;
    /// The label claims one side and the behaviour is clearly the other: a B2B label that
    /// behaves as B2C, or a B2C label that behaves as B2B. Hybrid and mixed never mismatch.
    bool labelMismatch = false;
    QString verdict; ///< one sentence on behaviour versus label, translatable
};

/// `meanCycleDays` is the exact mean of the persona's sales cycle (SalesCycle::meanDays).
BehaviourProfile computeBehaviourProfile(const Persona& persona, double meanCycleDays,
                                         const ChannelCatalogue& catalogue);

/// The 0–100 score of each dimension's input, exposed for tests and the docs' tables.
double decisionUnitSizeScore(double people);
double salesCycleScore(double days);
double pricePointScore(double price);

} // namespace analytics

template <> struct EnumNames<analytics::Dimension> {
    static constexpr auto names = std::to_array<std::string_view>(
        {"decisionUnitSize", "decisionFormality", "salesCycleLength", "pricePoint",
         "rationalMotive", "relationshipDepth", "personalisation", "channelMix"});
};

template <> struct EnumNames<analytics::BehavesAs> {
    static constexpr auto names = std::to_array<std::string_view>({"B2B", "B2C", "mixed"});
};

} // namespace b2x
