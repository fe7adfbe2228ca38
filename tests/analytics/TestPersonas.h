// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "model/Persona.h"
#include "model/Workspace.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace b2x::test {

inline Stage stage(double minDays, double likelyDays, double maxDays,
                   double conversionPercent = 100, std::string name = "stage")
{
    return {std::move(name), conversionPercent, minDays, likelyDays, maxDays};
}

inline DecisionUnitMember member(Role role, Stance stance = Stance::Neutral,
                                 bool economicBuyer = false)
{
    return {{role}, "member", 50, stance, economicBuyer};
}

/// The bundled sample workspace (resources/samples/b2b-vs-b2c.b2x).
const Workspace& sampleWorkspace();
/// The sample persona whose name starts with `prefix`; fails the test when missing.
const Persona& samplePersona(const std::string& prefix);

/// Channel ids of the first `n` entries of a ranking.
std::vector<std::string> topChannels(const analytics::PersonaAnalysis& a, std::size_t n);

/// Every number of two analyses, compared bit for bit.
void expectIdentical(const analytics::PersonaAnalysis& a, const analytics::PersonaAnalysis& b);

} // namespace b2x::test
