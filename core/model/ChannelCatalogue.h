// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace b2x {

/// A channel of the built-in catalogue (core/catalogue/channels.json, documented in
/// docs/channels.md). Attributes are 0–100 unless stated.
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
};

/// The built-in channel catalogue, loaded once from the data compiled into the library.
class ChannelCatalogue {
public:
    static const ChannelCatalogue& builtIn();

    std::span<const Channel> channels() const { return m_channels; }
    const Channel* find(std::string_view id) const;
    /// Where the attribute values come from, keyed by attribute name.
    std::span<const std::pair<std::string, std::string>> sources() const { return m_sources; }

private:
    ChannelCatalogue() = default;
    std::vector<Channel> m_channels;
    std::vector<std::pair<std::string, std::string>> m_sources;
};

} // namespace b2x
