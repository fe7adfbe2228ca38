// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileController.h"

#include "RecoveryManager.h"
#include "UserPrompts.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>

namespace b2x {

namespace {

const QString recentKey = QStringLiteral("files/recent");

std::string nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

} // namespace

FileController::FileController(WorkspaceDocument* document, RecoveryManager* recovery,
                               UserPrompts* prompts, QObject* parent)
    : QObject(parent), m_document(document), m_recovery(recovery), m_prompts(prompts)
{
}

QString FileController::documentName() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askUnsavedChanges(documentName())) {
    case UserPrompts::Unsaved::Save:
        return save();
    case UserPrompts::Unsaved::Discard:
        return true;
    case UserPrompts::Unsaved::Cancel:
        return false;
    }
    return false;
}

bool FileController::newWorkspace(const Workspace& initial)
{
    if (!maybeSave())
        return false;
    Workspace ws = initial;
    if (ws.name.empty())
        ws.name = tr("Untitled workspace").toStdString();
    ws.createdAt = ws.modifiedAt = nowIso();
    m_document->reset(std::move(ws), QString());
    return true;
}

bool FileController::newFromTemplate(const QString& resourcePath, const QString& templateName)
{
    QFile file(resourcePath);
    LoadResult result;
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        result = WorkspaceReader::readBytes(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    }
    if (!result.ok()) {
        // Only a broken build gets here (the template is compiled in), but then it must say so.
        m_prompts->showError(
            tr("Cannot open template"),
            tr("The template “%1” could not be read. Your current workspace is unchanged.")
                .arg(templateName),
            result.problems.empty() ? file.errorString() : result.problemText());
        return false;
    }
    return newWorkspace(*result.workspace);
}

bool FileController::open(const QString& requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString folder = m_document->filePath().isEmpty()
                                   ? QDir::homePath()
                                   : QFileInfo(m_document->filePath()).absolutePath();
        path = m_prompts->askOpenPath(folder);
        if (path.isEmpty())
            return false;
    }
    // Read before asking about unsaved changes: a file that cannot be opened must not cost the
    // user the decision (or the work) on the current one.
    LoadResult result = WorkspaceReader::readFile(path);
    if (!result.ok()) {
        m_prompts->showError(tr("Cannot open workspace"),
                             tr("“%1” could not be opened. Your current workspace is unchanged.")
                                 .arg(QFileInfo(path).fileName()),
                             result.problemText());
        return false;
    }
    if (!maybeSave())
        return false;
    m_document->reset(std::move(*result.workspace), QFileInfo(path).absoluteFilePath());
    addRecent(m_document->filePath());
    return true;
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileController::saveAs()
{
    const QString suggested =
        m_document->filePath().isEmpty()
            ? QDir::home().filePath(QString::fromStdString(m_document->workspace().name) +
                                    QStringLiteral(".b2x"))
            : m_document->filePath();
    const QString path = m_prompts->askSavePath(suggested);
    if (path.isEmpty())
        return false;
    return saveTo(QFileInfo(path).absoluteFilePath());
}

bool FileController::backupBeforeFirstSave(const QString& path, QString* error)
{
    if (m_backedUp.contains(path) || !QFileInfo::exists(path))
        return true;
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly)) {
        *error = tr("the previous version could not be read for the backup: %1")
                     .arg(original.errorString());
        return false;
    }
    // Written atomically too, so an interrupted backup never replaces a good older .bak.
    QSaveFile backup(path + QStringLiteral(".bak"));
    if (!backup.open(QIODevice::WriteOnly) || backup.write(original.readAll()) < 0 ||
        !backup.commit()) {
        *error = tr("the backup %1 could not be written: %2")
                     .arg(QFileInfo(backup.fileName()).fileName(), backup.errorString());
        return false;
    }
    m_backedUp.insert(path);
    return true;
}

bool FileController::saveTo(const QString& path)
{
    const Workspace& current = m_document->workspace();
    const std::string created = current.createdAt.empty() ? nowIso() : current.createdAt;
    Workspace toWrite = current;
    toWrite.createdAt = created;
    toWrite.modifiedAt = nowIso();

    QString error;
    if (!backupBeforeFirstSave(path, &error)) {
        m_prompts->showError(tr("Cannot save workspace"),
                             tr("“%1” was not saved, so the previous version stays as it was. "
                                "Your changes are still open.")
                                 .arg(QFileInfo(path).fileName()),
                             error);
        return false;
    }
    const SaveResult result = WorkspaceWriter::writeFile(toWrite, path);
    if (!result.ok) {
        m_prompts->showError(tr("Cannot save workspace"),
                             tr("“%1” was not saved. Your changes are still open; try another "
                                "folder with File → Save As.")
                                 .arg(QFileInfo(path).fileName()),
                             result.message);
        return false;
    }
    m_document->setTimestamps(toWrite.createdAt, toWrite.modifiedAt);
    m_document->markSaved(path);
    m_recovery->discardOwn();
    addRecent(path);
    return true;
}

void FileController::offerRecovery()
{
    const auto orphans = m_recovery->orphans();
    for (const auto& orphan : orphans) {
        const QString original = orphan.originalPath.isEmpty()
                                     ? tr("an untitled workspace")
                                     : QFileInfo(orphan.originalPath).fileName();
        const QString when = QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat);
        const auto answer = m_prompts->askRestore(
            tr("B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes "
               "was kept (%2). Restore it?")
                .arg(original, when));
        if (answer == UserPrompts::Recovery::Later)
            continue;
        if (answer == UserPrompts::Recovery::Discard) {
            RecoveryManager::discardOrphan(orphan);
            continue;
        }
        LoadResult copy = WorkspaceReader::readFile(orphan.recoveryFile);
        if (!copy.ok()) {
            m_prompts->showError(tr("Cannot restore"), tr("The recovery copy could not be read."),
                                 copy.problemText());
            continue;
        }
        if (!maybeSave())
            return;
        // Open the saved file (if any) and apply the recovered state as one undoable change, so
        // the document shows as modified and undo returns to what is on disk.
        Workspace base;
        QString basePath;
        if (!orphan.originalPath.isEmpty()) {
            LoadResult saved = WorkspaceReader::readFile(orphan.originalPath);
            if (saved.ok()) {
                base = std::move(*saved.workspace);
                basePath = orphan.originalPath;
            }
        }
        m_document->reset(std::move(base), basePath);
        m_document->replaceWorkspace(*copy.workspace, tr("Restore recovered changes"));
        RecoveryManager::discardOrphan(orphan);
        m_recovery->writeNow(); // the restored changes are again protected by this session
        return;
    }
}

QStringList FileController::recentFiles() const
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    return files;
}

void FileController::clearRecentFiles()
{
    QSettings().remove(recentKey);
    Q_EMIT recentFilesChanged();
}

void FileController::addRecent(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(recentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace b2x
