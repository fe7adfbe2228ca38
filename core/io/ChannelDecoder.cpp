// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelDecoder.h"

#include "model/Limits.h"

#include <cmath>
#include <set>

namespace b2x {

namespace {

namespace L = limits;
using Json = nlohmann::json;
using Need = JsonDecoder::Need;
using Scope = JsonDecoder::Scope;

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

/// A [low, high] pair of numbers within [0, max], low ≤ high.
void band(JsonDecoder& d, const Json& o, const char* key, double& low, double& high, double max)
{
    const Json* pair = d.array(o, key, 2, Need::Required);
    if (!pair)
        return;
    Scope s(d, key);
    if (pair->size() != 2) {
        d.fail(tr("must hold two numbers, the low and the high end"));
        return;
    }
    {
        Scope s0(d, std::size_t{0});
        if (!(*pair)[0].is_number() || !std::isfinite((*pair)[0].get<double>()) ||
            (*pair)[0].get<double>() < 0 || (*pair)[0].get<double>() > max)
            d.fail(tr("must be a number from 0 to %1").arg(JsonDecoder::formatNumber(max)));
        else
            low = (*pair)[0].get<double>();
    }
    {
        Scope s1(d, std::size_t{1});
        if (!(*pair)[1].is_number() || !std::isfinite((*pair)[1].get<double>()) ||
            (*pair)[1].get<double>() < 0 || (*pair)[1].get<double>() > max)
            d.fail(tr("must be a number from 0 to %1").arg(JsonDecoder::formatNumber(max)));
        else
            high = (*pair)[1].get<double>();
    }
    if (low > high)
        d.fail(tr("the low end (%1) is above the high end (%2)")
                   .arg(JsonDecoder::formatNumber(low), JsonDecoder::formatNumber(high)));
}

void platform(JsonDecoder& d, const Json& o, std::string& out)
{
    const auto it = o.find("attributionPlatform");
    if (it == o.end() || it->is_null())
        return;
    d.text(o, "attributionPlatform", out, L::maxShortText);
    if (out.empty())
        return;
    Scope s(d, "attributionPlatform");
    if (!ChannelCatalogue::builtIn().findPlatform(out)) {
        QStringList names;
        for (const auto& p : ChannelCatalogue::builtIn().attributionPlatforms())
            names << QStringLiteral("\"%1\"").arg(QString::fromStdString(p.name));
        d.fail(tr("must be null or one of %1; found \"%2\"")
                   .arg(names.join(QStringLiteral(", ")), QString::fromStdString(out)));
        out.clear();
    }
}

} // namespace

void decodeCustomChannels(JsonDecoder& d, const Json& root, std::vector<Channel>& channels)
{
    const Json* list = d.array(root, "channels", L::maxCustomChannels);
    if (!list)
        return;
    Scope s(d, "channels");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        Scope si(d, i);
        const Json& o = (*list)[i];
        if (!d.expectObject(o))
            continue;
        Channel c;
        c.b2bAffinity = c.reach = c.precision = c.emotionalFit = 50;
        d.text(o, "id", c.id, L::maxShortText, Need::Required);
        {
            Scope sid(d, "id");
            if (o.contains("id") && o["id"].is_string()) {
                if (!c.isCustom() || c.id.size() == customChannelPrefix.size())
                    d.fail(tr("must start with \"custom-\" followed by at least one character, so "
                              "it never clashes with a built-in channel; found \"%1\"")
                               .arg(QString::fromStdString(c.id)));
                else if (!ids.insert(c.id).second)
                    d.fail(
                        tr("\"%1\" is used by an earlier channel; every channel needs its own id")
                            .arg(QString::fromStdString(c.id)));
            }
        }
        d.text(o, "name", c.name, L::maxShortText, Need::Required);
        if (o.contains("name") && o["name"].is_string() && c.name.empty()) {
            Scope sn(d, "name");
            d.fail(tr("must not be empty"));
        }
        d.text(o, "category", c.category, L::maxShortText);
        d.number(o, "b2bAffinity", c.b2bAffinity, 0, 100, Need::Required);
        d.number(o, "reach", c.reach, 0, 100, Need::Required);
        d.number(o, "precision", c.precision, 0, 100, Need::Required);
        d.number(o, "emotionalFit", c.emotionalFit, 0, 100, Need::Required);
        band(d, o, "priceBand", c.priceLow, c.priceHigh, L::maxMoney);
        band(d, o, "cycleBand", c.cycleLowDays, c.cycleHighDays, L::maxDays);
        d.optionalNumber(o, "typicalCost", c.typicalCost, 0, L::maxMoney);
        d.enumeration(o, "costPer", c.costBasis);
        platform(d, o, c.attributionPlatform);
        channels.push_back(std::move(c));
    }
}

void checkCustomChannelUses(JsonDecoder& d, const Workspace& ws)
{
    for (std::size_t i = 0; i < ws.personas.size(); ++i) {
        const auto& uses = ws.personas[i].channels;
        for (std::size_t j = 0; j < uses.size(); ++j) {
            const std::string& id = uses[j].channelId;
            if (!std::string_view(id).starts_with(customChannelPrefix) || ws.findCustomChannel(id))
                continue;
            Scope sp(d, "personas");
            Scope si(d, i);
            Scope sc(d, "channels");
            Scope sj(d, j);
            Scope sk(d, "channel");
            d.warn(tr("\"%1\" is not one of this workspace's channels; the models ignore it")
                       .arg(QString::fromStdString(id)));
        }
    }
}

} // namespace b2x
