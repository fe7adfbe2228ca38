// SPDX-License-Identifier: GPL-3.0-or-later
// The file format's revenue-model fields and multi-role members (docs/file-format.md): files
// without them read as before, every new field is validated at its place, and the writer keeps
// older files' bytes.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <gtest/gtest.h>

using namespace b2x;
using nlohmann::json;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace revenue_format_test {

namespace {

LoadResult readJson(const json& doc)
{
    return WorkspaceReader::readBytes(doc.dump());
}

::testing::AssertionResult hasProblem(const LoadResult& r, const std::string& path,
                                      const std::string& messagePart)
{
    if (r.ok())
        return ::testing::AssertionFailure() << "loaded, expected a problem at " << path;
    for (const auto& p : r.problems)
        if (p.path == path && p.message.toStdString().find(messagePart) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "no problem at '" << path << "' containing '" << messagePart << "'; got:\n"
           << r.problemText().toStdString();
}

struct Case {
    const char* pointer; ///< JSON pointer of the value to set
    json value;
    const char* path;    ///< expected problem path
    const char* message; ///< expected part of the message
};

class NewFieldValidation : public ::testing::TestWithParam<Case> {};

} // namespace

TEST(RevenueFormat, FilesWithoutRevenueModelsReadAsOneOffAndSingleRoles)
{
    // The version 1 fixture predates both features.
    const LoadResult r =
        WorkspaceReader::readFile(test::sourcePath("tests/fixtures/format-v1.b2x"));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    for (const auto& p : r.workspace->personas) {
        EXPECT_EQ(p.economics.revenueModel, RevenueModel::OneOff) << p.name;
        EXPECT_EQ(p.economics.subscription, SubscriptionTerms{}) << p.name;
        EXPECT_EQ(p.economics.repeatOrders, RepeatOrderTerms{}) << p.name;
        for (const auto& m : p.decisionUnit.members)
            EXPECT_EQ(m.roles.size(), 1u) << p.name;
    }
    EXPECT_EQ(r.workspace->personas[0].decisionUnit.members[0].roles,
              std::vector<Role>{Role::Buyer});
    // Written again, such a persona gets no revenue keys and keeps "role".
    const std::string text = WorkspaceWriter::serialise(*r.workspace);
    EXPECT_EQ(text.find("\"revenueModel\""), std::string::npos);
    EXPECT_EQ(text.find("\"subscription\""), std::string::npos);
    EXPECT_EQ(text.find("\"roles\""), std::string::npos);
    EXPECT_NE(text.find("\"role\": \"buyer\""), std::string::npos);
}

TEST(RevenueFormat, SubscriptionTermsAndSeveralRolesSurviveARoundTrip)
{
    const Workspace ws = test::smallWorkspace();
    ASSERT_EQ(ws.personas[0].economics.revenueModel, RevenueModel::Subscription);
    ASSERT_EQ(ws.personas[0].decisionUnit.members[1].roles.size(), 2u);
    const std::string text = WorkspaceWriter::serialise(ws);
    const json doc = json::parse(text);
    const json& e = doc["personas"][0]["economics"];
    EXPECT_EQ(e["revenueModel"], "subscription");
    EXPECT_EQ(e["subscription"], json({{"billing", "annual"},
                                       {"churnPercent", 12.5},
                                       {"churnPeriod", "annual"},
                                       {"expansionPercent", 4},
                                       {"trialDays", 14}}));
    EXPECT_EQ(e["repeatOrders"], json({{"annualRetentionPercent", 0}}));
    EXPECT_EQ(doc["personas"][0]["decisionUnit"]["members"][1]["roles"],
              json::array({"user", "decider"}));
    EXPECT_FALSE(doc["personas"][0]["decisionUnit"]["members"][1].contains("role"));
    EXPECT_FALSE(doc["personas"][1]["economics"].contains("revenueModel"));
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(*r.workspace, ws);
}

TEST(RevenueFormat, TermsOfAnUnusedModelAreKept)
{
    // Switching a persona back to one-off must not lose the terms typed for another model.
    Workspace ws = test::smallWorkspace();
    ws.personas[1].economics.repeatOrders.annualRetentionPercent = 70;
    const LoadResult r = WorkspaceReader::readBytes(WorkspaceWriter::serialise(ws));
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->personas[1].economics.revenueModel, RevenueModel::OneOff);
    EXPECT_EQ(r.workspace->personas[1].economics.repeatOrders.annualRetentionPercent, 70);
}

TEST(RevenueFormat, AOneElementRoleListIsWrittenAsRole)
{
    json doc = test::smallDocument();
    json& member = doc["personas"][0]["decisionUnit"]["members"][0];
    member.erase("role");
    member["roles"] = json::array({"specifier"});
    const LoadResult r = readJson(doc);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->personas[0].decisionUnit.members[0].roles,
              std::vector<Role>{Role::Specifier});
    const json again = json::parse(WorkspaceWriter::serialise(*r.workspace));
    EXPECT_EQ(again["personas"][0]["decisionUnit"]["members"][0]["role"], "specifier");
}

