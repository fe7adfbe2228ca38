// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonRows.h"

#include "format/EnumLabels.h"
#include "format/Formatting.h"

#include <QCoreApplication>

namespace b2x {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

QString money(double v, const Workspace& ws)
{
    return Formatting::money(v, QString::fromStdString(ws.currency));
}

QString number(double v)
{
    return Formatting::number(v);
}

} // namespace

std::vector<ComparisonRow> comparisonRows()
{
    return {{tr("Label")},
            {tr("Decision-unit members")},
            {tr("Pipeline stages")},
            {tr("Most likely cycle")},
            {tr("Price per purchase")},
            {tr("Monthly volume")},
            {tr("Monthly spend")},
            {tr("Channels")}};
}

std::vector<ComparisonCell> comparisonValues(const Persona& p, const Workspace& ws)
{
    double likelyDays = 0;
    for (const auto& s : p.pipeline)
        likelyDays += s.likelyDays;
    return {
        {displayName(p.label), {}},
        {number(static_cast<double>(p.decisionUnit.members.size())), {}},
        {number(static_cast<double>(p.pipeline.size())), {}},
        {Formatting::days(likelyDays), tr("Sum of every stage's most likely duration")},
        {money(p.economics.price, ws), {}},
        {number(p.economics.monthlyVolume), tr("Entries at the top of the funnel per month")},
        {money(p.economics.monthlySpend, ws), {}},
        {number(static_cast<double>(p.channels.size())), {}},
    };
}

} // namespace b2x
