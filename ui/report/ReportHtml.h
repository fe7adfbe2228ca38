// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPlan.h"
#include "analytics/PersonaAnalysis.h"
#include "model/Workspace.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace b2x {

/// The text of the comparison report as rich text (Qt's HTML subset), ready for a paginated
/// QTextDocument: tables carry <thead> so their header row repeats on every page they span, and
/// each persona starts on a new page. Every sentence goes through translation with %1 arguments.
///
/// A report covers the personas it was asked for and nothing else: the summary's counts,
/// medians and comparisons are computed over those personas only.
class ReportHtml {
public:
    /// `analyses` must match `workspace.personas` one to one; `indices` are the personas the
    /// report covers, in that order (empty: every persona).
    ReportHtml(const Workspace& workspace, const std::vector<analytics::PersonaAnalysis>& analyses,
               std::vector<std::size_t> indices = {});

    /// The executive summary: who the report covers and the B2B versus B2C differences the
    /// models found among them, as sentences.
    QString executiveSummary() const;
    /// The workspace's "Recommendations and next steps"; empty when it has none.
    QString recommendations() const;
    /// One or more pages per persona covered.
    QString personaPages() const;
    /// The same, one entry per persona: each starts on a page of its own, so the PDF lays each
    /// out by itself.
    QStringList personaPageList() const;
    /// The plan's part (ReportPlan) for the personas covered; empty when the plan holds nothing
    /// for them. `charts` is where the plan's charts go in (PlanChartHook).
    /// `analysis`: the plan's analysis when the caller computed it already (null: computed here).
    QString planPart(const PlanChartHook& charts = {},
                     std::shared_ptr<const plan::PlanAnalysis> analysis = nullptr) const;
    /// Model definitions and the sources of every benchmark figure used.
    QString appendix() const;

private:
    QString personaPage(const Persona& persona, const analytics::PersonaAnalysis& analysis) const;
    QString money(std::optional<double> value) const;

    const Workspace& m_workspace;
    ChannelCatalogue m_catalogue;       ///< the built-in channels and the workspace's own
    std::vector<std::size_t> m_indices; ///< valid indices only
    std::vector<analytics::PersonaAnalysis> m_covered; ///< the analyses of m_indices, in order
    const std::vector<analytics::PersonaAnalysis>& m_analyses;
};

} // namespace b2x
