// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace b2x {

class FileController;
class WorkspaceDocument;

/// What the centre of the window shows when no persona is being edited (at start, after
/// closing a workspace, after deleting the last persona): what to do next, as buttons that
/// trigger the window's own actions, and the recent files.
class EmptyStatePage : public QWidget {
    Q_OBJECT

public:
    EmptyStatePage(WorkspaceDocument* document, FileController* files, QWidget* parent = nullptr);

    /// The buttons trigger these actions; a null action hides its button.
    void setActions(QAction* addPersona, QAction* newWorkspace, QAction* open, QAction* openSample);

    /// Recent files shown at most (the File menu lists them all).
    static constexpr int maxRecentShown = 5;

private:
    void updateText();
    void updateRecentFiles();

    WorkspaceDocument* m_document;
    FileController* m_files;
    QLabel* m_heading;
    QLabel* m_text;
    QPushButton* m_addPersona;
    QPushButton* m_newWorkspace;
    QPushButton* m_open;
    QPushButton* m_openSample;
    QLabel* m_recentHeading;
    QVBoxLayout* m_recentLayout;
};

} // namespace b2x
