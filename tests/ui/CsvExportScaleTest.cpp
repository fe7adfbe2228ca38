// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x export --csv` builds its text without a list of named outputs per persona and formats
// numbers with std::to_chars (issue 21: 10,000 personas in under a second). The bytes must be
// what the export wrote before: the reference below is that implementation.
#include "UiTestSupport.h"
#include "report/CsvExport.h"

#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>
#include <limits>
#include <unordered_map>

using namespace b2x;

namespace {

std::string referenceNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string referenceText(const Workspace& ws,
                          const std::vector<analytics::PersonaAnalysis>& analyses)
{
    std::string out;
    const auto row = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += CsvExport::quoted(fields[i]);
        }
        out += "\r\n";
    };
    std::vector<std::vector<analytics::NamedOutput>> outputs;
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t> column;
    const std::size_t count = std::min(analyses.size(), ws.personas.size());
    for (std::size_t i = 0; i < count; ++i) {
        outputs.push_back(analytics::scalarOutputs(analyses[i]));
        for (const auto& o : outputs.back())
            if (column.emplace(o.name, names.size()).second)
                names.push_back(o.name);
    }
    std::vector<std::string> header{"id", "name", "label", "behavesAs"};
    header.insert(header.end(), names.begin(), names.end());
    row(header);
    for (std::size_t i = 0; i < count; ++i) {
        const Persona& p = ws.personas[i];
        std::vector<std::string> fields{p.id, p.name, std::string(toString(p.label)),
                                        std::string(toString(analyses[i].behaviour.behavesAs))};
        const std::size_t first = fields.size();
        fields.resize(first + names.size());
        for (const auto& o : outputs[i])
            if (o.value)
                fields[first + column.at(o.name)] = referenceNumber(*o.value);
        row(fields);
    }
    return out;
}

TEST(CsvExportScale, NumbersAreWrittenAsPrintfWroteThem)
{
    for (double v : {0.0,
                     -0.0,
                     1.0,
                     -1.5,
                     0.1,
                     1.0 / 3.0,
                     2.0 / 3.0,
                     123456789.0,
                     1234567890.0,
                     12345678901.0,
                     1e21,
                     1e-5,
                     1e-7,
                     0.000123456789012,
                     99999999995.0,
                     9.9999999995,
                     std::numeric_limits<double>::max(),
                     std::numeric_limits<double>::denorm_min(),
                     42.42e100,
                     -7.25e-300})
        EXPECT_EQ(CsvExport::number(v), referenceNumber(v)) << v;
}

TEST(CsvExportScale, TheSampleIsByteIdenticalToTheFormerExport)
{
    const test::AnalysedWorkspace l = test::analysedSample();
    const std::string text = CsvExport::text(l.workspace, l.analyses);
    EXPECT_EQ(text, referenceText(l.workspace, l.analyses));
}

TEST(CsvExportScale, ManyPersonasWithChangingOutputsAreByteIdentical)
{
    // The sample's personas many times over, with names that need quoting, analyses in
    // varied orders of channels (best first) and some without channels or pipeline: columns
    // first seen late and outputs missing for some personas. Over 2,000 of them, so the rows
    // are written on two threads.
    const test::AnalysedWorkspace l = test::analysedSample();
    Workspace ws = l.workspace;
    std::vector<analytics::PersonaAnalysis> analyses = l.analyses;
    const std::size_t n = ws.personas.size();
    for (std::size_t round = 1; round < 300; ++round)
        for (std::size_t i = 0; i < n; ++i) {
            Persona p = l.workspace.personas[(i + round) % n];
            // Appended: GCC 12 at -O3 reports a false -Wrestrict for a literal + std::string.
            p.id += '-';
            p.id += std::to_string(round);
            p.name = round % 2
                         ? std::string("Quoted, \"name\"\nline ").append(std::to_string(round))
                         : p.name;
            if (round % 6 == 3)
                p.channels.clear();
            if (round % 6 == 4 && !p.pipeline.empty())
                p.pipeline.pop_back();
            analyses.push_back(analytics::analysePersona(p, ws.catalogue()));
            ws.personas.push_back(std::move(p));
        }
    ASSERT_GT(ws.personas.size(), 2000u);
    EXPECT_EQ(CsvExport::text(ws, analyses), referenceText(ws, analyses));
}

} // namespace
