// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QString>
#include <functional>
#include <vector>

namespace b2x {

/// New personas for the window: blank, duplicated or from a preset, each with a fresh id, a name
/// not yet used in the workspace, and a colour not yet used when the palette allows.
class PersonaFactory {
public:
    struct Preset {
        QString name;
        QString description;
        std::function<Persona()> make;
    };

    static Persona blank(const Workspace& workspace);
    static Persona duplicate(const Persona& original, const Workspace& workspace);
    static Persona fromPreset(const Preset& preset, const Workspace& workspace);
    static const std::vector<Preset>& presets();

    static std::string newId();
    static std::string unusedColour(const Workspace& workspace);
    static std::string uniqueName(const QString& base, const Workspace& workspace);
};

} // namespace b2x
