// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileCorpus.h"

#include <QDir>
#include <QFile>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace b2x::test {

namespace {

using Json = nlohmann::ordered_json;

const char* const fixturePath = B2X_SOURCE_DIR "/tests/fixtures/format-v1.b2x";

QByteArray fixtureBytes()
{
    QFile f(QString::fromUtf8(fixturePath));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A fresh copy of the fixture document (read and parsed once).
Json fixture()
{
    static const Json parsed = [] {
        const QByteArray bytes = fixtureBytes();
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    }();
    return parsed;
}

QByteArray dump(const Json& doc)
{
    return QByteArray::fromStdString(doc.dump(2));
}

/// The fixture with one number's text replaced by `spelling` (NaN, 1e999, …), which a JSON
/// library would not produce.
QByteArray withPrice(const char* spelling)
{
    QByteArray bytes = fixtureBytes();
    bytes.replace("\"price\": 3200", QByteArray("\"price\": ") + spelling);
    return bytes;
}

QByteArray deepNesting(std::size_t depth)
{
    return QByteArray(static_cast<qsizetype>(depth), '[') +
           QByteArray(static_cast<qsizetype>(depth), ']');
}

} // namespace

std::vector<HostileFile> writeHostileCorpus(const QString& folder, QStringList* skipped)
{
    const QDir dir(folder);
    std::vector<HostileFile> files;
    const auto add = [&](const char* fileName, const QByteArray& bytes, const char* name,
                         const char* expect) {
        const QString path = dir.filePath(QString::fromUtf8(fileName));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        files.push_back({QString::fromUtf8(name), path, QString::fromUtf8(expect)});
    };

    add("empty.b2x", {}, "empty file", "the file is empty");
    add("whitespace.b2x", " \n\t\r\n", "only white space", "the file is empty");
    add("truncated.b2x", fixtureBytes().left(fixtureBytes().size() / 2), "cut short half-way",
        "this is not valid JSON");

    Json doc = fixture();
    doc["personas"] = Json::object();
    add("personas-object.b2x", dump(doc), "wrong type: personas is an object",
        "personas: must be a list, not an object");
    doc = fixture();
    doc["personas"][0]["pipeline"][1]["likelyDays"] = "two";
    add("days-text.b2x", dump(doc), "wrong type: a number written as text",
        "personas[0].pipeline[1].likelyDays: must be a number from 0 to 3650, not text");

    doc = fixture();
    doc["personas"][0]["decisionUnit"]["approvalLevels"] = 18446744073709551615ULL;
    add("huge-integer.b2x", dump(doc), "huge whole number",
        "personas[0].decisionUnit.approvalLevels: must be a whole number from 0 to 20; found "
        "18446744073709551615");
    // The plan (format version 2): a version-1 file's plan is replaced by the migration, so
    // these are version-2 documents.
    doc = fixture();
    doc["formatVersion"] = 2;
    doc["plan"] = {{"objectives", "grow"}};
    add("plan-objectives-text.b2x", dump(doc), "wrong type in the plan: objectives as text",
        "plan.objectives: must be a list, not text");
    doc["plan"] = {
        {"tactics", Json::array({{{"id", "t"}, {"name", "n"}, {"start", "2027-13-01"}}})}};
    add("plan-bad-date.b2x", dump(doc), "an impossible date in the plan",
        "plan.tactics[0].start: must be a date written YYYY-MM-DD");
    doc.erase("plan");
    add("plan-missing.b2x", dump(doc), "a version-2 file without its plan", "plan: is missing");
    doc = fixture();
    doc["personas"][0]["economics"]["price"] = -1e308;
    add("negative-price.b2x", dump(doc), "huge negative number",
        "personas[0].economics.price: must be a number from 0 to 1e+12; found -1e+308");
    add("overflow.b2x", withPrice("1e999"), "number too large for a double",
        "a number is too large to represent");
    add("nan.b2x", withPrice("NaN"), "NaN", "this is not valid JSON");
    add("infinity.b2x", withPrice("Infinity"), "Infinity", "this is not valid JSON");
    add("minus-infinity.b2x", withPrice("-Infinity"), "-Infinity", "this is not valid JSON");

    add("deep-bare.b2x", deepNesting(100000), "100,000-deep nesting",
        "nested more than 64 levels deep");
    QByteArray deepInside = fixtureBytes();
    deepInside.insert(1, "\"junk\": " + deepNesting(100000) + ",");
    add("deep-inside.b2x", deepInside, "100,000-deep nesting inside a workspace",
        "nested more than 64 levels deep");

    QByteArray badUtf8 = fixtureBytes();
    badUtf8.replace("Facilities manager", "Facilities \xff\xfe manager");
    add("invalid-utf8.b2x", badUtf8, "invalid UTF-8", "the text is not valid UTF-8");
    {
        // The same workspace saved as UTF-16 by an editor.
        const QString text = QString::fromUtf8(fixtureBytes());
        QByteArray utf16("\xff\xfe", 2);
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        add("utf16.b2x", utf16, "UTF-16 encoded", "this is not valid JSON");
    }
    QByteArray duplicate = fixtureBytes();
    duplicate.insert(1, "\"personas\": [],");
    add("duplicate-key.b2x", duplicate, "duplicate key",
        "the key \"personas\" appears twice in the same object");

    doc = fixture();
    doc["formatVersion"] = 999; // far beyond any version this build reads
    add("newer-version.b2x", dump(doc), "newer format version",
        "written by a newer version of B2X Workbench (format version 999");
    add("array.b2x", "[1, 2, 3]", "JSON, but a list", "the file holds a list, not an object");
    add("other-json.b2x", R"({"name": "package.json", "version": "1.0.0"})", "some other JSON",
        "this is not a B2X workspace");
    add("png.b2x", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "an image renamed .b2x",
        "this is not valid JSON");

    {
        // Over the persona limit: refused from the list's size (the personas beyond the limit are
        // never decoded).
        doc = fixture();
        Json personas = Json::array();
        for (int i = 0; i < 20001; ++i)
            personas.push_back(Json::object());
        doc["personas"] = std::move(personas);
        add("too-many-personas.b2x", dump(doc), "20,001 personas",
            "personas: has 20001 items; at most 20000 are allowed");
    }
    {
        // A million keys, then one of them again: duplicate detection must stay fast.
        QByteArray many = fixtureBytes();
        QByteArray junk = "\"junk\": {";
        for (int i = 0; i < 1000000; ++i)
            junk += "\"k" + QByteArray::number(i) + "\": 0, ";
        junk += "\"k0\": 1},";
        many.insert(1, junk);
        add("million-keys.b2x", many, "a million keys and a duplicate",
            "the key \"k0\" appears twice");
    }

    {
        // 200 MB: sparse, so it costs no disk space; refused by its size before a byte is read.
        const QString path = dir.filePath(QStringLiteral("200mb.b2x"));
        QFile big(path);
        if (big.open(QIODevice::WriteOnly))
            big.resize(200LL * 1024 * 1024);
        files.push_back({QStringLiteral("200 MB file"), path,
                         QStringLiteral("workspace files are limited to 128 MB")});
    }

    const QString folderPath = dir.filePath(QStringLiteral("a-folder.b2x"));
    dir.mkpath(folderPath);
    files.push_back({QStringLiteral("a folder"), folderPath,
                     QStringLiteral("this is a folder, not a workspace file")});
    files.push_back({QStringLiteral("a file that does not exist"),
                     dir.filePath(QStringLiteral("missing.b2x")),
                     QStringLiteral("the file does not exist")});

    const QString fifo = dir.filePath(QStringLiteral("fifo.b2x"));
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0) {
        HostileFile f{QStringLiteral("a FIFO (named pipe) nobody writes to"), fifo,
                      QStringLiteral("not a regular file")};
        f.isFifo = true;
        files.push_back(f);
    } else if (skipped) {
        *skipped << QStringLiteral("FIFO: mkfifo failed");
    }

