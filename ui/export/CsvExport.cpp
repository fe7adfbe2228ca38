// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

namespace b2x {

namespace {

std::string quoted(const std::string& field)
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

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v); // "C" numeric locale: always a dot
    return buf;
}

} // namespace

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
    std::vector<std::string> header{"id", "name", "label", "behavesAs"};
    if (!analyses.empty())
        for (const auto& o : analytics::scalarOutputs(analyses.front()))
            header.push_back(o.name);
    row(header);
    for (std::size_t i = 0; i < analyses.size() && i < ws.personas.size(); ++i) {
        const Persona& p = ws.personas[i];
        const auto& a = analyses[i];
        std::vector<std::string> fields{p.id, p.name, std::string(toString(p.label)),
                                        std::string(toString(a.behaviour.behavesAs))};
        for (const auto& o : analytics::scalarOutputs(a))
            fields.push_back(o.value ? number(*o.value) : std::string());
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
