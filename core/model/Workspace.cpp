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

const Channel* Workspace::findCustomChannel(std::string_view id) const
{
    const auto it = std::find_if(channels.begin(), channels.end(),
                                 [&](const Channel& c) { return c.id == id; });
    return it == channels.end() ? nullptr : &*it;
}

ChannelCatalogue Workspace::catalogue() const
{
    return ChannelCatalogue::combined(ChannelCatalogue::builtIn(), channels);
}

} // namespace b2x
