// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "io/WorkspaceWriter.h"
#include "model/Workspace.h"

#include <QString>
#include <vector>

namespace b2x {

/// All metrics per persona as CSV: a header row, then one row per persona and one column per
/// metric (the scalar outputs of `b2x summary --json`, docs/cli-summary-json.md), UTF-8, RFC 4180
/// quoting, numbers with a dot whatever the locale, empty cells for "not defined".
class CsvExport {
public:
    static std::string text(const Workspace& workspace,
                            const std::vector<analytics::PersonaAnalysis>& analyses);
    /// Atomic: a failed or interrupted export never leaves a partial file under `path`.
    static SaveResult write(const Workspace& workspace,
                            const std::vector<analytics::PersonaAnalysis>& analyses,
                            const QString& path);

    /// One field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
    static std::string quoted(const std::string& field);
    /// A number with a dot whatever the locale, up to ten significant digits.
    static std::string number(double value);
    /// The same appended to `out`.
    static void appendNumber(std::string& out, double value);
};

} // namespace b2x
