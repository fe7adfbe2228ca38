// SPDX-License-Identifier: GPL-3.0-or-later
// The consumer and hybrid presets. Figures and their sources: docs/models.md, "Presets" and
// "Sources".
#include "PresetLibrary.h"

namespace b2x::presets {

Persona ecommerceImpulse()
{
    Persona p;
    p.label = Label::B2C;
    p.colour = "#e15759";
    p.consumer = {
        18,
        34,
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Young adults, single or couples")),
        {},
        {},
        {},
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Trends, short video, creators they follow")),
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Several small purchases a year")),
        60};
    p.goals = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "Something that looks good now, at a price that needs no thought"))};
    p.painPoints = {text(QT_TRANSLATE_NOOP("b2x::Presets", "Slow delivery and fiddly checkouts"))};
    p.motives = {25, 5};
    p.decisionUnit.buyClass = BuyClass::ModifiedRebuy;
    p.decisionUnit.members = {member(Role::Decider,
                                     QT_TRANSLATE_NOOP("b2x::Presets", "The shopper"), 100,
                                     Stance::Neutral, true)};
    p.pipeline = {
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Visitor → adds to cart"), 7.3, 0, 0.05, 1),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Cart → order"), 30, 0, 0.05, 2)};
    p.economics = {200000, 0, 35, 45, 4, 2, 0.25, RevenueModel::OneOff, {}, {}};
    p.relationship = {AccountManagement::None, Training::None,          TechnicalSupport::None,
                      ServiceLevel::None,      ReturnsPolicy::Standard, false,
                      Personalisation::Segment};
    p.channels = {channel("instagram", 30), channel("tiktok", 25), channel("influencers", 20),
                  channel("facebook", 15), channel("ecommerce-site", 10)};
    p.evidence = {
        {EvidenceField::Price,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Under $50 with decisions under a day: the paid-social bracket of the "
                             "polytraffic.com rule of thumb"))},
        {EvidenceField::MonthlyVolume,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: site sessions a month"))},
        {EvidenceField::ConversionRates,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → "
             "cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to "
             "2.6% (Monetate)"))},
        {EvidenceField::StageDurations,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Hours, within a day or two: B2C decisions take hours to weeks; paid social "
             "fits decisions under a day (polytraffic.com)"))},
        {EvidenceField::DecisionUnitSize,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "One person decides: a low-cost, low-risk purchase involves few "
                             "people (Robinson, Faris & Wind 1967)"))},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: a purchase a quarter"))},
        {EvidenceField::Lifetime, assumed(lifetimeAssumed)},
    };
    return p;
}

Persona highConsiderationConsumer()
{
    Persona p;
    p.label = Label::B2C;
    p.colour = "#edc948";
    p.consumer = {30,
                  55,
                  text(QT_TRANSLATE_NOOP("b2x::Presets", "Couples and families")),
                  {},
                  {},
                  {},
                  text(QT_TRANSLATE_NOOP(
                      "b2x::Presets", "Home, travel and technology; reads reviews before buying")),
                  text(QT_TRANSLATE_NOOP("b2x::Presets", "Once every few years")),
                  55};
    p.goals = {text(
        QT_TRANSLATE_NOOP("b2x::Presets", "The right choice for the household, with no regrets"))};
    p.painPoints = {
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Too many options and contradictory reviews"))};
    p.motives = {55, 10};
    p.decisionUnit.buyClass = BuyClass::NewTask;
    p.decisionUnit.members = {
        member(Role::Decider, QT_TRANSLATE_NOOP("b2x::Presets", "Partner who leads the purchase"),
               70, Stance::Champion, true),
        member(Role::Influencer,
               QT_TRANSLATE_NOOP("b2x::Presets", "Partner with a say on price and taste"), 50)};
    p.pipeline = {stage(QT_TRANSLATE_NOOP("b2x::Presets",
                                          "Search-ad click → enquiry, quote or showroom visit"),
                        6.96, 0, 3, 10),
                  stage(QT_TRANSLATE_NOOP("b2x::Presets", "Enquiry → purchase"), 25, 3, 10, 25)};
    p.economics = {50000, 0, 1500, 35, 0.2, 10, 5, RevenueModel::OneOff, {}, {}};
    p.relationship = {AccountManagement::None, Training::None,          TechnicalSupport::Standard,
                      ServiceLevel::Standard,  ReturnsPolicy::Generous, false,
                      Personalisation::Segment};
    p.channels = {channel("paid-search", 30), channel("organic-search", 20), channel("youtube", 20),
                  channel("email", 15), channel("instagram", 15)};
    p.evidence = {
        {EvidenceField::Price,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Inside the \"$200–2,000 and 7–30 days: search, e-mail, YouTube\" bracket "
             "of the polytraffic.com rule of thumb"))},
        {EvidenceField::MonthlyVolume,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: search-ad clicks a month"))},
        {EvidenceField::ConversionRates,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "Click → enquiry 6.96%, the 2024 search-ad conversion rate "
                             "(LocaliQ/WordStream); enquiry → purchase 25% is an assumption"))},
        {EvidenceField::StageDurations,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets", "About 2.5 weeks in all, inside 7–30 days (polytraffic.com)"))},
        {EvidenceField::DecisionUnitSize,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "A household of two: a costly household purchase is often weighed by partners "
             "together (Kotler & Keller, Marketing Management: family buying roles)"))},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: once every five years"))},
        {EvidenceField::Lifetime, assumed(lifetimeAssumed)},
    };
    return p;
}

