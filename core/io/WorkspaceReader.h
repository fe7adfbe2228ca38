// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"
#include "model/Workspace.h"

#include <QString>
#include <optional>
#include <string_view>
#include <vector>

namespace b2x {

struct LoadResult {
    std::optional<Workspace> workspace; ///< set only when there are no problems
    std::vector<Problem> problems;      ///< why the file cannot be opened
    std::vector<Problem> warnings;      ///< opened, but worth telling the user
    int sourceFormatVersion = 0;        ///< the version the file was written in (0 if unknown)

    bool ok() const { return workspace.has_value(); }
    /// Every problem on its own line.
    QString problemText() const;
};

/// Reads `.b2x` workspace files (docs/file-format.md). Never throws; a failed read returns
/// problems and builds nothing, so the caller's current workspace stays as it was.
class WorkspaceReader {
public:
    static LoadResult readFile(const QString& path);
    static LoadResult readBytes(std::string_view bytes);
};

} // namespace b2x
