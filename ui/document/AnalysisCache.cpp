// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisCache.h"

#include "WorkspaceDocument.h"

namespace b2x {

AnalysisCache::AnalysisCache(WorkspaceDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_catalogue(document->workspace().catalogue())
{
    connect(document, &WorkspaceDocument::personaChanged, this, [this](int, const QString& id) {
        m_cache.remove(id); // recomputed lazily by whoever asks first
        Q_EMIT analysisChanged(id);
    });
    connect(document, &WorkspaceDocument::personaRemoved, this,
            [this](int, const QString& id) { m_cache.remove(id); });
    // Connected before any reader of the cache (the window creates the cache first), so a
    // listener of workspaceReset never reads an analysis of the previous workspace.
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        m_catalogue = m_document->workspace().catalogue();
        m_cache.clear();
    });
    // Channel fit scores every channel of the catalogue for every persona, so a custom channel
    // added, edited or deleted changes every persona's analysis.
    connect(document, &WorkspaceDocument::customChannelsChanged, this, [this] {
        m_catalogue = m_document->workspace().catalogue();
        m_cache.clear();
        for (const auto& p : m_document->workspace().personas)
            Q_EMIT analysisChanged(QString::fromStdString(p.id));
    });
}

const analytics::PersonaAnalysis* AnalysisCache::analysis(const QString& personaId)
{
    if (const auto it = m_cache.constFind(personaId); it != m_cache.constEnd())
        return &*it;
    const Persona* p = m_document->persona(personaId);
    if (!p)
        return nullptr;
    ++m_computations;
    return &*m_cache.insert(personaId, analytics::analysePersona(*p, m_catalogue));
}

void AnalysisCache::prepareAll()
{
    std::vector<const Persona*> missing;
    for (const auto& p : m_document->workspace().personas)
        if (!m_cache.contains(QString::fromStdString(p.id)))
            missing.push_back(&p);
    if (missing.empty())
        return;
    auto analyses = analytics::analysePersonas(missing, m_catalogue);
    m_cache.reserve(m_cache.size() + static_cast<qsizetype>(analyses.size()));
    for (auto& a : analyses) {
        const QString id = QString::fromStdString(a.personaId);
        m_cache.insert(id, std::move(a));
    }
    m_computations += static_cast<int>(missing.size());
}

std::vector<analytics::PersonaAnalysis> AnalysisCache::all()
{
    prepareAll();
    std::vector<analytics::PersonaAnalysis> result;
    result.reserve(m_document->workspace().personas.size());
    for (const auto& p : m_document->workspace().personas)
        result.push_back(*analysis(QString::fromStdString(p.id)));
    return result;
}

} // namespace b2x
