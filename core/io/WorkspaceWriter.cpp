// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceWriter.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>
#include <nlohmann/json.hpp>

namespace b2x {

namespace {

using Json = nlohmann::ordered_json;

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::WorkspaceWriter", text);
}

/// Builds the ordered document; remembers the first non-finite number it meets.
class Encoder {
public:
    Json number(double v, const char* what)
    {
        if (!std::isfinite(v)) {
            if (m_error.isEmpty())
                m_error =
                    QCoreApplication::translate("b2x::WorkspaceWriter",
                                                "%1 is not a finite number, so it cannot be saved")
                        .arg(QString::fromUtf8(what));
            return nullptr;
        }
        // Whole numbers are written without ".0" (5000, not 5000.0): easier to read and diff,
        // and they read back as the same double.
        constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
        if (v == std::trunc(v) && std::fabs(v) < exactIntegerLimit)
            return static_cast<std::int64_t>(v);
        return v;
    }
    template <typename E> static Json name(E v) { return std::string(toString(v)); }
    static Json list(const std::vector<std::string>& items)
    {
        Json a = Json::array();
        for (const auto& s : items)
            a.push_back(s);
        return a;
    }

    Json persona(const Persona& p)
    {
        Json o;
        o["id"] = p.id;
        o["name"] = p.name;
        o["label"] = name(p.label);
        o["summary"] = p.summary;
        o["description"] = p.description;
        o["colour"] = p.colour;
        o["consumer"] = consumer(p.consumer);
        o["organisation"] = organisation(p.organisation);
        o["goals"] = list(p.goals);
        o["painPoints"] = list(p.painPoints);
        o["objections"] = list(p.objections);
        o["informationSources"] = list(p.informationSources);
        o["contentPreferences"] = list(p.contentPreferences);
        o["motives"] = {
            {"rational", number(p.motives.rational, "motives.rational")},
            {"businessValue", number(p.motives.businessValue, "motives.businessValue")}};
        o["decisionUnit"] = decisionUnit(p.decisionUnit);
        o["pipeline"] = pipeline(p.pipeline);
        o["economics"] = economics(p.economics);
        o["relationship"] = relationship(p.relationship);
        o["channels"] = channels(p.channels);
        o["evidence"] = evidence(p.evidence);
        o["notes"] = p.notes;
        return o;
    }

    const QString& error() const { return m_error; }

private:
    Json consumer(const ConsumerSegment& c)
    {
        Json o;
        o["ageMin"] = c.ageMin;
        o["ageMax"] = c.ageMax;
        o["lifeStage"] = c.lifeStage;
        o["incomeBand"] = c.incomeBand;
        o["location"] = c.location;
        o["education"] = c.education;
        o["interests"] = c.interests;
        o["purchaseFrequency"] = c.purchaseFrequency;
        o["priceSensitivity"] = number(c.priceSensitivity, "consumer.priceSensitivity");
        return o;
    }
    Json organisation(const OrganisationSegment& s)
    {
        Json o;
        o["industry"] = s.industry;
        o["companySizeEmployees"] = s.companySizeEmployees;
        o["annualRevenue"] = number(s.annualRevenue, "organisation.annualRevenue");
        o["region"] = s.region;
        o["technologyStack"] = list(s.technologyStack);
        o["jobRole"] = s.jobRole;
        o["department"] = s.department;
        o["seniority"] = s.seniority;
        o["buyingAuthority"] = s.buyingAuthority;
        return o;
    }
    Json decisionUnit(const DecisionUnit& u)
    {
        Json o;
        o["buyClass"] = name(u.buyClass);
        o["formalTender"] = u.formalTender;
        o["approvalLevels"] = u.approvalLevels;
        o["decisionProbabilityOverride"] =
            u.decisionProbabilityOverride
                ? number(*u.decisionProbabilityOverride, "decisionProbabilityOverride")
                : Json(nullptr);
        Json members = Json::array();
        for (const auto& m : u.members) {
            Json j;
            j["role"] = name(m.role);
            j["title"] = m.title;
            j["influence"] = number(m.influence, "member influence");
            j["stance"] = name(m.stance);
            j["economicBuyer"] = m.economicBuyer;
            members.push_back(std::move(j));
        }
        o["members"] = std::move(members);
        return o;
    }
    Json pipeline(const std::vector<Stage>& stages)
    {
        Json a = Json::array();
        for (const auto& s : stages) {
            Json j;
            j["name"] = s.name;
            j["conversionPercent"] = number(s.conversionPercent, "stage conversion");
            j["minDays"] = number(s.minDays, "stage minimum days");
            j["likelyDays"] = number(s.likelyDays, "stage likely days");
            j["maxDays"] = number(s.maxDays, "stage maximum days");
            a.push_back(std::move(j));
        }
        return a;
    }
    Json economics(const Economics& e)
    {
        Json o;
        o["monthlyVolume"] = number(e.monthlyVolume, "monthly volume");
        o["monthlySpend"] = number(e.monthlySpend, "monthly spend");
        o["price"] = number(e.price, "price");
        o["grossMarginPercent"] = number(e.grossMarginPercent, "gross margin");
        o["purchasesPerYear"] = number(e.purchasesPerYear, "purchases per year");
        o["lifetimeYears"] = number(e.lifetimeYears, "lifetime");
        o["interPurchaseYears"] = number(e.interPurchaseYears, "inter-purchase interval");
        return o;
    }
    static Json relationship(const Relationship& r)
    {
        Json o;
        o["accountManagement"] = name(r.accountManagement);
        o["training"] = name(r.training);
        o["technicalSupport"] = name(r.technicalSupport);
        o["serviceLevel"] = name(r.serviceLevel);
        o["returnsPolicy"] = name(r.returnsPolicy);
        o["loyaltyProgramme"] = r.loyaltyProgramme;
        o["personalisation"] = name(r.personalisation);
        return o;
    }
    Json channels(const std::vector<ChannelUse>& uses)
    {
        Json a = Json::array();
        for (const auto& c : uses) {
            Json j;
            j["channel"] = c.channelId;
            j["budgetSharePercent"] = number(c.budgetSharePercent, "budget share");
            j["attributionWindowDays"] =
                c.attributionWindowDays ? Json(*c.attributionWindowDays) : Json(nullptr);
            a.push_back(std::move(j));
        }
        return a;
    }
    static Json evidence(const std::map<EvidenceField, Evidence>& notes)
    {
        Json o = Json::object();
        for (const auto& [field, e] : notes) // std::map: enum order, stable
            o[std::string(toString(field))] = {{"source", e.source},
                                               {"confidence", name(e.confidence)}};
        return o;
    }

