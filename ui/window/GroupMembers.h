// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/GroupComparison.h"
#include "charts/ChartData.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace b2x {

/// Who is in each group the charts compare, for the list above the charts in the group modes.
class GroupMembers {
    Q_DECLARE_TR_FUNCTIONS(b2x::GroupMembers)

public:
    /// Names listed per group on screen; more end in "and 5 more" (the tool tip lists more).
    static constexpr int namesShown = 8;
    static constexpr int namesInToolTip = 40;

    struct Text {
        QString text;    ///< one line per group with members: "B2B label (3): A, B, C"
        QString toolTip; ///< the same with up to namesInToolTip names per group
    };

    /// The groups of the population's personas for which `inScope` is true (every persona when
    /// `inScope` is empty), in the charts' order: B2B, middle, B2C.
    static Text describe(const std::vector<charts::PopulationPoint>& population,
                         const std::vector<bool>& inScope, analytics::GroupBy groupBy);
};

} // namespace b2x
