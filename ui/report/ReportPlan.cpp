// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPlan.h"

#include "ReportPhrases.h"
#include "ReportTable.h"
#include "analytics/Funnel.h"
#include "format/Formatting.h"
#include "plan/KpiSuggestions.h"
#include "plan/PlanCalendar.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cmath>

namespace b2x {

namespace {

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString bandColour(plan::Band band)
{
    switch (band) {
    case plan::Band::Green:
        return QStringLiteral("#3a9a4b");
    case plan::Band::Yellow:
        return QStringLiteral("#e0b020");
    case plan::Band::Red:
        return QStringLiteral("#c8453b");
    }
    return QStringLiteral("#888888");
}

/// A progress bar as a one-row table: vector, text-free, and mirrored with the page in
/// right-to-left languages (the filled cell comes first in reading order).
QString bar(double progress, plan::Band band)
{
    const int filled = static_cast<int>(std::lround(std::clamp(progress, 0.0, 1.0) * 100));
    QString cells;
    if (filled > 0)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>")
                     .arg(filled)
                     .arg(bandColour(band));
    if (filled < 100)
        cells +=
            QStringLiteral("<td width=\"%1%\" bgcolor=\"#e3e6eb\">&nbsp;</td>").arg(100 - filled);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "border=\"0\"><tr>%1</tr></table>")
        .arg(cells);
}

/// A count of customers or entries: whole from 10, one decimal from 1, two below.
QString amount(double value)
{
    return value == std::round(value) ? Formatting::number(value) : ReportPhrases::perMonth(value);
}

/// A key result's value: as typed, to one decimal at most, grouped.
QString value(double v)
{
    return std::fabs(v) >= 100 ? Formatting::number(v) : Formatting::oneDecimal(v);
}

/// The language's long date without the weekday: "31 January 2027".
QString date(const QDate& d)
{
    const QLocale locale = Formatting::locale();
    static const QRegularExpression weekday(QStringLiteral("d{4}[,،]?\\s*"));
    return locale.toString(d, locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed());
}

} // namespace

ReportPlan::ReportPlan(const Workspace& workspace, const std::vector<std::size_t>& covered,
                       QDate today)
    : ReportPlan(workspace, covered, nullptr, today)
{
}

ReportPlan::ReportPlan(const Workspace& workspace, const std::vector<std::size_t>& covered,
                       std::shared_ptr<const plan::PlanAnalysis> analysis, QDate today)
    : m_workspace(workspace), m_analysis(std::move(analysis))
{
    for (std::size_t i : covered)
        if (i < workspace.personas.size() &&
            std::find(m_covered.begin(), m_covered.end(), i) == m_covered.end())
            m_covered.push_back(i);
    std::sort(m_covered.begin(), m_covered.end());
    m_all = m_covered.size() == workspace.personas.size();
    if (!m_analysis)
        m_analysis =
            workspace.plan.isEmpty()
                ? std::make_shared<const plan::PlanAnalysis>()
                : std::make_shared<const plan::PlanAnalysis>(plan::analysePlan(workspace, today));
}

bool ReportPlan::covers(const std::string& personaId) const
{
    return std::any_of(m_covered.begin(), m_covered.end(),
                       [&](std::size_t i) { return m_workspace.personas[i].id == personaId; });
}

QString ReportPlan::personaName(const std::string& personaId) const
{
    for (const auto& p : m_workspace.personas)
        if (p.id == personaId)
            return esc(p.name);
    return {};
}

bool ReportPlan::isEmpty() const
{
    const Plan& p = m_workspace.plan;
    const auto mine = [&](const auto& list) {
        return std::any_of(list.begin(), list.end(),
                           [&](const auto& item) { return covers(item.personaId); });
    };
    return !(mine(p.personas) || mine(p.objectives) || mine(p.tactics) || mine(p.content));
}

QString ReportPlan::html(const PlanChartHook& charts) const
{
    if (isEmpty())
        return {};
    return period() + race(charts) + objectives() + reverseFunnels(charts) + contentMap() +
           checks();
}

