// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace's own channels in the file (docs/file-format.md, "channels"): files without them
// keep their bytes, every field is validated at its place, and personas' references to them are
// checked against the built-in and the file's own channels.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "model/Limits.h"

#include <gtest/gtest.h>

using namespace b2x;
using nlohmann::json;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace custom_channel_format_test {

namespace {

json reviewSites()
{
    return {{"id", "custom-review-sites"},
            {"name", "Software review sites"},
            {"category", "review sites"},
            {"b2bAffinity", 80},
            {"reach", 35},
            {"precision", 60},
            {"emotionalFit", 30},
            {"priceBand", {1000, 200000}},
            {"cycleBand", {30, 180}},
            {"typicalCost", 120.5},
            {"costPer", "lead"},
            {"attributionPlatform", "GA4"}};
}

json documentWithChannel()
{
    json doc = test::smallDocument();
    doc["channels"] = json::array({reviewSites()});
    return doc;
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
    const char* pointer; ///< JSON pointer of the value to set, under /channels/0
    json value;
    const char* path;    ///< expected problem path
    const char* message; ///< expected part of the message
};

class CustomChannelValidation : public ::testing::TestWithParam<Case> {};

} // namespace

TEST(CustomChannelFormat, FilesWithoutChannelsHaveNoneAndKeepTheirBytes)
{
    const Workspace ws = test::smallWorkspace();
    ASSERT_TRUE(ws.channels.empty());
    const std::string text = WorkspaceWriter::serialise(ws);
    EXPECT_FALSE(json::parse(text).contains("channels"));
    const LoadResult r = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_TRUE(r.workspace->channels.empty());
    EXPECT_EQ(WorkspaceWriter::serialise(*r.workspace), text);
}

TEST(CustomChannelFormat, ChannelsSurviveARoundTrip)
{
    const LoadResult r = WorkspaceReader::readBytes(documentWithChannel().dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    ASSERT_EQ(r.workspace->channels.size(), 1u);
    const Channel& c = r.workspace->channels[0];
    EXPECT_EQ(c.id, "custom-review-sites");
    EXPECT_EQ(c.name, "Software review sites");
    EXPECT_EQ(c.category, "review sites");
    EXPECT_EQ(c.b2bAffinity, 80);
    EXPECT_EQ(c.reach, 35);
    EXPECT_EQ(c.precision, 60);
    EXPECT_EQ(c.emotionalFit, 30);
    EXPECT_EQ(c.priceLow, 1000);
    EXPECT_EQ(c.priceHigh, 200000);
    EXPECT_EQ(c.cycleLowDays, 30);
    EXPECT_EQ(c.cycleHighDays, 180);
    EXPECT_EQ(c.typicalCost, 120.5);
    EXPECT_EQ(c.costBasis, CostBasis::Lead);
    EXPECT_EQ(c.attributionPlatform, "GA4");
    EXPECT_TRUE(c.isCustom());

    Workspace ws = *r.workspace;
    Channel fair = c;
    fair.id = "custom-fair";
    fair.typicalCost.reset();
    fair.costBasis = CostBasis::Thousand;
    fair.attributionPlatform.clear();
    ws.channels.push_back(fair);
    const std::string text = WorkspaceWriter::serialise(ws);
    const json doc = json::parse(text);
    EXPECT_EQ(doc["channels"][0], reviewSites());
    EXPECT_TRUE(doc["channels"][1]["typicalCost"].is_null());
    EXPECT_TRUE(doc["channels"][1]["attributionPlatform"].is_null());
    EXPECT_EQ(doc["channels"][1]["costPer"], "thousand");
    const LoadResult again = WorkspaceReader::readBytes(text);
    ASSERT_TRUE(again.ok()) << again.problemText().toStdString();
    EXPECT_EQ(*again.workspace, ws);
}

TEST(CustomChannelFormat, APersonaMayUseAChannelOfTheFileWithoutWarning)
{
    json doc = documentWithChannel();
    doc["personas"][0]["channels"][0]["channel"] = "custom-review-sites";
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    for (const auto& w : r.warnings)
        EXPECT_EQ(w.message.indexOf(QStringLiteral("custom-review-sites")), -1)
            << w.path << ": " << w.message.toStdString();
}

TEST(CustomChannelFormat, AnUnknownCustomChannelIsKeptWithAWarningAtItsPlace)
{
    json doc = documentWithChannel();
    doc["personas"][1]["channels"][0]["channel"] = "custom-gone";
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
    EXPECT_EQ(r.workspace->personas[1].channels[0].channelId, "custom-gone");
    bool found = false;
    for (const auto& w : r.warnings)
        found = found || (w.path == "personas[1].channels[0].channel" &&
                          w.message.contains(QStringLiteral("custom-gone")));
    EXPECT_TRUE(found);
}

TEST(CustomChannelFormat, TheNumberOfChannelsIsCapped)
{
    json doc = test::smallDocument();
    doc["channels"] = json::array();
    for (std::size_t i = 0; i <= limits::maxCustomChannels; ++i) {
        json c = reviewSites();
        c["id"] = "custom-" + std::to_string(i);
        doc["channels"].push_back(c);
    }
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    EXPECT_TRUE(hasProblem(r, "channels", "at most 200"));
}

TEST(CustomChannelFormat, IdsMustBeUnique)
{
    json doc = documentWithChannel();
    doc["channels"].push_back(reviewSites());
    EXPECT_TRUE(hasProblem(WorkspaceReader::readBytes(doc.dump()), "channels[1].id",
                           "used by an earlier channel"));
}

TEST_P(CustomChannelValidation, ReportsThePlaceAndTheReason)
{
    const Case& c = GetParam();
    json doc = documentWithChannel();
    if (c.value.is_discarded())
        doc["channels"][0].erase(std::string(c.pointer).substr(1));
    else
        doc[json::json_pointer(std::string("/channels/0") + c.pointer)] = c.value;
    const LoadResult r = WorkspaceReader::readBytes(doc.dump());
    EXPECT_FALSE(r.workspace.has_value());
    EXPECT_TRUE(hasProblem(r, c.path, c.message)) << c.pointer;
}

#define C "channels[0]"
INSTANTIATE_TEST_SUITE_P(
    Fields, CustomChannelValidation,
    ::testing::Values(
        Case{"", "a channel", C, "must be an object"},
        Case{"/id", "linkedin", C ".id", "must start with \"custom-\""},
        Case{"/id", "custom-", C ".id", "must start with \"custom-\""},
        Case{"/id", 7, C ".id", "not a number"},
        Case{"/id", json(json::value_t::discarded), C ".id", "missing"},
        Case{"/name", "", C ".name", "must not be empty"},
        Case{"/name", std::string(limits::maxShortText + 1, 'x'), C ".name", "bytes"},
        Case{"/name", json(json::value_t::discarded), C ".name", "missing"},
        Case{"/category", json::array(), C ".category", "must be text"},
        Case{"/b2bAffinity", 101, C ".b2bAffinity", "from 0 to 100; found 101"},
        Case{"/reach", -1, C ".reach", "found -1"},
        Case{"/precision", "high", C ".precision", "not text"},
        Case{"/emotionalFit", json(json::value_t::discarded), C ".emotionalFit", "missing"},
        Case{"/priceBand", 5, C ".priceBand", "must be a list"},
        Case{"/priceBand", json::array({1}), C ".priceBand", "two numbers"},
        Case{"/priceBand", json::array({-5, 10}), C ".priceBand[0]", "from 0 to"},
        Case{"/priceBand", json::array({50, 10}), C ".priceBand", "above the high end"},
        Case{"/cycleBand", json::array({0, 99999}), C ".cycleBand[1]", "from 0 to 3650"},
        Case{"/cycleBand", json::array({0, "long"}), C ".cycleBand[1]", "from 0 to"},
        Case{"/typicalCost", -3, C ".typicalCost", "found -3"},
        Case{"/typicalCost", 2e12, C ".typicalCost", "found"},
        Case{"/costPer", "click", C ".costPer", "\"lead\", \"thousand\"; found \"click\""},
        Case{"/attributionPlatform", "Bing", C ".attributionPlatform", "found \"Bing\""},
        Case{"/attributionPlatform", 3, C ".attributionPlatform", "not a number"}));
#undef C

} // namespace custom_channel_format_test
