// SPDX-License-Identifier: GPL-3.0-or-later
// b2x-generate PERSONAS OUT.b2x [SEED]: writes a realistic generated workspace (the same one the
// benchmarks use for that size and seed) for profiling by hand, e.g. with heaptrack or callgrind
// (docs/performance.md).
#include "WorkspaceGenerator.h"
#include "io/WorkspaceWriter.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char* argv[])
{
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: b2x-generate PERSONAS OUT.b2x [SEED]\n");
        return 2;
    }
    const long personas = std::strtol(argv[1], nullptr, 10);
    const unsigned long seed = argc == 4 ? std::strtoul(argv[3], nullptr, 10) : 42;
    if (personas < 0 || personas > 20000) {
        std::fprintf(stderr, "b2x-generate: PERSONAS must be 0 to 20000 (the format's limit)\n");
        return 2;
    }
    const auto ws = b2x::bench::generateWorkspace(static_cast<std::size_t>(personas),
                                                  static_cast<std::uint32_t>(seed));
    const auto saved = b2x::WorkspaceWriter::writeFile(ws, QString::fromLocal8Bit(argv[2]));
    if (!saved.ok) {
        std::fprintf(stderr, "b2x-generate: %s\n", saved.message.toLocal8Bit().constData());
        return 1;
    }
    return 0;
}
