// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QString>
#include <QWidget>
#include <functional>

namespace b2x {

class WorkspaceDocument;

/// Base of every editor section (Profile, Motives, Decision unit, …), in three parts as in
/// LabPlot's docks: load() fills the widgets from the persona; widget slots call edit(), which
/// pushes one undo command; and when the persona changes for another reason (undo, redo, another
/// view) the section reloads. While the section's own edit is being applied it does not reload,
/// so the cursor in the field being typed in never jumps.
class PersonaSection : public QWidget {
    Q_OBJECT

public:
    PersonaSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~PersonaSection() override;

    /// Shows the persona with this id (empty: none; the section disables itself).
    void setPersona(const QString& personaId);
    QString personaId() const { return m_personaId; }
    /// The section's title in the editor's tab bar.
    virtual QString title() const = 0;

protected:
    /// Fill every widget from `persona`. Called with signals of this section's widgets blocked
    /// by the caller's responsibility: use QSignalBlocker on widgets whose setters emit.
    virtual void load(const Persona& persona) = 0;

    /// Pushes an undoable change of the current persona. Edits with the same `field` merge into
    /// one undo step while they follow each other (typing).
    void edit(const QString& field, const QString& actionText,
              const std::function<void(Persona&)>& change);
    WorkspaceDocument* document() const { return m_document; }
    const Persona* currentPersona() const;
    /// True while load() runs: slots connected to widget signals should return early.
    bool isLoading() const { return m_loading; }

private:
    void reload();

    WorkspaceDocument* m_document;
    QString m_personaId;
    bool m_loading = false;
    bool m_editing = false;
};

} // namespace b2x
