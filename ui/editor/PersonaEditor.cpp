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
        // A source written for another value than the persona has now marks the Evidence tab,
        // so a number changed on another tab points to the source it no longer matches.
        if (auto* evidence = qobject_cast<EvidenceSection*>(section))
            connect(evidence, &EvidenceSection::staleCountChanged, this,
                    [this, evidence, tab = count() - 1](int stale) {
                        setTabText(tab, evidence->title());
                        setTabToolTip(tab, stale > 0 ? tr("%n source(s) written for another "
                                                          "value than the persona has now",
                                                          nullptr, stale)
                                                     : QString());
                    });
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
