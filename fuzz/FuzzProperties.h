// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace b2x::fuzz {

// The properties the fuzzer checks on every input. They live outside the fuzz target so that
// tests/core/FuzzRegressionTest.cpp replays exactly the same checks on every file of
// tests/fixtures/fuzz-regressions/ in the normal (non-clang) build.
//
// Each returns an empty string when every property holds, otherwise what broke. An exception
// escaping the reader or a migration is reported as a broken property too, never thrown.

/// The reader never throws; it either loads (no problems) or reports at least one problem, each
/// with a message. A loaded workspace serialises, reads back equal, and serialises to the same
/// bytes again (the save → open round trip loses nothing).
std::string checkReaderProperties(std::string_view bytes);

/// Runs a synthetic two-step migration chain (wrap values in one-element lists, then unwrap
/// them) over the input when it is a JSON object. migrate() must not throw whatever the steps
/// meet, must report a gap in the chain, and a chain whose steps cancel out must not change what
/// the reader makes of the document.
std::string checkMigrationProperties(std::string_view bytes);

} // namespace b2x::fuzz
