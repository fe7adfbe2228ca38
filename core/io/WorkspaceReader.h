// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"
#include "model/Workspace.h"

#include <QString>
#include <functional>
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

/// What a reader's caller does with each persona as soon as it is decoded, while the rest of the
/// file is still being read (`b2x export` analyses it on another core).
struct PersonaSink {
    /// Called on the reading thread with each persona that decoded without a problem, in list
    /// order. The persona stays where it is until `done` is called; when the file loads, it is the
    /// workspace's persona at `index` (a file with any problem loads nothing, so work done for it
    /// is simply dropped).
    std::function<void(const Persona& persona, std::size_t index)> decoded;
    /// Called once, after the last `decoded`, before the personas move into the workspace or are
    /// dropped: return only when nothing uses them any more (work handed to other threads is
    /// finished).
    std::function<void()> done;
};

/// Reads `.b2x` workspace files (docs/file-format.md). Never throws; a failed read returns
/// problems and builds nothing, so the caller's current workspace stays as it was.
class WorkspaceReader {
public:
    static LoadResult readFile(const QString& path, const PersonaSink& sink = {});
    static LoadResult readBytes(std::string_view bytes, const PersonaSink& sink = {});
};

} // namespace b2x
