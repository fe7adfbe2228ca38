// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QString>
#include <vector>

namespace b2x::analytics {

/// The decision-unit model (docs/models.md, "Decision unit").
struct DecisionUnitAnalysis {
    int size = 1;                    ///< members, at least 1 (someone always decides)
    double cebProbability = 0;       ///< from CEB's measurements for this size (0–1)
    double consensusProbability = 0; ///< the override when set, else cebProbability (0–1)
    bool overridden = false;
    /// Key roles nobody covers, in the order decider, user, specifier, buyer. Coverage counts
    /// roles, not members: one member may hold several. A decider is covered by a Decider or by
    /// the economic buyer; a one-person unit covers every role.
    std::vector<Role> uncoveredRoles;
    int champions = 0;
    int blockers = 0;
    bool blockersWithoutChampion = false;
    std::vector<QString> warnings; ///< for the UI and reports, translatable
};

/// CEB's probability that a buying group of `size` people buys at all: 1 → 81%, 2 → 55%,
/// 3 → 60%, 6 → 31%, linear between; past 6 the 3→6 slope continues down to a 10% floor.
double cebConsensusProbability(double size);

/// The floor of the curve past 6 people: the bottom of the close-rate band for the largest deals
/// (over $250K: 10–15%, firstsales.io), which have the largest groups and still close.
inline constexpr double consensusFloor = 0.10;

DecisionUnitAnalysis analyseDecisionUnit(const DecisionUnit& unit);

} // namespace b2x::analytics
