// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"

#include <QHash>
#include <QObject>

namespace b2x {

class WorkspaceDocument;

/// Every persona's model outputs, kept next to the document and recomputed one persona at a time:
/// an edit recomputes only the edited persona (well under a millisecond), never the workspace.
/// Listeners (persona list, charts, reports) read from here instead of recomputing.
class AnalysisCache : public QObject {
    Q_OBJECT

public:
    explicit AnalysisCache(WorkspaceDocument* document, QObject* parent = nullptr);

    /// The analysis of a persona, computed on first use; nullptr for an unknown id.
    const analytics::PersonaAnalysis* analysis(const QString& personaId);
    /// Computes every missing analysis at once, on all cores (opening a large workspace).
    void prepareAll();
    /// Analyses of every persona in workspace order (computing what is missing).
    std::vector<analytics::PersonaAnalysis> all();
    /// The built-in channels and the workspace's own: what every analysis, chart and report of
    /// this workspace scores and names channels against.
    const ChannelCatalogue& catalogue() const { return m_catalogue; }
    int computations() const { return m_computations; } ///< for tests: how much work was done

Q_SIGNALS:
    /// A persona's analysis changed (after an edit, undo or redo of that persona).
    void analysisChanged(const QString& personaId);

private:
    WorkspaceDocument* m_document;
    ChannelCatalogue m_catalogue;
    QHash<QString, analytics::PersonaAnalysis> m_cache;
    int m_computations = 0;
};

} // namespace b2x
