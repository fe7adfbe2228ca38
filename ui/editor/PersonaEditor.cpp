// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaEditor.h"

#include "ChannelsSection.h"
#include "DecisionUnitSection.h"
#include "EconomicsSection.h"
#include "EvidenceSection.h"
#include "MotivesSection.h"
#include "NotesSection.h"
#include "PipelineSection.h"
#include "ProfileSection.h"
#include "RelationshipSection.h"

#include <QScrollArea>

namespace b2x {

PersonaEditor::PersonaEditor(WorkspaceDocument* document, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("personaEditor"));
    setAccessibleName(tr("Persona editor"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
    m_sections = {
        new ProfileSection(document),      new MotivesSection(document),
        new DecisionUnitSection(document), new PipelineSection(document),
        new EconomicsSection(document),    new RelationshipSection(document),
        new ChannelsSection(document),     new EvidenceSection(document),
        new NotesSection(document),
    };
    for (PersonaSection* section : m_sections) {
        auto* scroll = new QScrollArea(this);
        scroll->setObjectName(section->objectName() + QStringLiteral("Scroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(section);
        addTab(scroll, section->title());
    }
    setPersona(QString());
}

void PersonaEditor::setPersona(const QString& personaId)
{
    m_personaId = personaId;
    for (PersonaSection* section : m_sections)
        section->setPersona(personaId);
    Q_EMIT personaChanged(personaId);
}

} // namespace b2x
