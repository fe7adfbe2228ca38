// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReverseFunnelChart.h"

#include "format/Formatting.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <algorithm>

namespace b2x::charts {

ReverseFunnelChart::ReverseFunnelChart(QObject* parent)
    : ComparisonChart(new QChart, parent), m_x(new QBarCategoryAxis),
      m_y(std::make_unique<LinearLogAxis>(chart(), Qt::AlignLeft)), m_series(new QBarSeries),
      m_required(new QBarSet(tr("Required by the target"))),
      m_available(new QBarSet(tr("Available at today's volume")))
{
    styleAxis(m_x, tr("Pipeline stage (entries over the period), then customers"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    styleAxis(m_y->linear(), QString());
    styleAxis(m_y->logarithmic(), QString());
    m_y->setTitles(tr("Entries over the period"), tr("Entries over the period (log scale)"));
    m_series->append(m_required);
    m_series->append(m_available);
    m_available->setColor(QColor(0xbb, 0xbb, 0xbb));
    m_available->setBorderColor(QColor(0x88, 0x88, 0x88));
    attach(m_series, m_x, m_y->current());
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

ReverseFunnelChart::~ReverseFunnelChart() = default;

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
    double low = 0;
    double high = 1;
    for (const auto& s : m_data.stages)
        for (double v : {s.required.value_or(0), s.available}) {
            high = std::max(high, v);
            if (v > 0 && (low <= 0 || v < low))
                low = v;
        }
    // A log axis from 1 up: bars grow from 0, so a bottom decade below 1 would draw them down.
    if (low > 0)
        low = std::max(low, 1.0);
    m_y->fit(low, high, {m_series});
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
        required << (s.required ? m_y->map(*s.required) : 0.0);
        available << m_y->map(s.available);
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
    for (const QString& w : m_data.warnings)
        parts << w;
    if (m_y->isLog())
        parts << tr("Log scale: the stages differ by orders of magnitude; entries below 1 are "
                    "not drawn.");
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
