// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanAnalysis.h"

namespace b2x::plan {

/// The persona × RACE stage cells (Reach, Act, Convert, Engage; Plan is the planning itself) of
/// the plan's personas that no content item and no tactic covers, in persona then stage order.
std::vector<ContentGap> findContentGaps(const Workspace& workspace);

/// Every check of docs/models.md, "Checks", on a plan whose personas, objectives and content gaps
/// `analysis` already holds. In a fixed order: period, per persona, tactics, key results,
/// references.
std::vector<PlanCheck> checkPlan(const Workspace& workspace, const PlanAnalysis& analysis);

} // namespace b2x::plan
