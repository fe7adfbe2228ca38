// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <xlsxwriter.h>

namespace b2x {

/// A cell's number format in the workbook.
enum class CellFormat { None, Money, Share, Number, Count, Date };

/// Writes cells into a libxlsxwriter workbook with the workbook's formats (headers, money in the
/// workspace currency, shares as percentages, dates) and keeps the first error, so that the
/// sheets can be written without checking every call (WorkbookExport reports it).
class WorkbookCells {
public:
    WorkbookCells(lxw_workbook* wb, const std::string& currency) : m_wb(wb)
    {
        m_header = workbook_add_format(wb);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(m_header, 0xE8EEF6);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        // The currency's ISO code after the amount; the code is three letters in a valid file,
        // and anything else is dropped so that the format string stays well formed.
        std::string code;
        for (char c : currency)
            if (std::isalpha(static_cast<unsigned char>(c)))
                code += c;
        m_money = numberFormat(code.empty() ? "#,##0.00" : "#,##0.00 \"" + code + "\"");
        m_share = numberFormat("0.00%");
        m_number = numberFormat("#,##0.00");
        m_count = numberFormat("#,##0.00");
        m_date = numberFormat("yyyy-mm-dd");
    }

    lxw_error error() const { return m_error; }

    lxw_format* format(CellFormat f) const
    {
        switch (f) {
        case CellFormat::Money:
            return m_money;
        case CellFormat::Share:
            return m_share;
        case CellFormat::Number:
            return m_number;
        case CellFormat::Count:
            return m_count;
        case CellFormat::Date:
            return m_date;
        case CellFormat::None:
            break;
        }
        return nullptr;
    }

    lxw_worksheet* sheet(const char* name)
    {
        m_headerLines = 1;
        lxw_worksheet* ws = workbook_add_worksheet(m_wb, name);
        if (!ws)
            m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return ws;
    }

    /// A header cell, its column's width and format, and a comment that says what it holds.
    void header(lxw_worksheet* ws, std::size_t column, const QString& title, double width,
                CellFormat fmt, const QString& comment = {})
    {
        const auto col = static_cast<lxw_col_t>(column);
        check(worksheet_write_string(ws, 0, col, title.toUtf8().constData(), m_header));
        check(worksheet_set_column(ws, col, col, width, format(fmt)));
        m_headerLines = std::max(m_headerLines, wrappedLines(title, width));
        if (!comment.isEmpty())
            check(worksheet_write_comment(ws, 0, col, comment.toUtf8().constData()));
    }

    /// Gives the header row the height its longest wrapped title needs and freezes it (and the
    /// first `columns` columns), so that it stays in view while scrolling.
    void freezeHeader(lxw_worksheet* ws, std::size_t columns)
    {
        check(worksheet_set_row(ws, 0, 15.0 * m_headerLines, nullptr));
        worksheet_freeze_panes(ws, 1, static_cast<lxw_col_t>(columns));
    }

    void text(lxw_worksheet* ws, std::size_t row, std::size_t column, const std::string& s)
    {
        if (!s.empty())
            check(worksheet_write_string(ws, static_cast<lxw_row_t>(row),
                                         static_cast<lxw_col_t>(column), s.c_str(), nullptr));
    }

    void number(lxw_worksheet* ws, std::size_t row, std::size_t column, double v, CellFormat fmt)
    {
        check(worksheet_write_number(ws, static_cast<lxw_row_t>(row),
                                     static_cast<lxw_col_t>(column), v, format(fmt)));
    }

    /// A YYYY-MM-DD text as a date cell; any other text as it is.
    void date(lxw_worksheet* ws, std::size_t row, std::size_t column, const std::string& s)
    {
        const QDate d = QDate::fromString(QString::fromStdString(s), Qt::ISODate);
        if (!d.isValid()) {
            text(ws, row, column, s);
            return;
        }
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
        check(worksheet_write_datetime(ws, static_cast<lxw_row_t>(row),
                                       static_cast<lxw_col_t>(column), &dt, m_date));
    }

    /// A formula with its cached result: a number, or an empty text for "not defined".
    void formula(lxw_worksheet* ws, std::size_t row, std::size_t column, const std::string& f,
                 std::optional<double> cached, CellFormat fmt)
    {
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        if (cached)
            check(worksheet_write_formula_num(ws, r, c, f.c_str(), format(fmt), *cached));
        else
            check(worksheet_write_formula_str(ws, r, c, f.c_str(), format(fmt), ""));
    }

    void formulaText(lxw_worksheet* ws, std::size_t row, std::size_t column, const std::string& f,
                     const std::string& cached)
    {
        check(worksheet_write_formula_str(ws, static_cast<lxw_row_t>(row),
                                          static_cast<lxw_col_t>(column), f.c_str(), nullptr,
                                          cached.c_str()));
    }

    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = e;
    }

private:
    /// The lines `title` takes when wrapped at word boundaries in a column `width` characters
    /// wide (a bold header is a little wider than the digits the width counts).
    static int wrappedLines(const QString& title, double width)
    {
        const auto perLine = static_cast<qsizetype>(std::max(4.0, width * 0.85));
        int lines = 1;
        qsizetype used = 0;
        for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype need = used == 0 ? word.size() : used + 1 + word.size();
            if (need <= perLine || used == 0) {
                used = need;
            } else {
                ++lines;
                used = word.size();
            }
            for (; used > perLine; used -= perLine) // a word longer than the column breaks
                ++lines;
        }
        return std::min(lines, 4);
    }

    lxw_format* numberFormat(const std::string& pattern)
    {
        lxw_format* f = workbook_add_format(m_wb);
        format_set_num_format(f, pattern.c_str());
        return f;
    }

    lxw_workbook* m_wb;
    lxw_format* m_header = nullptr;
    lxw_format* m_money = nullptr;
    lxw_format* m_share = nullptr;
    lxw_format* m_number = nullptr;
    lxw_format* m_count = nullptr;
    lxw_format* m_date = nullptr;
    lxw_error m_error = LXW_NO_ERROR;
    int m_headerLines = 1; ///< of the sheet being written
};

} // namespace b2x
