// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceWriter.h"

#include "Migrations.h"
#include "PlanWriter.h"
#include "PrettyJsonWriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>
#include <concepts>
#include <type_traits>

namespace b2x {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::WorkspaceWriter", text);
}

/// Writes the document in its documented key order (docs/file-format.md) straight from the
/// model; remembers the first non-finite number it meets.
class Encoder {
public:
    explicit Encoder(std::string& out) : w(out) {}

    void workspace(const Workspace& ws)
    {
        w.beginObject();
        field("format", "b2x-workspace");
        w.key("formatVersion");
        w.integer(currentFormatVersion);
        field("name", ws.name);
        field("currency", ws.currency);
        field("description", ws.description);
        field("createdAt", ws.createdAt);
        field("modifiedAt", ws.modifiedAt);
        w.key("report");
        w.beginObject();
        field("title", ws.report.title);
        field("subtitle", ws.report.subtitle);
        field("client", ws.report.client);
        field("author", ws.report.author);
        field("date", ws.report.date);
        field("recommendations", ws.report.recommendations);
        w.endObject();
        w.key("personas");
        w.beginArray();
        for (const auto& p : ws.personas)
            persona(p);
        w.endArray();
        // Written only when the workspace has channels of its own, so that files without them
        // keep their bytes.
        if (!ws.channels.empty())
            customChannels(ws.channels);
        writePlan(w, ws.plan, m_error);
        w.key("view");
        w.beginObject();
        field("compareMode", toString(ws.view.compareMode));
        field("groupScope", toString(ws.view.groupScope));
        list("comparedPersonaIds", ws.view.comparedPersonaIds);
        w.endObject();
        w.endObject();
    }

    const QString& error() const { return m_error; }

private:
    void field(const char* key, std::string_view text)
    {
        w.key(key);
        w.string(text);
    }
    void field(const char* key, int value)
    {
        w.key(key);
        w.integer(value);
    }
    // A template, so that a string literal never converts to bool and lands here.
    template <std::same_as<bool> B> void field(const char* key, B value)
    {
        w.key(key);
        w.boolean(value);
    }
    template <typename E>
    requires std::is_enum_v<E>
    void field(const char* key, E value) { field(key, toString(value)); }
    void list(const char* key, const std::vector<std::string>& items)
    {
        w.key(key);
        w.beginArray();
        for (const auto& s : items)
            w.string(s);
        w.endArray();
    }
    void number(const char* key, double v, const char* what)
    {
        w.key(key);
        value(v, what);
    }
    void optionalNumber(const char* key, const std::optional<double>& v, const char* what)
    {
        w.key(key);
        if (v)
            value(*v, what);
        else
            w.null();
    }
    void textMap(const char* key, const std::map<std::string, std::string>& entries)
    {
        w.key(key);
        w.beginObject();
        for (const auto& [name, text] : entries) { // std::map: sorted, stable
            w.key(name);
            w.string(text);
        }
        w.endObject();
    }
    void importMapping(const ImportMapping& m)
    {
        w.key("importMapping");
        w.beginObject();
        textMap("stages", m.stages);
        textMap("columns", m.columns);
        w.key("dateOrder");
        if (m.dateOrder.empty())
            w.null();
        else
            w.string(m.dateOrder);
        w.endObject();
    }
    void value(double v, const char* what)
    {
        if (!std::isfinite(v)) {
            if (m_error.isEmpty())
                m_error =
                    QCoreApplication::translate("b2x::WorkspaceWriter",
                                                "%1 is not a finite number, so it cannot be saved")
                        .arg(QString::fromUtf8(what));
            w.null();
            return;
        }
        // Whole numbers are written without ".0" (5000, not 5000.0): easier to read and diff,
        // and they read back as the same double.
        constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
        if (v == std::trunc(v) && std::fabs(v) < exactIntegerLimit)
            w.integer(static_cast<std::int64_t>(v));
        else
            w.number(v);
    }

