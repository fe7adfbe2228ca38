// SPDX-License-Identifier: GPL-3.0-or-later
// The four business presets. Figures and their sources: docs/models.md, "Presets" and
// "Sources"; the stage times are chosen inside the published cycle bands and the rates inside
// the published conversion bands, and the evidence says so.
#include "PresetLibrary.h"

namespace b2x::presets {

Persona smallBusinessSoftware()
{
    Persona p;
    p.label = Label::B2B;
    p.colour = "#59a14f";
    p.organisation.companySizeEmployees = 25;
    p.organisation.jobRole =
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Owner or marketing lead of a small business"));
    p.organisation.buyingAuthority = text(
        QT_TRANSLATE_NOOP("b2x::Presets", "Chooses the tool; a manager approves the card payment"));
    p.goals = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "Get results within weeks, without an implementation project"))};
    p.painPoints = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "No time to evaluate many tools; budget needs a quick yes"))};
    p.motives = {60, 60};
    p.decisionUnit.buyClass = BuyClass::NewTask;
    p.decisionUnit.approvalLevels = 1;
    p.decisionUnit.members = {
        member(Role::User, QT_TRANSLATE_NOOP("b2x::Presets", "Marketing lead (picks the tool)"), 60,
               Stance::Champion),
        member(Role::Decider,
               QT_TRANSLATE_NOOP("b2x::Presets", "Owner or manager (approves the payment)"), 80,
               Stance::Neutral, true)};
    p.pipeline = {
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Website visitor → free-trial sign-up"), 3, 0, 2,
              7),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Free trial → paid plan"), 30, 7, 14, 30)};
    // $2,400 a year until the customer churns: 3% a month, the low end of small-business SaaS.
    p.economics = {10000,
                   0,
                   2400,
                   80,
                   1,
                   3,
                   3,
                   RevenueModel::Subscription,
                   {Period::Annual, 3, Period::Monthly, 0, 0},
                   {}};
    p.relationship = {AccountManagement::None, Training::SelfServe,     TechnicalSupport::Standard,
                      ServiceLevel::Standard,  ReturnsPolicy::Standard, false,
                      Personalisation::Segment};
    p.channels = {channel("paid-search", 35), channel("organic-search", 20), channel("email", 15),
                  channel("youtube", 15), channel("linkedin", 15)};
    p.evidence = {
        {EvidenceField::Price,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "A $200-a-month plan billed yearly, inside the firstsales.io bracket "
                             "\"under $10K: 1–2 months, close rate 25–35%\""))},
        {EvidenceField::MonthlyVolume, assumed(volumeB2b)},
        {EvidenceField::ConversionRates,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid "
             "30% inside the 25–35% close rate for deals under $10K (firstsales.io)"))},
        {EvidenceField::StageDurations,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, "
                             "revopsdictionary.com)"))},
        {EvidenceField::DecisionUnitSize,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Two people: low cost and risk mean few participants (Robinson, Faris & "
             "Wind 1967)"))},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "One yearly renewal"))},
        {EvidenceField::Lifetime,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Churn 3% a month: a good rate for SaaS sold to small businesses is "
                             "3–5% a month (statsforstartups.com, \"Gross churn rate\", citing "
                             "Recurly: B2B average 5%); three-year horizon"))},
    };
    return p;
}

