// SPDX-License-Identifier: GPL-3.0-or-later
#include "Presets.h"

#include "EvidenceValues.h"
#include "PresetLibrary.h"
#include "analytics/UnitEconomics.h"

#include <QCoreApplication>
#include <QUuid>
#include <array>
#include <cmath>

namespace b2x {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

// Monthly spend that gives CLV:CAC = 3 (the healthy ratio), rounded to three significant
// figures: the reference list has no spend figure, but it does have the target ratio.
void setHealthySpend(Persona& p)
{
    double customers = p.economics.monthlyVolume;
    for (const auto& s : p.pipeline)
        customers *= s.conversionPercent / 100.0;
    // The persona's own revenue model: for a subscription, CLV comes from churn.
    const double clv = analytics::computeUnitEconomics(p.economics, customers).clv;
    const double spend = customers * clv / 3.0;
    p.economics.monthlySpend = 0;
    if (spend > 0) {
        const double scale = std::pow(10.0, std::floor(std::log10(spend)) - 2.0);
        p.economics.monthlySpend = std::round(spend / scale) * scale;
    }
    p.evidence[EvidenceField::MonthlySpend] = presets::assumed(presets::healthySpend);
}

} // namespace

std::span<const PresetKind> allPresets()
{
    static constexpr std::array<PresetKind, 7> kinds{PresetKind::SmallBusinessSoftware,
                                                     PresetKind::MidMarketSoftware,
                                                     PresetKind::EnterpriseSoftware,
                                                     PresetKind::IndustrialReorder,
                                                     PresetKind::EcommerceImpulse,
                                                     PresetKind::HighConsiderationConsumer,
                                                     PresetKind::Hybrid};
    return kinds;
}

QString presetName(PresetKind kind)
{
    switch (kind) {
    case PresetKind::SmallBusinessSoftware:
        return tr("Small-business software");
    case PresetKind::MidMarketSoftware:
        return tr("Mid-market software");
    case PresetKind::EnterpriseSoftware:
        return tr("Enterprise software");
    case PresetKind::IndustrialReorder:
        return tr("Industrial reorder");
    case PresetKind::EcommerceImpulse:
        return tr("E-commerce impulse purchase");
    case PresetKind::HighConsiderationConsumer:
        return tr("High-consideration consumer purchase");
    case PresetKind::Hybrid:
        return tr("Hybrid: self-funded or employer-sponsored");
    }
    return {};
}

QString presetDescription(PresetKind kind)
{
    switch (kind) {
    case PresetKind::SmallBusinessSoftware:
        return tr("A plan under $10,000 a year with a free trial: two people, a few weeks.");
    case PresetKind::MidMarketSoftware:
        return tr("A $25–50K deal: five people, about three months.");
    case PresetKind::EnterpriseSoftware:
        return tr("A $100–250K deal through a tender: seven people, six to nine months.");
    case PresetKind::IndustrialReorder:
        return tr("A straight rebuy of consumables from an approved supplier, every month.");
    case PresetKind::EcommerceImpulse:
        return tr("Under $50, decided in less than a day, bought online.");
    case PresetKind::HighConsiderationConsumer:
        return tr("$200–2,000, a household weighing options for a few weeks.");
    case PresetKind::Hybrid:
        return tr("A course bought by individuals or by their employers.");
    }
    return {};
}

Persona makePreset(PresetKind kind, std::string id)
{
    Persona p;
    switch (kind) {
    case PresetKind::SmallBusinessSoftware:
        p = presets::smallBusinessSoftware();
        break;
    case PresetKind::MidMarketSoftware:
        p = presets::midMarketSoftware();
        break;
    case PresetKind::EnterpriseSoftware:
        p = presets::enterpriseSoftware();
        break;
    case PresetKind::IndustrialReorder:
        p = presets::industrialReorder();
        break;
    case PresetKind::EcommerceImpulse:
        p = presets::ecommerceImpulse();
        break;
    case PresetKind::HighConsiderationConsumer:
        p = presets::highConsiderationConsumer();
        break;
    case PresetKind::Hybrid:
        p = presets::hybrid();
        break;
    }
    p.id = std::move(id);
    p.name = presetName(kind).toStdString();
    p.summary = presetDescription(kind).toStdString();
    setHealthySpend(p);
    // Every source above was written for the template's own numbers; once the user changes one,
    // its evidence shows as stale instead of backing the new number.
    stampEvidence(p);
    return p;
}

Persona makePreset(PresetKind kind)
{
    return makePreset(kind, QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
}

} // namespace b2x
