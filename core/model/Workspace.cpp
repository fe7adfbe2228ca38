// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include <algorithm>

namespace b2x {

const Persona* Workspace::findPersona(std::string_view id) const
{
    const auto it = std::find_if(personas.begin(), personas.end(),
                                 [&](const Persona& p) { return p.id == id; });
    return it == personas.end() ? nullptr : &*it;
}

} // namespace b2x