Persona midMarketSoftware()
{
    Persona p;
    p.label = Label::B2B;
    p.colour = "#4e79a7";
    p.organisation.companySizeEmployees = 400;
    p.organisation.jobRole =
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Head of operations (project sponsor)"));
    p.goals = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "Replace spreadsheets with one system the whole department uses"))};
    p.painPoints = {
        text(QT_TRANSLATE_NOOP("b2x::Presets", "IT capacity is scarce; the last rollout stalled"))};
    p.motives = {70, 70};
    p.decisionUnit.buyClass = BuyClass::NewTask;
    p.decisionUnit.approvalLevels = 2;
    p.decisionUnit.members = {
        member(Role::Decider,
               QT_TRANSLATE_NOOP("b2x::Presets", "Chief operating officer (releases the budget)"),
               85, Stance::Neutral, true),
        member(Role::Initiator, QT_TRANSLATE_NOOP("b2x::Presets", "Head of operations (sponsor)"),
               75, Stance::Champion),
        member(Role::User, QT_TRANSLATE_NOOP("b2x::Presets", "Team lead who will use it daily"),
               50),
        member(Role::Specifier,
               QT_TRANSLATE_NOOP("b2x::Presets", "IT manager (technical evaluation)"), 60),
        member(Role::Buyer, QT_TRANSLATE_NOOP("b2x::Presets", "Purchasing manager"), 40)};
    p.pipeline = {
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Website visitor → lead"), 3, 0, 5, 14),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Lead → marketing-qualified lead"), 30, 3, 10, 21),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "MQL → sales-qualified lead"), 40, 3, 7, 14),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "SQL → opportunity"), 75, 5, 10, 21),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Opportunity → won"), 22, 30, 60, 90)};
    // A yearly contract renewed until the customer churns: 10% a year, mid-market SaaS.
    p.economics = {10000,
                   0,
                   40000,
                   75,
                   1,
                   4,
                   5,
                   RevenueModel::Subscription,
                   {Period::Annual, 10, Period::Annual, 0, 0},
                   {}};
    p.relationship = {AccountManagement::Pooled, Training::Guided,    TechnicalSupport::Standard,
                      ServiceLevel::Standard,    ReturnsPolicy::None, false,
                      Personalisation::Segment};
    p.channels = {channel("linkedin", 30), channel("paid-search", 20), channel("webinars", 20),
                  channel("email", 15), channel("b2b-publishers", 15)};
    p.evidence = {
        {EvidenceField::Price,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Inside the firstsales.io bracket \"$25–50K: 3–4 months, close rate "
                             "18–25%\""))},
        {EvidenceField::MonthlyVolume, assumed(volumeB2b)},
        {EvidenceField::ConversionRates,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "The b2blead.io worked example's rates (3%, 30%, 40%, 75%, 22%), inside the "
             "published bands; mid-market opportunity → won 20–30%"))},
        {EvidenceField::StageDurations,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); "
             "mid-market 30–90 days (thecroreport.com)"))},
        {EvidenceField::DecisionUnitSize,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Five people: CEB measured 5.4 people per B2B purchase (2014)"))},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "One yearly contract"))},
        {EvidenceField::Lifetime,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Churn 10% a year: mid-market SaaS typically loses 7–12% a year "
                             "(joysubscription.com, \"Average churn rate for SaaS\"); the "
                             "four-year horizon caps the lifetime"))},
    };
    return p;
}

Persona enterpriseSoftware()
{
    Persona p;
    p.label = Label::B2B;
    p.colour = "#9c755f";
    p.organisation.companySizeEmployees = 5000;
    p.organisation.jobRole =
        text(QT_TRANSLATE_NOOP("b2x::Presets", "VP of a business unit (sponsor and champion)"));
    p.goals = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "A platform decision that survives audit and scales for five years"))};
    p.painPoints = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "Every department has its own tool; integration costs keep rising"))};
    p.motives = {75, 60};
    p.decisionUnit.buyClass = BuyClass::NewTask;
    p.decisionUnit.formalTender = true;
    p.decisionUnit.approvalLevels = 3;
    p.decisionUnit.members = {
        member(Role::Decider,
               QT_TRANSLATE_NOOP("b2x::Presets", "Chief financial officer (economic buyer)"), 90,
               Stance::Neutral, true),
        member(Role::Initiator, QT_TRANSLATE_NOOP("b2x::Presets", "Business-unit VP (sponsor)"), 80,
               Stance::Champion),
        member(Role::User, QT_TRANSLATE_NOOP("b2x::Presets", "Operations manager"), 55),
        member(Role::Specifier,
               QT_TRANSLATE_NOOP("b2x::Presets", "Enterprise architect (technical evaluator)"), 70),
        member(Role::Specifier, QT_TRANSLATE_NOOP("b2x::Presets", "IT security lead"), 50),
        member(Role::Buyer, QT_TRANSLATE_NOOP("b2x::Presets", "Procurement (runs the tender)"), 55),
        member(Role::Approver,
               QT_TRANSLATE_NOOP("b2x::Presets", "Legal counsel (contract approval)"), 45)};
    p.pipeline = {
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Website visitor → lead"), 2, 0, 7, 21),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Lead → marketing-qualified lead"), 25, 7, 14, 30),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "MQL → sales-qualified lead"), 30, 7, 14, 30),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "SQL → opportunity"), 50, 7, 21, 45),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Opportunity: demo, business case, tender → won"),
              15, 90, 150, 240)};
    // A yearly contract renewed until the customer churns: 6% a year, enterprise SaaS.
    p.economics = {10000,
                   0,
                   150000,
                   75,
                   1,
                   5,
                   5,
                   RevenueModel::Subscription,
                   {Period::Annual, 6, Period::Annual, 0, 0},
                   {}};
    p.relationship = {AccountManagement::Dedicated, Training::Guided,
                      TechnicalSupport::Dedicated,  ServiceLevel::Contractual,
                      ReturnsPolicy::None,          false,
                      Personalisation::OneToOne};
    p.channels = {channel("linkedin", 25),     channel("abm", 20),
                  channel("webinars", 15),     channel("trade-fairs", 15),
                  channel("direct-sales", 15), channel("b2b-publishers", 10)};
    p.evidence = {
        {EvidenceField::Price,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Inside the firstsales.io bracket \"$100–250K: 6–9 months, close rate "
                             "12–18%\""))},
        {EvidenceField::MonthlyVolume, assumed(volumeB2b)},
        {EvidenceField::ConversionRates, benchmark(funnelB2b)},
        {EvidenceField::StageDurations,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); "
             "enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)"))},
        {EvidenceField::DecisionUnitSize,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) "
             "6–10 for a complex solution"))},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "One yearly contract"))},
        {EvidenceField::Lifetime,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts "
             "(joysubscription.com, \"Average churn rate for SaaS\"); five-year horizon, the "
             "switching interval of the B2B Institute's in-market example"))},
    };
    return p;
}

