// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <csv.h>
#include <memory>
#include <unordered_set>

namespace b2x::calibration {

namespace {

/// The delimiter the header line uses most outside quotes (a comma when it uses none).
char detectDelimiter(std::string_view text)
{
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> candidates{',', ';', '\t'};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (std::size_t i = 0; i < candidates.size(); ++i)
                if (c == candidates[i])
                    ++counts[i];
    }
    const auto best = std::max_element(counts.begin(), counts.end());
    return *best == 0 ? ',' : candidates[static_cast<std::size_t>(best - counts.begin())];
}

/// The first byte offset where `text` is not valid UTF-8, or npos.
std::size_t invalidUtf8At(std::string_view text)
{
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i < text.size()) {
        const unsigned char c = byte(i);
        std::size_t length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        else
            return i;
        if (i + length > text.size())
            return i;
        for (std::size_t k = 1; k < length; ++k)
            if ((byte(i + k) & 0xC0) != 0x80)
                return i;
        // Overlong three-byte forms, UTF-16 surrogates and code points beyond U+10FFFF.
        if ((c == 0xE0 && byte(i + 1) < 0xA0) || (c == 0xED && byte(i + 1) > 0x9F) ||
            (c == 0xF0 && byte(i + 1) < 0x90) || (c == 0xF4 && byte(i + 1) > 0x8F))
            return i;
        i += length;
    }
    return std::string_view::npos;
}

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return std::string(s.substr(first, last - first + 1));
}

/// What libcsv's callbacks build: fields into the current row, rows into the table, and the
/// first problem (after which everything else is ignored).
struct Builder {
    const CsvLimits& limits;
    CsvTable table;
    std::vector<std::string> current;
    std::size_t row = 1; // the row being read, 1 = header
    std::optional<CsvProblem> problem;

    void fail(std::size_t column, QString message)
    {
        if (!problem)
            problem = CsvProblem{row, column, std::move(message)};
    }

    void field(const char* data, std::size_t length)
    {
        if (problem)
            return;
        const std::size_t column = current.size() + 1;
        if (length > limits.maxFieldBytes)
            return fail(column, QCoreApplication::translate(
                                    "b2x::calibration",
                                    "the field is %1 KiB long, more than the %2 KiB a field may "
                                    "hold. Check that every quote in the file is closed.")
                                    .arg((length + 1023) / 1024)
                                    .arg(limits.maxFieldBytes / 1024));
        if (column > limits.maxColumns)
            return fail(column, QCoreApplication::translate(
                                    "b2x::calibration",
                                    "the row has more than %1 columns. Export only the columns "
                                    "the import needs.")
                                    .arg(limits.maxColumns));
        current.emplace_back(data ? data : "", data ? length : 0);
    }

    void endRow()
    {
        if (problem)
            return;
        std::vector<std::string> fields;
        fields.swap(current);
        // A blank line is no row.
        if (fields.size() == 1 && fields.front().empty())
            return;
        if (row == 1) {
            std::unordered_set<std::string> seen;
            for (std::size_t c = 0; c < fields.size(); ++c) {
                std::string name = trimmed(fields[c]);
                if (name.empty())
                    return fail(
                        c + 1, QCoreApplication::translate("b2x::calibration",
                                                           "the header has an empty column name."));
                if (!seen.insert(name).second)
                    return fail(c + 1,
                                QCoreApplication::translate(
                                    "b2x::calibration", "the header names the column \"%1\" twice.")
                                    .arg(QString::fromStdString(name)));
                fields[c] = std::move(name);
            }
            table.header = std::move(fields);
        } else {
            if (fields.size() > table.header.size())
                return fail(table.header.size() + 1,
                            QCoreApplication::translate("b2x::calibration",
                                                        "the row has %1 fields, the header %2.")
                                .arg(fields.size())
                                .arg(table.header.size()));
            if (table.rowCount() >= limits.maxRows)
                return fail(0, QCoreApplication::translate("b2x::calibration",
                                                           "the file has more than %L1 rows.")
                                   .arg(limits.maxRows));
            table.appendRow(fields);
        }
        ++row;
    }
};

void onField(void* data, std::size_t length, void* builder)
{
    static_cast<Builder*>(builder)->field(static_cast<const char*>(data), length);
}

void onRow(int, void* builder)
{
    static_cast<Builder*>(builder)->endRow();
}

/// Row (1-based, counting line breaks outside quotes) and column of a byte offset, for problems
/// found before parsing.
std::pair<std::size_t, std::size_t> place(std::string_view text, std::size_t offset, char delimiter)
{
    std::size_t row = 1;
    std::size_t column = 1;
    bool quoted = false;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\n') {
            ++row;
            column = 1;
        } else if (!quoted && c == delimiter)
            ++column;
    }
    return {row, column};
}

} // namespace

