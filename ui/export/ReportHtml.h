// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "model/Workspace.h"

#include <QString>
#include <vector>

namespace b2x {

/// The text of the comparison report as rich text (Qt's HTML subset), ready for a paginated
/// QTextDocument: tables carry <thead> so their header row repeats on every page they span, and
/// each persona starts on a new page. Every sentence goes through translation with %1 arguments.
class ReportHtml {
public:
    /// `analyses` must match `workspace.personas` one to one.
    ReportHtml(const Workspace& workspace, const std::vector<analytics::PersonaAnalysis>& analyses);

    /// The executive summary: the B2B versus B2C differences the models found, as sentences.
    QString executiveSummary() const;
    /// One or more pages per persona, for the personas at `indices` (in that order).
    QString personaPages(const std::vector<std::size_t>& indices) const;
    /// Model definitions and the sources of every benchmark figure used.
    QString appendix() const;

    static QString dimensionName(analytics::Dimension dimension);

private:
    QString personaPage(const Persona& persona, const analytics::PersonaAnalysis& analysis) const;
    QString money(std::optional<double> value) const;

    const Workspace& m_workspace;
    const std::vector<analytics::PersonaAnalysis>& m_analyses;
};

} // namespace b2x
