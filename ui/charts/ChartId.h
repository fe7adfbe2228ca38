// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>

namespace b2x::charts {

/// The comparison charts, in the order the panel shows them.
enum class ChartId {
    BehaviourProfile,
    B2bIndex,
    DecisionUnit,
    SalesCycle,
    Funnel,
    TimeToRevenue,
    ChannelFit,
    UnitEconomics,
    Attribution,
    // The plan's charts: fed the plan and its analysis (PlanChartData.h), not the compared
    // subjects, so they are not in allChartIds and ChartFactory does not build them.
    PlanTimeline,
    ReverseFunnel,
};

inline constexpr std::array<ChartId, 9> allChartIds{
    ChartId::BehaviourProfile, ChartId::B2bIndex,      ChartId::DecisionUnit,
    ChartId::SalesCycle,       ChartId::Funnel,        ChartId::TimeToRevenue,
    ChartId::ChannelFit,       ChartId::UnitEconomics, ChartId::Attribution};

/// A stable, untranslated name: object names, file names of exports and screenshots.
QString chartKey(ChartId id);
/// The card and export title, translated.
QString chartTitle(ChartId id);
/// The question the chart answers, one sentence, translated (the card's subtitle).
QString chartQuestion(ChartId id);

} // namespace b2x::charts
