// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace b2x {

class WorkspaceDocument;

/// Writes a recovery copy of the open workspace every few minutes while it has unsaved changes,
/// into the application's data folder (never over the user's file), and removes it on save or a
/// clean close. A copy left behind by a session that crashed is found at the next start.
///
/// Each running instance owns one slot: `<folder>/<sessionId>.b2x` plus `<sessionId>.json`
/// (original file name, time, process id). A slot whose process is no longer running is an orphan
/// that can be offered for restore.
class RecoveryManager : public QObject {
    Q_OBJECT

public:
    struct Orphan {
        QString recoveryFile; ///< the copy to read
        QString metaFile;
        QString originalPath; ///< the file the workspace came from; empty if never saved
        QDateTime savedAt;
    };

    RecoveryManager(WorkspaceDocument* document, const QString& folder, QObject* parent = nullptr);
    ~RecoveryManager() override;

    /// The default folder: QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultFolder();

    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }

    /// Writes the recovery copy now if there are unsaved changes. Returns false if writing failed.
    bool writeNow();
    /// Removes this session's copy (after a save or a clean close).
    void discardOwn();

    /// Copies left by sessions that are no longer running, newest first.
    QList<Orphan> orphans() const;
    static void discardOrphan(const Orphan& orphan);

    QString ownRecoveryFile() const;

private:
    WorkspaceDocument* m_document;
    QString m_folder;
    QString m_sessionId;
    QTimer m_timer;
    int m_intervalMinutes = 2;
};

} // namespace b2x
