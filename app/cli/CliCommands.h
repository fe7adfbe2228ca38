// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace b2x::cli {

/// Exit codes, documented in docs/cli.md.
enum ExitCode { Success = 0, InvalidInput = 1, UsageError = 2 };

int runValidate(const QStringList& files);
int runSummary(const QString& file, bool json);
QString usageText();

/// Output helpers: everything the CLI prints is UTF-8.
void printOut(const QString& text);
void printErr(const QString& text);

} // namespace b2x::cli
