// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "analytics/GroupComparison.h"
#include "editor/EnumLabels.h"
#include "editor/EvidenceText.h"
#include "format/Formatting.h"
#include "model/ChannelCatalogue.h"
#include "model/ChannelNames.h"
#include "model/EvidenceValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

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

QString table(const QStringList& headers, const std::vector<QStringList>& rows)
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                       "style=\"border-collapse: collapse; border-color: #b0b7c3;\"><thead><tr>");
    for (const auto& h : headers)
        html += QStringLiteral("<th bgcolor=\"#e8edf4\" align=\"left\">%1</th>").arg(h);
    html += QStringLiteral("</tr></thead><tbody>");
    for (const auto& r : rows) {
        html += QStringLiteral("<tr>");
        for (const auto& cell : r)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

std::optional<double> median(const analytics::GroupStats& g, std::string_view name)
{
    for (const auto& o : g.outputs)
        if (o.name == name)
            return o.median;
    return std::nullopt;
}

/// The three channels with the best mean fit in a group.
QString topChannels(const analytics::GroupStats& g)
{
    std::vector<std::pair<double, std::string>> fits;
    for (const auto& o : g.outputs)
        if (o.name.rfind("channelFit.", 0) == 0 && o.mean)
            fits.emplace_back(*o.mean, o.name.substr(11));
    std::stable_sort(fits.begin(), fits.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList names;
    for (std::size_t i = 0; i < fits.size() && i < 3; ++i)
        if (const Channel* c = ChannelCatalogue::builtIn().find(fits[i].second))
            names << channelDisplayName(*c);
    return QLocale().createSeparatedList(names);
}

QString orDash(const std::optional<double>& v, const std::function<QString(double)>& format)
{
    return v ? format(*v) : QCoreApplication::translate("b2x::ReportHtml", "not defined");
}

} // namespace

ReportHtml::ReportHtml(const Workspace& workspace,
                       const std::vector<analytics::PersonaAnalysis>& analyses)
    : m_workspace(workspace), m_analyses(analyses)
{
}

QString ReportHtml::money(std::optional<double> value) const
{
    return orDash(value, [this](double v) {
        return Formatting::money(v, QString::fromStdString(m_workspace.currency));
    });
}

QString ReportHtml::dimensionName(analytics::Dimension d)
{
    using analytics::Dimension;
    switch (d) {
    case Dimension::DecisionUnitSize:
        return tr("Decision-unit size");
    case Dimension::DecisionFormality:
        return tr("Decision formality");
    case Dimension::SalesCycleLength:
        return tr("Sales-cycle length");
    case Dimension::PricePoint:
        return tr("Price point");
    case Dimension::RationalMotive:
        return tr("Rational motive");
    case Dimension::RelationshipDepth:
        return tr("Relationship depth");
    case Dimension::Personalisation:
        return tr("Personalisation");
    case Dimension::ChannelMix:
        return tr("Channel mix");
    }
    return {};
}

QString ReportHtml::executiveSummary() const
{
    const auto cmp = analytics::compareGroups(m_analyses, analytics::GroupBy::Label);
    const auto& b2b = cmp.groups[0];
    const auto& hybrid = cmp.groups[1];
    const auto& b2c = cmp.groups[2];
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Executive summary"));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("This workspace holds %1 personas: %2 labelled B2B, %3 labelled B2C and %4 "
                    "hybrid.")
                     .arg(Formatting::count(static_cast<long long>(m_workspace.personas.size())),
                          Formatting::count(b2b.personas), Formatting::count(b2c.personas),
                          Formatting::count(hybrid.personas)));

    const auto days = [](std::optional<double> v) {
        return orDash(v, [](double d) { return Formatting::days(d); });
    };
    const auto people = [](std::optional<double> v) {
        return orDash(v, [](double d) { return Formatting::number(d, 1); });
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

    if (b2b.personas > 0 && b2c.personas > 0) {
        QStringList points;
        points << tr("<b>Sales cycle.</b> Half of B2B deals close within %1 (the median of the "
                     "B2B personas' p50), against %2 for B2C; nine in ten B2B deals within %3, "
                     "B2C within %4.")
                      .arg(days(median(b2b, "salesCycle.p50Days")),
                           days(median(b2c, "salesCycle.p50Days")),
                           days(median(b2b, "salesCycle.p90Days")),
                           days(median(b2c, "salesCycle.p90Days")));
        points << tr("<b>Who decides.</b> A B2B purchase involves a median of %1 people, and the "
                     "chance that such a group decides at all is %2 (CEB); a B2C purchase involves "
                     "%3, with %4.")
                      .arg(people(median(b2b, "decisionUnit.size")),
                           pct(median(b2b, "decisionUnit.consensusProbability")),
                           people(median(b2c, "decisionUnit.size")),
                           pct(median(b2c, "decisionUnit.consensusProbability")));
        points << tr("<b>Acquisition.</b> The median cost of acquiring a customer is %1 for B2B "
                     "and %2 for B2C; lifetime value reaches %3 of that cost for B2B and %4 for "
                     "B2C (3:1 is the usual healthy ratio).")
                      .arg(money(median(b2b, "economics.cac")), money(median(b2c, "economics.cac")),
                           ratioText(median(b2b, "economics.clvToCac")),
                           ratioText(median(b2c, "economics.clvToCac")));
        points << tr("<b>Time to revenue.</b> With a new cohort every month, B2B revenue from new "
                     "customers reaches half its steady level after %1, B2C after %2.")
                      .arg(months(median(b2b, "timeToRevenue.monthsTo50Percent")),
                           months(median(b2c, "timeToRevenue.monthsTo50Percent")));
        points << tr("<b>Channels.</b> The best-fitting channels are %1 for the B2B personas and "
                     "%2 for the B2C personas.")
                      .arg(topChannels(b2b), topChannels(b2c));
        html += QStringLiteral("<ul>");
        for (const auto& p : points)
            html += QStringLiteral("<li>%1</li>").arg(p);
        html += QStringLiteral("</ul>");
    } else {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("The workspace does not have both B2B and B2C personas, so the summary "
                        "compares "
                        "nothing across the two; the persona pages give each persona's figures."));
    }

    // The label is not the behaviour: the same comparison with personas grouped by how they buy.
    const auto byBehaviour = analytics::compareGroups(m_analyses, analytics::GroupBy::Behaviour);
    const auto& behavesB2b = byBehaviour.groups[0];
    const auto& behavesB2c = byBehaviour.groups[2];
    if (behavesB2b.personas > 0 && behavesB2c.personas > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<b>Grouped by behaviour instead of label</b> (%1 personas behave as "
                            "B2B, %2 as "
                            "B2C, %3 in between): half of the deals of B2B-behaving personas close "
                            "within %4, "
                            "against %5 for B2C-behaving ones; their decision units have a median "
                            "of %6 and "
                            "%7 people.")
                             .arg(behavesB2b.personas)
                             .arg(behavesB2c.personas)
                             .arg(byBehaviour.groups[1].personas)
                             .arg(days(median(behavesB2b, "salesCycle.p50Days")),
                                  days(median(behavesB2c, "salesCycle.p50Days")),
                                  people(median(behavesB2b, "decisionUnit.size")),
                                  people(median(behavesB2c, "decisionUnit.size"))));

    QStringList mismatched;
    for (std::size_t i = 0; i < m_analyses.size(); ++i)
        if (m_analyses[i].behaviour.labelMismatch)
            mismatched << esc(m_workspace.personas[i].name);
    if (!mismatched.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<b>Label and behaviour disagree</b> for %1. Their behaviour, not "
                            "their label, "
                            "should decide the channels, content and attribution settings used for "
                            "them.")
                             .arg(QLocale().createSeparatedList(mismatched)));
    return html;
}

