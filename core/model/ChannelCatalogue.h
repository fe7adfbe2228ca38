// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace b2x {

/// A channel of the built-in catalogue (core/catalogue/channels.json, documented in
/// docs/channels.md), or one a workspace defines itself (id "custom-…", docs/file-format.md).
/// Attributes are 0–100 unless stated.
struct Channel {
    std::string id;
    std::string name;
    std::string category;
    double b2bAffinity = 50;  ///< 0 = consumer platform, 100 = business platform
    double reach = 50;        ///< 0 = a few named accounts, 100 = mass audience
    double precision = 50;    ///< ability to reach specific roles or accounts
    double emotionalFit = 50; ///< 0 = in-depth rational content, 100 = visual, emotional content
    double priceLow = 0;      ///< price band (currency units) where the channel fits best
    double priceHigh = 0;
    double cycleLowDays = 0; ///< decision-time band (days) where the channel fits best
    double cycleHighDays = 0;
    std::optional<int> defaultAttributionDays; ///< platform default click window, if any
    std::optional<int> maxAttributionDays;
    std::string attributionPlatform;
    /// Custom channels only: the typical cost per lead or per thousand impressions, if known.
    std::optional<double> typicalCost;
    CostBasis costBasis = CostBasis::Lead;

    /// True for a channel a workspace defines (its id starts with customChannelPrefix).
    bool isCustom() const;

    bool operator==(const Channel&) const = default;
};

/// Every custom channel's id starts with this, so it never clashes with a built-in id.
inline constexpr std::string_view customChannelPrefix = "custom-";

/// The attribution window of a platform the built-in catalogue knows.
struct AttributionPlatform {
    std::string name;
    std::optional<int> defaultDays;
    std::optional<int> maxDays;
};

/// The built-in channel catalogue, loaded once from the data compiled into the library.
class ChannelCatalogue {
public:
    static const ChannelCatalogue& builtIn();
    /// The built-in channels followed by a workspace's own, in that order. A custom channel's
    /// attribution window comes from its platform's entry in the built-in catalogue.
    static ChannelCatalogue combined(const ChannelCatalogue& builtIn,
                                     std::span<const Channel> custom);

    /// The distinct attribution platforms of the catalogue, in catalogue order, each with the
    /// window of its first channel.
    std::vector<AttributionPlatform> attributionPlatforms() const;
    const AttributionPlatform* findPlatform(std::string_view name) const;

    std::span<const Channel> channels() const { return m_channels; }
    const Channel* find(std::string_view id) const;
    /// Where the attribute values come from, keyed by attribute name.
    std::span<const std::pair<std::string, std::string>> sources() const { return m_sources; }

    ChannelCatalogue(const ChannelCatalogue&) = default;
    ChannelCatalogue(ChannelCatalogue&&) = default;
    ChannelCatalogue& operator=(const ChannelCatalogue&) = default;
    ChannelCatalogue& operator=(ChannelCatalogue&&) = default;

private:
    ChannelCatalogue() = default;
    static ChannelCatalogue* load(ChannelCatalogue* catalogue, std::vector<Channel>& channels,
                                  std::vector<std::pair<std::string, std::string>>& sources);
    std::vector<AttributionPlatform> m_platforms;
    std::vector<Channel> m_channels;
    std::vector<std::pair<std::string, std::string>> m_sources;
};

} // namespace b2x
