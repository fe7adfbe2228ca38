// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace b2x {

std::string CsvExport::quoted(const std::string& field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string CsvExport::number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v); // "C" numeric locale: always a dot
    return buf;
}

std::string CsvExport::text(const Workspace& ws,
                            const std::vector<analytics::PersonaAnalysis>& analyses)
{
    std::string out;
    const auto row = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += quoted(fields[i]);
        }
        out += "\r\n";
    };
    // Columns are the union of every persona's outputs in first-seen order, and each value is
    // placed by its name: channel-fit outputs come best channel first, so their order differs
    // from persona to persona.
    std::vector<std::vector<analytics::NamedOutput>> outputs;
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t> column;
    const std::size_t count = std::min(analyses.size(), ws.personas.size());
    outputs.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        outputs.push_back(analytics::scalarOutputs(analyses[i]));
        for (const auto& o : outputs.back())
            if (column.emplace(o.name, names.size()).second)
                names.push_back(o.name);
    }
    std::vector<std::string> header{"id", "name", "label", "behavesAs"};
    header.insert(header.end(), names.begin(), names.end());
    row(header);
    for (std::size_t i = 0; i < count; ++i) {
        const Persona& p = ws.personas[i];
        std::vector<std::string> fields{p.id, p.name, std::string(toString(p.label)),
                                        std::string(toString(analyses[i].behaviour.behavesAs))};
        const std::size_t first = fields.size();
        fields.resize(first + names.size());
        for (const auto& o : outputs[i])
            if (o.value)
                fields[first + column.at(o.name)] = number(*o.value);
        row(fields);
    }
    return out;
}

SaveResult CsvExport::write(const Workspace& ws,
                            const std::vector<analytics::PersonaAnalysis>& analyses,
                            const QString& path)
{
    const std::string csv = text(ws, analyses);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(csv.data(), static_cast<qint64>(csv.size())) < 0 || !file.commit())
        return {false, QCoreApplication::translate("b2x::CsvExport", "cannot write %1: %2")
                           .arg(path, file.errorString())};
    return {true, {}};
}

} // namespace b2x
