// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPersonas.h"

#include "io/WorkspaceReader.h"

#include <QString>

namespace b2x::test {

const Workspace& sampleWorkspace()
{
    static const Workspace workspace = [] {
        const auto r = WorkspaceReader::readFile(
            QStringLiteral(B2X_SOURCE_DIR) + QStringLiteral("/resources/samples/b2b-vs-b2c.b2x"));
        EXPECT_TRUE(r.ok()) << r.problemText().toStdString();
        return r.ok() ? *r.workspace : Workspace{};
    }();
    return workspace;
}

const Persona& samplePersona(const std::string& prefix)
{
    static const Persona missing;
    for (const auto& p : sampleWorkspace().personas) {
        if (p.name.rfind(prefix, 0) == 0)
            return p;
    }
    ADD_FAILURE() << "no sample persona named " << prefix << "…";
    return missing;
}

std::vector<std::string> topChannels(const analytics::PersonaAnalysis& a, std::size_t n)
{
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n && i < a.channelFit.size(); ++i)
        ids.push_back(a.channelFit[i].channelId);
    return ids;
}

void expectIdentical(const analytics::PersonaAnalysis& a, const analytics::PersonaAnalysis& b)
{
    const auto x = analytics::scalarOutputs(a);
    const auto y = analytics::scalarOutputs(b);
    ASSERT_EQ(x.size(), y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        EXPECT_EQ(x[i].name, y[i].name);
        EXPECT_EQ(x[i].value.has_value(), y[i].value.has_value()) << x[i].name;
        if (x[i].value && y[i].value) { // bit for bit, not approximately
            EXPECT_EQ(*x[i].value, *y[i].value) << x[i].name;
        }
    }
    EXPECT_EQ(a.timeToRevenue.monthlyRevenue, b.timeToRevenue.monthlyRevenue);
    EXPECT_EQ(topChannels(a, a.channelFit.size()), topChannels(b, b.channelFit.size()));
}

} // namespace b2x::test
