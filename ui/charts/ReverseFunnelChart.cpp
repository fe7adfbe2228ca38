// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReverseFunnelChart.h"

#include "ChartScale.h"
#include "format/Formatting.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace b2x::charts {

ReverseFunnelChart::ReverseFunnelChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QBarCategoryAxis), m_linear(new QValueAxis),
      m_logY(new QCategoryAxis), m_spare(m_logY), m_series(new QBarSeries),
      m_required(new QBarSet(tr("Required by the target"))),
      m_available(new QBarSet(tr("Available at today's volume")))
{
    styleAxis(m_x, tr("Pipeline stage (entries over the period), then customers"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    styleAxis(m_linear, tr("Entries over the period"));
    styleAxis(m_logY, tr("Entries over the period (log scale)"));
    m_logY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart()->addAxis(m_linear, Qt::AlignLeft);
    m_series->append(m_required);
    m_series->append(m_available);
    m_available->setColor(QColor(0xbb, 0xbb, 0xbb));
    m_available->setBorderColor(QColor(0x88, 0x88, 0x88));
    attach(m_series, m_x, m_linear);
    connect(m_series, &QBarSeries::hovered, this, [this](bool state, int index, QBarSet*) {
        if (!state || index < 0 || static_cast<std::size_t>(index) >= m_data.stages.size()) {
            hideTip();
            return;
        }
        const ReverseFunnelStage& s = m_data.stages[static_cast<std::size_t>(index)];
        const QString required = s.required ? amount(*s.required) : tr("not defined");
        showTip(tr("%1\nRequired by the target: %2\nAvailable at today's volume: %3")
                    .arg(s.name, required, amount(s.available)));
    });
}

// m_spare deletes the value axis that is not in the chart; the other goes with the chart.
ReverseFunnelChart::~ReverseFunnelChart() = default;

double ReverseFunnelChart::map(double value) const
{
    if (!m_log)
        return value;
    return value > 0 ? std::max(0.0, std::log10(value) - m_lowDecade) : 0.0;
}

void ReverseFunnelChart::fitValueAxis()
{
    double low = 0;
    double high = 1;
    for (const auto& s : m_data.stages)
        for (double v : {s.required.value_or(0), s.available}) {
            high = std::max(high, v);
            if (v > 0 && (low <= 0 || v < low))
                low = v;
        }
    const bool log = ChartScale::needsLog(low, high);
    if (log != m_log) {
        // Swap the axes; removeAxis hands the old one back (docs/qt-pitfalls.md).
        QAbstractAxis* from = m_log ? static_cast<QAbstractAxis*>(m_logY) : m_linear;
        QAbstractAxis* to = log ? static_cast<QAbstractAxis*>(m_logY) : m_linear;
        m_series->detachAxis(from);
        chart()->removeAxis(from);
        (void)m_spare.release(); // `to` joins the chart
        chart()->addAxis(to, Qt::AlignLeft);
        m_series->attachAxis(to);
        m_spare.reset(from);
        m_log = log;
    }
    if (!m_log) {
        fitZeroBasedAxis(m_linear, high, high < 4 ? 0.1 : 1);
        return;
    }
    const auto [lo, hi] = ChartScale::decades(low, high);
    m_lowDecade = static_cast<int>(std::lround(std::log10(lo)));
    const int highDecade = static_cast<int>(std::lround(std::log10(hi)));
    for (const QString& label : m_logY->categoriesLabels())
        m_logY->remove(label);
    // Labels sit on a category's end: a sliver first gives the bottom decade a label too.
    m_logY->setStartValue(-1e-6);
    for (int k = m_lowDecade; k <= highDecade; ++k)
        m_logY->append(ChartScale::decadeLabel(k), k - m_lowDecade);
    m_logY->setRange(0, highDecade - m_lowDecade);
}

QString ReverseFunnelChart::amount(double v) const
{
    return Formatting::number(v, v < 10 ? 1 : 0);
}

void ReverseFunnelChart::setFunnel(ReverseFunnelData funnel)
{
    m_data = std::move(funnel);
    rebuild();
    layoutLegend();
    Q_EMIT contentChanged();
}

void ReverseFunnelChart::rebuild()
{
    fitValueAxis();
    QStringList names;
    for (const auto& s : m_data.stages)
        names << s.name;
    names = uniqueLabels(names);
    if (m_x->categories() != names) {
        m_x->clear();
        m_x->append(names);
    }
    QList<qreal> required;
    QList<qreal> available;
    for (const auto& s : m_data.stages) {
        required << (s.required ? map(*s.required) : 0.0);
        available << map(s.available);
    }
    // QBarSet::replace per value keeps the bars (no rebuild); counts change only with stages.
    for (auto [set, values] :
         {std::pair{m_required, required}, std::pair{m_available, available}}) {
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
        } else {
            for (int i = 0; i < values.size(); ++i)
                if (set->at(i) != values[i])
                    set->replace(i, values[i]);
        }
    }
    m_required->setColor(m_data.colour.isValid() ? m_data.colour : QColor(0x4e, 0x79, 0xa7));
    m_required->setBorderColor(m_required->color().darker(130));
}

QString ReverseFunnelChart::emptyText() const
{
    return tr("Select a persona to see what its target needs, stage by stage.");
}

QString ReverseFunnelChart::shortfallText() const
{
    if (!m_data.targetCustomers)
        return {};
    const double target = *m_data.targetCustomers;
    const double expected = m_data.expectedCustomers;
    const double shortfall = m_data.shortfall.value_or(0);
    if (shortfall <= 0)
        return tr("%1: today's volume meets the target: about %2 customers expected in the "
                  "period against a target of %3.")
            .arg(m_data.personaName, amount(expected), amount(target));
    QString text =
        tr("%1: at today's volume the period brings about %2 customers against a "
           "target of %3, %4 short.")
            .arg(m_data.personaName, amount(expected), amount(target), amount(shortfall));
    if (m_data.requiredMonthlyVolume && expected > 0)
        text +=
            QLatin1Char(' ') +
            tr("Every stage needs %1 times today's entries: a monthly volume of %2 instead "
               "of %3, and a monthly spend of %4 instead of %5.")
                .arg(Formatting::oneDecimal(target / expected),
                     amount(*m_data.requiredMonthlyVolume), amount(m_data.monthlyVolume),
                     Formatting::money(m_data.requiredMonthlySpend.value_or(0), m_data.currency),
                     Formatting::money(m_data.monthlySpend, m_data.currency));
    return text;
}

QString ReverseFunnelChart::notes() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    if (!m_data.targetCustomers)
        parts << tr("%1 has no target: only today's entries are drawn.").arg(m_data.personaName);
    else
        parts << shortfallText();
    // The reverse funnel's own warnings (a cycle longer than the period …) stand beside the
    // chart in the panel and the report: not repeated here.
    const bool undefined = std::any_of(m_data.stages.begin(), m_data.stages.end() - 1,
                                       [](const ReverseFunnelStage& s) { return !s.required; });
    if (m_data.targetCustomers && undefined)
        parts << tr("Today's volume closes no customer inside the period, so the entries the "
                    "target needs are not defined: only today's entries are drawn per stage.");
    if (m_log)
        parts << tr("Log scale: the stages differ by orders of magnitude.");
    return parts.join(QLatin1Char('\n'));
}

ChartTable ReverseFunnelChart::table() const
{
    ChartTable t;
    t.columns << tr("Stage") << tr("Required by the target") << tr("Available at today's volume")
              << tr("Missing");
    for (const auto& s : m_data.stages) {
        const QString missing =
            s.required ? amount(std::max(0.0, *s.required - s.available)) : QString();
        t.rows.push_back({s.name, s.required ? amount(*s.required) : QStringLiteral("—"),
                          amount(s.available), missing});
    }
    return t;
}

} // namespace b2x::charts
