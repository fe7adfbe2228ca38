// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTable.h"

namespace b2x {

// Banded rows instead of cell borders. Qt's rich text draws a bordered cell by asking its
// neighbours for their formats, edge by edge, and builds each cell's format anew for every
// question (QTextTableCell::format): with "border-collapse" that was a third of laying out and
// drawing the 100-persona report, and the borders alone, collapsed or not, still a fifth
// (docs/performance.md, twelfth session). Shading is a fill per cell, drawn once. Qt 6.4 also
// drew a collapsed border only on the table's right and bottom edges, so the former look was
// a half-framed box.
QString reportTable(const QStringList& headers, const std::vector<QStringList>& rows,
                    const std::vector<int>& widths)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto column = static_cast<std::size_t>(i);
        html +=
            QStringLiteral("<th bgcolor=\"#e8edf4\" align=\"left\"%1>%2</th>")
                .arg(column < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[column])
                                            : QString(),
                     headers[i]);
    }
    html += QStringLiteral("</tr></thead><tbody>");
    bool shaded = false;
    for (const auto& row : rows) {
        html += shaded ? QStringLiteral("<tr bgcolor=\"#f3f5f8\">") : QStringLiteral("<tr>");
        shaded = !shaded;
        for (const auto& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

} // namespace b2x
