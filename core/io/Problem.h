// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>

namespace b2x {

/// One thing wrong with a file, in words a marketer can act on.
struct Problem {
    /// Where in the document: a JSON path such as `personas[3].pipeline[1].likelyDays`, empty
    /// when the problem concerns the whole file.
    std::string path;
    QString message;
    int line = 0; ///< 1-based, for syntax errors; 0 when not known
    int column = 0;

    /// "path: message" or "line L, column C: message".
    QString toString() const;
};

} // namespace b2x
