// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaDecoder.h"

#include "CalibrationDecoder.h"
#include "model/ChannelCatalogue.h"
#include "model/EvidenceValues.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace b2x {

namespace {

using Json = nlohmann::json;
using Need = JsonDecoder::Need;
using Scope = JsonDecoder::Scope;
namespace L = limits;

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

void decodeConsumer(JsonDecoder& d, const Json& parent, ConsumerSegment& c)
{
    const Json* o = d.object(parent, "consumer");
    if (!o)
        return;
    Scope s(d, "consumer");
    d.integer(*o, "ageMin", c.ageMin, 0, 120);
    d.integer(*o, "ageMax", c.ageMax, 0, 120);
    if (c.ageMin > c.ageMax)
        d.fail(tr("ageMin (%1) must not be greater than ageMax (%2)").arg(c.ageMin).arg(c.ageMax));
    d.text(*o, "lifeStage", c.lifeStage, L::maxShortText);
    d.text(*o, "incomeBand", c.incomeBand, L::maxShortText);
    d.text(*o, "location", c.location, L::maxShortText);
    d.text(*o, "education", c.education, L::maxShortText);
    d.text(*o, "interests", c.interests, L::maxLongText);
    d.text(*o, "purchaseFrequency", c.purchaseFrequency, L::maxShortText);
    d.number(*o, "priceSensitivity", c.priceSensitivity, 0, 100);
}

void decodeOrganisation(JsonDecoder& d, const Json& parent, OrganisationSegment& org)
{
    const Json* o = d.object(parent, "organisation");
    if (!o)
        return;
    Scope s(d, "organisation");
    d.text(*o, "industry", org.industry, L::maxShortText);
    d.integer(*o, "companySizeEmployees", org.companySizeEmployees, 0, L::maxEmployees);
    d.number(*o, "annualRevenue", org.annualRevenue, 0, L::maxMoney * 1000);
    d.text(*o, "region", org.region, L::maxShortText);
    d.textList(*o, "technologyStack", org.technologyStack, L::maxListItems, L::maxShortText);
    d.text(*o, "jobRole", org.jobRole, L::maxShortText);
    d.text(*o, "department", org.department, L::maxShortText);
    d.text(*o, "seniority", org.seniority, L::maxShortText);
    d.text(*o, "buyingAuthority", org.buyingAuthority, L::maxShortText);
}

// A member holds one role ("role": text, as in every file before members could hold several)
// or several ("roles": a list of at least one, each once). The writer uses "role" for a single
// role, so single-role files keep their bytes.
void decodeRoles(JsonDecoder& d, const Json& m, std::vector<Role>& roles)
{
    if (!m.contains("roles")) {
        Role role = Role::Decider;
        const auto before = d.problemCount();
        d.enumeration(m, "role", role, Need::Required);
        if (d.problemCount() == before)
            roles = {role};
        return;
    }
    const Json* list = d.array(m, "roles", enumCount<Role>());
    if (!list)
        return;
    std::vector<Role> out;
    {
        Scope s(d, "roles");
        if (list->empty())
            d.fail(tr("must list at least one role"));
        for (std::size_t i = 0; i < list->size(); ++i) {
            Scope si(d, i);
            const Json& item = (*list)[i];
            const auto role = item.is_string()
                                  ? fromString<Role>(item.get_ref<const std::string&>())
                                  : std::nullopt;
            if (!role) {
                d.fail(tr("must be a role such as \"decider\", \"user\" or \"buyer\"; found %1")
                           .arg(item.is_string() ? QString::fromStdString(item.get<std::string>())
                                                 : JsonDecoder::typeName(item)));
            } else if (std::find(out.begin(), out.end(), *role) != out.end()) {
                d.fail(tr("\"%1\" is listed twice; list each role once")
                           .arg(QString::fromLatin1(toString(*role).data())));
            } else {
                out.push_back(*role);
            }
        }
    }
    if (m.contains("role")) {
        // Both keys: the file contradicts itself unless "role" is one of "roles".
        Role role = Role::Decider;
        const auto before = d.problemCount();
        d.enumeration(m, "role", role);
        if (d.problemCount() == before && std::find(out.begin(), out.end(), role) == out.end()) {
            Scope s(d, "role");
            d.fail(tr("\"%1\" is not one of \"roles\"; give the roles in \"roles\" alone")
                       .arg(QString::fromLatin1(toString(role).data())));
        }
    }
    if (!out.empty())
        roles = std::move(out);
}

void decodeDecisionUnit(JsonDecoder& d, const Json& parent, DecisionUnit& unit)
{
    const Json* o = d.object(parent, "decisionUnit");
    if (!o)
        return;
    Scope s(d, "decisionUnit");
    d.enumeration(*o, "buyClass", unit.buyClass);
    d.boolean(*o, "formalTender", unit.formalTender);
    d.integer(*o, "approvalLevels", unit.approvalLevels, 0, L::maxApprovalLevels);
    d.optionalNumber(*o, "decisionProbabilityOverride", unit.decisionProbabilityOverride, 0, 1);
    const Json* members = d.array(*o, "members", L::maxMembers);
    if (!members)
        return;
    Scope sm(d, "members");
    for (std::size_t i = 0; i < members->size(); ++i) {
        Scope si(d, i);
        const Json& m = (*members)[i];
        if (!d.expectObject(m))
            continue;
        DecisionUnitMember member;
        decodeRoles(d, m, member.roles);
        d.text(m, "title", member.title, L::maxShortText);
        d.number(m, "influence", member.influence, 0, 100);
        d.enumeration(m, "stance", member.stance);
        d.boolean(m, "economicBuyer", member.economicBuyer);
        unit.members.push_back(std::move(member));
    }
}

void decodePipeline(JsonDecoder& d, const Json& parent, std::vector<Stage>& pipeline)
{
    const Json* stages = d.array(parent, "pipeline", L::maxStages);
    if (!stages)
        return;
    Scope s(d, "pipeline");
    for (std::size_t i = 0; i < stages->size(); ++i) {
        Scope si(d, i);
        const Json& o = (*stages)[i];
        if (!d.expectObject(o))
            continue;
        Stage stage;
        d.text(o, "name", stage.name, L::maxShortText, Need::Required);
        d.number(o, "conversionPercent", stage.conversionPercent, 0, 100, Need::Required);
        d.number(o, "minDays", stage.minDays, 0, L::maxDays, Need::Required);
        d.number(o, "likelyDays", stage.likelyDays, 0, L::maxDays, Need::Required);
        d.number(o, "maxDays", stage.maxDays, 0, L::maxDays, Need::Required);
        if (!(stage.minDays <= stage.likelyDays && stage.likelyDays <= stage.maxDays))
            d.fail(tr("minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3")
                       .arg(JsonDecoder::formatNumber(stage.minDays),
                            JsonDecoder::formatNumber(stage.likelyDays),
                            JsonDecoder::formatNumber(stage.maxDays)));
        pipeline.push_back(std::move(stage));
    }
}

void decodeEconomics(JsonDecoder& d, const Json& parent, Economics& e)
{
    const Json* o = d.object(parent, "economics");
    if (!o)
        return;
    Scope s(d, "economics");
    d.number(*o, "monthlyVolume", e.monthlyVolume, 0, L::maxVolume);
    d.number(*o, "monthlySpend", e.monthlySpend, 0, L::maxMoney);
    d.number(*o, "price", e.price, 0, L::maxMoney);
    d.number(*o, "grossMarginPercent", e.grossMarginPercent, 0, 100);
    d.number(*o, "purchasesPerYear", e.purchasesPerYear, 0, L::maxPurchasesPerYear);
    d.number(*o, "lifetimeYears", e.lifetimeYears, 0, L::maxLifetimeYears);
    d.number(*o, "interPurchaseYears", e.interPurchaseYears, L::minInterPurchaseYears,
             L::maxInterPurchaseYears);
    // Absent in every file written before revenue models existed: those personas are one-off.
    d.enumeration(*o, "revenueModel", e.revenueModel);
    if (const Json* sub = d.object(*o, "subscription")) {
        Scope ss(d, "subscription");
        d.enumeration(*sub, "billing", e.subscription.billing);
        d.number(*sub, "churnPercent", e.subscription.churnPercent, 0, 100);
        d.enumeration(*sub, "churnPeriod", e.subscription.churnPeriod);
        d.number(*sub, "expansionPercent", e.subscription.expansionPercent, 0, 100);
        d.integer(*sub, "trialDays", e.subscription.trialDays, 0, L::maxTrialDays);
    }
    if (const Json* rep = d.object(*o, "repeatOrders")) {
        Scope sr(d, "repeatOrders");
        d.number(*rep, "annualRetentionPercent", e.repeatOrders.annualRetentionPercent, 0, 100);
    }
}

void decodeRelationship(JsonDecoder& d, const Json& parent, Relationship& r)
{
    const Json* o = d.object(parent, "relationship");
    if (!o)
        return;
    Scope s(d, "relationship");
    d.enumeration(*o, "accountManagement", r.accountManagement);
    d.enumeration(*o, "training", r.training);
    d.enumeration(*o, "technicalSupport", r.technicalSupport);
    d.enumeration(*o, "serviceLevel", r.serviceLevel);
    d.enumeration(*o, "returnsPolicy", r.returnsPolicy);
    d.boolean(*o, "loyaltyProgramme", r.loyaltyProgramme);
    d.enumeration(*o, "personalisation", r.personalisation);
}

void decodeChannels(JsonDecoder& d, const Json& parent, std::vector<ChannelUse>& channels)
{
    const Json* list = d.array(parent, "channels", L::maxChannels);
    if (!list)
        return;
    Scope s(d, "channels");
    std::set<std::string> seen;
    double total = 0;
    for (std::size_t i = 0; i < list->size(); ++i) {
        Scope si(d, i);
        const Json& o = (*list)[i];
        if (!d.expectObject(o))
            continue;
        ChannelUse use;
        d.text(o, "channel", use.channelId, L::maxShortText, Need::Required);
        d.number(o, "budgetSharePercent", use.budgetSharePercent, 0, 100);
        d.optionalInteger(o, "attributionWindowDays", use.attributionWindowDays, 0,
                          L::maxAttributionDays);
        decodeChannelCurve(d, o, use);
        if (!use.channelId.empty() && !seen.insert(use.channelId).second) {
            Scope sc(d, "channel");
            d.fail(tr("\"%1\" is listed twice; list each channel once")
                       .arg(QString::fromStdString(use.channelId)));
            continue;
        }
        // A workspace's own channel ("custom-…") is checked once the workspace's channels are
        // read (checkCustomChannelUses), since they may follow the personas in the file.
        if (!use.channelId.empty() &&
            !std::string_view(use.channelId).starts_with(customChannelPrefix) &&
            !ChannelCatalogue::builtIn().find(use.channelId)) {
            // Kept so nothing is lost (a newer catalogue may know it); the models skip it.
            Scope sc(d, "channel");
            d.warn(tr("\"%1\" is not in this version's channel catalogue; the models ignore it")
                       .arg(QString::fromStdString(use.channelId)));
        }
        total += use.budgetSharePercent;
        channels.push_back(std::move(use));
    }
    if (total > 100.0 + 1e-9)
        d.warn(tr("budget shares add up to %1%, more than 100%")
                   .arg(JsonDecoder::formatNumber(total)));
}

// "for": the value(s) the source was written for, as evidenceValues() lists them. A list of
// another length than the persona's current one is not an error (the pipeline may have had
// another number of stages then): the evidence is simply stale.
void decodeWrittenFor(JsonDecoder& d, const Json& item, EvidenceField field,
                      std::vector<double>& out)
{
    const Json* list = d.array(item, "for", maxEvidenceValues(field));
    if (!list)
        return;
    Scope s(d, "for");
    out.clear();
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        Scope si(d, i);
        const Json& v = (*list)[i];
        if (!v.is_number()) {
            d.fail(tr("must be a number, not %1").arg(JsonDecoder::typeName(v)));
            continue;
        }
        const double number = v.get<double>();
        if (!std::isfinite(number)) {
            d.fail(tr("must be a finite number"));
            continue;
        }
        out.push_back(number);
    }
}

