// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace b2x {

class WorkspaceDocument;
class RecoveryManager;
class UserPrompts;

/// New, open, save, save as, close and recovery for one window, with the rules that keep work
/// from being lost: unsaved changes are never dropped without asking; a failed open leaves the
/// current workspace untouched; a save clears the modified mark only once it really committed;
/// the first save of a session over an existing file keeps the previous version as NAME.b2x.bak.
class FileController : public QObject {
    Q_OBJECT

public:
    FileController(WorkspaceDocument* document, RecoveryManager* recovery, UserPrompts* prompts,
                   QObject* parent = nullptr);

    /// Each returns false when the user cancelled or the operation failed (after telling why).
    bool newWorkspace(const Workspace& initial = {});
    /// A new, unsaved workspace from a template shipped in the binary (`resourcePath`, e.g.
    /// ":/samples/b2b-vs-b2c.b2x"). A template that cannot be read says so (`templateName` in
    /// the message) and leaves the current workspace as it is.
    bool newFromTemplate(const QString& resourcePath, const QString& templateName);
    bool open(const QString& path = QString());
    bool save();
    bool saveAs();
    /// Asks about unsaved changes; true when it is fine to throw the document away.
    bool maybeSave();
    /// Offers recovery copies left by a crashed session (at start-up).
    void offerRecovery();

    QStringList recentFiles() const;
    void clearRecentFiles();
    /// The document's display name: the file name, or "Untitled".
    QString documentName() const;

    static constexpr int maxRecentFiles = 10;

Q_SIGNALS:
    void recentFilesChanged();

private:
    bool saveTo(const QString& path);
    bool backupBeforeFirstSave(const QString& path, QString* error);
    void addRecent(const QString& path);

    WorkspaceDocument* m_document;
    RecoveryManager* m_recovery;
    UserPrompts* m_prompts;
    QSet<QString> m_backedUp; ///< files already backed up in this session
};

} // namespace b2x