Persona industrialReorder()
{
    Persona p;
    p.label = Label::B2B;
    p.colour = "#76b7b2";
    p.organisation.industry =
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Manufacturing and construction"));
    p.organisation.companySizeEmployees = 250;
    p.organisation.jobRole = text(QT_TRANSLATE_NOOP("b2x::Presets", "Purchasing agent"));
    p.goals = {text(QT_TRANSLATE_NOOP("b2x::Presets",
                                      "No stock-outs on site; the agreed price on every order"))};
    p.painPoints = {text(
        QT_TRANSLATE_NOOP("b2x::Presets", "Late deliveries stop work; re-quoting wastes time"))};
    p.motives = {80, 80};
    p.decisionUnit.buyClass = BuyClass::StraightRebuy;
    p.decisionUnit.approvalLevels = 1;
    p.decisionUnit.members = {
        member(Role::Buyer,
               QT_TRANSLATE_NOOP("b2x::Presets", "Purchasing agent (places the order)"), 70,
               Stance::Neutral, true),
        member(Role::User,
               QT_TRANSLATE_NOOP("b2x::Presets", "Site or maintenance lead (raises the need)"), 50,
               Stance::Champion),
        member(Role::Approver,
               QT_TRANSLATE_NOOP("b2x::Presets", "Plant manager (approves the purchase order)"),
               40)};
    p.pipeline = {
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Reorder trigger → quote requested"), 90, 0, 1, 3),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Quote → purchase order"), 70, 0, 2, 5),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Purchase-order approval → order placed"), 95, 1, 2,
              7)};
    // Repeat orders: the pipeline wins accounts, which reorder monthly while retained.
    p.economics = {40, 0, 2500, 30, 12, 5, 1.0 / 12.0, RevenueModel::RepeatOrder, {}, {79}};
    // A framework agreement with an approved supplier: delivery terms are contractual.
    p.relationship = {AccountManagement::Pooled,  Training::None,
                      TechnicalSupport::Standard, ServiceLevel::Contractual,
                      ReturnsPolicy::Standard,    true,
                      Personalisation::Segment};
    p.channels = {channel("distributors-partners", 35), channel("ecommerce-site", 25),
                  channel("email", 20), channel("direct-sales", 20)};
    const char* const rebuy = QT_TRANSLATE_NOOP(
        "b2x::Presets", "Straight rebuys need fewer people and decide faster (Robinson, "
                        "Faris & Wind 1967); the reference list has no figure for them, "
                        "so this is an assumption: use your order history");
    p.evidence = {
        {EvidenceField::Price,
         assumed(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Assumption: a typical replenishment order; use your order history"))},
        {EvidenceField::MonthlyVolume,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets",
                                   "Assumption: reorder requests a month from accounts that could "
                                   "switch to you (a late delivery, a price review)"))},
        {EvidenceField::ConversionRates, assumed(rebuy)},
        {EvidenceField::StageDurations, assumed(rebuy)},
        {EvidenceField::DecisionUnitSize, assumed(rebuy)},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: monthly replenishment"))},
        {EvidenceField::Lifetime,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "79% of accounts still ordering a year on: construction's average "
                             "customer retention rate (First Page Sage, \"Customer retention "
                             "rates by industry\", 2025); five-year horizon"))},
    };
    return p;
}

} // namespace b2x::presets
