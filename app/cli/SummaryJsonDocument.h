// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <nlohmann/json.hpp>

namespace b2x::cli {

/// The document of `b2x summary --json` built as one DOM in memory: how the command made it
/// until the output was streamed (SummaryJson.h). Kept as the reference the streamed text is
/// tested against, and as the baseline of the benchmark (`dump(2)` of this document).
nlohmann::ordered_json summaryJsonDocument(const Workspace& workspace);

} // namespace b2x::cli
