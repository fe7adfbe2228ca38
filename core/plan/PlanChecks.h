// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanAnalysis.h"

namespace b2x::plan {

struct PlanChecksMemo;

/// The persona × RACE stage cells (Reach, Act, Convert, Engage; Plan is the planning itself) of
/// the plan's personas that no content item and no tactic covers, in persona then stage order.
std::vector<ContentGap> findContentGaps(const Workspace& workspace);

/// Every check of docs/models.md, "Checks", on a plan whose personas, objectives and content gaps
/// `analysis` already holds. In a fixed order: period, per persona, tactics, key results,
/// references. With a `memo`, each persona's and tactic's checks are taken from it when their
/// inputs did not change since it remembered them (the result is the same either way).
std::vector<PlanCheck> checkPlan(const Workspace& workspace, const PlanAnalysis& analysis,
                                 PlanChecksMemo* memo = nullptr);

} // namespace b2x::plan
