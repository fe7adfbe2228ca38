// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "ReportEconomics.h"
#include "ReportPhrases.h"
#include "ReportTable.h"
#include "analytics/GroupComparison.h"
#include "analytics/OutputNames.h"
#include "format/EnumLabels.h"
#include "format/EvidenceText.h"
#include "format/Formatting.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "model/EvidenceValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>

namespace b2x {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::ReportHtml", text, comment, n);
}

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

std::optional<double> median(const analytics::GroupStats& g, std::string_view name)
{
    for (const auto& o : g.outputs)
        if (o.name == name)
            return o.median;
    return std::nullopt;
}

/// The three channels with the best mean fit in a group.
QString topChannels(const analytics::GroupStats& g, const ChannelCatalogue& catalogue)
{
    std::vector<std::pair<double, std::string>> fits;
    for (const auto& o : g.outputs)
        if (const auto channel = analytics::output::channelFitChannel(o.name);
            !channel.empty() && o.mean)
            fits.emplace_back(*o.mean, std::string(channel));
    std::stable_sort(fits.begin(), fits.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList names;
    for (std::size_t i = 0; i < fits.size() && i < 3; ++i)
        if (const Channel* c = catalogue.find(fits[i].second))
            names << channelDisplayName(*c);
    return QLocale().createSeparatedList(names);
}

QString orDash(const std::optional<double>& v, const std::function<QString(double)>& format)
{
    return v ? format(*v) : QCoreApplication::translate("b2x::ReportHtml", "not defined");
}

/// The user's own text keeps the direction of its script: an English description inside an
/// Arabic report must not be laid out right to left (its final full stop would jump left).
QString dir(const std::string& text)
{
    return QString::fromStdString(text).isRightToLeft() ? QStringLiteral("rtl")
                                                        : QStringLiteral("ltr");
}

/// Text the user typed, as paragraphs: a blank line starts a new paragraph, a single line break
/// stays a line break.
QString paragraphs(const std::string& text)
{
    QString html;
    const QString all = QString::fromStdString(text);
    for (const QString& block : all.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        html +=
            QStringLiteral("<p dir=\"%1\">%2</p>")
                .arg(dir(trimmed.toStdString()),
                     trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return html;
}

} // namespace

ReportHtml::ReportHtml(const Workspace& workspace,
                       const std::vector<analytics::PersonaAnalysis>& analyses,
                       std::vector<std::size_t> indices)
    : m_workspace(workspace), m_catalogue(workspace.catalogue()), m_analyses(analyses)
{
    const std::size_t n = std::min(workspace.personas.size(), analyses.size());
    if (indices.empty())
        for (std::size_t i = 0; i < n; ++i)
            indices.push_back(i);
    for (std::size_t i : indices)
        if (i < n) {
            m_indices.push_back(i);
            m_covered.push_back(analyses[i]);
        }
}

QString ReportHtml::money(std::optional<double> value) const
{
    return orDash(value, [this](double v) {
        return Formatting::money(v, QString::fromStdString(m_workspace.currency));
    });
}

QString ReportHtml::executiveSummary() const
{
    using analytics::GroupBy;
    const auto byLabel = analytics::compareGroups(m_covered, GroupBy::Label);
    const auto byBehaviour = analytics::compareGroups(m_covered, GroupBy::Behaviour);
    const auto groupOf = [&](std::size_t k, GroupBy by) {
        const auto& a = m_covered[k];
        return analytics::groupIndex(a.label, a.behaviour.behavesAs, by);
    };
    const auto name = [&](std::size_t k) {
        return QStringLiteral("<i>%1</i>").arg(esc(m_workspace.personas[m_indices[k]].name));
    };
    // A group of one persona is named; a larger group is counted, and its figures are medians.
    bool anyMedian = false;
    const auto subject = [&](std::size_t group, GroupBy by) {
        std::vector<std::size_t> members;
        for (std::size_t k = 0; k < m_covered.size(); ++k)
            if (groupOf(k, by) == group)
                members.push_back(k);
        if (members.size() == 1)
            return name(members.front());
        anyMedian = true;
        const int n = static_cast<int>(members.size());
        const QString side = group == 0 ? tr("B2B") : tr("B2C");
        return by == GroupBy::Label
                   ? tr("the %Ln personas labelled %1", nullptr, n).arg(side)
                   : tr("the %Ln personas that behave as %1", nullptr, n).arg(side);
    };

    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Executive summary"));
    QStringList covered;
    for (std::size_t k = 0; k < m_covered.size(); ++k)
        covered << tr("%1 (labelled %2)")
                       .arg(name(k), displayName(m_workspace.personas[m_indices[k]].label));
    const int count = static_cast<int>(m_covered.size());
    html += QStringLiteral("<p>%1</p>")
                .arg((count == 1 ? tr("This report covers one persona: %1.")
                                 : tr("This report covers %Ln personas: %1.", nullptr, count))
                         .arg(QLocale().createSeparatedList(covered)));

    const auto days = [](std::optional<double> v) {
        return orDash(v, [](double d) { return Formatting::days(d); });
    };
    const auto people = [](std::optional<double> v) {
        return orDash(v, [](double d) { return ReportPhrases::people(d); });
    };
    const auto pct = [](std::optional<double> v) {
        return orDash(v, [](double d) { return Formatting::percent(d); });
    };
    const auto ratioText = [](std::optional<double> v) {
        return orDash(v, [](double d) { return tr("%1:1").arg(Formatting::number(d, 1)); });
    };
    const auto months = [](std::optional<double> v) {
        return orDash(v, [](double d) {
            return tr("%n month(s)", nullptr, static_cast<int>(std::lround(d)));
        });
    };

    const auto& b2b = byLabel.groups[0];
    const auto& b2c = byLabel.groups[2];
    if (b2b.personas > 0 && b2c.personas > 0) {
        const QString b = subject(0, GroupBy::Label);
        const QString c = subject(2, GroupBy::Label);
        QStringList points;
        points << tr("<b>Sales cycle.</b> Half of the deals of %1 close within %2 and nine in "
                     "ten within %3; for %4, within %5 and %6.")
                      .arg(b, days(median(b2b, analytics::output::cycleP50Days)),
                           days(median(b2b, analytics::output::cycleP90Days)), c,
                           days(median(b2c, analytics::output::cycleP50Days)),
                           days(median(b2c, analytics::output::cycleP90Days)));
        points << tr("<b>Who decides.</b> Decision unit of %1: %2, with a %3 chance of deciding "
                     "at all (CEB); of %4: %5, with %6.")
                      .arg(b, people(median(b2b, analytics::output::decisionUnitSize)),
                           pct(median(b2b, analytics::output::consensusProbability)), c,
                           people(median(b2c, analytics::output::decisionUnitSize)),
                           pct(median(b2c, analytics::output::consensusProbability)));
        points << tr("<b>Acquisition.</b> Acquiring a customer costs %1 for %2 and %3 for %4; "
                     "lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual "
                     "healthy ratio).")
                      .arg(money(median(b2b, analytics::output::cac)), b,
                           money(median(b2c, analytics::output::cac)), c,
                           ratioText(median(b2b, analytics::output::clvToCac)),
                           ratioText(median(b2c, analytics::output::clvToCac)));
        points << tr("<b>Time to revenue.</b> With a new cohort every month, revenue from new "
                     "customers reaches half its steady level after %1 for %2 and after %3 for "
                     "%4.")
                      .arg(months(median(b2b, analytics::output::monthsTo50Percent)), b,
                           months(median(b2c, analytics::output::monthsTo50Percent)), c);
        points << tr("<b>Channels.</b> The best-fitting channels are %1 for %2 and %3 for %4.")
                      .arg(topChannels(b2b, m_catalogue), b, topChannels(b2c, m_catalogue), c);
        html += QStringLiteral("<ul>");
        for (const auto& p : points)
            html += QStringLiteral("<li>%1</li>").arg(p);
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The personas in this report are not both B2B and B2C, so the "
                            "summary compares nothing across the two; the persona pages give "
                            "each persona's figures."));
    }

    // The label is not the behaviour: the same comparison with personas grouped by how they buy,
    // when that grouping differs from the labels.
    bool regrouped = false;
    for (std::size_t k = 0; k < m_covered.size(); ++k)
        regrouped = regrouped || groupOf(k, GroupBy::Label) != groupOf(k, GroupBy::Behaviour);
    const auto& behavesB2b = byBehaviour.groups[0];
    const auto& behavesB2c = byBehaviour.groups[2];
    if (regrouped && behavesB2b.personas > 0 && behavesB2c.personas > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<b>Grouped by how they buy instead of by label:</b> half of the "
                            "deals of %1 close within %2, against %3 for %4; their decision "
                            "units have %5 and %6.")
                             .arg(subject(0, GroupBy::Behaviour),
                                  days(median(behavesB2b, analytics::output::cycleP50Days)),
                                  days(median(behavesB2c, analytics::output::cycleP50Days)),
                                  subject(2, GroupBy::Behaviour),
                                  people(median(behavesB2b, analytics::output::decisionUnitSize)),
                                  people(median(behavesB2c, analytics::output::decisionUnitSize))));
    if (anyMedian)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Where a group holds several personas, its figure is the median of "
                            "theirs."));

    QStringList mismatched;
    for (std::size_t k = 0; k < m_covered.size(); ++k)
        if (m_covered[k].behaviour.labelMismatch)
            mismatched << name(k);
    if (!mismatched.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<b>Label and behaviour disagree</b> for %1. Their behaviour, not "
                            "their label, should decide the channels, content and attribution "
                            "settings used for them.")
                             .arg(QLocale().createSeparatedList(mismatched)));
    return html;
}

