// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

#include <algorithm>

namespace b2x {

const PersonaPlan* Plan::findPersona(std::string_view personaId) const
{
    const auto it = std::find_if(personas.begin(), personas.end(),
                                 [&](const PersonaPlan& p) { return p.personaId == personaId; });
    return it == personas.end() ? nullptr : &*it;
}

const KeyResult* Plan::findKeyResult(std::string_view keyResultId) const
{
    for (const auto& o : objectives)
        for (const auto& k : o.keyResults)
            if (k.id == keyResultId)
                return &k;
    return nullptr;
}

} // namespace b2x
