// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaFactory.h"

#include "model/Presets.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>

namespace b2x {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::PersonaFactory", text);
}

// Tableau 10: distinguishable, and tested for common colour-vision deficiencies.
constexpr const char* palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                   "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

bool nameUsed(const Workspace& ws, const std::string& name)
{
    return std::any_of(ws.personas.begin(), ws.personas.end(),
                       [&](const Persona& p) { return p.name == name; });
}

} // namespace

std::string PersonaFactory::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string PersonaFactory::unusedColour(const Workspace& ws)
{
    for (const char* c : palette)
        if (std::none_of(ws.personas.begin(), ws.personas.end(),
                         [&](const Persona& p) { return p.colour == c; }))
            return c;
    return palette[ws.personas.size() % std::size(palette)];
}

std::string PersonaFactory::uniqueName(const QString& base, const Workspace& ws)
{
    std::string name = base.toStdString();
    for (int n = 2; nameUsed(ws, name); ++n)
        name = tr("%1 (%2)").arg(base).arg(n).toStdString();
    return name;
}

Persona PersonaFactory::blank(const Workspace& ws)
{
    Persona p;
    p.id = newId();
    p.name = uniqueName(tr("New persona"), ws);
    p.colour = unusedColour(ws);
    p.label = Label::B2C;
    // A two-stage pipeline so the models have something to work with from the start.
    p.pipeline = {{tr("Lead").toStdString(), 20, 1, 3, 7},
                  {tr("Purchase").toStdString(), 30, 0, 1, 3}};
    return p;
}

Persona PersonaFactory::duplicate(const Persona& original, const Workspace& ws)
{
    Persona p = original;
    p.id = newId();
    p.name = uniqueName(tr("%1 (copy)").arg(QString::fromStdString(original.name)), ws);
    return p;
}

const std::vector<PersonaFactory::Preset>& PersonaFactory::presets()
{
    static const std::vector<Preset> list = [] {
        std::vector<Preset> result;
        for (const PresetKind kind : allPresets())
            result.push_back(
                {presetName(kind), presetDescription(kind), [kind] { return makePreset(kind); }});
        return result;
    }();
    return list;
}

Persona PersonaFactory::fromPreset(const Preset& preset, const Workspace& ws)
{
    Persona p = preset.make();
    p.id = newId();
    p.name = uniqueName(QString::fromStdString(p.name), ws);
    p.colour = unusedColour(ws);
    return p;
}

} // namespace b2x
