// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace b2x {

/// What the workspace's PDF report says about itself (the `report` object of the file,
/// docs/file-format.md): the cover's title, subtitle, client, author and date, and the
/// "Recommendations and next steps" the report prints after its executive summary. Every field
/// may be empty: the title then defaults to the workspace's name, the date to the day of the
/// export, and empty recommendations are left out of the report.
struct ReportSettings {
    std::string title;
    std::string subtitle;
    std::string client;
    std::string author;
    std::string date; ///< YYYY-MM-DD, or empty
    std::string recommendations;

    bool operator==(const ReportSettings&) const = default;
};

} // namespace b2x
