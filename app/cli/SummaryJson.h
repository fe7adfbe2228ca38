// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <string>

namespace b2x::cli {

/// The document printed by `b2x summary --json` (every field in docs/cli-summary-json.md).
std::string summaryJson(const Workspace& workspace);

} // namespace b2x::cli
