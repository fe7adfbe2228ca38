// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDecoder.h"
#include "model/Workspace.h"

namespace b2x {

/// Reads the workspace's own channels (the root's optional "channels" array, docs/file-format.md)
/// into `channels`, recording problems at their place ("channels[2].reach").
void decodeCustomChannels(JsonDecoder& decoder, const nlohmann::json& root,
                          std::vector<Channel>& channels);

/// Warns about every persona channel whose custom id ("custom-…") the workspace does not define;
/// the use is kept, the models ignore it. Built-in ids are checked by the persona decoder.
void checkCustomChannelUses(JsonDecoder& decoder, const Workspace& workspace);

} // namespace b2x
