// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Uncertainty.h"

#include <QStringList>
#include <string>
#include <vector>

namespace b2x::cli {

/// `b2x uncertainty FILE --persona ID [--runs N] [--seed S] [--json]` (docs/cli.md): the
/// persona's outcomes as ranges (seeded Monte Carlo) and the tornado of its inputs. Returns an
/// ExitCode.
int runUncertainty(const QStringList& args);

/// The document `b2x uncertainty --json` prints.
std::string uncertaintyJson(const std::string& personaId, int runs, std::uint64_t seed,
                            const budget::MonteCarloResult& result,
                            const std::vector<budget::TornadoBar>& tornado);

} // namespace b2x::cli