QString ReportHtml::recommendations() const
{
    const QString body = paragraphs(m_workspace.report.recommendations);
    if (body.isEmpty())
        return {};
    return QStringLiteral("<h1>%1</h1>").arg(tr("Recommendations and next steps")) + body;
}

QString ReportHtml::personaPages() const
{
    return personaPageList().join(QString());
}

QStringList ReportHtml::personaPageList() const
{
    QStringList pages;
    for (std::size_t k = 0; k < m_indices.size(); ++k)
        pages << personaPage(m_workspace.personas[m_indices[k]], m_covered[k]);
    return pages;
}

QString ReportHtml::personaPage(const Persona& p, const analytics::PersonaAnalysis& a) const
{
    const QString currency = QString::fromStdString(m_workspace.currency);
    QString html = QStringLiteral("<h1 style=\"page-break-before: always;\">"
                                  "<font color=\"%1\">■</font> %2</h1>")
                       .arg(QString::fromStdString(p.colour), esc(p.name));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Labelled %1 · B2B index %2 · behaves as %3")
                         .arg(displayName(p.label), Formatting::number(a.behaviour.b2bIndex),
                              displayName(a.behaviour.behavesAs)));
    if (!p.summary.empty())
        html += QStringLiteral("<p dir=\"%2\"><b>%1</b></p>").arg(esc(p.summary), dir(p.summary));
    if (!p.description.empty())
        html += QStringLiteral("<p dir=\"%2\">%1</p>").arg(esc(p.description), dir(p.description));

    QString verdict;
    if (a.behaviour.labelMismatch)
        verdict = tr("The label and the behaviour disagree: plan channels, content and sales for "
                     "how this persona buys, not for its label.");
    else if (p.label == Label::Hybrid)
        verdict = tr("Hybrid describes a seller that sells both ways, so it never conflicts with "
                     "one audience's behaviour.");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Behaviour profile"));
    if (!verdict.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(verdict);
    std::vector<QStringList> dims;
    for (const auto& d : a.behaviour.dimensions)
        dims.push_back({displayName(d.dimension),
                        d.applicable ? Formatting::number(d.score) : tr("n/a"),
                        Formatting::number(d.weight),
                        ReportPhrases::explanation(d, p, currency, m_catalogue).toHtmlEscaped()});
    html += reportTable({tr("Dimension"), tr("Score"), tr("Weight"), tr("Why")}, dims);

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Decision unit"));
    std::vector<QStringList> members;
    for (const auto& m : p.decisionUnit.members)
        members.push_back({ReportEconomics::roles(m), esc(m.title), Formatting::number(m.influence),
                           displayName(m.stance), m.economicBuyer ? tr("yes") : QString()});
    if (!members.empty())
        html += reportTable(
            {tr("Roles"), tr("Title"), tr("Influence"), tr("Stance"), tr("Releases funds")},
            members);
    QStringList uncovered;
    for (Role r : a.decisionUnit.uncoveredRoles)
        uncovered << displayName(r);
    const QString probability =
        (a.decisionUnit.overridden ? tr("Probability that the group decides at all: %1 (the "
                                        "marketer's estimate).")
                                   : tr("Probability that the group decides at all: %1 (CEB)."))
            .arg(Formatting::percent(a.decisionUnit.consensusProbability));
    html +=
        QStringLiteral("<p>%1 %2 %3</p>")
            .arg(tr("The decision unit has %1.").arg(ReportPhrases::people(a.decisionUnit.size)),
                 probability,
                 uncovered.isEmpty() ? tr("Every key role is covered.")
                                     : tr("Key roles nobody covers: %1.")
                                           .arg(QLocale().createSeparatedList(uncovered)));

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Pipeline and sales cycle"));
    std::vector<QStringList> stages;
    for (std::size_t i = 0; i < p.pipeline.size(); ++i) {
        const Stage& s = p.pipeline[i];
        const double entries = i < a.funnel.stages.size() ? a.funnel.stages[i].count : 0;
        stages.push_back({esc(s.name), ReportPhrases::perMonth(entries),
                          Formatting::percent(s.conversionPercent / 100, 1),
                          Formatting::number(s.minDays, 1), Formatting::number(s.likelyDays, 1),
                          Formatting::number(s.maxDays, 1)});
    }
    if (!stages.empty())
        html += reportTable({tr("Stage"), tr("Entries / month"), tr("Conversion"), tr("Min days"),
                             tr("Likely days"), tr("Max days")},
                            stages);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Mean cycle %1; half of the deals close within %2, nine in ten within %3.")
                         .arg(Formatting::days(a.salesCycle.meanDays),
                              Formatting::days(a.salesCycle.p50Days),
                              Formatting::days(a.salesCycle.p90Days)));

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Key metrics"));
    html += QStringLiteral("<p>%1</p>")
                .arg(ReportEconomics::terms(p.economics, currency).toHtmlEscaped());
    const auto& e = a.economics;
    std::vector<QStringList> metrics{
        {tr("New customers per month"), ReportPhrases::perMonth(a.funnel.customersPerMonth)},
        {tr("Customer acquisition cost (CAC)"), money(e.cac)},
        {tr("Customer lifetime value (CLV)"), money(e.clv)},
    };
    for (auto& row : ReportEconomics::figures(p, a, currency))
        metrics.push_back(std::move(row));
    for (auto& row : std::vector<QStringList>{
             {tr("CLV:CAC"),
              orDash(e.clvToCac,
                     [](double v) { return tr("%1:1").arg(Formatting::number(v, 1)); })},
             {tr("Payback"),
              orDash(e.paybackMonths,
                     [](double v) { return tr("%1 months").arg(Formatting::number(v, 1)); })},
             {tr("Return on ad spend (ROAS)"),
              orDash(e.roas, [](double v) { return Formatting::number(v, 2); })},
             {tr("Share of the audience in market per quarter"),
              Formatting::percent(a.inMarketSharePerQuarter, 1)},
             {tr("Months until revenue reaches half its steady level"),
              a.timeToRevenue.monthsTo50Percent
                  ? Formatting::number(*a.timeToRevenue.monthsTo50Percent)
                  : tr("not defined")},
         })
        metrics.push_back(std::move(row));
    html += reportTable({tr("Metric"), tr("Value")}, metrics);

    const QStringList warnings = ReportPhrases::warnings(a, m_catalogue);
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Warnings"));
        for (const auto& w : warnings)
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Evidence"));
    std::vector<QStringList> evidence;
    for (const auto& [field, ev] : p.evidence) {
        // A source written for another value backs nothing the page shows: it is named as
        // stale, without its text or confidence, never as support for the current number.
        if (isStale(p, field))
            evidence.push_back(
                {displayName(field),
                 staleEvidenceText(p, field, QString::fromStdString(m_workspace.currency))
                     .toHtmlEscaped(),
                 QStringLiteral("<b>%1</b>").arg(tr("Stale: not supported"))});
        else
            evidence.push_back({displayName(field), esc(ev.source), displayName(ev.confidence)});
    }
    html += evidence.empty()
                ? QStringLiteral("<p>%1</p>")
                      .arg(tr("No sources recorded: every number is an assumption."))
                : reportTable({tr("Number"), tr("Source"), tr("Confidence")}, evidence);
    return html;
}

