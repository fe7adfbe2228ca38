// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDocuments.h"

#include "io/WorkspaceWriter.h"

#include <QFile>

namespace b2x::test {

Workspace smallWorkspace()
{
    Workspace ws;
    ws.name = "Test workspace";
    ws.currency = "EUR";
    ws.description = "Two personas";
    ws.createdAt = "2026-11-01T08:00:00Z";
    ws.modifiedAt = "2026-11-02T09:30:00Z";

    Persona a;
    a.id = "0b6f5c0e-4a7b-4c1e-9e1a-2f3d4c5b6a71";
    a.name = "Procurement lead";
    a.label = Label::B2B;
    a.summary = "Buys for a mid-sized manufacturer";
    a.colour = "#4e79a7";
    a.organisation.industry = "Manufacturing";
    a.organisation.companySizeEmployees = 800;
    a.organisation.technologyStack = {"SAP", "Salesforce"};
    a.goals = {"Lower total cost", "Fewer suppliers"};
    a.motives = {75, 80};
    a.decisionUnit.members = {
        {{Role::Buyer}, "Procurement lead", 70, Stance::Neutral, true},
        {{Role::User, Role::Decider}, "Plant manager", 50, Stance::Champion, false}};
    a.decisionUnit.buyClass = BuyClass::ModifiedRebuy;
    a.decisionUnit.approvalLevels = 2;
    a.decisionUnit.decisionProbabilityOverride = 0.45;
    a.pipeline = {{"Lead", 30, 1, 3, 7}, {"Opportunity", 25.5, 10, 20, 45.5}};
    a.economics = {1000,
                   8000,
                   25000,
                   55,
                   1,
                   4,
                   3,
                   RevenueModel::Subscription,
                   {Period::Annual, 12.5, Period::Annual, 4, 14},
                   {}};
    a.relationship.accountManagement = AccountManagement::Dedicated;
    a.channels = {{"linkedin", 60, 30}, {"trade-fairs", 40, std::nullopt}};
    a.evidence[EvidenceField::Price] = {"Price list 2026", Confidence::Measured};
    a.evidence[EvidenceField::ConversionRates] = {"b2blead.io stage benchmarks",
                                                  Confidence::Benchmark};
    a.notes = "Łódź office; مرحبا; สวัสดี";

    Persona b;
    b.id = "9d1e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6";
    b.name = "Weekend shopper";
    b.label = Label::B2C;
    b.colour = "#f28e2b";
    b.consumer.ageMin = 25;
    b.consumer.ageMax = 34;
    b.pipeline = {{"Visit", 2.6, 0, 0.1, 1}};
    b.economics = {50000, 3000, 39.9, 40, 6, 3, 0.25, RevenueModel::OneOff, {}, {}};
    b.channels = {{"instagram", 100, 7}};

    ws.personas = {a, b};
    ws.view.compareMode = CompareMode::GroupsByLabel;
    ws.view.comparedPersonaIds = {a.id};
    return ws;
}

nlohmann::json smallDocument()
{
    return nlohmann::json::parse(WorkspaceWriter::serialise(smallWorkspace()));
}

void collectNodes(const nlohmann::ordered_json& value,
                  const nlohmann::ordered_json::json_pointer& pointer, const std::string& path,
                  std::vector<JsonNode>& out)
{
    if (!pointer.empty())
        out.push_back({pointer, path, value});
    if (value.is_object()) {
        for (const auto& [key, child] : value.items())
            collectNodes(child, pointer / key, path.empty() ? key : path + "." + key, out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            collectNodes(value[i], pointer / i, path + "[" + std::to_string(i) + "]", out);
    }
}

QString sourcePath(const char* relative)
{
    return QStringLiteral(B2X_SOURCE_DIR "/") + QString::fromUtf8(relative);
}

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace b2x::test
