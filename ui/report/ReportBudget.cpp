// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBudget.h"

#include "ReportPhrases.h"
#include "ReportTable.h"
#include "charts/BudgetChartRenderer.h"
#include "format/EnumLabels.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"

#include <QStringList>
#include <algorithm>
#include <array>
#include <functional>

namespace b2x {

namespace {

/// The tornado's inputs the report lists: the largest swings.
constexpr std::size_t tornadoRowsShown = 5;
/// Points per response curve in the chart.

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString ratio(const std::optional<double>& v)
{
    return v ? Formatting::number(*v, 2) : QStringLiteral("–");
}

} // namespace

ReportBudget::ReportBudget(const Workspace& workspace, const std::vector<std::size_t>& covered)
    : m_workspace(workspace), m_catalogue(workspace.catalogue())
{
    std::vector<std::size_t> indices;
    for (std::size_t i : covered)
        if (i < workspace.personas.size() &&
            std::find(indices.begin(), indices.end(), i) == indices.end())
            indices.push_back(i);
    std::sort(indices.begin(), indices.end());
    for (std::size_t i : indices) {
        const Persona& p = workspace.personas[i];
        if (!workedOn(p))
            continue;
        BudgetFigures f;
        f.personaIndex = i;
        const Persona* const one[] = {&p};
        f.allocation = budget::allocate(one, budget::AllocationOptions{}, m_catalogue);
        budget::MonteCarloOptions mc;
        mc.runs = monteCarloRuns;
        mc.seed = monteCarloSeed;
        f.uncertainty = budget::runMonteCarlo(p, mc);
        f.tornado = budget::tornado(p);
        const budget::UncertaintyModel model(p);
        std::array<double, budget::uncertainInputs.size()> ones;
        ones.fill(1);
        f.clvToCac = model.evaluate(ones).clvToCac;
        m_figures.push_back(std::move(f));
    }
}

bool ReportBudget::workedOn(const Persona& persona)
{
    return std::any_of(persona.channels.begin(), persona.channels.end(), [](const ChannelUse& c) {
        return c.response != ChannelResponse{} || c.bounds != ChannelBounds{};
    });
}

QString ReportBudget::money(double amount) const
{
    return Formatting::money(amount, QString::fromStdString(m_workspace.currency));
}

QString ReportBudget::curvesTitle(const BudgetFigures& f) const
{
    return tr("Response curves: %1")
        .arg(QString::fromStdString(m_workspace.personas[f.personaIndex].name));
}

QString ReportBudget::tornadoTitle(const BudgetFigures& f) const
{
    return tr("Tornado of CLV:CAC: %1")
        .arg(QString::fromStdString(m_workspace.personas[f.personaIndex].name));
}

QString ReportBudget::html() const
{
    return pages().join(QString());
}

QStringList ReportBudget::pages() const
{
    QStringList out;
    for (const BudgetFigures& f : m_figures) {
        if (!out.isEmpty()) {
            out << allocation(f, true) + uncertainty(f);
            continue;
        }
        QString html =
            QStringLiteral("<h1 style=\"page-break-before: always;\">%1</h1>").arg(tr("Budget"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("For each persona whose channels were given a response or spend "
                            "limits: where today's monthly budget would bring the most, and how "
                            "sure the persona's figures are. Each channel's entries follow a Hill "
                            "saturation curve, as in Meta's Robyn and Google's Meridian; the "
                            "budget goes, step by step, to the channel whose next step adds the "
                            "most customer value, within the limits set for it.")
                             .toHtmlEscaped());
        out << html + allocation(f, false) + uncertainty(f);
    }
    return out;
}

QString ReportBudget::allocation(const BudgetFigures& f, bool newPage) const
{
    const Persona& p = m_workspace.personas[f.personaIndex];
    const budget::Allocation& a = f.allocation;
    const auto optionalMoney = [&](const std::optional<double>& v) {
        return v ? money(*v) : QStringLiteral("–");
    };
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < a.channels.size(); ++i) {
        const budget::ChannelAllocation& c = a.channels[i];
        const ChannelUse* use = nullptr;
        for (const ChannelUse& u : p.channels)
            if (u.channelId == c.channelId)
                use = &u;
        QString bound = QStringLiteral("–");
        if (use && use->bounds.locked)
            bound = tr("locked at today's spend");
        else if (use && use->bounds.minSpend && use->bounds.maxSpend)
            bound = tr("%1 to %2").arg(money(*use->bounds.minSpend), money(*use->bounds.maxSpend));
        else if (use && use->bounds.minSpend)
            bound = tr("at least %1").arg(money(*use->bounds.minSpend));
        else if (use && use->bounds.maxSpend)
            bound = tr("at most %1").arg(money(*use->bounds.maxSpend));
        if (c.atBound == budget::BoundHit::Min)
            bound += QStringLiteral("<br/><i>%1</i>").arg(tr("at its minimum"));
        else if (c.atBound == budget::BoundHit::Max)
            bound += QStringLiteral("<br/><i>%1</i>").arg(tr("at its maximum"));
        rows.push_back(
            {channelDisplayName(c.channelId, m_catalogue).toHtmlEscaped(), money(c.currentSpend),
             money(c.spend), ReportPhrases::perMonth(c.entries),
             ReportPhrases::perMonth(c.customers), optionalMoney(c.cac),
             c.marginalRoas ? Formatting::number(*c.marginalRoas, 2) : QStringLiteral("–"), bound});
    }
    const budget::AllocationTotals& now = a.current;
    const budget::AllocationTotals& next = a.proposed;
    QString html =
        QStringLiteral("<h2%1>%2</h2>")
            .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(),
                 tr("Budget allocation: %1").arg(esc(p.name)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; "
                        "ROAS %7 → %8.",
                        "today → proposed")
                         .arg(money(now.spend), money(next.spend),
                              ReportPhrases::perMonth(now.customers),
                              ReportPhrases::perMonth(next.customers), money(now.value),
                              money(next.value), ratio(now.roas), ratio(next.roas))
                         .toHtmlEscaped());
    if (a.minimumsExceedBudget)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The channels' minimum spends alone cost more than today's budget: "
                            "each channel stays at its minimum.")
                             .toHtmlEscaped());
    else if (a.unspent > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 a month stays unspent: every channel is at its maximum.")
                             .arg(money(a.unspent))
                             .toHtmlEscaped());
    if (rows.empty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("The persona lists no channels."));
    return html +
           reportTable({tr("Channel"), tr("Spend today"), tr("Proposed spend"), tr("Entries"),
                        tr("Customers"), tr("CAC"), tr("Marginal ROAS"), tr("Limits")},
                       rows, {15, 10, 13, 11, 13, 10, 12, 16}) +
           QStringLiteral("<p><i>%1</i></p>")
               .arg(tr("Entries and customers a month, and CAC, at the proposed spend. "
                       "Marginal ROAS: the value the next unit of spend on the channel returns; "
                       "where the budget is split well, it is alike on every channel not held "
                       "by a limit.")
                        .toHtmlEscaped());
}

