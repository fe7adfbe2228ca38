// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorStack.h"

#include "EmptyStatePage.h"
#include "document/WorkspaceDocument.h"
#include "editor/PersonaEditor.h"

namespace b2x {

EditorStack::EditorStack(WorkspaceDocument* document, FileController* files, PersonaEditor* editor,
                         QWidget* parent)
    : QStackedWidget(parent), m_document(document), m_editor(editor),
      m_emptyPage(new EmptyStatePage(document, files, this))
{
    setObjectName(QStringLiteral("editorStack"));
    addWidget(m_editor);
    addWidget(m_emptyPage);
    connect(m_editor, &PersonaEditor::personaChanged, this, &EditorStack::showCurrent);
    connect(document, &WorkspaceDocument::personaRemoved, this, &EditorStack::showCurrent);
    connect(document, &WorkspaceDocument::workspaceReset, this, &EditorStack::showCurrent);
    showCurrent();
}

bool EditorStack::showsEmptyState() const
{
    return currentWidget() == m_emptyPage;
}

void EditorStack::showCurrent()
{
    const bool editing = m_document->persona(m_editor->personaId()) != nullptr;
    setCurrentWidget(editing ? static_cast<QWidget*>(m_editor) : m_emptyPage);
}

} // namespace b2x
