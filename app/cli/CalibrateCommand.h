// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calibration/AdSpend.h"
#include "calibration/StageCalibration.h"

#include <QStringList>
#include <string>

namespace b2x::cli {

/// `b2x calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv] [--format F]
/// [--as-of YYYY-MM-DD] [--date-order dmy|mdy] [--map "CRM=Stage"]... [--spend SPEND.csv]
/// [--json] [--apply OUT.b2x]`
/// (docs/cli.md): a persona's stages measured from a CRM export. Returns an ExitCode.
int runCalibrate(const QStringList& args);

/// The document `b2x calibrate --json` prints; `spend` adds the ad spend measured (may be null).
std::string calibrationJson(const calibration::Calibration& calibration, const std::string& format,
                            const calibration::SpendSummary* spend);

} // namespace b2x::cli
