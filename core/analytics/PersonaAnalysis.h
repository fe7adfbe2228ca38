// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttributionCheck.h"
#include "BehaviourProfile.h"
#include "ChannelFit.h"
#include "DecisionUnitAnalysis.h"
#include "Funnel.h"
#include "SalesCycle.h"
#include "TimeToRevenue.h"
#include "UnitEconomics.h"
#include "model/ChannelCatalogue.h"
#include "model/Persona.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace b2x::analytics {

/// Every model's output for one persona (docs/models.md). Computed from that persona alone, so
/// an edit recomputes one persona and never touches the others; the same persona gives the same
/// numbers on every machine.
struct PersonaAnalysis {
    std::string personaId;
    Label label = Label::B2C;
    BehaviourProfile behaviour;
    DecisionUnitAnalysis decisionUnit;
    SalesCycle salesCycle;
    Funnel funnel;
    UnitEconomics economics;
    double inMarketSharePerQuarter = 0; ///< 0–1
    TimeToRevenue timeToRevenue;
    std::vector<AttributionCheck> attribution;
    std::vector<ChannelFit> channelFit; ///< every catalogue channel, best first
};

PersonaAnalysis analysePersona(const Persona& persona,
                               const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());

/// The analyses of many personas, in the same order, computed on `threads` threads (0: one per
/// core). Opening a 10,000-persona workspace analyses every persona at once; each analysis
/// depends on its persona alone, so the work splits without changing any number.
std::vector<PersonaAnalysis>
analysePersonas(std::span<const Persona* const> personas,
                const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn(),
                unsigned threads = 0);

/// One scalar output by its path in the `b2x summary --json` document, e.g. "b2bIndex",
/// "economics.cac", "channelFit.linkedin"; absent values are "not defined".
struct NamedOutput {
    std::string name;
    std::optional<double> value;
};

/// Every scalar output in a fixed order (the group comparison averages these). Flags count as
/// 0 or 1, so their group mean is the share of personas flagged.
std::vector<NamedOutput> scalarOutputs(const PersonaAnalysis& analysis);

/// The same outputs in the same order, handed to `visit` one by one without building a list (the
/// group comparison reads them for every persona of a workspace). A name is valid only during
/// its call.
using ScalarOutputVisitor = std::function<void(std::string_view name, std::optional<double>)>;
void visitScalarOutputs(const PersonaAnalysis& analysis, const ScalarOutputVisitor& visit);

} // namespace b2x::analytics
