// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace b2x {

/// The stages of Smart Insights' RACE planning framework (Dave Chaffey, 2010): Plan, Reach, Act,
/// Convert, Engage. The same stages serve B2B and B2C plans.
enum class RaceStage { Plan, Reach, Act, Convert, Engage };

/// What a persona's target for the period counts: new customers, or the revenue of the new
/// customers (customers × price).
enum class TargetKind { Customers, Revenue };

/// An OKR's commitment (Google re:Work): committed objectives are expected to be met in full,
/// aspirational ones are stretch goals.
enum class Commitment { Committed, Aspirational };

/// A tactic's (campaign's) status, after Salesforce's campaign statuses.
enum class TacticStatus { Planned, Running, Done, Stopped };

/// A content item's editorial status.
enum class ContentStatus { Idea, Draft, Review, Live };

/// What a derived key result takes its target from, in the persona's reverse funnel
/// (core/plan/ReverseFunnel.h): the period's target in customers, the entries into one pipeline
/// stage over the period, or the monthly volume or spend the target needs.
enum class DerivedQuantity { Customers, StageEntries, MonthlyVolume, MonthlySpend };

template <> struct EnumNames<RaceStage> {
    static constexpr auto names =
        std::to_array<std::string_view>({"plan", "reach", "act", "convert", "engage"});
};
template <> struct EnumNames<TargetKind> {
    static constexpr auto names = std::to_array<std::string_view>({"customers", "revenue"});
};
template <> struct EnumNames<Commitment> {
    static constexpr auto names = std::to_array<std::string_view>({"committed", "aspirational"});
};
template <> struct EnumNames<TacticStatus> {
    static constexpr auto names =
        std::to_array<std::string_view>({"planned", "running", "done", "stopped"});
};
template <> struct EnumNames<ContentStatus> {
    static constexpr auto names =
        std::to_array<std::string_view>({"idea", "draft", "review", "live"});
};
template <> struct EnumNames<DerivedQuantity> {
    static constexpr auto names = std::to_array<std::string_view>(
        {"customers", "stageEntries", "monthlyVolume", "monthlySpend"});
};

/// The period a plan covers. Dates are written YYYY-MM-DD; both ends belong to the period. Empty
/// dates mean "not set yet": the models then plan the calendar quarter of the day they run.
struct PlanPeriod {
    std::string name; ///< e.g. "Q1 2027"
    std::string start;
    std::string end;

    bool operator==(const PlanPeriod&) const = default;
};

/// The three headings of the RACE planning template under one stage.
struct RaceStagePlan {
    std::string opportunity;
    std::string strategy;
    std::string actions;

    bool operator==(const RaceStagePlan&) const = default;
};

/// What the plan says about one persona: its target for the period and the size of its segment.
struct PersonaPlan {
    std::string personaId;
    TargetKind targetKind = TargetKind::Customers;
    std::optional<double> target; ///< new customers, or new-customer revenue; absent: no target
    /// Accounts (B2B) or people (B2C) the segment holds (the ICP/TAM sizing); absent: not known.
    std::optional<double> audienceSize;

    bool operator==(const PersonaPlan&) const = default;
};

struct CheckIn {
    std::string date; ///< YYYY-MM-DD
    double value = 0;
    int confidence = 5; ///< 0–10, as in puzzle/okr's check-ins
    std::string comment;

    bool operator==(const CheckIn&) const = default;
};

/// Where a derived key result's target comes from.
struct DerivedTarget {
    std::string personaId;
    DerivedQuantity quantity = DerivedQuantity::Customers;
    int stageIndex = 0; ///< the pipeline stage, for StageEntries

    bool operator==(const DerivedTarget&) const = default;
};

struct KeyResult {
    std::string id; ///< unique among the plan's key results; tactics refer to it
    std::string metric;
    std::string unit;
    double start = 0;
    /// The target. A derived key result's target follows its reverse funnel live; this field then
    /// keeps the target as it was at the last check-in, so that a moved target can be reported.
    double target = 0;
    double current = 0;
    double weight = 1;
    std::optional<DerivedTarget> derived;
    std::vector<CheckIn> checkIns;

    bool operator==(const KeyResult&) const = default;
};

struct Objective {
    std::string id;
    std::string title;
    std::string owner;
    RaceStage stage = RaceStage::Plan;
    std::string personaId; ///< empty: the objective concerns no single persona
    Commitment commitment = Commitment::Committed;
    std::vector<KeyResult> keyResults;

    bool operator==(const Objective&) const = default;
};

struct Tactic {
    std::string id;
    std::string name;
    std::string personaId;
    RaceStage stage = RaceStage::Reach;
    std::string channelId; ///< a catalogue or workspace channel; empty: none
    std::string start;     ///< YYYY-MM-DD or empty
    std::string end;
    double plannedBudget = 0;
    std::optional<double> actualBudget; ///< absent until spent
    TacticStatus status = TacticStatus::Planned;
    std::string owner;
    std::string keyResultId; ///< the key result it serves; empty: none

    bool operator==(const Tactic&) const = default;
};

struct ContentItem {
    std::string id;
    std::string title;
    std::string format; ///< whitepaper, case study, webinar, short video, quiz, …
    std::string personaId;
    RaceStage stage = RaceStage::Reach;
    std::string callToAction;
    std::string channelId;
    ContentStatus status = ContentStatus::Idea;
    std::string publishDate; ///< YYYY-MM-DD or empty
    std::string address;     ///< where it lives, e.g. a URL

    bool operator==(const ContentItem&) const = default;
};

inline constexpr std::size_t raceStageCount = 5;

/// The plan of a workspace (docs/file-format.md, "Plan"): RACE stages, OKRs, tactics and content,
/// with targets per persona. A reference to a persona, channel or key result that no longer
/// exists is kept and flagged by the checks (core/plan/PlanChecks.h), never dropped silently.
struct Plan {
    PlanPeriod period;
    std::array<RaceStagePlan, raceStageCount> stages{}; ///< in RaceStage order
    std::vector<PersonaPlan> personas;
    std::vector<Objective> objectives;
    std::vector<Tactic> tactics;
    std::vector<ContentItem> content;

    bool operator==(const Plan&) const = default;

    const PersonaPlan* findPersona(std::string_view personaId) const;
    const KeyResult* findKeyResult(std::string_view keyResultId) const;
    /// True when the plan holds nothing (the plan a version-1 file opens with).
    bool isEmpty() const { return *this == Plan{}; }
};

} // namespace b2x
