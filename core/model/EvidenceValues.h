// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Persona.h"

#include <cstddef>
#include <span>
#include <vector>

namespace b2x {

// Evidence knows the value it was written for (Evidence::writtenFor). These functions say which
// value(s) of a persona an evidence field speaks about, and whether the evidence still matches
// them. A source written for "two people" is stale once the decision unit has four members, and
// must never be shown as backing the new number (docs/workbench.md, "Evidence").

/// The persona's current value(s) that evidence for `field` refers to:
/// - price, monthlySpend, monthlyVolume, grossMargin, purchasesPerYear, lifetime: one number
///   (the economics field; gross margin in percent, lifetime in years);
/// - conversionRates: the conversion percent of every pipeline stage, in order;
/// - stageDurations: min, likely and max days of every stage, in order (three per stage);
/// - decisionUnitSize: one number, the count of decision-unit members.
std::vector<double> evidenceValues(const Persona& persona, EvidenceField field);

/// The longest list evidenceValues() can give for `field` within the file limits
/// (core/model/Limits.h); the reader refuses a longer "for" list.
std::size_t maxEvidenceValues(EvidenceField field);

/// True when both lists have the same length and each pair of numbers agrees within a relative
/// tolerance of 1e-9 (so a value that went through text and back still matches).
bool sameEvidenceValues(std::span<const double> a, std::span<const double> b);

/// True when the persona has evidence for `field` and it was written for other value(s) than the
/// persona has now. No evidence is never stale.
bool isStale(const Persona& persona, EvidenceField field);

/// Records that the persona's evidence for `field` (when it has one) is written for its current
/// value(s): what "confirm for the current value" does.
void stampEvidence(Persona& persona, EvidenceField field);
/// The same for every evidence item of the persona (a template's own numbers).
void stampEvidence(Persona& persona);

} // namespace b2x