TEST(RevenueFormat, RoleAndRolesMustAgree)
{
    json doc = test::smallDocument();
    json& member = doc["personas"][0]["decisionUnit"]["members"][1];
    member["role"] = "user"; // one of its "roles": accepted
    EXPECT_TRUE(readJson(doc).ok()) << readJson(doc).problemText().toStdString();
    member["role"] = "buyer";
    EXPECT_TRUE(hasProblem(readJson(doc), "personas[0].decisionUnit.members[1].role",
                           "is not one of \"roles\""));
    member.erase("role");
    member.erase("roles");
    EXPECT_TRUE(
        hasProblem(readJson(doc), "personas[0].decisionUnit.members[1].role", "is missing"));
}

TEST_P(NewFieldValidation, ReportsThePlaceAndTheReason)
{
    const Case& c = GetParam();
    json doc = test::smallDocument();
    doc[json::json_pointer(c.pointer)] = c.value;
    const LoadResult r = readJson(doc);
    EXPECT_FALSE(r.workspace.has_value());
    EXPECT_TRUE(hasProblem(r, c.path, c.message)) << c.pointer;
}

#define E "/personas/0/economics"
#define EP "personas[0].economics"
INSTANTIATE_TEST_SUITE_P(
    Economics, NewFieldValidation,
    ::testing::Values(
        Case{E "/revenueModel", "lease", EP ".revenueModel", "found \"lease\""},
        Case{E "/revenueModel", 2, EP ".revenueModel", "not a number"},
        Case{E "/subscription", "monthly", EP ".subscription", "must be an object"},
        Case{E "/subscription/billing", "weekly", EP ".subscription.billing",
             "\"monthly\", \"annual\"; found \"weekly\""},
        Case{E "/subscription/churnPercent", 101, EP ".subscription.churnPercent",
             "from 0 to 100; found 101"},
        Case{E "/subscription/churnPercent", -2, EP ".subscription.churnPercent", "found -2"},
        Case{E "/subscription/churnPercent", "2%", EP ".subscription.churnPercent", "not text"},
        Case{E "/subscription/churnPeriod", "quarterly", EP ".subscription.churnPeriod",
             "found \"quarterly\""},
        Case{E "/subscription/expansionPercent", 100.5, EP ".subscription.expansionPercent",
             "found 100.5"},
        Case{E "/subscription/trialDays", 366, EP ".subscription.trialDays",
             "from 0 to 365; found 366"},
        Case{E "/subscription/trialDays", 7.5, EP ".subscription.trialDays", "whole number"},
        Case{E "/subscription/trialDays", nullptr, EP ".subscription.trialDays", "not null"},
        Case{E "/repeatOrders", json::array(), EP ".repeatOrders", "must be an object"},
        Case{E "/repeatOrders/annualRetentionPercent", 120,
             EP ".repeatOrders.annualRetentionPercent", "found 120"},
        Case{E "/repeatOrders/annualRetentionPercent", true,
             EP ".repeatOrders.annualRetentionPercent", "not true/false"}));
#undef E
#undef EP

#define M "/personas/0/decisionUnit/members/1"
#define MP "personas[0].decisionUnit.members[1]"
INSTANTIATE_TEST_SUITE_P(
    Roles, NewFieldValidation,
    ::testing::Values(
        Case{M "/roles", json::array(), MP ".roles", "at least one role"},
        Case{M "/roles", "user", MP ".roles", "must be a list"},
        Case{M "/roles", json::array({"user", "user"}), MP ".roles[1]", "\"user\" is listed twice"},
        Case{M "/roles", json::array({"user", "janitor"}), MP ".roles[1]", "found janitor"},
        Case{M "/roles", json::array({"user", 3}), MP ".roles[1]", "a number"},
        Case{M "/roles",
             json::array({"initiator", "user", "influencer", "specifier", "decider", "approver",
                          "buyer", "gatekeeper", "user"}),
             MP ".roles", "has 9 items; at most 8"}));
#undef M
#undef MP

} // namespace revenue_format_test
