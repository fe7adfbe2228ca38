// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelCatalogue.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace b2x {

namespace detail {
extern const std::string_view channelCatalogueJson;
}

namespace {

std::optional<int> optionalInt(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<int>();
}

// The catalogue is our own data, checked by tests/core/ChannelCatalogueTest; a malformed entry is
// a build defect, so plain at() (which throws) is appropriate here, unlike in the workspace reader.
} // namespace

ChannelCatalogue* ChannelCatalogue::load(ChannelCatalogue* catalogue,
                                         std::vector<Channel>& channels,
                                         std::vector<std::pair<std::string, std::string>>& sources)
{
    const auto doc = nlohmann::json::parse(detail::channelCatalogueJson);
    for (const auto& [key, value] : doc.at("attributeSources").items())
        sources.emplace_back(key, value.get<std::string>());
    for (const auto& c : doc.at("channels")) {
        Channel ch;
        ch.id = c.at("id").get<std::string>();
        ch.name = c.at("name").get<std::string>();
        ch.category = c.at("category").get<std::string>();
        ch.b2bAffinity = c.at("b2bAffinity").get<double>();
        ch.reach = c.at("reach").get<double>();
        ch.precision = c.at("precision").get<double>();
        ch.emotionalFit = c.at("emotionalFit").get<double>();
        ch.priceLow = c.at("priceBand").at(0).get<double>();
        ch.priceHigh = c.at("priceBand").at(1).get<double>();
        ch.cycleLowDays = c.at("cycleBand").at(0).get<double>();
        ch.cycleHighDays = c.at("cycleBand").at(1).get<double>();
        if (const auto& a = c.at("attribution"); a.is_object()) {
            ch.defaultAttributionDays = optionalInt(a, "defaultDays");
            ch.maxAttributionDays = optionalInt(a, "maxDays");
            ch.attributionPlatform = a.value("platform", std::string());
        }
        channels.push_back(std::move(ch));
    }
    for (const Channel& c : channels) {
        if (c.attributionPlatform.empty())
            continue;
        if (std::none_of(
                catalogue->m_platforms.begin(), catalogue->m_platforms.end(),
                [&](const AttributionPlatform& p) { return p.name == c.attributionPlatform; }))
            catalogue->m_platforms.push_back(
                {c.attributionPlatform, c.defaultAttributionDays, c.maxAttributionDays});
    }
    return catalogue;
}

bool Channel::isCustom() const
{
    return std::string_view(id).starts_with(customChannelPrefix);
}

const ChannelCatalogue& ChannelCatalogue::builtIn()
{
    static ChannelCatalogue catalogue;
    static const ChannelCatalogue* loaded =
        load(&catalogue, catalogue.m_channels, catalogue.m_sources);
    return *loaded;
}

ChannelCatalogue ChannelCatalogue::combined(const ChannelCatalogue& builtIn,
                                            std::span<const Channel> custom)
{
    ChannelCatalogue out(builtIn);
    out.m_channels.reserve(out.m_channels.size() + custom.size());
    for (Channel c : custom) {
        const AttributionPlatform* platform = builtIn.findPlatform(c.attributionPlatform);
        c.defaultAttributionDays = platform ? platform->defaultDays : std::nullopt;
        c.maxAttributionDays = platform ? platform->maxDays : std::nullopt;
        if (!platform)
            c.attributionPlatform.clear();
        out.m_channels.push_back(std::move(c));
    }
    return out;
}

std::vector<AttributionPlatform> ChannelCatalogue::attributionPlatforms() const
{
    return m_platforms;
}

const AttributionPlatform* ChannelCatalogue::findPlatform(std::string_view name) const
{
    const auto it = std::find_if(m_platforms.begin(), m_platforms.end(),
                                 [&](const AttributionPlatform& p) { return p.name == name; });
    return it == m_platforms.end() ? nullptr : &*it;
}

const Channel* ChannelCatalogue::find(std::string_view id) const
{
    const auto it = std::find_if(m_channels.begin(), m_channels.end(),
                                 [&](const Channel& c) { return c.id == id; });
    return it == m_channels.end() ? nullptr : &*it;
}

} // namespace b2x
