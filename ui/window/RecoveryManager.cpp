// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryManager.h"

#include "document/WorkspaceDocument.h"
#include "io/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <csignal>

namespace b2x {

namespace {

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    // kill(pid, 0) checks existence without sending anything; EPERM means it exists.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

} // namespace

RecoveryManager::RecoveryManager(WorkspaceDocument* document, const QString& folder,
                                 QObject* parent)
    : QObject(parent), m_document(document), m_folder(folder),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::writeNow);
    setIntervalMinutes(m_intervalMinutes);
    // Nothing unsaved means nothing to recover: drop the copy as soon as the document is clean.
    connect(document, &WorkspaceDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discardOwn();
    });
}

RecoveryManager::~RecoveryManager() = default;

QString RecoveryManager::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void RecoveryManager::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::clamp(minutes, 1, 60);
    m_timer.start(m_intervalMinutes * 60 * 1000);
}

QString RecoveryManager::ownRecoveryFile() const
{
    return QDir(m_folder).filePath(m_sessionId + QStringLiteral(".b2x"));
}

bool RecoveryManager::writeNow()
{
    if (!m_document->isModified())
        return true;
    const std::string text = WorkspaceWriter::serialise(m_document->workspace());
    if (text.empty())
        return false;
    if (!QDir().mkpath(m_folder))
        return false;
    const QJsonObject meta{
        {QStringLiteral("originalPath"), m_document->filePath()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
    };
    const QString base = QDir(m_folder).filePath(m_sessionId);
    // The workspace first, then the meta file that makes it visible as a recovery candidate.
    return writeAtomically(base + QStringLiteral(".b2x"),
                           QByteArray(text.data(), static_cast<qsizetype>(text.size()))) &&
           writeAtomically(base + QStringLiteral(".json"), QJsonDocument(meta).toJson());
}

void RecoveryManager::discardOwn()
{
    const QString base = QDir(m_folder).filePath(m_sessionId);
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".b2x"));
}

QList<RecoveryManager::Orphan> RecoveryManager::orphans() const
{
    QList<Orphan> result;
    const QDir dir(m_folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name.startsWith(m_sessionId))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
        if (processIsRunning(meta.value(QStringLiteral("pid")).toInteger()))
            continue; // another open window's live copy, not an orphan
        Orphan o;
        o.metaFile = dir.filePath(name);
        o.recoveryFile = dir.filePath(name.chopped(5) + QStringLiteral(".b2x"));
        o.originalPath = meta.value(QStringLiteral("originalPath")).toString();
        o.savedAt =
            QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        if (QFile::exists(o.recoveryFile))
            result << o;
    }
    std::sort(result.begin(), result.end(),
              [](const Orphan& a, const Orphan& b) { return a.savedAt > b.savedAt; });
    return result;
}

void RecoveryManager::discardOrphan(const Orphan& orphan)
{
    QFile::remove(orphan.metaFile);
    QFile::remove(orphan.recoveryFile);
}

} // namespace b2x
