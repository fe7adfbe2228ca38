// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the workspace reader and the migration machinery (docs/reliability.md).
// Build with the `fuzz` preset and run with `./dev.sh fuzz [SECONDS]`. A broken property aborts,
// so libFuzzer saves the input; copy it into tests/fixtures/fuzz-regressions/, where
// FuzzRegressionTest replays it in every normal test run.
#include "FuzzProperties.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void check(const std::string& failure)
{
    if (failure.empty())
        return;
    std::fprintf(stderr, "b2x fuzz property broken: %s\n", failure.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    check(b2x::fuzz::checkReaderProperties(bytes));
    check(b2x::fuzz::checkMigrationProperties(bytes));
    return 0;
}
