// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartId.h"

#include <QCoreApplication>

namespace b2x::charts {

namespace {
// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::charts", text);
}
} // namespace

QString chartKey(ChartId id)
{
    switch (id) {
    case ChartId::BehaviourProfile:
        return QStringLiteral("behaviour-profile");
    case ChartId::B2bIndex:
        return QStringLiteral("b2b-index");
    case ChartId::DecisionUnit:
        return QStringLiteral("decision-unit");
    case ChartId::SalesCycle:
        return QStringLiteral("sales-cycle");
    case ChartId::Funnel:
        return QStringLiteral("funnel");
    case ChartId::TimeToRevenue:
        return QStringLiteral("time-to-revenue");
    case ChartId::ChannelFit:
        return QStringLiteral("channel-fit");
    case ChartId::UnitEconomics:
        return QStringLiteral("unit-economics");
    case ChartId::Attribution:
        return QStringLiteral("attribution");
    case ChartId::PlanTimeline:
        return QStringLiteral("plan-timeline");
    case ChartId::ReverseFunnel:
        return QStringLiteral("reverse-funnel");
    }
    return {};
}

QString chartTitle(ChartId id)
{
    switch (id) {
    case ChartId::BehaviourProfile:
        return tr("Behaviour profile");
    case ChartId::B2bIndex:
        return tr("B2B index");
    case ChartId::DecisionUnit:
        return tr("Decision unit");
    case ChartId::SalesCycle:
        return tr("Sales cycle");
    case ChartId::Funnel:
        return tr("Funnel");
    case ChartId::TimeToRevenue:
        return tr("Time to revenue");
    case ChartId::ChannelFit:
        return tr("Channel fit");
    case ChartId::UnitEconomics:
        return tr("Unit economics");
    case ChartId::Attribution:
        return tr("Attribution windows");
    case ChartId::PlanTimeline:
        return tr("Plan timeline");
    case ChartId::ReverseFunnel:
        return tr("Reverse funnel");
    }
    return {};
}

QString chartQuestion(ChartId id)
{
    switch (id) {
    case ChartId::BehaviourProfile:
        return tr("On which dimensions does each audience behave like a business or a consumer?");
    case ChartId::B2bIndex:
        return tr("How business-like is every persona, and where do label and behaviour disagree?");
    case ChartId::DecisionUnit:
        return tr("How many people decide, and how likely is such a group to decide at all?");
    case ChartId::SalesCycle:
        return tr("How long does each stage take, and when do half and nine in ten deals close?");
    case ChartId::Funnel:
        return tr("How many enter each stage per month, and how many become customers?");
    case ChartId::TimeToRevenue:
        return tr("How fast does monthly revenue build up after the campaigns start?");
    case ChartId::ChannelFit:
        return tr("Which channels fit each audience best, and where does the budget go?");
    case ChartId::UnitEconomics:
        return tr("Is each customer worth three times what it costs to win, and how soon "
                  "does it pay back?");
    case ChartId::Attribution:
        return tr("Do the ad platforms' attribution windows last as long as the sales cycle?");
    case ChartId::PlanTimeline:
        return tr("When does each tactic run, and does it start early enough for its leads to "
                  "close inside the period?");
    case ChartId::ReverseFunnel:
        return tr("How many entries does each stage need for the target, against what today's "
                  "volume brings over the period?");
    }
    return {};
}

} // namespace b2x::charts
