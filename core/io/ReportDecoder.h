// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDecoder.h"
#include "model/ReportSettings.h"

#include <string_view>

namespace b2x {

/// Maps the workspace's optional `report` object (docs/file-format.md) to `report`, recording
/// problems in `decoder` under "report.…". An absent object leaves every field empty.
void decodeReportSettings(JsonDecoder& decoder, const nlohmann::json& root, ReportSettings& report);

/// True for a calendar date written YYYY-MM-DD (2026-12-03; not 2026-02-30).
bool isIsoDate(std::string_view text);

} // namespace b2x
