// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompetingRisks.h"
#include "Deals.h"
#include "analytics/Triangular.h"
#include "model/Persona.h"

#include <QString>
#include <map>
#include <string>
#include <vector>

namespace b2x::calibration {

/// A persona's pipeline stage measured from deals.
struct MeasuredStage {
    std::string name; ///< the persona's stage
    /// Conversion and time in the stage. Conversion counts deals that skipped the stage as moving
    /// on; durations leave them out (their time in the stage is not known).
    CompetingRisksEstimate estimate;
    int skipped = 0; ///< deals that reached a later stage without entering this one
    std::optional<TriangularFit> triangular;
    double modelConversionPercent = 0; ///< what the persona says today
    analytics::Triangular modelDays;
};

struct MeasuredCycle {
    std::optional<double> p50Days; ///< creation to won, among the deals that are won
    std::optional<double> p90Days;
    double modelP50Days = 0; ///< the persona's cycle distribution (docs/models.md, §3)
    double modelP90Days = 0;
    std::vector<IncidenceStep> steps; ///< the won curve (cumulative incidence of winning)
    std::optional<double> winRate;    ///< Aalen–Johansen share of created deals that are won
};

struct Calibration {
    DayNumber asOf = 0;
    int total = 0;
    int won = 0;
    int lost = 0;
    int open = 0;
    std::vector<MeasuredStage> stages; ///< in the persona's pipeline order
    MeasuredCycle cycle;
    std::vector<QString> warnings; ///< in words, translatable
};

/// Which persona stage each CRM stage is (CRM stage name → index in the persona's pipeline).
/// CRM stages without a mapping are ignored (with a warning naming them).
using StageMapping = std::map<std::string, int>;

/// The mapping of CRM stages whose names equal a persona stage's (ignoring case and spaces).
StageMapping mappingByName(const DealSet& deals, const Persona& persona);

/// Measures each of the persona's stages from the deals (docs/models.md, "Calibration", the
/// rules for skipped stages, stages entered twice, deals won without passing every stage and
/// events out of order). Events after `asOf` are ignored; deals created after it are left out.
Calibration calibrate(const DealSet& deals, const Persona& persona, const StageMapping& mapping,
                      DayNumber asOf);

/// The persona with the measured conversions and triangular durations written in, and the
/// evidence of both set to measured with `source` (which names the file, deal count and as-of
/// date). Stages without a measurement keep their values.
Persona applyCalibration(const Persona& persona, const Calibration& calibration,
                         const std::string& source);

} // namespace b2x::calibration
