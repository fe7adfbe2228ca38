// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AudienceSizing.h"
#include "KpiSuggestions.h"
#include "OkrScoring.h"
#include "PlanCalendar.h"
#include "ReverseFunnel.h"
#include "model/Workspace.h"

#include <QDate>
#include <QString>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace b2x::plan {

/// One persona under the plan.
struct PersonaPlanAnalysis {
    std::string personaId;
    std::string name;
    bool inPlan = false; ///< the plan has an entry for it (a target or an audience size)
    TargetKind targetKind = TargetKind::Customers;
    ReverseFunnel funnel;
    AudienceSizing audience;
    double b2bIndex = 0;
    analytics::BehavesAs behavesAs = analytics::BehavesAs::Mixed;
    std::vector<KpiSuggestion> kpis;
    double plannedBudget = 0; ///< Σ planned budget of the persona's tactics (stopped ones too)
    /// requiredMonthlySpend × period days ÷ 30.4375
    std::optional<double> requiredSpendInPeriod;
};

/// A persona × RACE stage cell without content and without a tactic.
struct ContentGap {
    std::string personaId;
    RaceStage stage = RaceStage::Reach;
};

/// What a check found (docs/models.md, "Checks").
enum class CheckKind {
    PeriodAssumed,       ///< the plan has no period: the current quarter is planned
    ReverseFunnel,       ///< the target cannot be worked back, or needs an earlier pipeline
    BudgetBelowRequired, ///< a persona's planned budget is below the spend its target needs
    TacticOutsidePeriod, ///< a tactic starts before or ends after the period
    AttributionWindow,   ///< a tactic's channel's attribution window misses the cycle's p90
    ContentGap,          ///< persona × RACE stage cells with no content and no tactic
    AudienceTooSmall,    ///< the target needs more entries than the in-market audience
    DerivedTargetMoved,  ///< a derived key result's target moved since its last check-in
    DanglingReference,   ///< a persona, channel, key result or stage that no longer exists
};

struct PlanCheck {
    CheckKind kind = CheckKind::ReverseFunnel;
    std::string personaId; ///< empty when the check concerns no single persona
    QString message;       ///< in words, translatable
    // The plan item the check is about, so that a view can go to it; empty when none. A check
    // about a key result names its objective too.
    std::string objectiveId;
    std::string keyResultId;
    std::string tacticId;
    std::string contentId;
};

struct PlanAnalysis {
    PeriodDates period;
    std::vector<PersonaPlanAnalysis> personas; ///< every persona of the workspace, in its order
    std::vector<ObjectiveScore> objectives;    ///< in the plan's order
    std::vector<ContentGap> contentGaps;
    std::vector<PlanCheck> checks;
    std::unordered_map<std::string, std::size_t> personaIndex; ///< id → index in `personas`

    const PersonaPlanAnalysis* findPersona(const std::string& personaId) const;
};

/// Everything the plan computes (docs/models.md, "The plan"). `today` only matters when the plan
/// has no period: the calendar quarter holding it is planned instead.
PlanAnalysis analysePlan(const Workspace& workspace, QDate today);

/// What the plan computes for one persona: its reverse funnel, audience sizing, behaviour and KPIs.
/// `plan` is the plan's entry for it (nullptr: none); `plannedBudget` the Σ of its tactics'
/// budgets.
PersonaPlanAnalysis analysePersona(const Persona& persona, const PersonaPlan* plan,
                                   const PeriodDates& period, const ChannelCatalogue& catalogue,
                                   double plannedBudget);

/// The planned budget of each persona's tactics (stopped ones too), by persona id.
std::unordered_map<std::string, double> plannedBudgets(const Plan& plan);

struct PlanChecksMemo;

/// Fills in what depends on every persona at once (the index, objective scores, content gaps and
/// checks) once `analysis.period` and `analysis.personas` are set; `memo` as for checkPlan.
void completeAnalysis(PlanAnalysis& analysis, const Workspace& workspace,
                      PlanChecksMemo* memo = nullptr);

/// A derived key result's live target from the personas' reverse funnels; std::nullopt when the
/// persona or stage does not exist or the funnel gives no number.
std::optional<double> liveTarget(const DerivedTarget& derived, const PlanAnalysis& analysis);

} // namespace b2x::plan

namespace b2x {
template <> struct EnumNames<plan::CheckKind> {
    static constexpr auto names = std::to_array<std::string_view>(
        {"periodAssumed", "reverseFunnel", "budgetBelowRequired", "tacticOutsidePeriod",
         "attributionWindow", "contentGap", "audienceTooSmall", "derivedTargetMoved",
         "danglingReference"});
};
} // namespace b2x
