// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Plan.h"

#include <optional>
#include <string>
#include <vector>

namespace b2x::plan {

/// The colour bands of Google's OKR grading (re:Work, "Set goals with OKRs"): 0.7–1.0 green,
/// 0.4–0.69 yellow, below 0.4 red.
enum class Band { Green, Yellow, Red };

/// The share of the way from start to target that the current value has come, clamped to 0–1
/// (as oslokommune/okr-tracker computes it): (current − start) ÷ (target − start). The same
/// formula serves "decrease to" targets (target below start). Not defined when target = start.
std::optional<double> keyResultProgress(double start, double target, double current);

Band bandFor(double progress);

/// The confidence (0–10) of the latest check-in: the latest date, the later one in the list on
/// the same date. Not defined without check-ins.
std::optional<int> latestConfidence(const std::vector<CheckIn>& checkIns);

struct KeyResultScore {
    std::string id;
    double start = 0;
    double target = 0; ///< the effective target: a derived one's live target when defined
    double current = 0;
    double weight = 1;
    std::optional<double> progress;
    std::optional<Band> band;
    bool derived = false;
    std::optional<double> liveTarget; ///< derived key results: from the reverse funnel
    std::optional<int> confidence;    ///< from the latest check-in
    /// A derived key result with check-ins whose live target differs from the target kept at
    /// the last check-in by more than 1%.
    bool targetMovedSinceCheckIn = false;
};

struct ObjectiveScore {
    std::string id;
    /// Mean of the key results' progress weighted by their weights (Perdoo: equal weights by
    /// default); key results without a defined progress or with weight 0 are left out. Not
    /// defined when none is left.
    std::optional<double> progress;
    std::optional<Band> band;
    std::vector<KeyResultScore> keyResults;
};

/// A key result's score with its live target, if it has one.
KeyResultScore scoreKeyResult(const KeyResult& keyResult, std::optional<double> liveTarget);
/// The objective's score from its key results' scores (in the objective's order).
ObjectiveScore scoreObjective(const Objective& objective, std::vector<KeyResultScore> keyResults);

} // namespace b2x::plan

namespace b2x {
template <> struct EnumNames<plan::Band> {
    static constexpr auto names = std::to_array<std::string_view>({"green", "yellow", "red"});
};
} // namespace b2x
