// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace b2x {

/// Segment data for a consumer audience. Every persona carries it; the UI shows it for B2C and
/// hybrid labels.
struct ConsumerSegment {
    int ageMin = 18;
    int ageMax = 65;
    std::string lifeStage; ///< life stage / household, e.g. "couple with young children"
    std::string incomeBand;
    std::string location;
    std::string education;
    std::string interests; ///< interests, values, lifestyle
    std::string purchaseFrequency;
    double priceSensitivity = 50; ///< 0 (indifferent) – 100 (decides on price alone)

    bool operator==(const ConsumerSegment&) const = default;
};

/// Segment data for an organisational audience (firmographics, technographics, the person's
/// place in the organisation). Shown for B2B and hybrid labels.
struct OrganisationSegment {
    std::string industry;
    int companySizeEmployees = 0;
    double annualRevenue = 0; ///< in the workspace currency
    std::string region;
    std::vector<std::string> technologyStack;
    std::string jobRole;
    std::string department;
    std::string seniority;
    std::string buyingAuthority;

    bool operator==(const OrganisationSegment&) const = default;
};

/// Motives as two sliders rather than a B2B/B2C switch: in CEB/Google's study of B2B buyers
/// personal value mattered twice as much as business value.
struct Motives {
    double rational = 50;      ///< 0 = purely emotional, 100 = purely rational
    double businessValue = 50; ///< 0 = purely personal value, 100 = purely business value

    bool operator==(const Motives&) const = default;
};

struct DecisionUnitMember {
    /// The roles this person holds: at least one, each once (the parent who is user, decider and
    /// buyer at once holds three). Coverage counts roles; the unit's size counts members.
    std::vector<Role> roles{Role::Decider};
    std::string title;
    double influence = 50; ///< 0–100
    Stance stance = Stance::Neutral;
    bool economicBuyer = false; ///< releases the funds (Miller Heiman); at most one expected

    bool operator==(const DecisionUnitMember&) const = default;

    bool holds(Role role) const
    {
        return std::find(roles.begin(), roles.end(), role) != roles.end();
    }
    /// The first role (the one a single-role view shows); Decider for a member without roles.
    Role primaryRole() const { return roles.empty() ? Role::Decider : roles.front(); }
    /// Replaces the first role with `role` and keeps the others; a role held already moves to
    /// the front instead of appearing twice (a view that edits one role uses this).
    void setPrimaryRole(Role role)
    {
        std::erase(roles, role);
        if (roles.empty())
            roles.push_back(role);
        else
            roles.front() = role;
    }
};

struct DecisionUnit {
    std::vector<DecisionUnitMember> members;
    BuyClass buyClass = BuyClass::NewTask;
    bool formalTender = false;
    int approvalLevels = 0;
    /// The user's own estimate (0–1) of the probability that the group decides at all; when
    /// absent the analytics use CEB's measurements.
    std::optional<double> decisionProbabilityOverride;

    bool operator==(const DecisionUnit&) const = default;
};

/// One stage of the pipeline; the pipeline is both the funnel and the sales cycle.
struct Stage {
    std::string name;
    double conversionPercent = 100; ///< share that moves on to the next stage (0–100)
    double minDays = 0;             ///< triangular time in the stage: min ≤ likely ≤ max
    double likelyDays = 0;
    double maxDays = 0;

    bool operator==(const Stage&) const = default;
};

/// Terms of a subscription (used when the revenue model is Subscription). The price per billing
/// period is Economics::price.
struct SubscriptionTerms {
    Period billing = Period::Monthly;
    double churnPercent = 0; ///< 0–100: share of customers lost per churnPeriod
    Period churnPeriod = Period::Monthly;
    double expansionPercent = 0; ///< 0–100: yearly growth of a retained customer's revenue
    int trialDays = 0;           ///< free days between the won deal and the first payment

    bool operator==(const SubscriptionTerms&) const = default;
};

/// Terms of repeat orders (used when the revenue model is RepeatOrder). The order value is
/// Economics::price and the orders per year of a retained customer Economics::purchasesPerYear.
struct RepeatOrderTerms {
    double annualRetentionPercent = 0; ///< 0–100: share of customers still ordering a year on

    bool operator==(const RepeatOrderTerms&) const = default;
};

