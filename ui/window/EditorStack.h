// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace b2x {

class EmptyStatePage;
class FileController;
class PersonaEditor;
class WorkspaceDocument;

/// The centre of the window: the persona editor, or, while no persona is being edited, the
/// empty-state page that says what to do next (instead of a greyed-out editor).
class EditorStack : public QStackedWidget {
    Q_OBJECT

public:
    EditorStack(WorkspaceDocument* document, FileController* files, PersonaEditor* editor,
                QWidget* parent = nullptr);

    PersonaEditor* editor() const { return m_editor; }
    EmptyStatePage* emptyPage() const { return m_emptyPage; }
    bool showsEmptyState() const;

private:
    void showCurrent();

    WorkspaceDocument* m_document;
    PersonaEditor* m_editor;
    EmptyStatePage* m_emptyPage;
};

} // namespace b2x
