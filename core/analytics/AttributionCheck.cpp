// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttributionCheck.h"

#include <QCoreApplication>
#include <cmath>

namespace b2x::analytics {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::analytics", text);
}

QString days(double value)
{
    return QString::number(std::ceil(value), 'f', 0);
}

QString warningFor(const AttributionCheck& a, const Channel& channel, const SalesCycle& cycle)
{
    const QString name = QString::fromStdString(channel.name);
    if (a.exceedsPlatformMax)
        return tr("%1: the %2-day window is longer than %3 allows (%4 days); reports will use "
                  "the shorter window.")
            .arg(name)
            .arg(a.windowDays)
            .arg(QString::fromStdString(a.platform))
            .arg(*a.platformMaxDays);
    if (a.coversP90)
        return {};
    const bool canExtend = a.platformMaxDays && *a.platformMaxDays >= std::ceil(cycle.p90Days);
    if (!a.coversP50) {
        if (canExtend)
            return tr("%1: the %2-day window misses more than half of the deals (median cycle %3 "
                      "days, 90% within %4); extend it to at least %4 days.")
                .arg(name)
                .arg(a.windowDays)
                .arg(days(cycle.p50Days), days(cycle.p90Days));
        return tr("%1: the %2-day window misses more than half of the deals (median cycle %3 "
                  "days, 90% within %4), and the platform cannot cover the cycle; attribute "
                  "in the CRM.")
            .arg(name)
            .arg(a.windowDays)
            .arg(days(cycle.p50Days), days(cycle.p90Days));
    }
    if (canExtend)
        return tr("%1: the %2-day window misses the slowest tenth of deals (90% close within %3 "
                  "days); extend it to at least %3 days.")
            .arg(name)
            .arg(a.windowDays)
            .arg(days(cycle.p90Days));
    return tr("%1: the %2-day window misses the slowest tenth of deals (90% close within %3 "
              "days), and the platform cannot cover them; attribute in the CRM.")
        .arg(name)
        .arg(a.windowDays)
        .arg(days(cycle.p90Days));
}

} // namespace

std::vector<AttributionCheck> checkAttribution(const Persona& persona, const SalesCycle& cycle,
                                               const ChannelCatalogue& catalogue)
{
    std::vector<AttributionCheck> out;
    for (const auto& use : persona.channels) {
        if (!use.attributionWindowDays)
            continue;
        const Channel* channel = catalogue.find(use.channelId);
        if (!channel)
            continue; // not in this catalogue: the reader has warned, the models ignore it
        AttributionCheck a;
        a.channelId = use.channelId;
        a.windowDays = *use.attributionWindowDays;
        a.coversP50 = a.windowDays >= cycle.p50Days;
        a.coversP90 = a.windowDays >= cycle.p90Days;
        a.platformDefaultDays = channel->defaultAttributionDays;
        a.platformMaxDays = channel->maxAttributionDays;
        a.platform = channel->attributionPlatform;
        a.exceedsPlatformMax = a.platformMaxDays && a.windowDays > *a.platformMaxDays;
        a.warning = warningFor(a, *channel, cycle);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace b2x::analytics