struct Economics {
    double monthlyVolume = 0; ///< top-of-funnel entries per month
    double monthlySpend = 0;  ///< marketing and sales spend per month
    /// Order or contract value per purchase; for a subscription the price per billing period.
    double price = 0;
    double grossMarginPercent = 50; ///< 0–100
    double purchasesPerYear = 1;    ///< one-off and repeat orders: purchases per customer a year
    /// One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the
    /// lifetime which churn implies.
    double lifetimeYears = 1;
    double interPurchaseYears = 1; ///< time between purchases of the category (in-market share)
    RevenueModel revenueModel = RevenueModel::OneOff;
    SubscriptionTerms subscription;
    RepeatOrderTerms repeatOrders;

    bool operator==(const Economics&) const = default;
};

struct Relationship {
    AccountManagement accountManagement = AccountManagement::None;
    Training training = Training::None;
    TechnicalSupport technicalSupport = TechnicalSupport::None;
    ServiceLevel serviceLevel = ServiceLevel::None;
    ReturnsPolicy returnsPolicy = ReturnsPolicy::Standard;
    bool loyaltyProgramme = false;
    Personalisation personalisation = Personalisation::Segment;

    bool operator==(const Relationship&) const = default;
};

/// How the entries a channel brings each month respond to its monthly spend x: the Hill
/// saturation curve f(x) = beta * x^s / (x^s + ec^s) that Meta's Robyn and Google's Meridian use
/// (docs/models.md). Each number is empty for the default of the channel's type.
struct ChannelResponse {
    /// ec: the monthly spend that buys half the most the channel can bring.
    std::optional<double> halfSaturationSpend{};
    std::optional<double> slope{};          ///< s: at most 1 concave, above 1 S-shaped
    std::optional<double> monthlyEntries{}; ///< entries the channel brings today, when known

    bool operator==(const ChannelResponse&) const = default;
};

/// Limits the budget allocator keeps to for one channel (monthly spend, the persona's currency).
struct ChannelBounds {
    std::optional<double> minSpend{};
    std::optional<double> maxSpend{};
    bool locked = false; ///< keep today's spend

    bool operator==(const ChannelBounds&) const = default;
};

/// Use of one catalogue channel by a persona.
struct ChannelUse {
    std::string channelId; ///< an id from the channel catalogue
    double budgetSharePercent = 0;
    std::optional<int> attributionWindowDays; ///< absent when the channel is not attributed
    ChannelResponse response{};
    ChannelBounds bounds{};

    bool operator==(const ChannelUse&) const = default;
};

/// Where a key number comes from, and the value it was written for: a source that backed "two
/// people" does not back four. EvidenceValues.h compares `writtenFor` with the persona's current
/// value(s) and says when the evidence is stale.
struct Evidence {
    std::string source;
    Confidence confidence = Confidence::Assumed;
    /// The value(s) of the field when the source was recorded, in the form evidenceValues()
    /// gives (one number, one per stage, or min/likely/max per stage).
    std::vector<double> writtenFor{};
    /// How far the true value may lie from the field's value, in percent either side; empty for
    /// the confidence's default spread (docs/models.md, "Uncertainty"), 0 for certain.
    std::optional<double> rangePercent{};

    bool operator==(const Evidence&) const = default;
};

/// What the last import of actuals for a persona was told, so that the next export from the same
/// CRM imports without questions (docs/calibration.md).
struct ImportMapping {
    /// CRM stage name → name of the persona's pipeline stage it counts as.
    std::map<std::string, std::string> stages;
    /// Column of the generic deals layout ("deal_id", "created_at", "status", "closed_at",
    /// "amount", "channel") → the header that holds it, for files whose headers were not
    /// recognised.
    std::map<std::string, std::string> columns;
    /// "dmy" or "mdy" when the file's dates fitted both orders and the user said which.
    std::string dateOrder;

    bool operator==(const ImportMapping&) const = default;
};

/// A named, concrete representative of an audience segment.
struct Persona {
    std::string id; ///< UUID in its canonical 8-4-4-4-12 lower-case form; stable across edits
    std::string name;
    Label label = Label::B2C;
    std::string summary; ///< one line
    std::string description;
    std::string colour = "#4e79a7"; ///< #rrggbb

    ConsumerSegment consumer;
    OrganisationSegment organisation;

    std::vector<std::string> goals;
    std::vector<std::string> painPoints;
    std::vector<std::string> objections;
    std::vector<std::string> informationSources;
    std::vector<std::string> contentPreferences;

    Motives motives;
    DecisionUnit decisionUnit;
    std::vector<Stage> pipeline;
    Economics economics;
    Relationship relationship;
    std::vector<ChannelUse> channels;
    std::map<EvidenceField, Evidence> evidence;
    ImportMapping importMapping{};
    std::string notes;

    bool operator==(const Persona&) const = default;
};

} // namespace b2x