QString ReportPlan::period() const
{
    const plan::PeriodDates& d = m_analysis->period;
    const QString name = QString::fromStdString(m_workspace.plan.period.name).trimmed();
    QString html = QStringLiteral("<h1 style=\"page-break-before: always;\">%1</h1>")
                       .arg(name.isEmpty() ? tr("Plan") : tr("Plan: %1").arg(name.toHtmlEscaped()));
    const QString span =
        tr("From %1 to %2, %Ln day(s).", nullptr, d.days).arg(date(d.start), date(d.end));
    html += QStringLiteral("<p>%1</p>")
                .arg(d.assumed ? tr("The plan states no period yet, so this part plans the "
                                    "calendar quarter of the day the report was made. %1")
                                     .arg(span)
                               : span);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The plan follows Smart Insights' RACE framework: Plan, Reach, Act, "
                        "Convert, Engage."));
    return html;
}

QString ReportPlan::race(const PlanChartHook& charts) const
{
    QString html;
    // The stage texts speak about the whole workspace's audiences: like the workspace's
    // description on the cover, only a report that covers every persona prints them.
    if (m_all) {
        std::vector<QStringList> rows;
        for (std::size_t s = 0; s < raceStageCount; ++s) {
            const RaceStagePlan& st = m_workspace.plan.stages[s];
            if (st.opportunity.empty() && st.strategy.empty() && st.actions.empty())
                continue;
            rows.push_back(
                {QStringLiteral("<b>%1</b>")
                     .arg(plan::raceStageName(static_cast<RaceStage>(s)).toHtmlEscaped()),
                 esc(st.opportunity), esc(st.strategy), esc(st.actions)});
        }
        if (!rows.empty())
            html +=
                QStringLiteral("<h2>%1</h2>").arg(tr("RACE plan")) +
                reportTable({tr("Stage"), tr("Opportunity"), tr("Strategy"), tr("Actions")}, rows);
    }
    if (charts)
        html += charts(PlanChart::Timeline, 0);
    return html;
}

QString ReportPlan::objectives() const
{
    const auto bandText = [](plan::Band b) {
        switch (b) {
        case plan::Band::Green:
            return tr("Green");
        case plan::Band::Yellow:
            return tr("Yellow");
        case plan::Band::Red:
            return tr("Red");
        }
        return QString();
    };
    const auto progressCells = [&](const std::optional<double>& progress,
                                   const std::optional<plan::Band>& band) {
        if (!progress || !band)
            return QStringList{tr("not defined"), QString()};
        return QStringList{bar(*progress, *band) + Formatting::percent(*progress), bandText(*band)};
    };
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < m_workspace.plan.objectives.size(); ++i) {
        const Objective& o = m_workspace.plan.objectives[i];
        if (!o.personaId.empty() && !covers(o.personaId))
            continue;
        const plan::ObjectiveScore& score = m_analysis->objectives[i];
        QStringList about{o.commitment == Commitment::Committed ? tr("Committed")
                                                                : tr("Aspirational"),
                          plan::raceStageName(o.stage).toHtmlEscaped()};
        if (!o.personaId.empty())
            about << personaName(o.personaId);
        if (!o.owner.empty())
            about << tr("owner: %1").arg(esc(o.owner));
        rows.push_back(QStringList{QStringLiteral("<b>%1</b><br/><i>%2</i>")
                                       .arg(esc(o.title), about.join(QStringLiteral(" · ")))} +
                       progressCells(score.progress, score.band) + QStringList{QString()});
        for (std::size_t k = 0; k < o.keyResults.size(); ++k) {
            const KeyResult& kr = o.keyResults[k];
            const plan::KeyResultScore& s = score.keyResults[k];
            QString metric = QStringLiteral("&nbsp;&nbsp;&nbsp;%1").arg(esc(kr.metric));
            if (kr.derived) {
                const QString unit = esc(kr.unit);
                QString why;
                if (!covers(kr.derived->personaId))
                    why = tr("Target from the reverse funnel of a persona outside this report.");
                else if (!s.liveTarget)
                    why = tr("Its target would follow the reverse funnel of %1, which gives no "
                             "number, so the target set by hand is used.")
                              .arg(personaName(kr.derived->personaId));
                else if (kr.derived->quantity == DerivedQuantity::MonthlySpend)
                    why = tr("Target from the reverse funnel of %1: %2 a month.")
                              .arg(personaName(kr.derived->personaId),
                                   Formatting::money(*s.liveTarget,
                                                     QString::fromStdString(m_workspace.currency)));
                else
                    why = tr("Target from the reverse funnel of %1: %2 %3.")
                              .arg(personaName(kr.derived->personaId), value(*s.liveTarget), unit);
                metric += QStringLiteral("<br/>&nbsp;&nbsp;&nbsp;<i>%1</i>").arg(why);
            }
            rows.push_back(QStringList{metric} + progressCells(s.progress, s.band) +
                           QStringList{tr("%1 → %2 → %3 %4", "start, current, target, unit")
                                           .arg(value(s.start), value(s.current), value(s.target),
                                                esc(kr.unit))
                                           .trimmed()});
        }
    }
    if (rows.empty())
        return {};
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(tr("Objectives and key results"),
                    tr("Progress is the share of the way from the start to the target that the "
                       "current value has come; an objective's is the weighted mean of its key "
                       "results'. The bands are those of Google's OKR grading (re:Work): green "
                       "from 70%, yellow from 40%, red below. Committed objectives are expected "
                       "to be met in full; aspirational ones are stretch goals.")
                        .toHtmlEscaped()) +
           reportTable({tr("Objective and key results"), tr("Progress"), tr("Band"),
                        tr("Start → current → target")},
                       rows, {44, 16, 10, 30});
}