    // Unreadable for everyone, root included: /proc/self/mem opens, but reading its first page
    // fails with EIO (address 0 is never mapped). A link gives it a workspace-like name.
    const QString unreadable = dir.filePath(QStringLiteral("unreadable.b2x"));
    if (QFile::link(QStringLiteral("/proc/self/mem"), unreadable))
        files.push_back({QStringLiteral("a file whose reading fails (I/O error)"), unreadable,
                         QStringLiteral("the file cannot be read")});
    else if (skipped)
        *skipped << QStringLiteral("/proc/self/mem link: could not be created");

    // Permission denied: only meaningful when not root (root ignores file permissions).
    if (::geteuid() != 0) {
        add("no-permission.b2x", fixtureBytes(), "a file without read permission",
            "the file cannot be read");
        QFile::setPermissions(files.back().path, QFileDevice::Permissions());
    } else if (skipped) {
        *skipped << QStringLiteral("permission-denied file: running as root, which ignores "
                                   "permissions (the /proc/self/mem case covers read failures)");
    }
    return files;
}

FifoUnblocker::FifoUnblocker(const QString& fifo, std::chrono::milliseconds after)
    : m_path(QFile::encodeName(fifo).toStdString())
{
    m_thread = std::thread([this, after] {
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, after, [this] { return m_stop; }))
            return;
        // Succeeds only if a reader is blocked in open(); then it sees end of file at once.
        const int fd = ::open(m_path.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) {
            m_fired = true;
            ::close(fd);
        }
    });
}

FifoUnblocker::~FifoUnblocker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

} // namespace b2x::test
