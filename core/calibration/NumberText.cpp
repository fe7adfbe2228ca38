// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace b2x::calibration {

std::optional<double> parseNumber(std::string_view text)
{
    std::string kept;
    for (const char c : text)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '-')
            kept += c;
    if (kept.empty())
        return std::nullopt;
    const auto lastComma = kept.rfind(',');
    const auto lastDot = kept.rfind('.');
    const bool decimalComma = lastComma != std::string::npos &&
                              (lastDot == std::string::npos || lastComma > lastDot) &&
                              kept.size() - lastComma != 4;
    std::string plain;
    for (const char c : kept) {
        if (c == (decimalComma ? '.' : ','))
            continue;
        plain += c == ',' ? '.' : c;
    }
    char* end = nullptr;
    const double value = std::strtod(plain.c_str(), &end);
    if (end != plain.c_str() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace b2x::calibration
