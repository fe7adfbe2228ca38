// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaSection.h"

#include "document/WorkspaceDocument.h"

#include <QScopedValueRollback>

namespace b2x {

PersonaSection::PersonaSection(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    connect(document, &WorkspaceDocument::personaChanged, this, [this](int, const QString& id) {
        if (id == m_personaId && !m_editing)
            reload();
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        if (!m_document->persona(m_personaId))
            m_personaId.clear();
        reload();
    });
    connect(document, &WorkspaceDocument::personaRemoved, this, [this](int, const QString& id) {
        if (id == m_personaId)
            setPersona(QString());
    });
}

PersonaSection::~PersonaSection()
{
    // ~QWidget, which runs after this, hides the section; that moves the focus, and a line edit
    // losing it emits editingFinished. The derived section's members are gone by then, so its
    // slots must not run (UBSan found it: member access within a destroyed object).
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

void PersonaSection::setPersona(const QString& personaId)
{
    m_personaId = personaId;
    reload();
}

const Persona* PersonaSection::currentPersona() const
{
    return m_personaId.isEmpty() ? nullptr : m_document->persona(m_personaId);
}

void PersonaSection::reload()
{
    const Persona* p = currentPersona();
    setEnabled(p != nullptr);
    const QScopedValueRollback loading(m_loading, true);
    load(p ? *p : Persona{});
}

void PersonaSection::edit(const QString& field, const QString& actionText,
                          const std::function<void(Persona&)>& change)
{
    if (m_loading || m_personaId.isEmpty())
        return;
    const QScopedValueRollback editing(m_editing, true);
    m_document->editPersona(m_personaId, field, actionText, change);
}

} // namespace b2x
