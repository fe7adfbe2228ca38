// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDecoder.h"
#include "model/Workspace.h"

namespace b2x {

/// Reads the workspace's `plan` object (docs/file-format.md, "Plan") into `workspace.plan`,
/// recording problems at their place ("plan.objectives[0].keyResults[2].target"). Call it after
/// the personas and the workspace's own channels are read: a reference to a persona, channel or
/// key result that does not exist is kept and reported as a warning at its place (a persona
/// deleted in the application leaves such references behind, and the file must still open), while
/// a reference of the wrong type or size is a problem like any other value.
void decodePlan(JsonDecoder& decoder, const nlohmann::json& root, Workspace& workspace,
                JsonDecoder::Need need);

} // namespace b2x
