// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QMainWindow>

class QListWidget;
class QLabel;

namespace b2x {

/// The workbench window. For now it opens a workspace and lists its personas; the editor,
/// charts and undo come with the workbench issue.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens `path`; on failure shows the reader's message and keeps the current workspace.
    bool openFile(const QString& path);
    const Workspace& workspace() const { return m_workspace; }
    QString currentFile() const { return m_file; }

private:
    void createMenus();
    void showWorkspace();
    void chooseAndOpen();
    void showAbout();

    Workspace m_workspace;
    QString m_file;
    QListWidget* m_personaList = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace b2x