Persona hybrid()
{
    Persona p;
    p.label = Label::Hybrid;
    p.colour = "#b07aa1";
    p.consumer = {25,
                  50,
                  text(QT_TRANSLATE_NOOP("b2x::Presets", "Working professionals")),
                  {},
                  {},
                  {},
                  text(QT_TRANSLATE_NOOP("b2x::Presets", "Career progression, certifications")),
                  text(QT_TRANSLATE_NOOP("b2x::Presets", "One course every few years")),
                  50};
    p.organisation.jobRole =
        text(QT_TRANSLATE_NOOP("b2x::Presets", "Employee whose manager may sponsor the course"));
    p.goals = {text(
        QT_TRANSLATE_NOOP("b2x::Presets", "A recognised qualification that fits around work"))};
    p.painPoints = {text(QT_TRANSLATE_NOOP(
        "b2x::Presets", "Unclear whether the employer will pay; little time to study"))};
    p.motives = {60, 45};
    p.decisionUnit.buyClass = BuyClass::NewTask;
    p.decisionUnit.approvalLevels = 1;
    p.decisionUnit.members = {
        member(Role::Decider, QT_TRANSLATE_NOOP("b2x::Presets", "The learner"), 70,
               Stance::Champion),
        member(Role::Approver,
               QT_TRANSLATE_NOOP("b2x::Presets",
                                 "Line manager (sponsors the fee when the employer pays)"),
               60, Stance::Neutral, true),
        member(Role::Influencer, QT_TRANSLATE_NOOP("b2x::Presets", "Partner or family"), 40)};
    p.pipeline = {
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Website visitor → enquiry"), 2, 0, 5, 20),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Enquiry → information session"), 40, 3, 10, 21),
        stage(QT_TRANSLATE_NOOP("b2x::Presets", "Information session → enrolment"), 30, 7, 21, 45)};
    p.economics = {20000, 0, 3000, 50, 0.5, 2, 3, RevenueModel::OneOff, {}, {}};
    p.relationship = {AccountManagement::Pooled,  Training::Guided,
                      TechnicalSupport::Standard, ServiceLevel::Standard,
                      ReturnsPolicy::Standard,    false,
                      Personalisation::Segment};
    p.channels = {channel("linkedin", 25), channel("paid-search", 25), channel("facebook", 20),
                  channel("webinars", 15), channel("email", 15)};
    p.evidence = {
        {EvidenceField::Price,
         assumed(
             QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: a professional certificate's fee"))},
        {EvidenceField::MonthlyVolume,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: website users a month"))},
        {EvidenceField::ConversionRates,
         benchmark(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later "
             "rates are assumptions"))},
        {EvidenceField::StageDurations,
         assumed(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Assumption: about six weeks, between consumer decisions (hours to weeks) "
             "and SMB cycles (14–30 days) plus an employer's approval"))},
        {EvidenceField::DecisionUnitSize,
         assumed(QT_TRANSLATE_NOOP(
             "b2x::Presets",
             "Assumption (Workbench default): the learner, a sponsoring manager and the "
             "family weigh the course together"))},
        {EvidenceField::GrossMargin, assumed(marginAssumed)},
        {EvidenceField::PurchasesPerYear,
         assumed(QT_TRANSLATE_NOOP("b2x::Presets", "Assumption: a course every two years"))},
        {EvidenceField::Lifetime, assumed(lifetimeAssumed)},
    };
    return p;
}

} // namespace b2x::presets
