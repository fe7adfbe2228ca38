// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFactory.h"

#include "AttributionChart.h"
#include "B2bIndexChart.h"
#include "BehaviourRadarChart.h"
#include "ChannelFitChart.h"
#include "DecisionUnitChart.h"
#include "FunnelChart.h"
#include "SalesCycleChart.h"
#include "TimeToRevenueChart.h"
#include "UnitEconomicsChart.h"

namespace b2x::charts {

std::unique_ptr<ComparisonChart> ChartFactory::create(ChartId id)
{
    switch (id) {
    case ChartId::BehaviourProfile:
        return std::make_unique<BehaviourRadarChart>();
    case ChartId::B2bIndex:
        return std::make_unique<B2bIndexChart>();
    case ChartId::DecisionUnit:
        return std::make_unique<DecisionUnitChart>();
    case ChartId::SalesCycle:
        return std::make_unique<SalesCycleChart>();
    case ChartId::Funnel:
        return std::make_unique<FunnelChart>();
    case ChartId::TimeToRevenue:
        return std::make_unique<TimeToRevenueChart>();
    case ChartId::ChannelFit:
        return std::make_unique<ChannelFitChart>();
    case ChartId::UnitEconomics:
        return std::make_unique<UnitEconomicsChart>();
    case ChartId::Attribution:
        return std::make_unique<AttributionChart>();
    case ChartId::PlanTimeline:
    case ChartId::ReverseFunnel:
        return nullptr; // fed the plan, not ChartData: PlanChartRenderer builds them
    }
    return nullptr;
}

} // namespace b2x::charts
