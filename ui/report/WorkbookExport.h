// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "io/WorkspaceWriter.h"
#include "model/Workspace.h"
#include "plan/PlanAnalysis.h"

#include <QDate>
#include <QString>
#include <vector>

namespace b2x {

/// The workspace as one spreadsheet (docs/workbook.md), written with libxlsxwriter: the personas'
/// inputs, their funnel and unit economics as live formulas over the inputs (each with its
/// cached result, so viewers that do not recalculate show the workbench's numbers), and the
/// plan's tactics, key results and content. Needs no GUI.
class WorkbookExport {
public:
    /// The sheets, in order; their names are fixed (formulas and scripts refer to them).
    static constexpr const char* inputsSheet = "Inputs";
    static constexpr const char* funnelSheet = "Funnel";
    static constexpr const char* economicsSheet = "Economics";

    /// Atomic: the workbook is built in a temporary file and then saved under `path` through
    /// QSaveFile, so a failure never leaves a partial file there.
    static SaveResult write(const Workspace& workspace,
                            const std::vector<analytics::PersonaAnalysis>& analyses,
                            const QString& path, QDate today,
                            const plan::PlanAnalysis* planAnalysis = nullptr);
};

} // namespace b2x
