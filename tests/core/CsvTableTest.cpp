// SPDX-License-Identifier: GPL-3.0-or-later
// Reading CRM and ad-platform CSV exports (core/calibration/CsvTable.h): the forms real exports
// take, and every hostile form refused with its row and column.
#include "calibration/CsvTable.h"

#include <gtest/gtest.h>

using namespace b2x::calibration;

namespace {

CsvTable read(std::string_view text)
{
    const CsvReadResult r = readCsv(text);
    EXPECT_TRUE(r.ok()) << (r.problems.empty() ? std::string()
                                               : r.problems.front().toString().toStdString());
    return r.ok() ? *r.table : CsvTable{};
}

CsvProblem refused(std::string_view text, const CsvLimits& limits = {})
{
    const CsvReadResult r = readCsv(text, limits);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.problems.size(), r.ok() ? 0u : 1u);
    return r.problems.empty() ? CsvProblem{} : r.problems.front();
}

TEST(CsvTable, CommaSemicolonAndTabWhicheverTheHeaderUses)
{
    for (const std::string_view text : {"deal_id,stage,entered_at\n1,Lead,2026-01-05\n",
                                        "deal_id;stage;entered_at\r\n1;Lead;2026-01-05\r\n",
                                        "deal_id\tstage\tentered_at\n1\tLead\t2026-01-05"}) {
        const CsvTable t = read(text);
        ASSERT_EQ(t.header.size(), 3u);
        ASSERT_EQ(t.rowCount(), 1u);
        EXPECT_EQ(t.at(0, 1), "Lead");
        EXPECT_EQ(t.at(0, 2), "2026-01-05");
        EXPECT_EQ(t.column("entered_at"), 2u);
        EXPECT_FALSE(t.column("amount"));
    }
    // Decimal commas in a semicolon file (Excel in much of Europe) stay inside their field.
    const CsvTable european = read("deal_id;amount\n7;1.234,50\n");
    EXPECT_EQ(european.delimiter, ';');
    EXPECT_EQ(european.at(0, 1), "1.234,50");
}

TEST(CsvTable, ByteOrderMarkQuotesAndLineBreaksInsideFields)
{
    // HubSpot's stage columns carry quotes in their names; notes carry line breaks.
    const CsvTable t = read("\xEF\xBB\xBF"
                            "Record ID,\"Date entered \"\"Qualified (Sales Pipeline)\"\"\",Notes\n"
                            "42,2026-02-01,\"first line\nsecond, with a comma\"\n"
                            "43,,\n");
    ASSERT_EQ(t.header.size(), 3u);
    EXPECT_EQ(t.header[0], "Record ID");
    EXPECT_EQ(t.header[1], "Date entered \"Qualified (Sales Pipeline)\"");
    ASSERT_EQ(t.rowCount(), 2u);
    EXPECT_EQ(t.at(0, 2), "first line\nsecond, with a comma");
    EXPECT_EQ(t.at(1, 1), "");
}

TEST(CsvTable, ShortRowsArePaddedBlankLinesSkippedNamesTrimmed)
{
    const CsvTable t = read(" deal_id , status ,amount\n1,won\n\n2,lost,10\n");
    EXPECT_EQ(t.header[1], "status");
    ASSERT_EQ(t.rowCount(), 2u);
    EXPECT_EQ(t.header.size(), 3u);
    EXPECT_EQ(t.at(0, 2), "");
    EXPECT_EQ(t.at(1, 2), "10");
}

TEST(CsvTable, HostileFilesAreRefusedWithRowAndColumn)
{
    // An unterminated quote.
    CsvProblem p = refused("deal_id,name\n1,\"never closed\n2,x\n");
    EXPECT_TRUE(p.message.contains(QStringLiteral("not closed"))) << p.toString().toStdString();
    // A stray quote inside an unquoted field, named with its row.
    p = refused("deal_id,name\n1,ok\n2,a 5\" screen\n");
    EXPECT_EQ(p.row, 3u);
    EXPECT_TRUE(p.message.contains(QStringLiteral("quote")));

    // A 10 MB field.
    std::string big = "deal_id,notes\n1,\"" + std::string(10'000'000, 'x') + "\"\n";
    p = refused(big);
    EXPECT_EQ(p.row, 2u);
    EXPECT_EQ(p.column, 2u);
    EXPECT_TRUE(p.message.contains(QStringLiteral("KiB")));

    // A NUL byte (UTF-16 or a binary file), named where it is.
    p = refused(std::string_view("deal_id,stage\n1,Le\0ad\n", 22));
    EXPECT_EQ(p.row, 2u);
    EXPECT_EQ(p.column, 2u);
    EXPECT_TRUE(p.message.contains(QStringLiteral("UTF-8")));

    // Latin-1 text (Windows' "CSV" in western Europe).
    p = refused("deal_id,stage\n1,R\xE9union\n");
    EXPECT_EQ(p.row, 2u);
    EXPECT_TRUE(p.message.contains(QStringLiteral("not UTF-8")));

    // 1,000 columns.
    std::string wide;
    for (int c = 0; c < 1000; ++c) {
        // Appended piece by piece: GCC 12 at -O3 reports a false -Wrestrict for "," + string.
        if (c)
            wide += ',';
        wide += 'c';
        wide += std::to_string(c);
    }
    p = refused(wide + "\n");
    EXPECT_EQ(p.row, 1u);
    EXPECT_EQ(p.column, 513u);

    // A row longer than the header; an empty or repeated column name; nothing at all.
    p = refused("a,b\n1,2\n1,2,3\n");
    EXPECT_EQ(p.row, 3u);
    EXPECT_EQ(p.column, 3u);
    p = refused("a,,c\n");
    EXPECT_EQ(p.column, 2u);
    p = refused("a,b,a\n");
    EXPECT_EQ(p.column, 3u);
    p = refused("");
    EXPECT_EQ(p.row, 0u);

    // Too many rows, and too many bytes, by the limits given.
    CsvLimits small;
    small.maxRows = 2;
    p = refused("a\n1\n2\n3\n", small);
    EXPECT_EQ(p.row, 4u);
    small.maxBytes = 4;
    p = refused("a\n1\n2\n", small);
    EXPECT_TRUE(p.message.contains(QStringLiteral("MB")));
}

} // namespace