// Runs after the pipeline, economics and decision unit are decoded: evidence without "for"
// (every file written before it existed) counts as written for the values the file holds, so
// nothing turns stale by opening an older file.
void decodeEvidence(JsonDecoder& d, const Json& parent, Persona& p)
{
    const Json* o = d.object(parent, "evidence");
    if (!o)
        return;
    Scope s(d, "evidence");
    for (const auto& [key, value] : o->items()) {
        const auto field = fromString<EvidenceField>(key);
        if (!field)
            continue; // unknown keys are ignored, like unknown fields anywhere
        Scope sk(d, key);
        if (!d.expectObject(value))
            continue;
        Evidence e;
        d.text(value, "source", e.source, L::maxLongText);
        d.enumeration(value, "confidence", e.confidence);
        d.optionalNumber(value, "rangePercent", e.rangePercent, 0, 100);
        if (value.contains("for"))
            decodeWrittenFor(d, value, *field, e.writtenFor);
        else
            e.writtenFor = evidenceValues(p, *field);
        p.evidence[*field] = std::move(e);
    }
}

} // namespace

bool isUuid(std::string_view t)
{
    if (t.size() != 36)
        return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? t[i] != '-' : !isHex(t[i]))
            return false;
    }
    return true;
}

bool isHexColour(std::string_view t)
{
    return t.size() == 7 && t[0] == '#' &&
           std::all_of(t.begin() + 1, t.end(), [](char c) { return isHex(c); });
}