QString ReportPlan::reverseFunnels(const PlanChartHook& charts) const
{
    QString html;
    for (std::size_t i : m_covered) {
        const Persona& p = m_workspace.personas[i];
        const plan::PersonaPlanAnalysis* a = m_analysis->findPersona(p.id);
        if (!a || !a->funnel.targetCustomers)
            continue;
        html += reverseFunnel(i, *a);
        if (charts)
            html += charts(PlanChart::ReverseFunnel, i);
    }
    return html;
}

QString ReportPlan::reverseFunnel(std::size_t index, const plan::PersonaPlanAnalysis& a) const
{
    const Persona& p = m_workspace.personas[index];
    const plan::ReverseFunnel& f = a.funnel;
    const QString currency = QString::fromStdString(m_workspace.currency);
    const auto money = [&](double v) { return Formatting::money(v, currency); };
    const auto customers = [](double v) { return tr("%1 new customers").arg(amount(v)); };
    const auto orNot = [](const std::optional<double>& v, const auto& format) {
        return v ? format(*v) : tr("not defined");
    };

    std::vector<QStringList> rows;
    rows.push_back({tr("Target for the period"),
                    a.targetKind == TargetKind::Revenue
                        ? tr("%1 of new-customer revenue: %2 at the price of %3")
                              .arg(money(*f.targetRevenue), customers(*f.targetCustomers),
                                   money(p.economics.price))
                        : customers(*f.targetCustomers)});
    rows.push_back({tr("Expected at today's volume"), customers(f.expectedCustomersInPeriod)});
    rows.push_back({tr("Shortfall"), orNot(f.shortfallCustomers, [&](double v) {
                        return v > 0 ? customers(v) : tr("none: today's volume meets the target");
                    })});
    rows.push_back(
        {tr("Monthly volume needed"), orNot(f.requiredMonthlyVolume, [&](double v) {
             return tr("%1 (today %2)").arg(amount(v), amount(p.economics.monthlyVolume));
         })});
    rows.push_back({tr("Monthly spend needed"), orNot(f.requiredMonthlySpend, [&](double v) {
                        return tr("%1 (today %2)").arg(money(v), money(p.economics.monthlySpend));
                    })});
    rows.push_back({tr("Latest lead entry for half of the deals to close in the period (p50)"),
                    date(f.latestEntryP50)});
    rows.push_back({tr("Latest lead entry for nine deals in ten to close in the period (p90)"),
                    date(f.latestEntryP90)});

    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Reverse funnel: %1").arg(esc(p.name)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The target worked back through this persona's funnel and sales cycle: "
                        "leads enter evenly over the period and close along the cycle, so only "
                        "part of them become customers before it ends."));
    html += reportTable({tr("Figure"), tr("Value")}, rows);

    // Entries per stage over the period: what the target needs against what today's volume gives.
    const analytics::Funnel today = analytics::computeFunnel(p);
    const double months = m_analysis->period.days / plan::daysPerMonth;
    std::vector<QStringList> stages;
    for (std::size_t s = 0; s < f.stageEntries.size(); ++s)
        stages.push_back(
            {esc(f.stageEntries[s].name), orNot(f.stageEntries[s].entries, amount),
             s < today.stages.size() ? amount(today.stages[s].count * months) : QString()});
    if (!stages.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Entries per stage over the period:")) +
                reportTable({tr("Stage"), tr("Needed"), tr("At today's volume")}, stages);
    return html;
}

