// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceReader.h"

#include "ChannelDecoder.h"
#include "GuardedJsonParser.h"
#include "JsonDecoder.h"
#include "Migrations.h"
#include "PersonaDecoder.h"
#include "PlanDecoder.h"
#include "ReportDecoder.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <deque>
#include <set>

namespace b2x {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::WorkspaceReader", text);
}

LoadResult fileProblem(const QString& message)
{
    LoadResult r;
    r.problems.push_back({{}, message, 0, 0});
    return r;
}

bool isIsoTimestamp(const std::string& s)
{
    // YYYY-MM-DDTHH:MM:SS with optional fraction and a Z or ±HH:MM offset; checked loosely on
    // shape because the application only displays these.
    if (s.size() < 20 || s.size() > 35)
        return false;
    for (std::size_t i : {4u, 7u})
        if (s[i] != '-')
            return false;
    return s[10] == 'T' && s[13] == ':' && s[16] == ':';
}

void readView(JsonDecoder& d, const nlohmann::json& root, Workspace& ws)
{
    const auto* view = d.object(root, "view");
    if (!view)
        return;
    JsonDecoder::Scope s(d, "view");
    d.enumeration(*view, "compareMode", ws.view.compareMode);
    d.enumeration(*view, "groupScope", ws.view.groupScope);
    std::vector<std::string> ids;
    d.textList(*view, "comparedPersonaIds", ids, limits::maxPersonas, limits::maxShortText);
    for (auto& id : ids) {
        // View state is a convenience: a stale id is dropped with a warning, never fatal.
        if (ws.findPersona(id))
            ws.view.comparedPersonaIds.push_back(std::move(id));
        else
            d.warn(QCoreApplication::translate(
                       "b2x::WorkspaceReader",
                       "compared persona \"%1\" does not exist and was dropped")
                       .arg(QString::fromStdString(id)));
    }
}

} // namespace