QString ReportHtml::personaPages(const std::vector<std::size_t>& indices) const
{
    QString html;
    for (std::size_t i : indices)
        if (i < m_workspace.personas.size() && i < m_analyses.size())
            html += personaPage(m_workspace.personas[i], m_analyses[i]);
    return html;
}

QString ReportHtml::personaPage(const Persona& p, const analytics::PersonaAnalysis& a) const
{
    QString html = QStringLiteral("<h1 style=\"page-break-before: always;\">"
                                  "<font color=\"%1\">■</font> %2</h1>")
                       .arg(QString::fromStdString(p.colour), esc(p.name));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Labelled %1 · B2B index %2 · behaves as %3")
                         .arg(displayName(p.label), Formatting::number(a.behaviour.b2bIndex),
                              displayName(a.behaviour.behavesAs)));
    // The user's own text keeps the direction of its script: an English description inside an
    // Arabic report must not be laid out right to left (its final full stop would jump left).
    const auto dir = [](const std::string& text) {
        return QString::fromStdString(text).isRightToLeft() ? QStringLiteral("rtl")
                                                            : QStringLiteral("ltr");
    };
    if (!p.summary.empty())
        html += QStringLiteral("<p dir=\"%2\"><b>%1</b></p>").arg(esc(p.summary), dir(p.summary));
    if (!p.description.empty())
        html += QStringLiteral("<p dir=\"%2\">%1</p>").arg(esc(p.description), dir(p.description));

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("Behaviour profile"), a.behaviour.verdict.toHtmlEscaped());
    std::vector<QStringList> dims;
    for (const auto& d : a.behaviour.dimensions)
        dims.push_back({dimensionName(d.dimension),
                        d.applicable ? Formatting::number(d.score) : tr("n/a"),
                        Formatting::number(d.weight), d.explanation.toHtmlEscaped()});
    html += table({tr("Dimension"), tr("Score"), tr("Weight"), tr("Why")}, dims);

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Decision unit"));
    std::vector<QStringList> members;
    for (const auto& m : p.decisionUnit.members)
        members.push_back({displayName(m.primaryRole()), esc(m.title),
                           Formatting::number(m.influence), displayName(m.stance),
                           m.economicBuyer ? tr("yes") : QString()});
    if (!members.empty())
        html +=
            table({tr("Role"), tr("Title"), tr("Influence"), tr("Stance"), tr("Releases funds")},
                  members);
    QStringList uncovered;
    for (Role r : a.decisionUnit.uncoveredRoles)
        uncovered << displayName(r);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 people; probability that the group decides at all: %2%3. Key roles "
                        "nobody covers: %4.")
                         .arg(a.decisionUnit.size)
                         .arg(Formatting::percent(a.decisionUnit.consensusProbability))
                         .arg(a.decisionUnit.overridden ? tr(" (the marketer's estimate)")
                                                        : tr(" (CEB)"))
                         .arg(uncovered.isEmpty() ? tr("none")
                                                  : QLocale().createSeparatedList(uncovered)));

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Pipeline and sales cycle"));
    std::vector<QStringList> stages;
    for (std::size_t i = 0; i < p.pipeline.size(); ++i) {
        const Stage& s = p.pipeline[i];
        const double entries = i < a.funnel.stages.size() ? a.funnel.stages[i].count : 0;
        stages.push_back({esc(s.name), Formatting::number(entries, entries < 10 ? 1 : 0),
                          Formatting::percent(s.conversionPercent / 100, 1),
                          Formatting::number(s.minDays, 1), Formatting::number(s.likelyDays, 1),
                          Formatting::number(s.maxDays, 1)});
    }
    if (!stages.empty())
        html += table({tr("Stage"), tr("Entries / month"), tr("Conversion"), tr("Min days"),
                       tr("Likely days"), tr("Max days")},
                      stages);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Mean cycle %1; half of the deals close within %2, nine in ten within %3.")
                         .arg(Formatting::days(a.salesCycle.meanDays),
                              Formatting::days(a.salesCycle.p50Days),
                              Formatting::days(a.salesCycle.p90Days)));

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Key metrics"));
    const auto& e = a.economics;
    std::vector<QStringList> metrics{
        {tr("New customers per month"), Formatting::number(a.funnel.customersPerMonth, 2)},
        {tr("Customer acquisition cost (CAC)"), money(e.cac)},
        {tr("Customer lifetime value (CLV)"), money(e.clv)},
        {tr("CLV:CAC"),
         orDash(e.clvToCac, [](double v) { return tr("%1:1").arg(Formatting::number(v, 1)); })},
        {tr("Payback"),
         orDash(e.paybackMonths,
                [](double v) { return tr("%1 months").arg(Formatting::number(v, 1)); })},
        {tr("Return on ad spend (ROAS)"),
         orDash(e.roas, [](double v) { return Formatting::number(v, 2); })},
        {tr("Share of the audience in market per quarter"),
         Formatting::percent(a.inMarketSharePerQuarter, 1)},
        {tr("Months until new-customer revenue reaches half its steady level"),
         a.timeToRevenue.monthsTo50Percent ? Formatting::number(*a.timeToRevenue.monthsTo50Percent)
                                           : tr("not defined")},
    };
    html += table({tr("Metric"), tr("Value")}, metrics);

    QStringList warnings;
    for (const auto& check : a.attribution)
        if (!check.warning.isEmpty())
            warnings << check.warning.toHtmlEscaped();
    for (const auto& w : a.decisionUnit.warnings)
        warnings << w.toHtmlEscaped();
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Warnings"));
        for (const auto& w : warnings)
            html += QStringLiteral("<li>%1</li>").arg(w);
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
    html += evidence.empty() ? QStringLiteral("<p>%1</p>")
                                   .arg(tr("No sources recorded: every number is an assumption."))
                             : table({tr("Number"), tr("Source"), tr("Confidence")}, evidence);
    return html;
}

