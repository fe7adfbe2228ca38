// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"

class QPlainTextEdit;

namespace b2x {

class MessageLabel;

/// Free-form notes about the persona.
class NotesSection : public PersonaSection {
    Q_OBJECT

public:
    explicit NotesSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Notes"); }

protected:
    void load(const Persona& persona) override;

private:
    void commit();

    QPlainTextEdit* m_notes;
    MessageLabel* m_message;
};

} // namespace b2x
