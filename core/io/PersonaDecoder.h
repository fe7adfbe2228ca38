// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonDecoder.h"
#include "model/Persona.h"

namespace b2x {

/// Maps one persona object to the model, recording problems in `decoder` at the current path.
/// Returns false when the value is not an object at all.
bool decodePersona(JsonDecoder& decoder, const nlohmann::json& value, Persona& persona);

/// True for a UUID in canonical 8-4-4-4-12 hexadecimal form.
bool isUuid(std::string_view text);
/// True for "#rrggbb".
bool isHexColour(std::string_view text);

} // namespace b2x
