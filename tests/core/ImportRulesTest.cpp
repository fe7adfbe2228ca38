// SPDX-License-Identifier: GPL-3.0-or-later
// What the Import actuals window asks of the core (core/calibration/ImportRules.h): a column
// mapping applied onto the generic layout, the remembered mapping as a starting point, and the
// files read and imported in one step that a cancel stops.
#include "calibration/ImportRules.h"

#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::calibration;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace import_rules_test {

namespace {

const QString fixtures = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/calibration/window/");

CsvTable read(std::string_view text)
{
    CsvReadResult r = readCsv(text);
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::move(*r.table) : CsvTable{};
}

const std::string custom = "Opportunity,Opened on,Result,Finished on,Value,deal_id\n"
                           "1,2026-03-01,won,2026-03-12,1188,x\n"
                           "2,2026-03-02,lost,2026-03-20,0,y\n";

std::map<std::string, std::string> customColumns()
{
    return {{"deal_id", "Opportunity"},
            {"created_at", "Opened on"},
            {"status", "Result"},
            {"closed_at", "Finished on"},
            {"amount", "Value"}};
}

} // namespace

TEST(ImportRules, ColumnMappingRenamesTheHeadersOntoTheGenericLayout)
{
    const CsvTable table = read(custom);
    ASSERT_EQ(recogniseDeals(table), DealFormat::Auto);
    const ColumnMappingResult m = applyColumnMapping(table, customColumns(), QStringLiteral("f"));
    ASSERT_TRUE(m.table) << m.problems.front().toString().toStdString();
    EXPECT_EQ(recogniseDeals(*m.table), DealFormat::Generic);
    EXPECT_EQ(m.table->header[0], "deal_id");
    // The file's own "deal_id" column was not chosen: it must not be read instead.
    EXPECT_EQ(m.table->header[5], "deal_id (not used)");
    const DealImportResult r = importDeals(*m.table, nullptr, DealFormat::Generic,
                                           DateOrder::Unknown, QStringLiteral("f"));
    ASSERT_TRUE(r.deals);
    ASSERT_EQ(r.deals->deals.size(), 2u);
    EXPECT_EQ(r.deals->deals[0].id, "1");
    EXPECT_EQ(r.deals->deals[0].status, DealStatus::Won);
    EXPECT_EQ(r.deals->deals[1].status, DealStatus::Lost);
    EXPECT_DOUBLE_EQ(*r.deals->deals[0].amount, 1188);
    EXPECT_EQ(table.at(1, 0), m.table->at(1, 0)); // the fields are kept
}

TEST(ImportRules, ColumnMappingRefusesMissingDoubleAndUnknownColumns)
{
    const CsvTable table = read(custom);
    auto columns = customColumns();
    columns.erase("status");
    ColumnMappingResult m = applyColumnMapping(table, columns, QStringLiteral("deals.csv"));
    ASSERT_FALSE(m.table);
    ASSERT_EQ(m.problems.size(), 1u);
    EXPECT_TRUE(m.problems[0].message.contains(QStringLiteral("status")));
    EXPECT_EQ(m.problems[0].file, QStringLiteral("deals.csv"));

    columns = customColumns();
    columns["amount"] = "Result";
    m = applyColumnMapping(table, columns);
    ASSERT_FALSE(m.table);
    EXPECT_EQ(m.problems[0].column, 3u);

    columns = customColumns();
    columns["channel"] = "Source";
    m = applyColumnMapping(table, columns);
    ASSERT_FALSE(m.table);
    EXPECT_TRUE(m.problems[0].message.contains(QStringLiteral("Source")));
}

TEST(ImportRules, SuggestedColumnsPreferTheRememberedHeaderThenEqualNames)
{
    const CsvTable table = read("Deal ID,Opened on,Status,Created At\n1,2026-03-01,won,x\n");
    const auto s =
        suggestColumnMapping(table, {{"created_at", "Opened on"}, {"amount", "Not in this file"}});
    EXPECT_EQ(s.at("deal_id"), "Deal ID");
    EXPECT_EQ(s.at("created_at"), "Opened on");
    EXPECT_EQ(s.at("status"), "Status");
    EXPECT_EQ(s.count("amount"), 0u);
}

TEST(ImportRules, DateOrderCodes)
{
    EXPECT_EQ(dateOrderFromCode("dmy"), DateOrder::DayFirst);
    EXPECT_EQ(dateOrderFromCode("mdy"), DateOrder::MonthFirst);
    EXPECT_EQ(dateOrderFromCode(""), DateOrder::Unknown);
    EXPECT_EQ(dateOrderFromCode("ymd"), DateOrder::Unknown);
    EXPECT_EQ(dateOrderCode(DateOrder::DayFirst), "dmy");
    EXPECT_EQ(dateOrderCode(DateOrder::MonthFirst), "mdy");
    EXPECT_EQ(dateOrderCode(DateOrder::Unknown), "");
}