QString ReportBudget::uncertainty(const BudgetFigures& f) const
{
    const Persona& p = m_workspace.personas[f.personaIndex];
    const budget::MonteCarloResult& r = f.uncertainty;
    std::vector<QStringList> rows;
    const auto row = [&](const QString& name, const budget::OutputRange& range,
                         const std::function<QString(double)>& format) {
        const auto cell = [&](const std::optional<double>& v) {
            return v ? format(*v) : QStringLiteral("–");
        };
        rows.push_back({name, cell(range.p10), cell(range.p50), cell(range.p90)});
    };
    const auto one = [](double v) { return Formatting::number(v, 1); };
    const auto two = [](double v) { return Formatting::number(v, 2); };
    const auto cash = [&](double v) { return money(v); };
    row(tr("Customers a month"), r.customersPerMonth,
        [](double v) { return ReportPhrases::perMonth(v); });
    row(tr("CAC"), r.cac, cash);
    row(tr("CLV"), r.clv, cash);
    row(tr("CLV:CAC"), r.clvToCac, two);
    row(tr("Payback (months)"), r.paybackMonths, one);

    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("How sure: %1").arg(esc(p.name)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%Ln Monte Carlo run(s) through the persona's models, each input drawn "
                        "within the spread of its evidence (the same workspace gives the same "
                        "ranges). Four runs in five fall between p10 and p90.",
                        nullptr, r.runs)
                         .toHtmlEscaped());
    html += reportTable({tr("Figure"), tr("p10"), tr("p50"), tr("p90")}, rows, {40, 20, 20, 20});
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Chance that CLV:CAC is at least 3: %1.")
                         .arg(Formatting::percent(r.probabilityClvToCacAtLeast3))
                         .toHtmlEscaped());

    std::vector<QStringList> tornado;
    for (const budget::TornadoBar& b : f.tornado) {
        if (tornado.size() == tornadoRowsShown)
            break;
        tornado.push_back({displayName(b.input).toHtmlEscaped(),
                           QStringLiteral("±%1%").arg(
                               Formatting::number(b.spreadPercent, b.spreadPercent < 10 ? 1 : 0)),
                           ratio(b.clvToCacLow), ratio(b.clvToCacHigh)});
    }
    if (!tornado.empty())
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("What moves CLV:CAC: %1").arg(esc(p.name)),
                         tr("The inputs that move CLV:CAC the most (%1 with every input at its "
                            "value), each alone at the low and the high end of its spread:")
                             .arg(ratio(f.clvToCac))
                             .toHtmlEscaped()) +
                reportTable({tr("Input"), tr("Spread"), tr("CLV:CAC at its low"),
                             tr("CLV:CAC at its high")},
                            tornado, {40, 16, 22, 22});
    return html;
}

