// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanAnalysisSource.h"

#include "document/WorkspaceDocument.h"

namespace b2x {

PlanAnalysisSource::PlanAnalysisSource(WorkspaceDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_today(QDate::currentDate())
{
    // Any change can move the plan's figures: a persona's conversion moves its reverse funnel.
    for (auto signal :
         {&WorkspaceDocument::planChanged, &WorkspaceDocument::workspaceReset,
          &WorkspaceDocument::customChannelsChanged, &WorkspaceDocument::workspaceInfoChanged})
        connect(m_document, signal, this, &PlanAnalysisSource::invalidateAll);
    m_cache.announceChanges();
    // A persona's edit names the persona: the cache then compares only it with what it remembers.
    connect(m_document, &WorkspaceDocument::personaChanged, this,
            [this](int, const QString& personaId) {
                m_cache.personaEdited(personaId.toStdString());
                invalidate();
            });
    connect(m_document, &WorkspaceDocument::personaInserted, this,
            &PlanAnalysisSource::invalidateAll);
    connect(m_document, &WorkspaceDocument::personaRemoved, this,
            &PlanAnalysisSource::invalidateAll);
    connect(m_document, &WorkspaceDocument::personaMoved, this, &PlanAnalysisSource::invalidateAll);
}

const plan::PlanAnalysis& PlanAnalysisSource::analysis()
{
    if (!m_analysis) {
        m_analysis = &m_cache.analyse(m_document->workspace(), m_today);
        ++m_computations;
    }
    return *m_analysis;
}

void PlanAnalysisSource::setToday(QDate today)
{
    m_today = today;
    invalidateAll();
}

void PlanAnalysisSource::invalidateAll()
{
    m_cache.anythingChanged();
    invalidate();
}

void PlanAnalysisSource::invalidate()
{
    m_analysis = nullptr;
    Q_EMIT changed();
}

} // namespace b2x
