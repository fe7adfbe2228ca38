// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "analytics/GroupComparison.h"
#include "analytics/PersonaAnalysis.h"
#include "model/Workspace.h"

#include <span>

namespace b2x::charts {

/// One persona and its (cached) analysis, as the group figures read them.
struct AnalysedPersona {
    const Persona* persona = nullptr;
    const analytics::PersonaAnalysis* analysis = nullptr;
};

/// Turns model outputs into the charts' plain numbers. Free of widgets and of the document, so an
/// export or a test builds the same figures the panel shows.
class ChartDataBuilder {
public:
    static SubjectFigures persona(const Persona& persona,
                                  const analytics::PersonaAnalysis& analysis,
                                  const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());
    static PopulationPoint populationPoint(const Persona& persona,
                                           const analytics::PersonaAnalysis& analysis);

    /// The groups that have members, in the order B2B, middle (hybrid or mixed), B2C; each number
    /// is the mean over the group's members for which it is defined, as compareGroups() takes it.
    static std::vector<SubjectFigures>
    groups(std::span<const AnalysedPersona> personas, analytics::GroupBy groupBy,
           const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());

    /// Everything the charts draw for a workspace, e.g. for an export. `analyses` are in
    /// workspace order. In the Personas mode the compared personas are `personaIndices`, or when
    /// that is empty the view's selection; at most `maxCompared` of them. The group modes group
    /// the personas the view's group scope names (every persona, or the selected ones).
    static ChartData workspace(const Workspace& workspace,
                               std::span<const analytics::PersonaAnalysis> analyses,
                               CompareMode mode,
                               const std::vector<std::size_t>& personaIndices = {});

    /// The most personas compared at once (legends and grouped bars stay readable).
    static constexpr std::size_t maxCompared = 6;
    static QString emptyHint(CompareMode mode, GroupScope scope = GroupScope::All);

    /// Group `index` (0 = B2B, 1 = middle, 2 = B2C) from its members alone; an edit recomputes
    /// only the groups the edited persona left or joined.
    static SubjectFigures group(std::span<const AnalysedPersona> members, std::size_t index,
                                analytics::GroupBy groupBy,
                                const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());

    /// 0 = B2B, 1 = middle, 2 = B2C (GroupComparison's order).
    static std::size_t groupIndex(const analytics::PersonaAnalysis& analysis,
                                  analytics::GroupBy groupBy);
    static std::size_t groupIndex(const PopulationPoint& point, analytics::GroupBy groupBy);
    static QString groupKey(std::size_t index, analytics::GroupBy groupBy);
    static QString groupName(std::size_t index, analytics::GroupBy groupBy);
    static QColor groupColour(std::size_t index, analytics::GroupBy groupBy);
};

} // namespace b2x::charts
