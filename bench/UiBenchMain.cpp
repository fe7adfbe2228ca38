// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks that need the real window: a QApplication on the offscreen platform (or the
// display given), settings kept away from the user's.
#include <QApplication>
#include <QStandardPaths>
#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("B2X-bench"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
