// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDecoder.h"
#include "model/Persona.h"

namespace b2x {

/// Reads a persona channel's optional "response" and "bounds" objects (format version 3,
/// docs/file-format.md) into `use`, recording problems at their place
/// ("channels[1].response.slope"). `object` is the channel's JSON object.
void decodeChannelCurve(JsonDecoder& decoder, const nlohmann::json& object, ChannelUse& use);

/// Reads a persona's optional "importMapping" object into `persona.importMapping`. Runs after the
/// pipeline is read: a stage entry naming no stage of the persona is dropped with a warning.
void decodeImportMapping(JsonDecoder& decoder, const nlohmann::json& object, Persona& persona);

} // namespace b2x