    void persona(const Persona& p)
    {
        w.beginObject();
        field("id", p.id);
        field("name", p.name);
        field("label", p.label);
        field("summary", p.summary);
        field("description", p.description);
        field("colour", p.colour);
        consumer(p.consumer);
        organisation(p.organisation);
        list("goals", p.goals);
        list("painPoints", p.painPoints);
        list("objections", p.objections);
        list("informationSources", p.informationSources);
        list("contentPreferences", p.contentPreferences);
        w.key("motives");
        w.beginObject();
        number("rational", p.motives.rational, "motives.rational");
        number("businessValue", p.motives.businessValue, "motives.businessValue");
        w.endObject();
        decisionUnit(p.decisionUnit);
        pipeline(p.pipeline);
        economics(p.economics);
        relationship(p.relationship);
        channels(p.channels);
        evidence(p.evidence);
        // Written only when something is remembered, so that files without it keep their bytes.
        if (p.importMapping != ImportMapping{})
            importMapping(p.importMapping);
        field("notes", p.notes);
        w.endObject();
    }
    void consumer(const ConsumerSegment& c)
    {
        w.key("consumer");
        w.beginObject();
        field("ageMin", c.ageMin);
        field("ageMax", c.ageMax);
        field("lifeStage", c.lifeStage);
        field("incomeBand", c.incomeBand);
        field("location", c.location);
        field("education", c.education);
        field("interests", c.interests);
        field("purchaseFrequency", c.purchaseFrequency);
        number("priceSensitivity", c.priceSensitivity, "consumer.priceSensitivity");
        w.endObject();
    }
    void organisation(const OrganisationSegment& s)
    {
        w.key("organisation");
        w.beginObject();
        field("industry", s.industry);
        field("companySizeEmployees", s.companySizeEmployees);
        number("annualRevenue", s.annualRevenue, "organisation.annualRevenue");
        field("region", s.region);
        list("technologyStack", s.technologyStack);
        field("jobRole", s.jobRole);
        field("department", s.department);
        field("seniority", s.seniority);
        field("buyingAuthority", s.buyingAuthority);
        w.endObject();
    }
    void decisionUnit(const DecisionUnit& u)
    {
        w.key("decisionUnit");
        w.beginObject();
        field("buyClass", u.buyClass);
        field("formalTender", u.formalTender);
        field("approvalLevels", u.approvalLevels);
        if (u.decisionProbabilityOverride) {
            number("decisionProbabilityOverride", *u.decisionProbabilityOverride,
                   "decisionProbabilityOverride");
        } else {
            w.key("decisionProbabilityOverride");
            w.null();
        }
        w.key("members");
        w.beginArray();
        for (const auto& m : u.members) {
            w.beginObject();
            // One role keeps the original "role" key (and every older file its bytes);
            // several are a list.
            if (m.roles.size() == 1) {
                field("role", m.roles.front());
            } else {
                w.key("roles");
                w.beginArray();
                for (Role r : m.roles)
                    w.string(toString(r));
                w.endArray();
            }
            field("title", m.title);
            number("influence", m.influence, "member influence");
            field("stance", m.stance);
            field("economicBuyer", m.economicBuyer);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    void pipeline(const std::vector<Stage>& stages)
    {
        w.key("pipeline");
        w.beginArray();
        for (const auto& s : stages) {
            w.beginObject();
            field("name", s.name);
            number("conversionPercent", s.conversionPercent, "stage conversion");
            number("minDays", s.minDays, "stage minimum days");
            number("likelyDays", s.likelyDays, "stage likely days");
            number("maxDays", s.maxDays, "stage maximum days");
            w.endObject();
        }
        w.endArray();
    }
    void economics(const Economics& e)
    {
        w.key("economics");
        w.beginObject();
        number("monthlyVolume", e.monthlyVolume, "monthly volume");
        number("monthlySpend", e.monthlySpend, "monthly spend");
        number("price", e.price, "price");
        number("grossMarginPercent", e.grossMarginPercent, "gross margin");
        number("purchasesPerYear", e.purchasesPerYear, "purchases per year");
        number("lifetimeYears", e.lifetimeYears, "lifetime");
        number("interPurchaseYears", e.interPurchaseYears, "inter-purchase interval");
        // Written only when a revenue-model field differs from its default, so that one-off
        // personas (every persona before revenue models existed) keep their bytes. Then all of
        // them are written, so switching back to one-off loses none of the terms.
        if (e.revenueModel != RevenueModel::OneOff || e.subscription != SubscriptionTerms{} ||
            e.repeatOrders != RepeatOrderTerms{}) {
            field("revenueModel", e.revenueModel);
            w.key("subscription");
            w.beginObject();
            field("billing", e.subscription.billing);
            number("churnPercent", e.subscription.churnPercent, "churn");
            field("churnPeriod", e.subscription.churnPeriod);
            number("expansionPercent", e.subscription.expansionPercent, "expansion");
            field("trialDays", e.subscription.trialDays);
            w.endObject();
            w.key("repeatOrders");
            w.beginObject();
            number("annualRetentionPercent", e.repeatOrders.annualRetentionPercent,
                   "annual retention");
            w.endObject();
        }
        w.endObject();
    }
    void relationship(const Relationship& r)
    {
        w.key("relationship");
        w.beginObject();
        field("accountManagement", r.accountManagement);
        field("training", r.training);
        field("technicalSupport", r.technicalSupport);
        field("serviceLevel", r.serviceLevel);
        field("returnsPolicy", r.returnsPolicy);
        field("loyaltyProgramme", r.loyaltyProgramme);
        field("personalisation", r.personalisation);
        w.endObject();
    }
    void customChannels(const std::vector<Channel>& list)
    {
        w.key("channels");
        w.beginArray();
        for (const auto& c : list) {
            w.beginObject();
            field("id", c.id);
            field("name", c.name);
            field("category", c.category);
            number("b2bAffinity", c.b2bAffinity, "B2B affinity");
            number("reach", c.reach, "reach");
            number("precision", c.precision, "precision");
            number("emotionalFit", c.emotionalFit, "emotional fit");
            w.key("priceBand");
            w.beginArray();
            value(c.priceLow, "price band");
            value(c.priceHigh, "price band");
            w.endArray();
            w.key("cycleBand");
            w.beginArray();
            value(c.cycleLowDays, "cycle band");
            value(c.cycleHighDays, "cycle band");
            w.endArray();
            w.key("typicalCost");
            if (c.typicalCost)
                value(*c.typicalCost, "typical cost");
            else
                w.null();
            field("costPer", c.costBasis);
            w.key("attributionPlatform");
            if (c.attributionPlatform.empty())
                w.null();
            else
                w.string(c.attributionPlatform);
            w.endObject();
        }
        w.endArray();
    }
    void channels(const std::vector<ChannelUse>& uses)
    {
        w.key("channels");
        w.beginArray();
        for (const auto& c : uses) {
            w.beginObject();
            field("channel", c.channelId);
            number("budgetSharePercent", c.budgetSharePercent, "budget share");
            w.key("attributionWindowDays");
            if (c.attributionWindowDays)
                w.integer(*c.attributionWindowDays);
            else
                w.null();
            // Both written only when something is set, so that files without them keep their
            // bytes; then every key, null for the default.
            if (c.response != ChannelResponse{}) {
                w.key("response");
                w.beginObject();
                optionalNumber("halfSaturationSpend", c.response.halfSaturationSpend,
                               "response half-saturation spend");
                optionalNumber("slope", c.response.slope, "response slope");
                optionalNumber("monthlyEntries", c.response.monthlyEntries,
                               "response monthly entries");
                w.endObject();
            }
            if (c.bounds != ChannelBounds{}) {
                w.key("bounds");
                w.beginObject();
                optionalNumber("minSpend", c.bounds.minSpend, "minimum spend");
                optionalNumber("maxSpend", c.bounds.maxSpend, "maximum spend");
                field("locked", c.bounds.locked);
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
    }
    void evidence(const std::map<EvidenceField, Evidence>& notes)
    {
        w.key("evidence");
        w.beginObject();
        for (const auto& [evidenceField, e] : notes) { // std::map: enum order, stable
            w.key(toString(evidenceField));
            w.beginObject();
            field("source", e.source);
            field("confidence", e.confidence);
            const std::string what = "evidence." + std::string(toString(evidenceField)) + ".for";
            w.key("for");
            w.beginArray();
            for (double v : e.writtenFor)
                value(v, what.c_str());
            w.endArray();
            if (e.rangePercent) // written only when set, so that files without it keep their bytes
                number("rangePercent", *e.rangePercent, "evidence range");
            w.endObject();
        }
        w.endObject();
    }

    PrettyJsonWriter w;
    QString m_error;
};

} // namespace

std::string WorkspaceWriter::serialise(const Workspace& ws, QString* error)
{
    std::string text;
    // A persona is 2–6 KB of text: reserving avoids copying a growing 40 MB string.
    text.reserve(1024 + 5000 * ws.personas.size());
    Encoder enc(text);
    enc.workspace(ws);
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
