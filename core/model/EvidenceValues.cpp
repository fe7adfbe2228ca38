// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceValues.h"

#include "Limits.h"

#include <algorithm>
#include <cmath>

namespace b2x {

std::vector<double> evidenceValues(const Persona& p, EvidenceField field)
{
    const Economics& e = p.economics;
    switch (field) {
    case EvidenceField::Price:
        return {e.price};
    case EvidenceField::MonthlySpend:
        return {e.monthlySpend};
    case EvidenceField::MonthlyVolume:
        return {e.monthlyVolume};
    case EvidenceField::GrossMargin:
        return {e.grossMarginPercent};
    case EvidenceField::PurchasesPerYear:
        return {e.purchasesPerYear};
    case EvidenceField::Lifetime:
        return {e.lifetimeYears};
    case EvidenceField::DecisionUnitSize:
        return {static_cast<double>(p.decisionUnit.members.size())};
    case EvidenceField::ConversionRates: {
        std::vector<double> rates;
        rates.reserve(p.pipeline.size());
        for (const Stage& s : p.pipeline)
            rates.push_back(s.conversionPercent);
        return rates;
    }
    case EvidenceField::StageDurations: {
        std::vector<double> days;
        days.reserve(3 * p.pipeline.size());
        for (const Stage& s : p.pipeline) {
            days.push_back(s.minDays);
            days.push_back(s.likelyDays);
            days.push_back(s.maxDays);
        }
        return days;
    }
    }
    return {};
}

std::size_t maxEvidenceValues(EvidenceField field)
{
    switch (field) {
    case EvidenceField::ConversionRates:
        return limits::maxStages;
    case EvidenceField::StageDurations:
        return 3 * limits::maxStages;
    default:
        return 1;
    }
}

bool sameEvidenceValues(std::span<const double> a, std::span<const double> b)
{
    constexpr double relativeTolerance = 1e-9;
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](double x, double y) {
        return std::fabs(x - y) <= relativeTolerance * std::max(std::fabs(x), std::fabs(y));
    });
}

bool isStale(const Persona& persona, EvidenceField field)
{
    const auto it = persona.evidence.find(field);
    return it != persona.evidence.end() &&
           !sameEvidenceValues(it->second.writtenFor, evidenceValues(persona, field));
}

void stampEvidence(Persona& persona, EvidenceField field)
{
    const auto it = persona.evidence.find(field);
    if (it != persona.evidence.end())
        it->second.writtenFor = evidenceValues(persona, field);
}

void stampEvidence(Persona& persona)
{
    for (auto& [field, evidence] : persona.evidence)
        evidence.writtenFor = evidenceValues(persona, field);
}

} // namespace b2x
