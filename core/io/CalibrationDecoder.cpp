// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationDecoder.h"

#include "model/Limits.h"

#include <QCoreApplication>
#include <algorithm>

namespace b2x {

namespace {

using Json = nlohmann::json;
using Scope = JsonDecoder::Scope;
namespace L = limits;

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

/// The object at key, or nullptr when it is absent or null (both mean "nothing set"); another
/// type is reported.
const Json* optionalObject(JsonDecoder& d, const Json& parent, const char* key)
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return nullptr;
    return d.object(parent, key);
}

/// A number or null in (0, max]: zero is refused, since the curve divides by it.
void positive(JsonDecoder& d, const Json& o, const char* key, std::optional<double>& out,
              double max)
{
    d.optionalNumber(o, key, out, 0, max);
    if (out && *out <= 0) {
        Scope s(d, key);
        d.fail(tr("must be greater than 0 and at most %1, or null; found %2")
                   .arg(JsonDecoder::formatNumber(max), JsonDecoder::formatNumber(*out)));
        out.reset();
    }
}

/// An object of text → text with at most maxMappingEntries entries, each text ≤ maxShortText
/// bytes and the key not empty.
void textMap(JsonDecoder& d, const Json& parent, const char* key,
             std::map<std::string, std::string>& out)
{
    const Json* o = optionalObject(d, parent, key);
    if (!o)
        return;
    Scope s(d, key);
    if (o->size() > L::maxMappingEntries) {
        d.fail(
            tr("has %1 entries; at most %2 are allowed").arg(o->size()).arg(L::maxMappingEntries));
        return;
    }
    for (const auto& [name, value] : o->items()) {
        if (name.empty() || name.size() > L::maxShortText) {
            d.fail(tr("a name is %1 bytes long; names hold 1 to %2")
                       .arg(name.size())
                       .arg(L::maxShortText));
            continue;
        }
        std::string text;
        const auto before = d.problemCount();
        d.text(*o, name, text, L::maxShortText);
        if (d.problemCount() == before)
            out[name] = std::move(text);
    }
}

} // namespace

void decodeChannelCurve(JsonDecoder& d, const Json& o, ChannelUse& use)
{
    if (const Json* r = optionalObject(d, o, "response")) {
        Scope s(d, "response");
        positive(d, *r, "halfSaturationSpend", use.response.halfSaturationSpend, L::maxMoney);
        positive(d, *r, "slope", use.response.slope, L::maxResponseSlope);
        d.optionalNumber(*r, "monthlyEntries", use.response.monthlyEntries, 0, L::maxVolume);
    }
    if (const Json* b = optionalObject(d, o, "bounds")) {
        Scope s(d, "bounds");
        d.optionalNumber(*b, "minSpend", use.bounds.minSpend, 0, L::maxMoney);
        d.optionalNumber(*b, "maxSpend", use.bounds.maxSpend, 0, L::maxMoney);
        d.boolean(*b, "locked", use.bounds.locked);
        if (use.bounds.minSpend && use.bounds.maxSpend &&
            *use.bounds.maxSpend < *use.bounds.minSpend) {
            Scope sm(d, "maxSpend");
            d.fail(tr("must not be less than minSpend (%1); found %2")
                       .arg(JsonDecoder::formatNumber(*use.bounds.minSpend),
                            JsonDecoder::formatNumber(*use.bounds.maxSpend)));
        }
    }
}

void decodeImportMapping(JsonDecoder& d, const Json& o, Persona& p)
{
    const Json* m = optionalObject(d, o, "importMapping");
    if (!m)
        return;
    Scope s(d, "importMapping");
    ImportMapping mapping;
    textMap(d, *m, "stages", mapping.stages);
    textMap(d, *m, "columns", mapping.columns);
    const auto order = m->find("dateOrder");
    if (order != m->end() && !order->is_null()) {
        Scope so(d, "dateOrder");
        if (order->is_string() && (*order == "dmy" || *order == "mdy"))
            mapping.dateOrder = order->get<std::string>();
        else
            d.fail(tr("must be \"dmy\", \"mdy\" or null; found %1")
                       .arg(order->is_string()
                                ? QStringLiteral("\"%1\"").arg(
                                      QString::fromStdString(order->get<std::string>()))
                                : JsonDecoder::typeName(*order)));
    }
    // Remembered answers, like the view's compared personas: an entry that names a stage the
    // persona no longer has (renamed or removed since) is stale, and dropped with a warning.
    for (auto it = mapping.stages.begin(); it != mapping.stages.end();) {
        const bool known =
            std::any_of(p.pipeline.begin(), p.pipeline.end(),
                        [&](const Stage& stage) { return stage.name == it->second; });
        if (known) {
            ++it;
            continue;
        }
        Scope ss(d, "stages");
        Scope sk(d, it->first);
        d.warn(tr("\"%1\" is not one of the persona's stages; this remembered mapping was dropped")
                   .arg(QString::fromStdString(it->second)));
        it = mapping.stages.erase(it);
    }
    p.importMapping = std::move(mapping);
}

} // namespace b2x
