// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QString>
#include <vector>

namespace b2x {

// Words for the values a piece of evidence refers to (core/model/EvidenceValues.h), shared by the
// editor's Evidence section and the report.

/// `values` as evidenceValues() lists them for `field`, as a reader says them: "$2,400",
/// "2 people", "3%, 30%", "0–2–7, 7–14–30 days". `currency` is the workspace's ISO code.
QString evidenceValuesText(EvidenceField field, const std::vector<double>& values,
                           const QString& currency);

/// Why the persona's evidence on `field` is stale: "Written for 2 people; the persona now has 4
/// people." For conversion rates and stage durations with the same stages, only the stages that
/// changed: "Stage “Free trial → paid plan”: written for 7–14–30 days, now 20–43–60 days."
QString staleEvidenceText(const Persona& persona, EvidenceField field, const QString& currency);

} // namespace b2x
