// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnumLabels.h"

#include <QCoreApplication>

namespace b2x {

namespace {
// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}
} // namespace

// Every switch lists all values and has no default, so a new enum value is a compiler warning
// (an error with B2X_WERROR) until it has a name here.

QString displayName(analytics::BehavesAs value)
{
    switch (value) {
    case analytics::BehavesAs::B2B:
        return tr("B2B");
    case analytics::BehavesAs::B2C:
        return tr("B2C");
    case analytics::BehavesAs::Mixed:
        return tr("Mixed");
    }
    return {};
}

QString displayName(Label value)
{
    switch (value) {
    case Label::B2B:
        return tr("B2B");
    case Label::B2C:
        return tr("B2C");
    case Label::Hybrid:
        return tr("Hybrid");
    }
    return {};
}

QString description(Label value)
{
    switch (value) {
    case Label::B2B:
        return tr("Sells to organisations: the customer is a company or institution.");
    case Label::B2C:
        return tr("Sells to people or households.");
    case Label::Hybrid:
        return tr("Sells both ways, for example a design studio furnishing hotels and homes.");
    }
    return {};
}

QString displayName(Role value)
{
    switch (value) {
    case Role::Initiator:
        return tr("Initiator");
    case Role::User:
        return tr("User");
    case Role::Influencer:
        return tr("Influencer");
    case Role::Specifier:
        return tr("Specifier");
    case Role::Decider:
        return tr("Decider");
    case Role::Approver:
        return tr("Approver");
    case Role::Buyer:
        return tr("Buyer");
    case Role::Gatekeeper:
        return tr("Gatekeeper");
    }
    return {};
}

QString description(Role value)
{
    switch (value) {
    case Role::Initiator:
        return tr("Notices the need and starts the purchase.");
    case Role::User:
        return tr("Will use the product day to day; often shapes the requirements.");
    case Role::Influencer:
        return tr("Shapes the choice with advice or expertise, from inside or outside the "
                  "organisation.");
    case Role::Specifier:
        return tr("Writes the technical requirements that offers are scored against.");
    case Role::Decider:
        return tr("Makes the final choice of product and supplier.");
    case Role::Approver:
        return tr("Authorises what the deciders and buyers propose.");
    case Role::Buyer:
        return tr("Negotiates terms and places the order, often procurement.");
    case Role::Gatekeeper:
        return tr("Controls which suppliers and what information reach the group.");
    }
    return {};
}

QString displayName(Stance value)
{
    switch (value) {
    case Stance::Champion:
        return tr("Champion");
    case Stance::Neutral:
        return tr("Neutral");
    case Stance::Blocker:
        return tr("Blocker");
    }
    return {};
}

QString description(Stance value)
{
    switch (value) {
    case Stance::Champion:
        return tr("Argues for your offer inside the organisation.");
    case Stance::Neutral:
        return tr("Has not taken a side yet.");
    case Stance::Blocker:
        return tr("Argues against the purchase and may be able to stop it.");
    }
    return {};
}

QString displayName(BuyClass value)
{
    switch (value) {
    case BuyClass::NewTask:
        return tr("New task");
    case BuyClass::ModifiedRebuy:
        return tr("Modified rebuy");
    case BuyClass::StraightRebuy:
        return tr("Straight rebuy");
    }
    return {};
}

QString description(BuyClass value)
{
    switch (value) {
    case BuyClass::NewTask:
        return tr("Bought for the first time: more people take part and the search takes longer.");
    case BuyClass::ModifiedRebuy:
        return tr("A familiar purchase with changed requirements, terms or suppliers.");
    case BuyClass::StraightRebuy:
        return tr("A routine reorder from the current supplier: few people, quick decision.");
    }
    return {};
}

QString displayName(AccountManagement value)
{
    switch (value) {
    case AccountManagement::None:
        return tr("None");
    case AccountManagement::Pooled:
        return tr("Shared team");
    case AccountManagement::Dedicated:
        return tr("Dedicated account manager");
    }
    return {};
}

QString description(AccountManagement value)
{
    switch (value) {
    case AccountManagement::None:
        return tr("Customers serve themselves or contact general support.");
    case AccountManagement::Pooled:
        return tr("A team looks after many customers together.");
    case AccountManagement::Dedicated:
        return tr("One named person owns the relationship, typical of large B2B accounts.");
    }
    return {};
}

QString displayName(Training value)
{
    switch (value) {
    case Training::None:
        return tr("None");
    case Training::SelfServe:
        return tr("Self-serve");
    case Training::Guided:
        return tr("Guided");
    }
    return {};
}

QString description(Training value)
{
    switch (value) {
    case Training::None:
        return tr("The product needs no training.");
    case Training::SelfServe:
        return tr("Documentation, videos or online courses.");
    case Training::Guided:
        return tr("Sessions run by your team for the customer's staff.");
    }
    return {};
}

QString displayName(TechnicalSupport value)
{
    switch (value) {
    case TechnicalSupport::None:
        return tr("None");
    case TechnicalSupport::Standard:
        return tr("Standard");
    case TechnicalSupport::Dedicated:
        return tr("Dedicated");
    }
    return {};
}

QString description(TechnicalSupport value)
{
    switch (value) {
    case TechnicalSupport::None:
        return tr("No technical support beyond general customer service.");
    case TechnicalSupport::Standard:
        return tr("A shared help desk with usual response times.");
    case TechnicalSupport::Dedicated:
        return tr("Named engineers who know the customer's setup.");
    }
    return {};
}

QString displayName(ServiceLevel value)
{
    switch (value) {
    case ServiceLevel::None:
        return tr("None");
    case ServiceLevel::Standard:
        return tr("Standard");
    case ServiceLevel::Contractual:
        return tr("Contractual (SLA)");
    }
    return {};
}

QString description(ServiceLevel value)
{
    switch (value) {
    case ServiceLevel::None:
        return tr("No promised response or availability.");
    case ServiceLevel::Standard:
        return tr("Published service standards, not in the contract.");
    case ServiceLevel::Contractual:
        return tr("Response times and availability written into the contract, with penalties.");
    }
    return {};
}

QString displayName(ReturnsPolicy value)
{
    switch (value) {
    case ReturnsPolicy::None:
        return tr("No returns");
    case ReturnsPolicy::Standard:
        return tr("Standard");
    case ReturnsPolicy::Generous:
        return tr("Generous");
    }
    return {};
}

QString description(ReturnsPolicy value)
{
    switch (value) {
    case ReturnsPolicy::None:
        return tr("Sales are final, as is usual for custom-made goods.");
    case ReturnsPolicy::Standard:
        return tr("Returns as the law or the trade requires.");
    case ReturnsPolicy::Generous:
        return tr("Long, no-questions-asked returns that lower the risk of buying.");
    }
    return {};
}

QString displayName(Personalisation value)
{
    switch (value) {
    case Personalisation::Mass:
        return tr("Mass");
    case Personalisation::Segment:
        return tr("Segment");
    case Personalisation::OneToOne:
        return tr("One-to-one / ABM");
    }
    return {};
}

QString description(Personalisation value)
{
    switch (value) {
    case Personalisation::Mass:
        return tr("The same message and offer for everyone.");
    case Personalisation::Segment:
        return tr("Targeted e-mails, recommendations and offers per segment, typical of B2C.");
    case Personalisation::OneToOne:
        return tr("Each account treated as a market of one (account-based marketing), typical "
                  "of B2B.");
    }
    return {};
}

QString displayName(Confidence value)
{
    switch (value) {
    case Confidence::Assumed:
        return tr("Assumed");
    case Confidence::Benchmark:
        return tr("Benchmark");
    case Confidence::Measured:
        return tr("Measured");
    }
    return {};
}

QString description(Confidence value)
{
    switch (value) {
    case Confidence::Assumed:
        return tr("An educated guess that nobody has checked yet.");
    case Confidence::Benchmark:
        return tr("A published figure for similar companies or markets.");
    case Confidence::Measured:
        return tr("Taken from your own data: CRM, analytics or finance.");
    }
    return {};
}

QString displayName(EvidenceField value)
{
    switch (value) {
    case EvidenceField::Price:
        return tr("Price");
    case EvidenceField::MonthlySpend:
        return tr("Monthly spend");
    case EvidenceField::MonthlyVolume:
        return tr("Monthly volume");
    case EvidenceField::ConversionRates:
        return tr("Conversion rates");
    case EvidenceField::StageDurations:
        return tr("Stage durations");
    case EvidenceField::DecisionUnitSize:
        return tr("Decision-unit size");
    case EvidenceField::GrossMargin:
        return tr("Gross margin");
    case EvidenceField::PurchasesPerYear:
        return tr("Purchases per year");
    case EvidenceField::Lifetime:
        return tr("Customer lifetime");
    }
    return {};
}

QString description(EvidenceField value)
{
    switch (value) {
    case EvidenceField::Price:
        return tr("The order or contract value per purchase (Economics).");
    case EvidenceField::MonthlySpend:
        return tr("Marketing and sales spend per month (Economics).");
    case EvidenceField::MonthlyVolume:
        return tr("New entries at the top of the funnel per month (Economics).");
    case EvidenceField::ConversionRates:
        return tr("The share that moves from each stage to the next (Pipeline).");
    case EvidenceField::StageDurations:
        return tr("Days spent in each stage (Pipeline).");
    case EvidenceField::DecisionUnitSize:
        return tr("How many people take part in the decision (Decision unit).");
    case EvidenceField::GrossMargin:
        return tr("The share of the price kept after direct costs.");
    case EvidenceField::PurchasesPerYear:
        return tr("How often a customer buys (Economics).");
    case EvidenceField::Lifetime:
        return tr("How many years a customer stays (Economics).");
    }
    return {};
}

QString displayName(analytics::Dimension value)
{
    using analytics::Dimension;
    switch (value) {
    case Dimension::DecisionUnitSize:
        return tr("Decision-unit size");
    case Dimension::DecisionFormality:
        return tr("Decision formality");
    case Dimension::SalesCycleLength:
        return tr("Sales-cycle length");
    case Dimension::PricePoint:
        return tr("Price point");
    case Dimension::RationalMotive:
        return tr("Rational motive");
    case Dimension::RelationshipDepth:
        return tr("Relationship depth");
    case Dimension::Personalisation:
        return tr("Personalisation");
    case Dimension::ChannelMix:
        return tr("Channel mix");
    }
    return {};
}

QString shortName(analytics::Dimension value)
{
    using analytics::Dimension;
    switch (value) {
    case Dimension::DecisionUnitSize:
        return tr("Deciders");
    case Dimension::DecisionFormality:
        return tr("Formality");
    case Dimension::SalesCycleLength:
        return tr("Cycle");
    case Dimension::PricePoint:
        return tr("Price");
    case Dimension::RationalMotive:
        return tr("Rational");
    case Dimension::RelationshipDepth:
        return tr("Relationship");
    case Dimension::Personalisation:
        return tr("Personal");
    case Dimension::ChannelMix:
        return tr("Channels");
    }
    return {};
}

} // namespace b2x
