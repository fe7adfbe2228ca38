// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Allocator.h"
#include "budget/Uncertainty.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace b2x {

namespace charts {
struct BudgetChartData;
} // namespace charts

/// One persona's figures in the Budget part: computed once, shown as text and drawn as charts.
struct BudgetFigures {
    std::size_t personaIndex = 0; ///< into workspace.personas
    /// Today's total split again: fixed budget, the persona's own bounds and locks, default step.
    budget::Allocation allocation;
    budget::MonteCarloResult uncertainty; ///< seeded, ReportBudget::monteCarloRuns runs
    std::vector<budget::TornadoBar> tornado;
    std::optional<double> clvToCac; ///< every input at its value
};

/// The Budget part of the report (docs/workbench.md, "Exporting a report"): for each covered
/// persona whose budget the marketer worked on (a channel with a response or bounds set), the
/// allocation at today's total budget and how sure its figures are. Other personas get nothing:
/// the report never states more than the marketer gave it to say.
class ReportBudget {
    Q_DECLARE_TR_FUNCTIONS(b2x::ReportBudget)

public:
    /// Monte Carlo runs per persona: fewer than the budget view's 10,000 so that a report of a
    /// hundred personas stays quick; the p10–p90 of these runs move by well under a percent.
    static constexpr int monteCarloRuns = 2000;
    /// A fixed seed: the same workspace gives the same report.
    static constexpr std::uint64_t monteCarloSeed = 1;

    /// `covered`: indices into workspace.personas (invalid ones are ignored).
    ReportBudget(const Workspace& workspace, const std::vector<std::size_t>& covered);

    /// True when a channel of the persona has a response or bounds set.
    static bool workedOn(const Persona& persona);

    bool isEmpty() const { return m_figures.empty(); }
    /// The personas the part speaks about, in workspace order.
    const std::vector<BudgetFigures>& figures() const { return m_figures; }
    /// The whole part, starting on a new page; empty when isEmpty().
    QString html() const;
    /// The same, one entry per persona, each starting on a new page (the first with the part's
    /// heading and introduction): the PDF lays each out by itself, which keeps moving headings
    /// cheap for a hundred personas.
    QStringList pages() const;
    /// The title of a persona's charts (also the chart pages' titles).
    QString curvesTitle(const BudgetFigures& f) const;
    QString tornadoTitle(const BudgetFigures& f) const;
    /// The figures of each persona's two charts (charts::BudgetChartRenderer), from the same
    /// allocation and runs as the text.
    std::vector<charts::BudgetChartData> chartData() const;

private:
    QString allocation(const BudgetFigures& f, bool newPage) const;
    QString uncertainty(const BudgetFigures& f) const;
    QString money(double amount) const;

    const Workspace& m_workspace;
    ChannelCatalogue m_catalogue;
    std::vector<BudgetFigures> m_figures;
};

} // namespace b2x
