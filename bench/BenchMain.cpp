// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of B2X Workbench. Run them with the release preset (see README, "Benchmarks"):
// they print a table and, with --benchmark_out, write JSON to bench/results/.
//
// `b2x_bench --peak-rss-of PROGRAM [ARGS...]` runs PROGRAM and prints its peak resident set size
// in KiB. ProcessBench starts this small, fresh process to measure the workbench: the kernel
// counts a forked child's copy of its parent's memory in the child's peak, so forking the program
// straight from the benchmark process (hundreds of MB of generated workspaces) would inflate it.
// `--peak-rss-discarding-output-of` does the same with PROGRAM's standard output thrown away.
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

int reportPeakRss(char** argv, bool discardOutput)
{
    const pid_t pid = fork();
    if (pid == 0) {
        if (discardOutput) { // a command that prints a great deal (`b2x summary --json`)
            const int null = open("/dev/null", O_WRONLY);
            if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
                _exit(126);
        }
        execv(argv[0], argv);
        _exit(127);
    }
    if (pid < 0)
        return 1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 1;
    std::printf("%ld\n", usage.ru_maxrss); // KiB on Linux
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--peak-rss-of") == 0)
        return reportPeakRss(argv + 2, false);
    if (argc >= 3 && std::strcmp(argv[1], "--peak-rss-discarding-output-of") == 0)
        return reportPeakRss(argv + 2, true);
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