QString LoadResult::problemText() const
{
    QStringList lines;
    for (const auto& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

namespace {

/// The personas decoded so far, with the ids already used. Each one is decoded under the path
/// "personas[i]" of its own decoder, whose problems join the workspace's where the list is read,
/// so messages and their order are the same whether the parse handed the elements over or the
/// whole DOM was read afterwards.
struct PersonaList {
    /// A deque, so a persona handed to the sink stays where it is while the list grows.
    std::deque<Persona> personas;
    std::set<std::string> ids;
    JsonDecoder decoder;
    bool streamed = false; ///< the parse handed over every element (it left nulls behind)
    const PersonaSink& sink;
    bool released = false; ///< sink.done was called

    explicit PersonaList(const PersonaSink& s) : sink(s) {}
    ~PersonaList() { release(); } // a read that fails half way still tells the sink
    PersonaList(const PersonaList&) = delete;
    PersonaList& operator=(const PersonaList&) = delete;

    void release()
    {
        if (!released && sink.done)
            sink.done();
        released = true;
    }

    /// The personas, in list order, once the sink is done with them.
    std::vector<Persona> take()
    {
        release();
        std::vector<Persona> out;
        out.reserve(personas.size());
        while (!personas.empty()) { // freed as they go, so the list is not held twice
            out.push_back(std::move(personas.front()));
            personas.pop_front();
        }
        return out;
    }

    void add(const nlohmann::json& value, std::size_t index)
    {
        JsonDecoder& d = decoder;
        JsonDecoder::Scope s(d, "personas");
        JsonDecoder::Scope si(d, index);
        Persona p;
        if (!decodePersona(d, value, p))
            return;
        if (!ids.insert(p.id).second) {
            JsonDecoder::Scope sid(d, "id");
            d.fail(QCoreApplication::translate(
                       "b2x::WorkspaceReader",
                       "\"%1\" is used by an earlier persona; every persona needs its own id")
                       .arg(QString::fromStdString(p.id)));
            return;
        }
        personas.push_back(std::move(p));
        if (sink.decoded)
            sink.decoded(personas.back(), personas.size() - 1);
    }
};

} // namespace

LoadResult WorkspaceReader::readFile(const QString& path, const PersonaSink& sink)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileProblem(tr("the file does not exist"));
    if (info.isDir())
        return fileProblem(tr("this is a folder, not a workspace file"));
    // Opening a named pipe blocks until something writes to it, and a device may never end:
    // either would hang the window. A workspace is always a regular file.
    if (!info.isFile())
        return fileProblem(
            tr("this is not a regular file (it is a device, pipe or socket), so it cannot be a "
               "workspace"));
    if (info.size() > limits::maxFileBytes)
        return fileProblem(
            tr("the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a "
               "workspace")
                .arg(info.size() / (1024 * 1024))
                .arg(limits::maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(tr("the file cannot be read: %1").arg(file.errorString()));
    // Read what the file holds plus one byte, then on in chunks to its end, so that a file that
    // grew after the size check is noticed. Asking QIODevice::read for the rest of the cap would
    // allocate 128 MB for every file, even when nothing follows (a fifth of a second per file
    // under AddressSanitizer, which poisons and clears the whole block).
    const qint64 expected = std::min<qint64>(info.size(), limits::maxFileBytes);
    QByteArray bytes = file.read(expected + 1);
    constexpr qint64 chunkBytes = 1 << 20;
    while (file.error() == QFileDevice::NoError && bytes.size() <= limits::maxFileBytes) {
        const QByteArray more =
            file.read(std::min(chunkBytes, limits::maxFileBytes + 1 - bytes.size()));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (file.error() != QFileDevice::NoError)
        return fileProblem(tr("the file cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > limits::maxFileBytes)
        return fileProblem(tr("the file is larger than %1 MB; workspace files are limited to that")
                               .arg(limits::maxFileBytes / (1024 * 1024)));
    return readBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                     sink);
}

LoadResult WorkspaceReader::readBytes(std::string_view bytes, const PersonaSink& sink)
{
    if (bytes.size() > static_cast<std::size_t>(limits::maxFileBytes))
        return fileProblem(
            tr("the document is larger than %1 MB").arg(limits::maxFileBytes / (1024 * 1024)));
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fileProblem(tr("the file is empty; it may have been cut short while copying"));

    // Personas are decoded as the parse reaches each one and their DOM is dropped at once, when
    // the file states the current format version before the list (as every file this version
    // writes does). Older files keep the whole DOM, which the migrations need.
    PersonaList list(sink);
    ArrayStream stream;
    stream.key = "personas";
    stream.accept = [&list](const nlohmann::json& root) {
        const auto format = root.find("format");
        const auto version = root.find("formatVersion");
        list.streamed = format != root.end() && *format == "b2x-workspace" &&
                        version != root.end() && version->is_number_integer() &&
                        *version == currentFormatVersion;
        return list.streamed;
    };
    stream.take = [&list](nlohmann::json& element, std::size_t index) {
        if (index < limits::maxPersonas) // beyond it, the list's own check refuses the file
            list.add(element, index);
    };
    Problem syntax;
    auto parsed = parseGuardedJson(bytes, limits::maxNestingDepth, syntax, stream);
    if (!parsed) {
        LoadResult r;
        r.problems.push_back(std::move(syntax));
        return r;
    }
    nlohmann::json& root = *parsed;

    JsonDecoder d;
    LoadResult result;
    if (!root.is_object())
        return fileProblem(tr("this is not a B2X workspace: the file holds %1, not an object")
                               .arg(JsonDecoder::typeName(root)));
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != "b2x-workspace")
        return fileProblem(tr("this is not a B2X workspace: \"format\" must be \"b2x-workspace\""));
    int version = 0;
    d.integer(root, "formatVersion", version, 1, 1000000, JsonDecoder::Need::Required);
    if (d.hasProblems()) {
        result.problems = d.takeProblems();
        return result;
    }
    result.sourceFormatVersion = version;
    if (version > currentFormatVersion)
        return fileProblem(tr("the file was written by a newer version of B2X Workbench (format "
                              "version %1; this version reads up to %2). Update the application "
                              "to open it.")
                               .arg(version)
                               .arg(currentFormatVersion));
    if (auto error = migrate(root, version, currentFormatVersion)) {
        result.problems.push_back({{}, *error, 0, 0});
        return result;
    }

    Workspace ws;
    d.text(root, "name", ws.name, limits::maxShortText, JsonDecoder::Need::Required);
    d.text(root, "currency", ws.currency, 3);
    {
        JsonDecoder::Scope s(d, "currency");
        const bool isoShape =
            ws.currency.size() == 3 && std::all_of(ws.currency.begin(), ws.currency.end(),
                                                   [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!isoShape)
            d.fail(tr("must be a three-letter ISO 4217 code such as \"EUR\""));
    }
    d.text(root, "description", ws.description, limits::maxLongText);
    for (auto [key, field] :
         {std::pair{"createdAt", &ws.createdAt}, {"modifiedAt", &ws.modifiedAt}}) {
        d.text(root, key, *field, 64);
        JsonDecoder::Scope s(d, key);
        if (!field->empty() && !isIsoTimestamp(*field))
            d.fail(tr("must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z"));
    }
    decodeReportSettings(d, root, ws.report);

    if (const auto* personas =
            d.array(root, "personas", limits::maxPersonas, JsonDecoder::Need::Required)) {
        // The whole list, when the file needed the DOM path.
        if (!list.streamed)
            for (std::size_t i = 0; i < personas->size(); ++i)
                list.add((*personas)[i], i);
        d.absorb(std::move(list.decoder));
        ws.personas = list.take();
    }
    decodeCustomChannels(d, root, ws.channels);
    checkCustomChannelUses(d, ws);
    // Required since version 2; the migration gives older files an empty plan.
    decodePlan(d, root, ws, JsonDecoder::Need::Required);
    readView(d, root, ws);

    result.problems = d.takeProblems();
    result.warnings = d.takeWarnings();
    if (result.problems.empty())
        result.workspace = std::move(ws);
    return result;
}

} // namespace b2x
