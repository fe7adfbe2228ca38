// SPDX-License-Identifier: GPL-3.0-or-later
// lupdate does not read channels.json, so the catalogue's display texts are repeated here with
// QT_TRANSLATE_NOOP; tests/ui/LanguageTest checks that this list still covers the catalogue.
#include "ChannelNames.h"

#include <QCoreApplication>
#include <utility>

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

// The catalogue's attribute-source keys are identifiers; a report names them in words.
constexpr std::pair<const char*, const char*> sourceLabels[] = {
    {"b2bAffinity", QT_TRANSLATE_NOOP("b2x::ChannelSource", "B2B affinity")},
    {"priceBand", QT_TRANSLATE_NOOP("b2x::ChannelSource", "Price band")},
    {"cycleBand", QT_TRANSLATE_NOOP("b2x::ChannelSource", "Decision-time band")},
    {"reach, precision, emotionalFit",
     QT_TRANSLATE_NOOP("b2x::ChannelSource", "Reach, precision and emotional fit")},
    {"attribution", QT_TRANSLATE_NOOP("b2x::ChannelSource", "Attribution windows")},
};

constexpr const char* sourceTexts[] = {
    QT_TRANSLATE_NOOP("b2x::ChannelSource",
                      "Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are "
                      "consumer platforms that can support some B2B, search serves both. Other "
                      "channels: Workbench default, judgement of where B2B and B2C marketing guides "
                      "place them"),
    QT_TRANSLATE_NOOP("b2x::ChannelSource",
                      "polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, "
                      "e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other "
                      "channels: Workbench default, placed by analogy"),
    QT_TRANSLATE_NOOP("b2x::ChannelSource",
                      "polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, "
                      "e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. "
                      "Other channels: Workbench default, placed by analogy"),
    QT_TRANSLATE_NOOP("b2x::ChannelSource",
                      "Workbench default: judgement of mass-appeal versus targeted channels and of "
                      "visual, story-driven versus in-depth content"),
    QT_TRANSLATE_NOOP("b2x::ChannelSource",
                      "Platform documentation of default and maximum click windows: Meta 7 days (at "
                      "most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through "
                      "its conversions API); channels without a click-based platform have none"),
};
// clang-format on

} // namespace

QString channelDisplayName(const Channel& channel)
{
    if (channel.isCustom())
        return QString::fromStdString(channel.name);
    return QCoreApplication::translate("b2x::Channel", channel.name.c_str());
}

QString channelDisplayName(std::string_view id)
{
    if (const Channel* c = ChannelCatalogue::builtIn().find(id))
        return channelDisplayName(*c);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString channelDisplayName(std::string_view id, const ChannelCatalogue& catalogue)
{
    if (const Channel* c = catalogue.find(id))
        return channelDisplayName(*c);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString channelCategoryDisplayName(const Channel& channel)
{
    if (channel.isCustom())
        return QString::fromStdString(channel.category);
    return QCoreApplication::translate("b2x::ChannelCategory", channel.category.c_str());
}

QString attributionPlatformDisplayName(const Channel& channel)
{
    return QCoreApplication::translate("b2x::AttributionPlatform",
                                       channel.attributionPlatform.c_str());
}

QString channelSourceLabel(std::string_view key)
{
    for (const auto& [k, label] : sourceLabels)
        if (key == k)
            return QCoreApplication::translate("b2x::ChannelSource", label);
    return {};
}

QString channelSourceText(const std::string& source)
{
    return QCoreApplication::translate("b2x::ChannelSource", source.c_str());
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

std::span<const char* const> translatableChannelSources()
{
    return sourceTexts;
}

} // namespace detail

} // namespace b2x
