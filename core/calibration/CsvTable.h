// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace b2x::calibration {

/// What a CSV file may hold before it is refused rather than read (docs/calibration.md): a CRM
/// export of 100,000 deals and 600,000 stage events is some 60 MB.
struct CsvLimits {
    std::size_t maxBytes = 512u * 1024 * 1024;
    std::size_t maxFieldBytes = 64u * 1024;
    std::size_t maxColumns = 512;
    std::size_t maxRows = 5'000'000;
};

/// Where a CSV is wrong, in a spreadsheet's terms: row 1 is the header, columns count from 1 (0:
/// the whole row or file).
struct CsvProblem {
    std::size_t row = 0;
    std::size_t column = 0;
    QString message;
    QString file{}; ///< the file's name, when known

    /// "file: row R, column C: message" (or less, when a part is not known).
    QString toString() const;
};

/// A CSV file read into text fields, the header separate. Every row has exactly the header's
/// number of fields: shorter rows are padded with empty fields (spreadsheets drop trailing empty
/// cells), longer ones are refused. The fields are kept in one buffer with their end offsets (an
/// export of 600,000 stage events takes some 20 MB, not the 70 MB a string per field would).
class CsvTable {
public:
    std::vector<std::string> header;
    char delimiter = ',';

    std::size_t rowCount() const { return header.empty() ? 0 : m_ends.size() / header.size(); }
    /// The field of data row `row` (0 = the first row after the header) in `column`.
    std::string_view at(std::size_t row, std::size_t column) const
    {
        const std::size_t i = row * header.size() + column;
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_text).substr(begin, m_ends[i] - begin);
    }
    /// The index of the column named `name` (exact, after trimming), or std::nullopt.
    std::optional<std::size_t> column(std::string_view name) const;
    /// Appends a data row, padded with empty fields to the header's width (never longer).
    void appendRow(const std::vector<std::string>& fields);

private:
    std::string m_text;
    std::vector<std::uint32_t> m_ends;
};

struct CsvReadResult {
    std::optional<CsvTable> table;
    std::vector<CsvProblem> problems; ///< empty when `table` is set
    bool ok() const { return table.has_value(); }
};

/// Reads CSV text: UTF-8 with or without a byte-order mark; comma, semicolon or tab as delimiter,
/// whichever the header line uses most outside quotes; quoted fields may hold delimiters, doubled
/// quotes and line breaks (RFC 4180, parsed by libcsv). Refused with the row and column named:
/// text that is not UTF-8, NUL bytes, an unterminated quote, a field, row count or column count
/// beyond `limits`, a row longer than the header, an empty or duplicate header name.
CsvReadResult readCsv(std::string_view bytes, const CsvLimits& limits = {});
/// The same from a file; a file that cannot be read or is larger than limits.maxBytes is refused
/// without reading it.
CsvReadResult readCsvFile(const QString& path, const CsvLimits& limits = {});

} // namespace b2x::calibration
