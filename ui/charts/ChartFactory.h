// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartId.h"
#include "ComparisonChart.h"

#include <memory>

namespace b2x::charts {

/// Builds any comparison chart by id, without a window: the panel puts it in a card, an export
/// into a QGraphicsScene.
class ChartFactory {
public:
    static std::unique_ptr<ComparisonChart> create(ChartId id);
};

} // namespace b2x::charts
