// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace b2x {

/// Parses untrusted JSON into a DOM while enforcing a nesting limit and rejecting duplicate keys.
///
/// Why not nlohmann::json::parse: a 100,000-deep document parses but then overflows the stack when
/// copied or destroyed, and duplicate keys silently keep the last value. Both are caught here
/// during the parse, before any deep structure exists.
std::optional<nlohmann::json> parseGuardedJson(std::string_view bytes, int maxDepth,
                                               Problem& problem);

/// 1-based line and column of a byte offset (0-based) in text.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset);

} // namespace b2x
