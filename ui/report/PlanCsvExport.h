// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanTables.h"
#include "io/WorkspaceWriter.h"

#include <QString>
#include <string>

namespace b2x {

/// The plan's lists as three CSV files (`b2x export --csv-plan DIR`): tactics.csv,
/// key-results.csv and content.csv, in the conventions of CsvExport (a header row, UTF-8,
/// RFC 4180 quoting, numbers with a dot, empty cells for "not set").
class PlanCsvExport {
public:
    static std::string text(const PlanTable& table);
    /// Creates `folder` when needed; each file is written atomically, so a failure never leaves
    /// a half-written file under a target name.
    /// `analysis`: the plan's analysis when the caller computed it already (null: analysed here).
    static SaveResult write(const Workspace& workspace, const QString& folder, QDate today,
                            const plan::PlanAnalysis* analysis = nullptr);
};

} // namespace b2x
