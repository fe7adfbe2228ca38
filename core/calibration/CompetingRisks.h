// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace b2x::calibration {

/// How a deal's stay in a pipeline stage ended by the as-of date.
enum class Outcome {
    Open,     ///< still in the stage: right-censored at the as-of date
    Advanced, ///< moved on to a later stage (or was won)
    Lost,     ///< left the pipeline from this stage
};

/// One deal's stay in one stage: how long it was observed there and how the stay ended.
struct Spell {
    double days = 0; ///< from entering the stage to leaving it (or to the as-of date when open)
    Outcome outcome = Outcome::Open;
};

/// One step of the cumulative incidence curves, at a time at which some deal left the stage.
struct IncidenceStep {
    double days = 0;
    int atRisk = 0;          ///< deals still in the stage just before `days`
    int advanced = 0;        ///< deals that moved on at `days`
    int lost = 0;            ///< deals lost at `days`
    double advancedCif = 0;  ///< share of the entries that have moved on by `days`
    double lostCif = 0;      ///< share of the entries that have been lost by `days`
    double stillInStage = 1; ///< share of the entries still in the stage after `days`
};

/// What a stage's deals say about the stage, with open deals counted right
/// (docs/models.md, "Calibration").
struct CompetingRisksEstimate {
    int entered = 0;
    int advanced = 0;
    int lost = 0;
    int open = 0;
    /// The Aalen–Johansen estimate of the share of entries that move on: the cumulative incidence
    /// of advancing at the end of follow-up, with its 95% confidence interval (delta method on
    /// log(−log F), Greenwood-type variance; Collett, "Modelling Survival Data in Medical
    /// Research", 3rd ed., §12.2). 0–1. Absent when no deal entered.
    std::optional<double> conversion;
    std::optional<double> conversionLow;
    std::optional<double> conversionHigh;
    /// advanced ÷ entered: counts every open deal as a loss.
    std::optional<double> naiveConversion;
    /// False when the curve was still rising over the last quarter of the follow-up: the estimate
    /// is then a lower bound (deals still open may yet move on).
    bool levelledOff = false;
    /// Time in the stage among the deals that move on (cumulative incidence of advancing divided
    /// by the final conversion), in days; absent when no deal advanced.
    std::optional<double> p10Days;
    std::optional<double> p50Days;
    std::optional<double> p90Days;
    std::optional<double> meanDays;
    std::vector<IncidenceStep> steps;
};

/// Aalen–Johansen with two competing outcomes (advanced, lost) and right-censoring (open).
/// Tied times are one step; at a tie, deals that left count before deals censored (the usual
/// convention, so a deal open for exactly as long as another took to advance was at risk then).
/// Negative or non-finite durations are the caller's to refuse; they are treated as 0 here.
CompetingRisksEstimate estimateCompetingRisks(std::span<const Spell> spells);

/// The triangular distribution (min, likely, max) a persona's stage uses, fitted to measured
/// 10th, 50th and 90th percentiles: the distribution whose own three percentiles are closest to
/// them in least squares, with min ≥ 0 (docs/models.md, "Calibration"). Three percentiles cannot
/// place a mode that lies outside p10–p90; the least extreme such mode is then taken.
struct TriangularFit {
    double minDays = 0;
    double likelyDays = 0;
    double maxDays = 0;
};
TriangularFit fitTriangular(double p10, double p50, double p90);

/// The q-quantile (0–1) of the triangular distribution (min, likely, max).
double triangularQuantile(const TriangularFit& t, double q);

} // namespace b2x::calibration
