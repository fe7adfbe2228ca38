// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace b2x::cli {

/// `b2x export FILE --pdf OUT.pdf [--page-size A4|Letter] [--personas ID,...] [--png DIR]
/// [--svg DIR] [--csv OUT.csv]` (docs/cli.md). Needs a QApplication (charts are Graphics View
/// items), which main() creates on the offscreen platform, so no display is ever needed.
int runExport(const QStringList& args);

} // namespace b2x::cli