QString ReportHtml::planPart(const PlanChartHook& charts,
                             std::shared_ptr<const plan::PlanAnalysis> analysis) const
{
    return ReportPlan(m_workspace, m_indices, std::move(analysis)).html(charts);
}

QString ReportHtml::appendix() const
{
    // The appendix is laid out on pages of its own: no page break before its heading, which
    // would leave its first page blank.
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Appendix: models and sources"));
    const std::vector<QStringList> models{
        {tr("B2B index"),
         tr("Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 "
            "(business-like): decision-unit size 20, decision formality 15, sales-cycle length "
            "20, price point 10, rational motive 5, relationship depth 10, personalisation 10, "
            "channel mix 10. Behaves as B2B from 60, as B2C up to 40.")},
        {tr("Decision unit"),
         tr("Probability that a buying group decides at all: 81% for one person, 55% for two, "
            "60% for three, 31% for six, linear between and continuing down to 10% past six.")},
        {tr("Sales cycle"),
         tr("Each stage's time is triangular (min, most likely, max); the mean is exact and the "
            "p50 and p90 come from the distribution of the sum.")},
        {tr("Funnel"), tr("Entries per stage from the monthly volume and each stage's conversion; "
                          "customers per month = volume × the product of the rates.")},
        {tr("Unit economics"),
         tr("CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × "
            "gross margin × lifetime in months (one-off: the customer lifetime; subscriptions "
            "and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ "
            "(monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not "
            "defined where a divisor is zero.")},
        {tr("Time to revenue"),
         tr("A cohort enters every month and closes along the cycle distribution. One-off "
            "customers pay once; subscribers and repeat buyers keep paying while they stay, so "
            "revenue climbs to the steady state where churn balances new customers (MRR and "
            "ARR for subscriptions), or keeps growing without churn.")},
        {tr("In-market share"),
         tr("Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.")},
        {tr("Attribution"), tr("Each channel's window is compared with the p50 and p90 cycle.")},
        {tr("Channel fit"),
         tr("0–100 from the channel's audience, price band, cycle band, emotional fit, precision "
            "and reach against the persona (weights 30, 20, 15, 15, 10, 10).")},
    };
    // Definitions hold "<" and "&" (P(cycle < m months)): escaped, or the rich-text parser would
    // take the rest of the cell for a tag and drop it.
    std::vector<QStringList> escaped;
    for (const auto& row : models)
        escaped.push_back({row[0].toHtmlEscaped(), row[1].toHtmlEscaped()});
    html += reportTable({tr("Model"), tr("Definition")}, escaped);

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Sources of benchmark figures"));
    const QStringList sources{
        tr("CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes."),
        tr("CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, "
           "60%, 31%); up to 38% of purchases end in no decision (Challenger 2022)."),
        tr("firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close "
           "rate by deal size."),
        tr("b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion."),
        tr("Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order "
           "value, cart abandonment, search-ad benchmarks."),
        tr("pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS."),
        tr("David Skok, \"SaaS Metrics 2.0\": churn, lifetime, MRR and ARR of recurring revenue."),
        tr("Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and "
           "maxima."),
        tr("Ehrenberg-Bass / B2B Institute: in-market share (95:5)."),
        tr("Binet & Field: brand versus activation budgets, excess share of voice."),
        tr("McKinsey B2B Pulse 2024: channel use in thirds."),
        tr("Webster & Wind (1972), Robinson, Faris & Wind (1967), Miller Heiman, MEDDIC: buying "
           "roles, buy classes, key roles, champions and blockers."),
        tr("polytraffic.com, Smart Insights: channel rules of thumb by price and cycle."),
        tr("Workbench default: a judgement made where no published figure exists; the evidence "
           "of each persona says which of its figures are assumptions."),
    };
    html += QStringLiteral("<ul>");
    for (const auto& s : sources)
        html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Sources of the channel catalogue"));
    for (const auto& [attribute, source] : ChannelCatalogue::builtIn().sources()) {
        // Only attributes with a reader's name: the keys themselves are identifiers.
        const QString label = channelSourceLabel(attribute);
        if (!label.isEmpty())
            html += QStringLiteral("<li><i>%1</i>: %2</li>")
                        .arg(label.toHtmlEscaped(), channelSourceText(source).toHtmlEscaped());
    }
    if (!m_workspace.channels.empty()) {
        QStringList names;
        for (const Channel& c : m_workspace.channels)
            names << channelDisplayName(c);
        html += QStringLiteral("<li><i>%1</i>: %2</li>")
                    .arg(tr("This workspace's own channels").toHtmlEscaped(),
                         tr("%1: factors, price and cycle bands set by the author of this "
                            "workspace, not published figures.")
                             .arg(QLocale().createSeparatedList(names))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace b2x
