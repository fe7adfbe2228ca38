// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesSection.h"

#include "FormHelpers.h"
#include "MessageLabel.h"
#include "model/Limits.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace b2x {

NotesSection::NotesSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("notesSection"));
    auto* intro = wrappedLabel(tr("Anything else worth keeping about this audience: interview "
                                  "findings, open questions, ideas to test."),
                               this);
    m_notes = makeTextEdit(this, QStringLiteral("notes"), tr("Notes"),
                           tr("Free text; it is saved with the workspace but not used by the "
                              "models."),
                           12);
    // The only field of the tab: it takes all the room there is.
    m_notes->setMaximumHeight(QWIDGETSIZE_MAX);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    intro->setBuddy(m_notes);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("notesMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_message);

    connect(m_notes, &QPlainTextEdit::textChanged, this, &NotesSection::commit);
}

void NotesSection::load(const Persona& persona)
{
    setTextQuietly(m_notes, qstr(persona.notes));
    m_message->clearMessage();
}

void NotesSection::commit()
{
    if (isLoading())
        return;
    const QString text = m_notes->toPlainText();
    if (utf8Size(text) > limits::maxLongText) {
        m_message->showError(tr("Notes can be at most %1 bytes long; the last change was not "
                                "saved. Shorten the text to save it.")
                                 .arg(formatNumber(static_cast<double>(limits::maxLongText))));
        return;
    }
    m_message->clearMessage();
    edit(QStringLiteral("notes"), tr("Edit notes"), [&](Persona& p) { p.notes = stdstr(text); });
}

} // namespace b2x
