// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanAnalysisCache.h"

#include <QDate>
#include <QObject>

namespace b2x {

class WorkspaceDocument;

/// The plan's analysis shared by the plan's pages (targets, board, objectives, timeline): computed
/// on request, at most once per change of the document, and then only for the personas the change
/// touched (plan::PlanAnalysisCache). Pages listen to `changed` and ask for the analysis when they
/// are shown, so a hidden page costs nothing while the user types.
class PlanAnalysisSource : public QObject {
    Q_OBJECT

public:
    explicit PlanAnalysisSource(WorkspaceDocument* document, QObject* parent = nullptr);

    /// The analysis of the document as it is now.
    const plan::PlanAnalysis& analysis();
    /// The day the plan is judged on (only matters for a plan without a period); tests fix it.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    WorkspaceDocument* document() const { return m_document; }
    /// How many times the analysis was computed (for tests: once per change, not per page).
    int computations() const { return m_computations; }

Q_SIGNALS:
    /// The document changed in a way that can move the plan's figures.
    void changed();

private:
    void invalidate();
    /// A change the cache cannot narrow down to one persona's edit.
    void invalidateAll();

    WorkspaceDocument* m_document;
    QDate m_today;
    plan::PlanAnalysisCache m_cache;
    const plan::PlanAnalysis* m_analysis = nullptr;
    int m_computations = 0;
};

} // namespace b2x
