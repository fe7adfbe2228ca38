// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QString>
#include <vector>

namespace b2x {

struct ComparisonRow {
    QString title;
};

struct ComparisonCell {
    QString text;
    QString tooltip;
};

/// The figures the comparison table shows, one row each; values are formatted for the user's
/// locale. Kept apart from the panel so that the report and CSV exports can reuse the rows.
std::vector<ComparisonRow> comparisonRows();
std::vector<ComparisonCell> comparisonValues(const Persona& persona, const Workspace& workspace);

} // namespace b2x
