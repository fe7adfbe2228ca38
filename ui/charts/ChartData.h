// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BehaviourProfile.h"
#include "model/Enums.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace b2x::charts {

// The plain numbers the charts draw. Nothing here knows about widgets, the document or Qt Charts:
// the comparison panel fills these from the analysis cache, an export can fill them from a file,
// and a later chart backend reads the same structs.

/// One stage of a pipeline: its expected duration (the triangular mean, so the stages add up to
/// the mean cycle exactly) and how many enter it per month.
struct StageFigure {
    QString name;
    double meanDays = 0;
    double minDays = 0;
    double maxDays = 0;
    double entriesPerMonth = 0;
};

/// A catalogue channel for one subject: fit 0–100 and the share of the budget spent on it.
struct ChannelFigure {
    QString id;
    QString name;
    double fit = 0;
    double budgetSharePercent = 0;
};

/// An attributed channel of one subject. For a group, the window is the mean over the members
/// that attribute the channel, and `members`/`membersShort` say how many do and how many of them
/// miss the p90 of their own cycle.
struct WindowFigure {
    QString channelId;
    QString channelName;
    double windowDays = 0;
    bool coversP50 = false;
    bool coversP90 = false;
    int members = 1;
    int membersShort = 0;
};

/// One compared subject: a persona, or a group of personas (then every number is the group mean).
struct SubjectFigures {
    QString key;  ///< persona id, or the group's name in the file ("B2B", "hybrid", …)
    QString name; ///< full name; charts elide it, tables and tooltips show it whole
    QColor colour;
    bool group = false;
    int members = 1; ///< personas behind the numbers

    std::array<double, analytics::dimensionCount> dimensions{}; ///< 0–100
    std::array<bool, analytics::dimensionCount> applicable{};
    double b2bIndex = 0;

    double unitSize = 1;             ///< people in the decision unit
    double consensusProbability = 0; ///< 0–1
    bool probabilityOverridden = false;
    QStringList uncoveredRoles; ///< display names; for groups "Decider (2 of 5)"

    std::vector<StageFigure> stages; ///< for groups one "mean cycle" stage
    double meanDays = 0;
    double p50Days = 0;
    double p90Days = 0;

    std::vector<StageFigure> funnel; ///< entries per stage; for groups top and bottom only
    double customersPerMonth = 0;

    /// Revenue of month m from every customer still paying (docs/models.md, "Time to revenue").
    std::array<double, 24> monthlyRevenue{};
    /// Of which from customers paying for the first time; equal to monthlyRevenue for one-off.
    std::array<double, 24> newCustomerRevenue{};
    bool recurring = false; ///< subscription or repeat orders; for groups: any member
    /// Revenue a month once churn balances new customers; none when recurring revenue grows
    /// without limit (for groups: the mean over the members that have one).
    std::optional<double> steadyStateRevenue;
    std::optional<double> monthsTo50Percent;

    std::vector<ChannelFigure> channels; ///< every catalogue channel, best fit first

    std::optional<double> cac;
    double clv = 0;
    std::optional<double> clvToCac;
    std::optional<double> paybackMonths;

    std::vector<WindowFigure> windows;
};

/// Every persona of the workspace on the B2B index scale.
struct PopulationPoint {
    QString key;
    QString name;
    Label label = Label::B2C;
    analytics::BehavesAs behavesAs = analytics::BehavesAs::Mixed;
    double b2bIndex = 0;
    bool labelMismatch = false;
};

struct ChartData {
    QString currency = QStringLiteral("USD");
    bool groups = false; ///< subjects are groups rather than personas
    std::vector<SubjectFigures> subjects;
    std::vector<PopulationPoint> population;
    /// Shown instead of a chart that has nothing to draw, e.g. "Select personas to compare".
    QString emptyHint;
};

/// An accessible table of the numbers a chart draws: the first column names the row.
struct ChartTable {
    QStringList columns;
    std::vector<QStringList> rows;
};

/// Fixed colours of the labels and behaviour classes (the B2B index chart and the groups), chosen
/// apart from the default persona palette's first entries so a group never looks like a persona.
QColor labelColour(Label label);
QColor behaviourColour(analytics::BehavesAs behaviour);

} // namespace b2x::charts