TEST(ImportRules, StageMappingStartsFromTheRememberedOneThenNames)
{
    Persona p;
    p.pipeline = {{"Visitor", 10, 1, 2, 3}, {"Trial → paid", 20, 1, 2, 3}};
    p.importMapping.stages = {{"Trial", "Trial → paid"}, {"Demo", "A stage since deleted"}};
    DealSet set;
    set.stages = {"visitor", "Trial", "Demo", "Other"};
    const StageMapping m = suggestStageMapping(set, p);
    EXPECT_EQ(m.at("visitor"), 0);
    EXPECT_EQ(m.at("Trial"), 1);
    EXPECT_EQ(m.count("Demo"), 0u);
    EXPECT_EQ(m.count("Other"), 0u);

    const auto names = stageNames({{"Other", 0}, {"Trial", 1}}, p, p.importMapping.stages);
    EXPECT_EQ(names.at("Other"), "Visitor");
    EXPECT_EQ(names.at("Trial"), "Trial → paid");
    EXPECT_EQ(names.at("Demo"), "A stage since deleted"); // other exports' stages stay known
}

TEST(ImportRules, ReadActualsImportsEachLayoutFromFiles)
{
    const std::atomic<bool> cancel = false;
    struct Case {
        const char* deals;
        const char* events;
        DealFormat format;
        std::size_t count;
    };
    for (const Case& c :
         {Case{"generic-deals.csv", "generic-events.csv", DealFormat::Generic, 5},
          Case{"salesforce-history.csv", "", DealFormat::Salesforce, 3},
          Case{"pipedrive-deals.csv", "pipedrive-flow.csv", DealFormat::Pipedrive, 3}}) {
        ActualsRequest req;
        req.dealsPath = fixtures + QString::fromLatin1(c.deals);
        if (*c.events)
            req.eventsPath = fixtures + QString::fromLatin1(c.events);
        const ActualsRead r = readActuals(req, cancel);
        ASSERT_TRUE(r.imported.deals)
            << c.deals << ": "
            << (r.problems.empty() ? std::string() : r.problems[0].toString().toStdString());
        EXPECT_EQ(r.imported.format, c.format) << c.deals;
        EXPECT_EQ(r.imported.deals->deals.size(), c.count) << c.deals;
        EXPECT_FALSE(r.needsColumns);
        ASSERT_TRUE(r.deals);
        EXPECT_EQ(r.events != nullptr, *c.events != 0);
    }
}

TEST(ImportRules, ReadActualsAsksForColumnsThenUsesThem)
{
    const std::atomic<bool> cancel = false;
    ActualsRequest req;
    req.dealsPath = fixtures + QStringLiteral("custom-deals.csv");
    req.eventsPath = fixtures + QStringLiteral("custom-events.csv");
    ActualsRead r = readActuals(req, cancel);
    EXPECT_TRUE(r.needsColumns);
    EXPECT_FALSE(r.imported.deals);
    ASSERT_TRUE(r.deals);

    req.dealsTable = r.deals; // not read again
    req.eventsTable = r.events;
    req.dealsPath = QStringLiteral("/nonexistent/custom-deals.csv");
    req.columns = {{"deal_id", "Opportunity"},
                   {"created_at", "Opened on"},
                   {"status", "Result"},
                   {"closed_at", "Finished on"}};
    r = readActuals(req, cancel);
    ASSERT_TRUE(r.imported.deals) << r.problems[0].toString().toStdString();
    EXPECT_EQ(r.imported.deals->deals.size(), 3u);
    EXPECT_EQ(r.imported.deals->stages, (std::vector<std::string>{"Visitor", "Trial"}));
}

TEST(ImportRules, ReadActualsReportsAmbiguousDatesAndProblemsWithTheirPlace)
{
    const std::atomic<bool> cancel = false;
    ActualsRequest req;
    req.dealsPath = fixtures + QStringLiteral("ambiguous-deals.csv");
    req.eventsPath = fixtures + QStringLiteral("ambiguous-events.csv");
    ActualsRead r = readActuals(req, cancel);
    EXPECT_TRUE(r.imported.dateOrderAmbiguous);
    EXPECT_FALSE(r.imported.deals);
    req.order = DateOrder::DayFirst;
    r = readActuals(req, cancel);
    ASSERT_TRUE(r.imported.deals);
    EXPECT_EQ(r.imported.deals->deals[0].created, 20546); // 3 April 2026, day first

    req = {};
    req.dealsPath = fixtures + QStringLiteral("broken-deals.csv");
    r = readActuals(req, cancel);
    EXPECT_FALSE(r.imported.deals);
    ASSERT_GE(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].file, QStringLiteral("broken-deals.csv"));
    EXPECT_EQ(r.problems[0].row, 3u);
    EXPECT_EQ(r.problems[0].column, 3u);
}

TEST(ImportRules, ACancelledReadImportsNothing)
{
    const std::atomic<bool> cancel = true;
    ActualsRequest req;
    req.dealsPath = fixtures + QStringLiteral("generic-deals.csv");
    req.eventsPath = fixtures + QStringLiteral("generic-events.csv");
    const ActualsRead r = readActuals(req, cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.imported.deals);
}

} // namespace import_rules_test
