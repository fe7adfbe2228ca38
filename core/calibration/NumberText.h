// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace b2x::calibration {

/// A number as exports write amounts: digits with a decimal point or comma, thousands separators
/// dropped ("1,234.50", "1.234,50"), currency signs and other characters ignored; the last
/// separator decides which is the decimal one (a comma followed by exactly three digits is a
/// thousands separator). std::nullopt when nothing or no finite number is left.
std::optional<double> parseNumber(std::string_view text);

} // namespace b2x::calibration
