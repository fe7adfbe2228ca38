// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <functional>
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

/// Takes the elements of one array of the root object while the parse goes on, so that a large
/// document never exists as a whole DOM (a 45 MB workspace is ~220 MB of nlohmann nodes).
struct ArrayStream {
    /// The root object's key whose array is streamed ("personas").
    std::string key;
    /// Asked once, when the key is met, with the part of the root object parsed so far: true to
    /// stream (e.g. the format version has already been read and needs no migration).
    std::function<bool(const nlohmann::json& rootSoFar)> accept;
    /// Called with each complete element, of any type, and its index, in order; the element is
    /// then replaced by null in the DOM (the array keeps its length, so sizes stay right).
    std::function<void(nlohmann::json& element, std::size_t index)> take;
};

/// The same, streaming the elements of root[stream.key] to stream.take when stream.accept says so.
std::optional<nlohmann::json> parseGuardedJson(std::string_view bytes, int maxDepth,
                                               Problem& problem, ArrayStream& stream);

/// 1-based line and column of a byte offset (0-based) in text.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset);

} // namespace b2x
