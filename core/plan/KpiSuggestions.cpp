// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSuggestions.h"

#include <QCoreApplication>
#include <algorithm>

namespace b2x::plan {

namespace {

struct Entry {
    RaceStage stage;
    KpiFit fit;
    const char* metric;
    const char* name;
    const char* unit;
};

// Per stage after Smart Insights' RACE KPIs (Reach: visitors; Act: leads and their conversion;
// Convert: sales and revenue; Engage: repeat business and customer value), split by the kind of
// buying: B2B plans count qualified leads and pipeline (the lead stages of a CRM), B2C plans
// traffic, clicks, conversion and return on ad spend.
constexpr Entry entries[] = {
    {RaceStage::Reach, KpiFit::B2B, "mqlsPerChannel",
     QT_TRANSLATE_NOOP("b2x::plan", "MQLs per channel"), QT_TRANSLATE_NOOP("b2x::plan", "MQLs")},
    {RaceStage::Reach, KpiFit::B2C, "traffic", QT_TRANSLATE_NOOP("b2x::plan", "Traffic"),
     QT_TRANSLATE_NOOP("b2x::plan", "visits")},
    {RaceStage::Act, KpiFit::B2B, "sqlsPerChannel",
     QT_TRANSLATE_NOOP("b2x::plan", "SQLs per channel"), QT_TRANSLATE_NOOP("b2x::plan", "SQLs")},
    {RaceStage::Act, KpiFit::B2C, "ctr", QT_TRANSLATE_NOOP("b2x::plan", "Click-through rate"),
     QT_TRANSLATE_NOOP("b2x::plan", "%")},
    {RaceStage::Convert, KpiFit::B2B, "leadToCustomerRate",
     QT_TRANSLATE_NOOP("b2x::plan", "Lead-to-customer rate"), QT_TRANSLATE_NOOP("b2x::plan", "%")},
    {RaceStage::Convert, KpiFit::B2B, "pipelineValue",
     QT_TRANSLATE_NOOP("b2x::plan", "Pipeline value"), QT_TRANSLATE_NOOP("b2x::plan", "currency")},
    {RaceStage::Convert, KpiFit::B2C, "conversionRate",
     QT_TRANSLATE_NOOP("b2x::plan", "Conversion rate"), QT_TRANSLATE_NOOP("b2x::plan", "%")},
    {RaceStage::Convert, KpiFit::B2C, "roas",
     QT_TRANSLATE_NOOP("b2x::plan", "Return on ad spend (ROAS)"),
     QT_TRANSLATE_NOOP("b2x::plan", "×")},
    {RaceStage::Engage, KpiFit::B2B, "clv",
     QT_TRANSLATE_NOOP("b2x::plan", "Customer lifetime value (CLV)"),
     QT_TRANSLATE_NOOP("b2x::plan", "currency")},
    {RaceStage::Engage, KpiFit::B2C, "repeatPurchaseRate",
     QT_TRANSLATE_NOOP("b2x::plan", "Repeat-purchase rate"), QT_TRANSLATE_NOOP("b2x::plan", "%")},
};

} // namespace

std::vector<KpiSuggestion> suggestKpis(analytics::BehavesAs behavesAs)
{
    const bool b2b = behavesAs != analytics::BehavesAs::B2C;
    const bool b2c = behavesAs != analytics::BehavesAs::B2B;
    std::vector<KpiSuggestion> out;
    for (const auto& e : entries) {
        if ((e.fit == KpiFit::B2B && !b2b) || (e.fit == KpiFit::B2C && !b2c))
            continue;
        out.push_back({e.stage, e.fit, e.metric, QCoreApplication::translate("b2x::plan", e.name),
                       QCoreApplication::translate("b2x::plan", e.unit)});
    }
    return out;
}

QString raceStageName(RaceStage stage)
{
    switch (stage) {
    case RaceStage::Plan:
        return QCoreApplication::translate("b2x::plan", "Plan");
    case RaceStage::Reach:
        return QCoreApplication::translate("b2x::plan", "Reach");
    case RaceStage::Act:
        return QCoreApplication::translate("b2x::plan", "Act");
    case RaceStage::Convert:
        return QCoreApplication::translate("b2x::plan", "Convert");
    case RaceStage::Engage:
        return QCoreApplication::translate("b2x::plan", "Engage");
    }
    return {};
}

} // namespace b2x::plan
