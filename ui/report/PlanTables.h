// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "plan/PlanAnalysis.h"

#include <QDate>
#include <string>
#include <variant>
#include <vector>

namespace b2x {

/// What a column of a plan table holds, so that a spreadsheet can format it (the CSV writes
/// every kind as plain text or an unformatted number).
enum class PlanColumnKind { Text, Date, Money, Number, Share };

struct PlanColumn {
    std::string name; ///< the header: a stable English key (docs/cli.md, "--csv-plan")
    PlanColumnKind kind = PlanColumnKind::Text;
};

/// Empty (not set), text, or a number.
using PlanCell = std::variant<std::monostate, std::string, double>;

/// One of the plan's lists as a table: the same rows feed `b2x export --csv-plan` and the
/// workbook's Tactics, Key results and Content sheets.
struct PlanTable {
    std::string name; ///< the file stem: "tactics", "key-results", "content"
    std::vector<PlanColumn> columns;
    std::vector<std::vector<PlanCell>> rows; ///< each as long as `columns`
};

/// The plan's tactics, key results and content, in that order (docs/cli.md lists the columns).
/// Names of personas, channels and key results stand in words beside their ids (empty when the id
/// points at nothing); dates are YYYY-MM-DD; enumerations are their file spellings. `today`
/// matters only for a plan without a period (the live targets of derived key results).
std::vector<PlanTable> planTables(const Workspace& workspace, QDate today);
/// The same from the plan's analysis the caller computed already (`b2x export` analyses the plan
/// once for every output).
std::vector<PlanTable> planTables(const Workspace& workspace, const plan::PlanAnalysis& analysis);

} // namespace b2x
