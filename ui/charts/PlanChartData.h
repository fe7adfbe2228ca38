// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Plan.h"
#include "model/Workspace.h"
#include "plan/PlanAnalysis.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace b2x::charts {

/// A tactic on the timeline.
struct TimelineTactic {
    QString name;
    QString channel;
    QDate start;
    QDate end; ///< belongs to the tactic: a bar ends after this day
    TacticStatus status = TacticStatus::Planned;
    double budget = 0;
    std::size_t persona = 0; ///< index into TimelineData::personas

    bool operator==(const TimelineTactic&) const = default;
};

/// A persona that has tactics or a target, in the workspace's order.
struct TimelinePersona {
    QString name;
    QColor colour;
    bool targeted = false;
    QDate latestEntryP50; ///< valid only when targeted
    QDate latestEntryP90;
    int tactics = 0; ///< dated tactics, drawn or not
    int drawn = 0;   ///< of which drawn (the rows are limited)

    bool operator==(const TimelinePersona&) const = default;
};

/// What the timeline draws: plain figures from the plan and its analysis, no widgets.
struct TimelineData {
    QDate periodStart;
    QDate periodEnd;
    bool periodAssumed = false;
    QDate today;
    QString currency;
    std::vector<TimelinePersona> personas;
    /// The rows, grouped by persona (workspace order), by start date within a persona; at most
    /// maxRows are drawn (`rows`), the others are counted per persona.
    std::vector<TimelineTactic> rows;
    std::vector<TimelineTactic> hidden; ///< dated tactics beyond maxRows, in the same order
    /// Tactics without valid dates (or ending before they start): listed, not drawn.
    std::vector<TimelineTactic> undated;
    std::size_t totalTactics = 0;

    bool operator==(const TimelineData&) const = default;
};

/// One pipeline stage (or the customers) of the reverse-funnel chart.
struct ReverseFunnelStage {
    QString name;
    std::optional<double> required; ///< over the period, for the target (analysis' stageEntries)
    double available = 0;           ///< over the period at today's monthly volume
};

struct ReverseFunnelData {
    QString personaName;
    QColor colour;
    QString currency;
    int periodDays = 0;
    /// Pipeline stages, then "customers": the target against the customers expected to close
    /// inside the period.
    std::vector<ReverseFunnelStage> stages;
    std::optional<double> targetCustomers;
    double expectedCustomers = 0;
    std::optional<double> shortfall;
    std::optional<double> requiredMonthlyVolume;
    std::optional<double> requiredMonthlySpend;
    double monthlyVolume = 0;
    double monthlySpend = 0;
    std::vector<QString> warnings;
    bool valid = false; ///< a persona was found
};

/// Builds the plan charts' figures from a workspace and its plan analysis.
class PlanChartData {
public:
    /// Rows the timeline draws at most; the others are counted and listed in its table.
    static constexpr std::size_t maxRows = 40;

    static TimelineData timeline(const Workspace& workspace, const plan::PlanAnalysis& analysis,
                                 QDate today);
    /// `personaId` not found: an invalid (empty) result.
    static ReverseFunnelData reverseFunnel(const Workspace& workspace,
                                           const plan::PlanAnalysis& analysis,
                                           const std::string& personaId);
    /// The personas with a target, in the workspace's order (the exports draw one chart each).
    static std::vector<std::string> targetedPersonas(const plan::PlanAnalysis& analysis);
};

} // namespace b2x::charts
