// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrettyJsonWriter.h"
#include "model/Plan.h"

#include <QString>

namespace b2x {

/// Writes the workspace's `plan` key and object (docs/file-format.md, "Plan") in its documented
/// key order. Every key is always written. Sets `error` (when it is still empty) on the first
/// number that JSON cannot represent; the caller then refuses the save.
void writePlan(PrettyJsonWriter& writer, const Plan& plan, QString& error);

} // namespace b2x
