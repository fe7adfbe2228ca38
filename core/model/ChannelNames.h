// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChannelCatalogue.h"

#include <QString>
#include <span>

namespace b2x {

/// The channel's name in the current language (context "b2x::Channel"). The catalogue keeps the
/// English name as its source text and the stable id for files; only display goes through here.
QString channelDisplayName(const Channel& channel);
/// The same for a catalogue id; an id the catalogue does not know is shown as it is.
QString channelDisplayName(std::string_view id);
/// The same, looked up in `catalogue` (a workspace's built-in and own channels). A workspace's own
/// channel is shown by the name the marketer gave it, never translated.
QString channelDisplayName(std::string_view id, const ChannelCatalogue& catalogue);
/// The channel's category ("social", "search", …) in the current language
/// (context "b2x::ChannelCategory").
QString channelCategoryDisplayName(const Channel& channel);
/// The platform whose attribution window the channel uses ("Google Ads", "App stores", …) in the
/// current language (context "b2x::AttributionPlatform").
QString attributionPlatformDisplayName(const Channel& channel);
/// A key of the catalogue's attribute sources ("b2bAffinity", "priceBand", …) as words in the
/// current language (context "b2x::ChannelSource"); empty for a key not listed in ChannelNames.cpp.
QString channelSourceLabel(std::string_view key);
/// The source text of a catalogue attribute in the current language (context
/// "b2x::ChannelSource"); a text not listed in ChannelNames.cpp is shown as it is.
QString channelSourceText(const std::string& source);

namespace detail {
/// The English names and categories marked for translation in ChannelNames.cpp; a test checks
/// that they cover channels.json, so a new catalogue entry cannot ship untranslatable.
std::span<const char* const> translatableChannelNames();
std::span<const char* const> translatableChannelCategories();
std::span<const char* const> translatableAttributionPlatforms();
std::span<const char* const> translatableChannelSources();
} // namespace detail

} // namespace b2x
