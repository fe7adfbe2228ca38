// SPDX-License-Identifier: GPL-3.0-or-later
// lupdate does not read channels.json, so the catalogue's display texts are repeated here with
// QT_TRANSLATE_NOOP; tests/ui/LanguageTest checks that this list still covers the catalogue.
#include "ChannelNames.h"

#include <QCoreApplication>

namespace b2x {

namespace {

// clang-format off
constexpr const char* channelNames[] = {
    QT_TRANSLATE_NOOP("b2x::Channel", "LinkedIn"),
    QT_TRANSLATE_NOOP("b2x::Channel", "X/Twitter"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Facebook"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Instagram"),
    QT_TRANSLATE_NOOP("b2x::Channel", "TikTok"),
    QT_TRANSLATE_NOOP("b2x::Channel", "YouTube"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Organic search"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Paid search"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Programmatic display"),
    QT_TRANSLATE_NOOP("b2x::Channel", "E-mail"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Webinars"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Trade fairs"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Industry forums and communities"),
    QT_TRANSLATE_NOOP("b2x::Channel", "B2B publishers"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Account-based marketing"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Direct sales"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Distributors and partners"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Retail stores"),
    QT_TRANSLATE_NOOP("b2x::Channel", "E-commerce site"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Marketplaces"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Mobile app"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Influencers"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Podcast ads"),
    QT_TRANSLATE_NOOP("b2x::Channel", "TV and radio"),
    QT_TRANSLATE_NOOP("b2x::Channel", "Billboards"),
};

constexpr const char* channelCategories[] = {
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "social"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "video"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "search"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "display"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "owned"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "events"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "community"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "content"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "direct"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "distribution"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "audio"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "broadcast"),
    QT_TRANSLATE_NOOP("b2x::ChannelCategory", "outdoor"),
};

// Platform names are brands except for the three generic ones; the brands are listed too so that
// a translator sees them all and lupdate's list matches the catalogue.
constexpr const char* attributionPlatforms[] = {
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "LinkedIn"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "X Ads"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "Meta"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "TikTok Ads"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "Google Ads"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "GA4"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "Marketplace ads"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "App stores"),
    QT_TRANSLATE_NOOP("b2x::AttributionPlatform", "Affiliate links"),
};
// clang-format on

} // namespace

QString channelDisplayName(const Channel& channel)
{
    return QCoreApplication::translate("b2x::Channel", channel.name.c_str());
}

QString channelDisplayName(std::string_view id)
{
    if (const Channel* c = ChannelCatalogue::builtIn().find(id))
        return channelDisplayName(*c);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString channelCategoryDisplayName(const Channel& channel)
{
    return QCoreApplication::translate("b2x::ChannelCategory", channel.category.c_str());
}

QString attributionPlatformDisplayName(const Channel& channel)
{
    return QCoreApplication::translate("b2x::AttributionPlatform",
                                       channel.attributionPlatform.c_str());
}

namespace detail {

std::span<const char* const> translatableChannelNames()
{
    return channelNames;
}

std::span<const char* const> translatableChannelCategories()
{
    return channelCategories;
}

std::span<const char* const> translatableAttributionPlatforms()
{
    return attributionPlatforms;
}

} // namespace detail

} // namespace b2x