QString ReportPlan::contentMap() const
{
    constexpr std::array stages{RaceStage::Plan, RaceStage::Reach, RaceStage::Act,
                                RaceStage::Convert, RaceStage::Engage};
    std::vector<QStringList> rows;
    bool anyGap = false;
    for (std::size_t i : m_covered) {
        const Persona& p = m_workspace.personas[i];
        const bool inPlan = m_workspace.plan.findPersona(p.id) != nullptr;
        QStringList row{esc(p.name)};
        bool anything = inPlan;
        for (RaceStage stage : stages) {
            const auto here = [&](const auto& item) {
                return item.personaId == p.id && item.stage == stage;
            };
            const int tactics = static_cast<int>(std::count_if(
                m_workspace.plan.tactics.begin(), m_workspace.plan.tactics.end(), here));
            const int items = static_cast<int>(std::count_if(m_workspace.plan.content.begin(),
                                                             m_workspace.plan.content.end(), here));
            anything = anything || tactics + items > 0;
            const bool gap = std::any_of(
                m_analysis->contentGaps.begin(), m_analysis->contentGaps.end(),
                [&](const plan::ContentGap& g) { return g.personaId == p.id && g.stage == stage; });
            anyGap = anyGap || gap;
            if (gap)
                row << QStringLiteral("<span style=\"background-color: #f6d5d1;\"><b>%1</b></span>")
                           .arg(tr("Gap"));
            else if (tactics + items == 0)
                row << QStringLiteral("–");
            else {
                QStringList counts;
                if (tactics > 0)
                    counts << tr("%Ln tactic(s)", nullptr, tactics);
                if (items > 0)
                    counts << tr("%Ln content item(s)", nullptr, items);
                row << counts.join(QStringLiteral("<br/>"));
            }
        }
        if (anything)
            rows.push_back(row);
    }
    if (rows.empty())
        return {};
    QStringList headers{tr("Persona")};
    for (RaceStage stage : stages)
        headers << plan::raceStageName(stage).toHtmlEscaped();
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("Content map"), tr("Tactics and content items per persona and RACE stage."));
    if (anyGap)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<b>Gap</b>: a stage from Reach to Engage where the plan sets a target "
                            "or an audience size for the persona but no tactic and no content "
                            "item."));
    return html + reportTable(headers, rows, {25, 15, 15, 15, 15, 15});
}

QString ReportPlan::checks() const
{
    QStringList items;
    int dangling = 0;
    for (const plan::PlanCheck& c : m_analysis->checks) {
        if (!c.personaId.empty() && !covers(c.personaId))
            continue;
        // These name identifiers (of a channel or key result that is gone): counted, not quoted.
        if (c.kind == plan::CheckKind::DanglingReference) {
            ++dangling;
            continue;
        }
        items << c.message.toHtmlEscaped();
    }
    if (dangling > 0)
        items << tr("%Ln reference(s) of the plan point to a channel, key result or stage that no "
                    "longer exists; the workbench's plan checks name them.",
                    nullptr, dangling)
                     .toHtmlEscaped();
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(tr("Checks"));
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

} // namespace b2x