    QString m_error;
};

} // namespace

std::string WorkspaceWriter::serialise(const Workspace& ws, QString* error)
{
    Encoder enc;
    Json root;
    root["format"] = "b2x-workspace";
    root["formatVersion"] = currentFormatVersion;
    root["name"] = ws.name;
    root["currency"] = ws.currency;
    root["description"] = ws.description;
    root["createdAt"] = ws.createdAt;
    root["modifiedAt"] = ws.modifiedAt;
    root["personas"] = Json::array();
    Json compared = Json::array();
    for (const auto& id : ws.view.comparedPersonaIds)
        compared.push_back(id);
    root["view"] = {{"compareMode", std::string(toString(ws.view.compareMode))},
                    {"comparedPersonaIds", std::move(compared)}};
    // The replace handler keeps a save from throwing on invalid UTF-8 that slipped into a string.
    std::string text = root.dump(2, ' ', false, Json::error_handler_t::replace);

    // Each persona is encoded and dumped on its own and spliced into the list, byte for byte what
    // dumping one document would give: a 10,000-persona workspace never exists as one DOM, which
    // took more time to build and free than the dump itself.
    if (!ws.personas.empty()) {
        const std::string emptyList = "\n  \"personas\": []";
        const auto at = text.find(emptyList);
        std::string out;
        // A persona is 2–6 KB of text: reserving avoids copying a growing 40 MB string.
        out.reserve(text.size() + 5000 * ws.personas.size());
        out.append(text, 0, at);
        out += "\n  \"personas\": [";
        // nlohmann's own serializer writes each persona at the list's indentation (4) straight
        // into `out`, exactly as dump() would inside the whole document.
        nlohmann::detail::serializer<Json> writer(nlohmann::detail::output_adapter<char>(out), ' ',
                                                  Json::error_handler_t::replace);
        for (std::size_t i = 0; i < ws.personas.size(); ++i) {
            out += i == 0 ? "\n    " : ",\n    ";
            writer.dump(enc.persona(ws.personas[i]), true, false, 2, 4);
        }
        out += "\n  ]";
        out.append(text, at + emptyList.size());
        text = std::move(out);
    }
    if (!enc.error().isEmpty()) {
        if (error)
            *error = enc.error();
        return {};
    }
    text += '\n';
    return text;
}

SaveResult WorkspaceWriter::writeFile(const Workspace& workspace, const QString& path)
{
    QString error;
    const std::string text = serialise(workspace, &error);
    if (text.empty())
        return {false, error};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, tr("cannot write %1: %2").arg(path, file.errorString())};
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return {false, tr("cannot write %1: %2").arg(path, file.errorString())};
    return {true, {}};
}

} // namespace b2x
