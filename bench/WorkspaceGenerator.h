// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <cstdint>

namespace b2x::bench {

/// A realistic workspace of `personas` personas (varied labels, decision units, pipelines of 3–8
/// stages, 3–12 channels), the same for the same seed on every machine.
Workspace generateWorkspace(std::size_t personas, std::uint32_t seed = 42);

} // namespace b2x::bench
