// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget view's title, response curves, step log and summary: what the proposal on show
// looks like, for one persona or several together.
#include "BudgetPanel.h"
#include "budget/ResponseCurve.h"
#include "charts/ResponseCurveChart.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <algorithm>
#include <numeric>

namespace b2x {

namespace {

/// Lines of the step log at most: the flexible mode may take many thousands of steps.
constexpr int maxLogLines = 500;
/// Points sampled along each response curve.

} // namespace

void BudgetPanel::setTitle(const std::vector<const Persona*>& personas)
{
    if (scope() == Scope::SelectedPersona) {
        m_title->setText(
            personas.empty()
                ? tr("Select a persona to see where its budget would bring the most.")
                : tr("Budget of %1").arg(QString::fromStdString(personas.front()->name)));
        return;
    }
    if (personas.empty()) {
        m_title->setText(tr("Select personas in the list to compare; their budgets are split "
                            "together here."));
        return;
    }
    QStringList names;
    for (const Persona* p : personas)
        names << QString::fromStdString(p->name);
    QString text = tr("One budget across the %n compared persona(s): %1", nullptr,
                      static_cast<int>(personas.size()))
                       .arg(Formatting::locale().createSeparatedList(names));
    std::size_t selected = 0;
    for (const auto& id : m_document->workspace().view.comparedPersonaIds)
        selected += m_document->persona(QString::fromStdString(id)) ? 1 : 0;
    if (selected > personas.size())
        text += QLatin1Char(' ') + tr("(the first %1 of the %n selected, as in the comparison)",
                                      nullptr, static_cast<int>(selected))
                                       .arg(personas.size());
    m_title->setText(text);
}

QString BudgetPanel::channelName(std::size_t index, const ChannelCatalogue& catalogue) const
{
    const auto& c = m_allocation.channels[index];
    const QString channel = channelDisplayName(c.channelId, catalogue);
    if (scope() == Scope::SelectedPersona)
        return channel;
    const Persona* p = m_document->persona(QString::fromStdString(c.personaId));
    return tr("%1: %2", "persona: channel")
        .arg(p ? QString::fromStdString(p->name) : QString(), channel);
}

void BudgetPanel::fillCurves(const std::vector<const Persona*>& personas,
                             const ChannelCatalogue& catalogue)
{
    std::vector<budget::BudgetChannel> channels;
    for (const Persona* p : personas) {
        auto own = budget::budgetChannels(*p, catalogue);
        channels.insert(channels.end(), std::make_move_iterator(own.begin()),
                        std::make_move_iterator(own.end()));
    }
    const std::size_t n = std::min(channels.size(), m_allocation.channels.size());
    const auto reachOf = [this](std::size_t i) {
        return std::max(m_allocation.channels[i].currentSpend, m_allocation.channels[i].spend);
    };
    // Beyond ten curves the colours repeat: the channels with the most spend are drawn, in the
    // table's order.
    std::vector<std::size_t> drawn(n);
    std::iota(drawn.begin(), drawn.end(), std::size_t{0});
    // Across personas the legend's names are long: fewer curves leave the plot its room.
    const auto cap =
        static_cast<std::size_t>(scope() == Scope::Compared ? maxComparedCurves : maxCurves);
    if (n > cap) {
        std::stable_sort(drawn.begin(), drawn.end(),
                         [&](std::size_t a, std::size_t b) { return reachOf(a) > reachOf(b); });
        drawn.resize(cap);
        std::sort(drawn.begin(), drawn.end());
    }
    double reach = 0;
    for (std::size_t i : drawn)
        reach = std::max(reach, reachOf(i));
    const double maxX = charts::responseCurveReach(reach);
    std::vector<charts::ResponseCurveSeries> series;
    for (std::size_t i : drawn)
        series.push_back(charts::responseCurveSeries(
            channels[i].curve, m_allocation.channels[i], maxX, channelName(i, catalogue),
            charts::ResponseCurveChart::channelColour(static_cast<int>(series.size()))));
    m_chart->setCurves(series, m_currency);
    if (drawn.size() < n) {
        m_curvesNote->setText(tr("The %1 channels with the most spend are drawn; %n more are "
                                 "listed in the Allocation tab only.",
                                 nullptr, static_cast<int>(n - drawn.size()))
                                  .arg(drawn.size()));
        m_curvesNote->show();
    } else {
        m_curvesNote->hide();
    }
}

void BudgetPanel::fillStepLog(const ChannelCatalogue& catalogue)
{
    QStringList lines;
    const auto& a = m_allocation;
    if (a.channels.empty()) {
        m_log->setPlainText(scope() == Scope::SelectedPersona
                                ? tr("The persona lists no channels.")
                                : tr("The compared personas list no channels."));
        return;
    }
    if (scope() == Scope::Compared) {
        const auto ratio = [](const std::optional<double>& v) {
            return v ? Formatting::number(*v, 2) : QStringLiteral("–");
        };
        for (const QString& id : m_covered) {
            const Persona* p = m_document->persona(id);
            if (!p)
                continue;
            const auto today = budget::personaTotals(a, p->id, false);
            const auto proposed = budget::personaTotals(a, p->id, true);
            lines << tr("%1: %2 → %3 a month, ROAS %4 → %5")
                         .arg(QString::fromStdString(p->name), money(today.spend),
                              money(proposed.spend), ratio(today.roas), ratio(proposed.roas));
        }
        lines << QString();
    }
    lines << tr("Every channel starts at its minimum; each step of %1 goes to the channel whose "
                "next step adds the most value.")
                 .arg(money(a.stepAmount));
    const auto& steps = a.steps;
    int shown = 0;
    for (std::size_t i = 0; i < steps.size();) {
        // Consecutive steps to one channel read as one line.
        std::size_t j = i;
        double amount = 0;
        while (j < steps.size() && steps[j].channel == steps[i].channel) {
            amount += steps[j].amount;
            ++j;
        }
        if (shown == maxLogLines) {
            lines << tr("… and %n more step(s).", nullptr, static_cast<int>(steps.size() - i));
            break;
        }
        const QString name = channelName(steps[i].channel, catalogue);
        const int count = static_cast<int>(j - i);
        const QString first = Formatting::count(static_cast<long long>(i + 1));
        if (count == 1)
            lines << tr("Step %1: %2 to %3, marginal ROAS %4")
                         .arg(first, money(amount), name,
                              Formatting::number(steps[i].marginalRoas, 2));
        else
            lines << tr("Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6")
                         .arg(first, Formatting::count(static_cast<long long>(j)), money(amount),
                              name, Formatting::number(steps[i].marginalRoas, 2),
                              Formatting::number(steps[j - 1].marginalRoas, 2));
        ++shown;
        i = j;
    }
    if (steps.empty())
        lines << tr("No step was taken.");
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
}

void BudgetPanel::fillSummary()
{
    const auto& a = m_allocation;
    if (a.channels.empty()) {
        m_summary->setText(scope() == Scope::SelectedPersona
                               ? tr("Add channels to the persona to allocate its budget.")
                               : tr("Add channels to the compared personas to allocate their "
                                    "budget."));
        return;
    }
    const auto ratio = [](const std::optional<double>& v) {
        return v ? Formatting::number(*v, 2) : QStringLiteral("–");
    };
    QStringList parts;
    parts << tr("Today: %1 a month, %2 customers, value %3, ROAS %4")
                 .arg(money(a.current.spend), Formatting::number(a.current.customers, 1),
                      money(a.current.value), ratio(a.current.roas));
    parts << tr("Proposed: %1 a month, %2 customers, value %3, ROAS %4")
                 .arg(money(a.proposed.spend), Formatting::number(a.proposed.customers, 1),
                      money(a.proposed.value), ratio(a.proposed.roas));
    if (scope() == Scope::Compared)
        parts << tr("Both lines add up the %n persona(s); each one's own spend and ROAS head the "
                    "Steps tab.",
                    nullptr, static_cast<int>(m_covered.size()));
    if (a.minimumsExceedBudget)
        parts << tr("The channels' minimum spends alone exceed the budget.");
    if (a.unspent > 0)
        parts << tr("%1 stays unspent: every channel is at its maximum.").arg(money(a.unspent));
    if (a.stepAmount <= 0)
        parts << tr("Nothing to split: enter a monthly budget.");
    m_summary->setText(parts.join(QLatin1Char('\n')));
}

} // namespace b2x
