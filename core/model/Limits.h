// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace b2x::limits {

// Documented in docs/file-format.md. They keep hostile or broken files from exhausting memory or
// hanging the UI; each is well above anything a real workspace needs.
inline constexpr std::int64_t maxFileBytes = 128LL * 1024 * 1024;
inline constexpr int maxNestingDepth = 64;
inline constexpr std::size_t maxPersonas = 20000;
inline constexpr std::size_t maxStages = 30;
inline constexpr std::size_t maxMembers = 100;
inline constexpr std::size_t maxChannels = 60;
inline constexpr std::size_t maxCustomChannels = 200; ///< a workspace's own channels
inline constexpr std::size_t maxListItems = 200;      ///< goals, pain points, technologies, …
inline constexpr std::size_t maxShortText = 500;      ///< names, titles, one-line fields (bytes)
inline constexpr std::size_t maxLongText = 100000;    ///< descriptions and notes (bytes)
// The plan (docs/file-format.md, "Plan").
inline constexpr std::size_t maxObjectives = 200;
inline constexpr std::size_t maxKeyResults = 30; ///< per objective
inline constexpr std::size_t maxCheckIns = 500;  ///< per key result
inline constexpr std::size_t maxTactics = 2000;
inline constexpr std::size_t maxContentItems = 5000;
inline constexpr std::size_t maxProblemsReported = 50; ///< the reader stops collecting after this

inline constexpr double maxMoney = 1e12;
inline constexpr double maxVolume = 1e10;
inline constexpr double maxDays = 3650;
inline constexpr int maxAttributionDays = 3650;
inline constexpr int maxApprovalLevels = 20;
inline constexpr int maxEmployees = 10000000;
inline constexpr int maxTrialDays = 365;
// Economics: the reader refuses values outside these and the editor's fields stop at them.
inline constexpr double maxPurchasesPerYear = 10000;
inline constexpr double maxLifetimeYears = 100;
inline constexpr double minInterPurchaseYears = 0.01; ///< a category bought at most ~100× a year
inline constexpr double maxInterPurchaseYears = 100;
// A channel's response curve (ChannelResponse): a Hill slope above 10 is a step, not a curve.
inline constexpr double maxResponseSlope = 10;
// A persona's remembered import mapping (ImportMapping): entries in each of its two maps.
inline constexpr std::size_t maxMappingEntries = 500;

} // namespace b2x::limits
