// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaAnalysis.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace b2x::analytics {

/// Group personas by their label (B2B, B2C, hybrid) or by how they behave (B2B, B2C, mixed).
enum class GroupBy { Label, Behaviour };

struct OutputStats {
    std::string name;      ///< as in scalarOutputs()
    std::size_t count = 0; ///< personas of the group for which the output is defined
    std::optional<double> mean;
    std::optional<double> median; ///< the mean of the middle two for an even count
};

struct GroupStats {
    std::string group; ///< "B2B", "B2C", "hybrid" (by label) or "mixed" (by behaviour)
    std::size_t personas = 0;
    std::vector<OutputStats> outputs; ///< every output, in the same order for every group
};

struct OutputDifference {
    std::string name;
    std::optional<double> mean;   ///< minuend mean − subtrahend mean, when both exist
    std::optional<double> median; ///< likewise for medians
};

/// Differences run from the more business-like group to the less: B2B − B2C, B2B − middle,
/// middle − B2C, where the middle group is hybrid (by label) or mixed (by behaviour).
struct GroupDifference {
    std::string minuend;
    std::string subtrahend;
    std::vector<OutputDifference> outputs;
};

struct GroupComparison {
    GroupBy groupBy = GroupBy::Label;
    std::array<GroupStats, 3> groups; ///< B2B, middle, B2C; empty groups have no values
    std::array<GroupDifference, 3> differences;
};

/// The group a persona falls in: 0 = B2B, 1 = the middle (hybrid by label, mixed by behaviour),
/// 2 = B2C. The charts group with this too, so their groups are the summary's.
std::size_t groupIndex(Label label, BehavesAs behavesAs, GroupBy groupBy);
/// A group's name in `b2x summary --json` and the charts' keys: "B2B", "hybrid"/"mixed", "B2C".
std::string groupKey(std::size_t index, GroupBy groupBy);

GroupComparison compareGroups(std::span<const PersonaAnalysis> analyses, GroupBy groupBy);

} // namespace b2x::analytics
