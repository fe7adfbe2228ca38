// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "plan/PlanAnalysis.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace b2x {

/// The charts the plan part has a place for (drawn by the chart layer, never by this module).
enum class PlanChart {
    Timeline,      ///< the tactics on a calendar, after the RACE table; personaIndex is unused
    ReverseFunnel, ///< required against available entries per stage, after that persona's tables
};

/// The insertion point for the plan's charts. ReportPlan::html() calls it once for the timeline
/// (after the RACE table) and once per targeted persona it covers (right after that persona's
/// reverse-funnel tables), with the persona's index in the workspace, and inserts the rich text
/// it returns at that place of the flow; empty text inserts nothing. Without a hook the part has
/// no chart and no placeholder. The text must stay vector: a chart can be drawn into the flow by
/// a QTextObjectInterface object the hook's owner registers on the document, never as an image.
using PlanChartHook = std::function<QString(PlanChart chart, std::size_t personaIndex)>;

/// The Plan part of the report (docs/workbench.md, "Exporting a report"), as rich text for the
/// paginated flow of PdfReport: the period, the RACE table, objectives and key results with
/// progress bars in Google's colour bands, each targeted persona's reverse funnel, the content
/// map and the plan's checks. Like the rest of the report it speaks only of the personas it
/// covers: objectives, funnels, map rows and checks of other personas are left out, and the RACE
/// texts, written for the whole workspace, only appear when the report covers every persona.
class ReportPlan {
    Q_DECLARE_TR_FUNCTIONS(b2x::ReportPlan)

public:
    /// `covered`: indices into workspace.personas (invalid ones are ignored). `today` only
    /// matters when the plan has no period (the calendar quarter holding it is planned).
    ReportPlan(const Workspace& workspace, const std::vector<std::size_t>& covered,
               QDate today = QDate::currentDate());
    /// The same with the plan's analysis computed once by the caller (`b2x export` shares it
    /// with the plan's charts); null analyses the plan here.
    ReportPlan(const Workspace& workspace, const std::vector<std::size_t>& covered,
               std::shared_ptr<const plan::PlanAnalysis> analysis,
               QDate today = QDate::currentDate());

    /// True when the plan holds nothing for the covered personas: no target or audience size,
    /// objective, tactic or content item of theirs. The report then has no Plan part.
    bool isEmpty() const;
    /// The whole part, starting on a new page; empty when isEmpty().
    QString html(const PlanChartHook& charts = {}) const;

private:
    bool covers(const std::string& personaId) const;
    QString personaName(const std::string& personaId) const;
    QString period() const;
    QString race(const PlanChartHook& charts) const;
    QString objectives() const;
    QString reverseFunnels(const PlanChartHook& charts) const;
    QString reverseFunnel(std::size_t index, const plan::PersonaPlanAnalysis& a) const;
    QString contentMap() const;
    QString checks() const;

    const Workspace& m_workspace;
    std::vector<std::size_t> m_covered;                   ///< valid indices, in workspace order
    bool m_all = false;                                   ///< the report covers every persona
    std::shared_ptr<const plan::PlanAnalysis> m_analysis; ///< never null
};

} // namespace b2x
