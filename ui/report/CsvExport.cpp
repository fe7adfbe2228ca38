// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
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
    std::string out;
    appendNumber(out, v);
    return out;
}

void CsvExport::appendNumber(std::string& out, double v)
{
    // std::to_chars in general format with a precision writes what printf's "%.10g" writes in
    // the "C" locale (always a dot), without printf's parsing of a format and its locale look-up.
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 10);
    out.append(buf, r.ptr);
}

namespace {

/// Column lookup by a name that is only a view (visitScalarOutputs' names live for one call).
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

void appendQuoted(std::string& out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

std::string CsvExport::text(const Workspace& ws,
                            const std::vector<analytics::PersonaAnalysis>& analyses)
{
    // Columns are the union of every persona's outputs in first-seen order, and each value is
    // placed by its name: channel-fit outputs come best channel first, so their order differs
    // from persona to persona. The outputs are visited twice (names first, then values) rather
    // than kept: at 10,000 personas a list of named outputs per persona was most of the export.
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> column;
    const std::size_t count = std::min(analyses.size(), ws.personas.size());
    for (std::size_t i = 0; i < count; ++i)
        analytics::visitScalarOutputs(analyses[i],
                                      [&](std::string_view name, std::optional<double>) {
                                          if (column.find(name) == column.end()) {
                                              column.emplace(std::string(name), names.size());
                                              names.push_back(std::string(name));
                                          }
                                      });
    std::string out;
    for (const std::string_view h : {"id", "name", "label", "behavesAs"}) {
        appendQuoted(out, h);
        out += ',';
    }
    for (const auto& n : names) {
        appendQuoted(out, n);
        out += ',';
    }
    out.pop_back();
    out += "\r\n";
    // Rows are independent once the columns are known: at 10,000 personas the second half is
    // written on another core and appended.
    const auto appendRows = [&](std::size_t begin, std::size_t end, std::string& text) {
        std::vector<std::optional<double>> values(names.size());
        // The previous persona's order guesses each output's column before hashing its name.
        std::vector<std::size_t> order;
        for (std::size_t i = begin; i < end; ++i) {
            const Persona& p = ws.personas[i];
            appendQuoted(text, p.id);
            text += ',';
            appendQuoted(text, p.name);
            text += ',';
            appendQuoted(text, toString(p.label));
            text += ',';
            appendQuoted(text, toString(analyses[i].behaviour.behavesAs));
            std::fill(values.begin(), values.end(), std::nullopt);
            std::size_t k = 0;
            analytics::visitScalarOutputs(
                analyses[i], [&](std::string_view name, std::optional<double> value) {
                    std::size_t c = k < order.size() && names[order[k]] == name
                                        ? order[k]
                                        : column.find(name)->second;
                    if (k < order.size())
                        order[k] = c;
                    else
                        order.push_back(c);
                    ++k;
                    if (value) // as before: a later output of the same name never blanks a value
                        values[c] = value;
                });
            for (const auto& v : values) {
                text += ',';
                if (v)
                    appendNumber(text, *v);
            }
            text += "\r\n";
        }
    };
    constexpr std::size_t splitFrom = 2000; // below it a thread costs more than it saves
    if (count < splitFrom || std::thread::hardware_concurrency() < 2) {
        appendRows(0, count, out);
        return out;
    }
    std::string secondHalf;
    std::jthread other;
    try {
        other = std::jthread(appendRows, count / 2, count, std::ref(secondHalf));
    } catch (const std::system_error&) { // no thread to be had: this one writes every row
        appendRows(0, count, out);
        return out;
    }
    appendRows(0, count / 2, out);
    other.join();
    out += secondHalf;
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
