// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace writer emits JSON without a DOM; these tests hold it to nlohmann's dump(2), byte
// for byte, which is what earlier versions wrote and what the golden sample file contains.
#include "io/PrettyJsonWriter.h"

#include "TestDocuments.h"
#include "io/WorkspaceWriter.h"

#include <gtest/gtest.h>
#include <limits>
#include <nlohmann/json.hpp>

using namespace b2x;
using Json = nlohmann::ordered_json;

namespace {

void writeValue(PrettyJsonWriter& w, const Json& v)
{
    switch (v.type()) {
    case Json::value_t::object:
        w.beginObject();
        for (const auto& [key, value] : v.items()) {
            w.key(key);
            writeValue(w, value);
        }
        w.endObject();
        break;
    case Json::value_t::array:
        w.beginArray();
        for (const auto& value : v)
            writeValue(w, value);
        w.endArray();
        break;
    case Json::value_t::string:
        w.string(v.get_ref<const std::string&>());
        break;
    case Json::value_t::number_integer:
        w.integer(v.get<std::int64_t>());
        break;
    case Json::value_t::number_unsigned:
        w.integer(v.get<std::int64_t>());
        break;
    case Json::value_t::number_float:
        w.number(v.get<double>());
        break;
    case Json::value_t::boolean:
        w.boolean(v.get<bool>());
        break;
    default:
        w.null();
        break;
    }
}

std::string written(const Json& v)
{
    std::string out;
    PrettyJsonWriter w(out);
    writeValue(w, v);
    return out;
}

} // namespace

TEST(PrettyJsonWriter, WritesWhatDumpWrites)
{
    const std::vector<Json> documents{
        Json::object(),
        Json::array(),
        Json("just text"),
        Json(42),
        Json(nullptr),
        Json::parse(R"({"a": {}, "b": [], "c": [[], {}, [1, [2, [3]]]], "d": {"e": {"f": null}}})"),
        Json::parse(R"([true, false, null, -0, 0.1, 1e-7, 1.5e300, -2.25, 123456789012, -1])"),
        Json::parse(R"({"": "", "x": [{"y": [{"z": "deep"}]}], "last": 1})"),
    };
    for (const Json& doc : documents) {
        SCOPED_TRACE(doc.dump());
        EXPECT_EQ(written(doc), doc.dump(2));
    }
}

TEST(PrettyJsonWriter, EscapesStringsAndKeysAsTheLibraryDoes)
{
    // Quotes, backslashes, every control character, DEL, non-ASCII, and invalid UTF-8 (which the
    // library replaces with U+FFFD rather than refusing the save).
    std::vector<std::string> texts{
        "say \"hi\"",
        "back \\ slash",
        "\x7f tab\there",
        "del \x7f only",
        "Café – 東京 – مرحبا – สวัสดี – 🙂",
        "bad \xff\xfe byte",
        "cut \xe6\x9d",
        "lone \x80 continuation",
        "plain ascii only"};
    for (char c = 0; c < 0x20; ++c)
        texts.push_back(std::string("control ") + c + " alone");
    for (const std::string& text : texts) {
        Json doc;
        doc[text] = text;
        doc["list"] = Json::array({text, text});
        SCOPED_TRACE(text);
        EXPECT_EQ(written(doc), doc.dump(2, ' ', false, Json::error_handler_t::replace));
    }
}

TEST(PrettyJsonWriter, WorkspaceWithAwkwardContentIsWhatDumpGives)
{
    // The writer's document, parsed and dumped by the library again, is unchanged: same keys in
    // the same order, same escapes, same number forms.
    Workspace ws = test::smallWorkspace();
    Persona& p = ws.personas.front();
    p.name = "Quote \" and backslash \\ and\nnewline";
    p.notes = "Tab\tand control \x01 and DEL \x7f";
    p.summary = "Ünïcödé – “curly” – 日本語";
    p.goals = {};
    p.evidence.clear();
    p.economics.price = 0.1;
    p.economics.monthlySpend = 1e-7;
    p.organisation.annualRevenue = 1.5e300;
    p.motives.rational = -0.0;
    ws.view.comparedPersonaIds.clear();
    const std::string text = WorkspaceWriter::serialise(ws);
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text, Json::parse(text).dump(2) + "\n");
    EXPECT_NE(text.find("\"goals\": [],"), std::string::npos);
    EXPECT_NE(text.find("\"evidence\": {},"), std::string::npos);
    EXPECT_NE(text.find("\"comparedPersonaIds\": []"), std::string::npos);
    EXPECT_NE(text.find("\"price\": 0.1,"), std::string::npos);
    EXPECT_NE(text.find("\"rational\": 0,"), std::string::npos);
}

TEST(PrettyJsonWriter, WorkspaceWithInvalidUtf8IsSavedWithReplacementCharacters)
{
    Workspace ws = test::smallWorkspace();
    ws.personas.front().notes = "bad \xff byte";
    const std::string text = WorkspaceWriter::serialise(ws);
    EXPECT_NE(text.find("\"notes\": \"bad \xef\xbf\xbd byte\""), std::string::npos);
}
