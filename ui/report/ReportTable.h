// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace b2x {

/// A table in the report's look, for every part of the report: `headers` and `rows` are rich
/// text, `widths` percentages of the page per column (optional). The header row is shaded and
/// is a <thead>, so Qt repeats it on every page the table spans
/// (QTextTableFormat::headerRowCount); the rows are banded, every other one lightly shaded, and
/// no rules are drawn (ReportTable.cpp says why).
QString reportTable(const QStringList& headers, const std::vector<QStringList>& rows,
                    const std::vector<int>& widths = {});

} // namespace b2x