QString CsvProblem::toString() const
{
    QString text = message;
    if (row != 0 && column == 0)
        text = QCoreApplication::translate("b2x::calibration", "row %1: %2").arg(row).arg(message);
    else if (row != 0)
        text = QCoreApplication::translate("b2x::calibration", "row %1, column %2: %3")
                   .arg(row)
                   .arg(column)
                   .arg(message);
    return file.isEmpty() ? text : QStringLiteral("%1: %2").arg(file, text);
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end()
               ? std::nullopt
               : std::optional<std::size_t>(static_cast<std::size_t>(it - header.begin()));
}

void CsvTable::appendRow(const std::vector<std::string>& fields)
{
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (c < fields.size())
            m_text += fields[c];
        m_ends.push_back(static_cast<std::uint32_t>(m_text.size()));
    }
}

CsvReadResult readCsv(std::string_view bytes, const CsvLimits& limits)
{
    CsvReadResult result;
    const auto refuse = [&](std::size_t row, std::size_t column, QString message) {
        result.problems.push_back({row, column, std::move(message)});
        return result;
    };
    if (bytes.size() > limits.maxBytes)
        return refuse(
            0, 0,
            QCoreApplication::translate("b2x::calibration",
                                        "The file is %1 MB, more than the %2 MB an import may be.")
                .arg(bytes.size() / 1'000'000)
                .arg(limits.maxBytes / 1'000'000));
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    const char delimiter = detectDelimiter(bytes);
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        const auto [row, column] = place(bytes, nul, delimiter);
        return refuse(row, column,
                      QCoreApplication::translate(
                          "b2x::calibration",
                          "the file holds a NUL byte: it is not a text CSV file (a spreadsheet "
                          "saved in its own format, or UTF-16). Save or export it as CSV UTF-8."));
    }
    if (const auto bad = invalidUtf8At(bytes); bad != std::string_view::npos) {
        const auto [row, column] = place(bytes, bad, delimiter);
        return refuse(row, column,
                      QCoreApplication::translate(
                          "b2x::calibration",
                          "the text is not UTF-8 (a byte 0x%1 cannot start or continue a "
                          "character). Export the file as CSV UTF-8, or save it again in that "
                          "encoding.")
                          .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0')));
    }

    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return refuse(0, 0,
                      QCoreApplication::translate(
                          "b2x::calibration", "The CSV parser could not start (out of memory)."));
    const std::unique_ptr<csv_parser, void (*)(csv_parser*)> cleanup(&parser, csv_free);
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    // libcsv grows a field's buffer by this much at a time (128 bytes by default): a long field
    // would be copied over and over, quadratic under AddressSanitizer's realloc.
    csv_set_blk_size(&parser, 64 * 1024);
    Builder builder{limits, {}, {}, 1, std::nullopt};
    builder.table.delimiter = delimiter;
    // Fed in blocks, so a problem stops the parse early instead of after the whole file.
    constexpr std::size_t block = 1 << 20;
    for (std::size_t offset = 0; offset < bytes.size() && !builder.problem; offset += block) {
        const std::size_t length = std::min(block, bytes.size() - offset);
        if (csv_parse(&parser, bytes.data() + offset, length, onField, onRow, &builder) != length)
            builder.fail(0, QCoreApplication::translate(
                                "b2x::calibration",
                                "a quote stands inside a field that does not start with one, or "
                                "text follows a closing quote. Quote the whole field and double "
                                "the quotes inside it (\"\")."));
        // A long field still open grows its buffer geometrically from here on, so gathering it
        // stays linear (it is refused, with its true length, when it ends).
        if (parser.entry_size > 64 * 1024)
            csv_set_blk_size(&parser, parser.entry_size);
    }
    if (!builder.problem && csv_fini(&parser, onField, onRow, &builder) != 0)
        builder.fail(0, QCoreApplication::translate(
                            "b2x::calibration",
                            "a quoted field is not closed before the end of the file. Check the "
                            "quotes from this row on."));
    if (builder.problem)
        return refuse(builder.problem->row, builder.problem->column, builder.problem->message);
    if (builder.table.header.empty())
        return refuse(0, 0,
                      QCoreApplication::translate("b2x::calibration",
                                                  "The file is empty: it has no header row."));
    result.table = std::move(builder.table);
    return result;
}

CsvReadResult readCsvFile(const QString& path, const CsvLimits& limits)
{
    CsvReadResult result;
    const QFileInfo info(path);
    if (info.exists() && static_cast<std::size_t>(info.size()) > limits.maxBytes) {
        result.problems.push_back(
            {0, 0,
             QCoreApplication::translate("b2x::calibration",
                                         "%1 is %2 MB, more than the %3 MB an import may be.")
                 .arg(info.fileName())
                 .arg(info.size() / 1'000'000)
                 .arg(limits.maxBytes / 1'000'000)});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.push_back(
            {0, 0,
             QCoreApplication::translate("b2x::calibration", "%1 cannot be read: %2")
                 .arg(info.fileName(), file.errorString())});
        return result;
    }
    const QByteArray bytes = file.readAll();
    return readCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                   limits);
}

} // namespace b2x::calibration