bool decodePersona(JsonDecoder& d, const Json& o, Persona& p)
{
    if (!d.expectObject(o))
        return false;
    d.text(o, "id", p.id, 36, Need::Required);
    if (!p.id.empty() && !isUuid(p.id)) {
        Scope s(d, "id");
        d.fail(tr("must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b"));
    }
    d.text(o, "name", p.name, L::maxShortText, Need::Required);
    d.enumeration(o, "label", p.label, Need::Required);
    d.text(o, "summary", p.summary, L::maxShortText);
    d.text(o, "description", p.description, L::maxLongText);
    d.text(o, "colour", p.colour, 7);
    if (!isHexColour(p.colour)) {
        Scope s(d, "colour");
        d.fail(tr("must be a colour written #rrggbb, such as #4e79a7"));
    }
    decodeConsumer(d, o, p.consumer);
    decodeOrganisation(d, o, p.organisation);
    d.textList(o, "goals", p.goals, L::maxListItems, L::maxLongText);
    d.textList(o, "painPoints", p.painPoints, L::maxListItems, L::maxLongText);
    d.textList(o, "objections", p.objections, L::maxListItems, L::maxLongText);
    d.textList(o, "informationSources", p.informationSources, L::maxListItems, L::maxLongText);
    d.textList(o, "contentPreferences", p.contentPreferences, L::maxListItems, L::maxLongText);
    if (const Json* m = d.object(o, "motives")) {
        Scope s(d, "motives");
        d.number(*m, "rational", p.motives.rational, 0, 100);
        d.number(*m, "businessValue", p.motives.businessValue, 0, 100);
    }
    decodeDecisionUnit(d, o, p.decisionUnit);
    decodePipeline(d, o, p.pipeline);
    decodeEconomics(d, o, p.economics);
    decodeRelationship(d, o, p.relationship);
    decodeChannels(d, o, p.channels);
    decodeEvidence(d, o, p);
    decodeImportMapping(d, o, p);
    d.text(o, "notes", p.notes, L::maxLongText);
    return true;
}

} // namespace b2x
