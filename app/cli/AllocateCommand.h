// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"
#include "model/Workspace.h"

#include <QStringList>
#include <optional>
#include <string>

namespace b2x::cli {

/// `b2x allocate FILE --persona ID [--persona ID]... [--budget N | --target-mroas X]
/// [--step-percent P] [--json]` (docs/cli.md): the budget split by equal marginal returns
/// across the named personas' channels. Returns an ExitCode.
int runAllocate(const QStringList& args);

/// The document `b2x allocate --json` prints.
std::string allocationJson(const budget::Allocation& allocation,
                           const budget::AllocationOptions& options);

} // namespace b2x::cli
