// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "model/Workspace.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace b2x::cli {

/// Receives the text of the document piece by piece, in order.
using TextSink = std::function<void(std::string_view)>;

/// Writes the document printed by `b2x summary --json` (every field in docs/cli-summary-json.md)
/// persona by persona: each persona's part is handed to `sink` as soon as it is written, so the
/// whole text is never held in memory. Byte for byte what `dump(2)` of summaryJsonDocument()
/// gives, followed by a newline.
void writeSummaryJson(const Workspace& workspace, const TextSink& sink);
/// The same with every persona's analysis already made (in order, against the workspace's
/// catalogue), as `b2x summary --json` makes them while it reads the file.
void writeSummaryJson(const Workspace& workspace,
                      const std::vector<analytics::PersonaAnalysis>& analyses,
                      const TextSink& sink);

/// The same document as one string (small workspaces, tests).
std::string summaryJson(const Workspace& workspace);

} // namespace b2x::cli
