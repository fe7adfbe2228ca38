// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of B2X Workbench. Run them with the release preset (see README, "Benchmarks"):
// they print a table and, with --benchmark_out, write JSON to bench/results/.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
