// SPDX-License-Identifier: GPL-3.0-or-later
// The reader hands each persona to a sink as soon as it is decoded (`b2x export` analyses it on
// another core while the rest is read): every persona of a loaded workspace is seen once, at its
// index, before `done`; `done` comes once whether the file loads or not; and nothing about the
// result changes.
#include "TestDocuments.h"
#include "io/WorkspaceReader.h"

#include <QStringList>
#include <cstdio>
#include <gtest/gtest.h>

using namespace b2x;
using nlohmann::json;

namespace {

std::string uuid(std::size_t i)
{
    char text[40];
    std::snprintf(text, sizeof text, "%08zx-0000-4000-8000-%012zx", i, i);
    return text;
}

/// A document of `count` personas copied from the small document's two, each with its own id;
/// `flawed` adds a non-object, bad colours, ids used twice and unknown channels (warnings).
json documentOf(std::size_t count, bool flawed)
{
    json doc = test::smallDocument();
    json personas = json::array();
    for (std::size_t i = 0; i < count; ++i) {
        json p = doc["personas"][i % 2];
        p["id"] = uuid(i);
        p["name"] = "Persona " + std::to_string(i);
        if (flawed) {
            if (i == 5)
                p = 42;
            else if (i % 50 == 7)
                p["colour"] = "red";
            else if (i % 70 == 9)
                p["id"] = uuid(i - 1);
            else if (i % 30 == 11)
                p["channels"][0]["channel"] = "not-a-channel-" + std::to_string(i);
        }
        personas.push_back(std::move(p));
    }
    doc["personas"] = std::move(personas);
    doc["view"]["comparedPersonaIds"] = json::array();
    return doc;
}

/// The same document with the list before the format version: the reader cannot hand the
/// personas over during the parse and decodes them from the whole DOM afterwards.
std::string listFirst(const json& doc)
{
    nlohmann::ordered_json reordered;
    reordered["personas"] = doc["personas"];
    for (const auto& [key, value] : doc.items())
        if (key != "personas")
            reordered[key] = value;
    return reordered.dump(2);
}

QStringList texts(const std::vector<Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << p.toString();
    return out;
}

struct Seen {
    std::vector<std::pair<std::size_t, std::string>> decoded; // index, id
    int done = 0;
    bool decodedAfterDone = false;

    PersonaSink sink()
    {
        return {[this](const Persona& p, std::size_t index) {
                    decodedAfterDone = decodedAfterDone || done > 0;
                    decoded.emplace_back(index, p.id);
                },
                [this] { ++done; }};
    }
};

} // namespace

TEST(ReaderSink, SeesEveryPersonaAtItsIndexBeforeDone)
{
    const json doc = documentOf(300, false);
    for (const std::string& text : {doc.dump(2), listFirst(doc)}) {
        Seen seen;
        const LoadResult r = WorkspaceReader::readBytes(text, seen.sink());
        ASSERT_TRUE(r.ok()) << r.problemText().toStdString();
        const auto& personas = r.workspace->personas;
        ASSERT_EQ(personas.size(), 300u);
        ASSERT_EQ(seen.decoded.size(), personas.size());
        for (std::size_t i = 0; i < personas.size(); ++i) {
            EXPECT_EQ(seen.decoded[i].first, i);
            EXPECT_EQ(seen.decoded[i].second, personas[i].id);
        }
        EXPECT_EQ(seen.done, 1);
        EXPECT_FALSE(seen.decodedAfterDone);
    }
}

TEST(ReaderSink, DoneComesOnceWhenTheFileFails)
{
    const json doc = documentOf(300, true);
    const std::string text = doc.dump(2);
    for (const std::string& broken :
         {text, listFirst(doc), text.substr(0, text.size() / 2), std::string("[1,2]")}) {
        Seen seen;
        const LoadResult r = WorkspaceReader::readBytes(broken, seen.sink());
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(seen.done, 1) << broken.size();
        EXPECT_FALSE(seen.decodedAfterDone);
    }
}

TEST(ReaderSink, ChangesNothingAboutTheResult)
{
    // Problems and warnings, in the same order, with a sink or without, streamed or not.
    const json doc = documentOf(300, true);
    const LoadResult plain = WorkspaceReader::readBytes(doc.dump(2));
    Seen seen;
    const LoadResult withSink = WorkspaceReader::readBytes(doc.dump(2), seen.sink());
    const LoadResult whole = WorkspaceReader::readBytes(listFirst(doc));
    // One non-object, 6 bad colours, 5 repeated ids.
    EXPECT_EQ(plain.problems.size(), 12u) << texts(plain.problems).join(u'\n').toStdString();
    EXPECT_FALSE(plain.warnings.empty());
    EXPECT_EQ(texts(withSink.problems), texts(plain.problems));
    EXPECT_EQ(texts(withSink.warnings), texts(plain.warnings));
    EXPECT_EQ(texts(whole.problems), texts(plain.problems));
    EXPECT_EQ(texts(whole.warnings), texts(plain.warnings));
}
