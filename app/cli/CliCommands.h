// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QStringList>
#include <optional>

namespace b2x::cli {

/// Exit codes, documented in docs/cli.md.
enum ExitCode { Success = 0, InvalidInput = 1, UsageError = 2 };

int runValidate(const QStringList& files);
int runSummary(const QString& file, bool json);
QString usageText();

/// Reads a workspace for a command: its problems (then nothing) and warnings go to stderr, each
/// naming the file.
std::optional<Workspace> loadWorkspace(const QString& file);
/// The persona with `id`, or null after saying on stderr that the file has none.
const Persona* findPersona(const Workspace& workspace, const QString& file, const QString& id);

/// Output helpers: everything the CLI prints is UTF-8.
void printOut(const QString& text);
void printErr(const QString& text);

} // namespace b2x::cli