std::vector<charts::BudgetChartData> ReportBudget::chartData() const
{
    std::vector<charts::BudgetChartData> out;
    for (const BudgetFigures& f : m_figures) {
        const Persona& p = m_workspace.personas[f.personaIndex];
        charts::BudgetChartData d;
        d.curvesTitle = curvesTitle(f);
        d.tornadoTitle = tornadoTitle(f);
        d.currency = QString::fromStdString(m_workspace.currency);
        // As the budget view draws them: each channel's curve to half again the largest spend
        // shown, today's point and the proposed one.
        const auto channels = budget::budgetChannels(p, m_catalogue);
        const auto& a = f.allocation.channels;
        double reach = 0;
        for (std::size_t i = 0; i < channels.size() && i < a.size(); ++i)
            reach = std::max({reach, a[i].currentSpend, a[i].spend});
        const double maxX = charts::responseCurveReach(reach);
        for (std::size_t i = 0; i < channels.size() && i < a.size(); ++i)
            d.curves.push_back(charts::responseCurveSeries(
                channels[i].curve, a[i], maxX,
                channelDisplayName(channels[i].channelId, m_catalogue),
                charts::ResponseCurveChart::channelColour(static_cast<int>(i))));
        d.tornadoBase = f.clvToCac.value_or(0);
        if (f.uncertainty.clvToCac.p10 && f.uncertainty.clvToCac.p90)
            d.tornadoRange =
                std::make_pair(*f.uncertainty.clvToCac.p10, *f.uncertainty.clvToCac.p90);
        for (const budget::TornadoBar& b : f.tornado)
            if (b.clvToCacLow && b.clvToCacHigh)
                d.tornadoRows.push_back({displayName(b.input), *b.clvToCacLow, *b.clvToCacHigh});
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace b2x
