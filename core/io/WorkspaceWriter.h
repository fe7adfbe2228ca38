// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QString>
#include <string>

namespace b2x {

struct SaveResult {
    bool ok = false;
    QString message; ///< why the save failed, in words a user can act on
};

/// Writes `.b2x` workspace files (docs/file-format.md): ordered keys, two-space indentation and a
/// trailing newline, so that workspaces diff well under version control.
class WorkspaceWriter {
public:
    /// The file's text, or an empty string and `error` set when the workspace holds a number that
    /// JSON cannot represent (NaN or infinity would silently become null).
    static std::string serialise(const Workspace& workspace, QString* error = nullptr);

    /// Writes atomically: the old file stays complete until the new one is fully on disk.
    static SaveResult writeFile(const Workspace& workspace, const QString& path);
};

} // namespace b2x