QString ReportHtml::appendix() const
{
    QString html = QStringLiteral("<h1 style=\"page-break-before: always;\">%1</h1>")
                       .arg(tr("Appendix: models and sources"));
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
         tr("CAC = monthly spend ÷ customers per month; CLV = price × purchases per year × gross "
            "margin × lifetime; payback = CAC ÷ (monthly revenue per customer × margin); ROAS = "
            "customers × price ÷ spend. Not defined where a divisor is zero.")},
        {tr("Time to revenue"), tr("A cohort enters every month and closes along the cycle "
                                   "distribution; revenue of month m = steady state × P(cycle < "
                                   "m months).")},
        {tr("In-market share"),
         tr("Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.")},
        {tr("Attribution"), tr("Each channel's window is compared with the p50 and p90 cycle.")},
        {tr("Channel fit"),
         tr("0–100 from the channel's audience, price band, cycle band, emotional fit, precision "
            "and reach against the persona (weights 30, 20, 15, 15, 10, 10).")},
    };
    html += table({tr("Model"), tr("Definition")}, models);

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
        tr("Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and "
           "maxima."),
        tr("Ehrenberg-Bass / B2B Institute: in-market share (95:5)."),
        tr("Binet & Field: brand versus activation budgets, excess share of voice."),
        tr("McKinsey B2B Pulse 2024: channel use in thirds."),
        tr("polytraffic.com, Smart Insights: channel rules of thumb by price and cycle."),
    };
    html += QStringLiteral("<ul>");
    for (const auto& s : sources)
        html += QStringLiteral("<li>%1</li>").arg(s);
    html += QStringLiteral("</ul>");
    for (const auto& [attribute, source] : ChannelCatalogue::builtIn().sources())
        html += QStringLiteral("<p><i>%1</i>: %2</p>")
                    .arg(esc(attribute), QString::fromStdString(source).toHtmlEscaped());
    return html;
}

} // namespace b2x
