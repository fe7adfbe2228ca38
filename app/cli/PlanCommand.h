// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDate>
#include <QString>
#include <string>

namespace b2x::cli {

/// `b2x plan FILE [--json]` (docs/cli.md): the plan's targets worked back through each persona's
/// funnel, its OKRs' scores, its tactics, content gaps and checks. Returns an ExitCode.
int runPlan(const QString& file, bool json);

/// The document `b2x plan --json` prints. `today` only matters when the plan has no period.
std::string planJson(const Workspace& workspace, QDate today);

/// The readable summary `b2x plan` prints.
QString planText(const Workspace& workspace, QDate today);

} // namespace b2x::cli
