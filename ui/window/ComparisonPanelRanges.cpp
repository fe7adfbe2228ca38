// SPDX-License-Identifier: GPL-3.0-or-later
// The p10–p90 whiskers of the Unit economics chart (docs/charts.md, "Unit economics").
#include "ComparisonPanel.h"
#include "UnitEconomicsRanges.h"
#include "charts/ChartCard.h"
#include "charts/UnitEconomicsChart.h"
#include "document/WorkspaceDocument.h"

#include <QToolButton>

namespace b2x {

void ComparisonPanel::setUpRanges()
{
    charts::ChartCard* economics = card(charts::ChartId::UnitEconomics);
    m_rangesToggle = new QToolButton(economics);
    m_rangesToggle->setObjectName(QStringLiteral("rangesToggle"));
    m_rangesToggle->setText(tr("Ranges"));
    m_rangesToggle->setCheckable(true);
    m_rangesToggle->setChecked(true);
    m_rangesToggle->setToolTip(tr("Show or hide the p10–p90 whiskers of CAC and CLV"));
    m_rangesToggle->setAccessibleName(tr("Show the p10–p90 ranges"));
    economics->addHeaderWidget(m_rangesToggle);
    connect(m_rangesToggle, &QToolButton::toggled, this, [this, economics](bool shown) {
        static_cast<charts::UnitEconomicsChart*>(economics->chart())->setWhiskersShown(shown);
        requestRanges();
    });
    connect(m_ranges, &UnitEconomicsRanges::rangeReady, this, &ComparisonPanel::showRange);
}

bool ComparisonPanel::rangesWanted() const
{
    return isVisible() && m_compareMode == CompareMode::Personas && m_rangesToggle->isChecked() &&
           !card(charts::ChartId::UnitEconomics)->isHidden();
}

void ComparisonPanel::requestRanges(int only)
{
    m_rangesToggle->setVisible(m_compareMode == CompareMode::Personas); // groups have none
    if (!rangesWanted()) {
        if (m_compareMode != CompareMode::Personas)
            m_ranges->clear(); // groups draw no whiskers
        return;
    }
    auto* chart =
        static_cast<charts::UnitEconomicsChart*>(card(charts::ChartId::UnitEconomics)->chart());
    QSet<QString> compared;
    for (std::size_t i = 0; i < m_data.subjects.size(); ++i) {
        const charts::SubjectFigures& s = m_data.subjects[i];
        compared.insert(s.key);
        if (only >= 0 && static_cast<std::size_t>(only) != i)
            continue;
        const Persona* p = m_document->persona(s.key);
        if (!p || !s.cac) {
            chart->setWhisker(s.key, std::nullopt); // no CAC: no point, no whisker
            continue;
        }
        m_ranges->request(s.key, *p);
        showRange(s.key);
    }
    if (only < 0)
        m_ranges->retain(compared);
}

void ComparisonPanel::showRange(const QString& personaId)
{
    if (!rangesWanted())
        return; // drawn when the chart is shown again (catchUpCards, showEvent)
    auto* chart =
        static_cast<charts::UnitEconomicsChart*>(card(charts::ChartId::UnitEconomics)->chart());
    const auto range = m_ranges->range(personaId);
    std::optional<charts::UnitEconomicsChart::Whisker> whisker;
    if (range && range->result.cac.p10 && range->result.cac.p90 && range->result.clv.p10 &&
        range->result.clv.p90)
        whisker = charts::UnitEconomicsChart::Whisker{
            *range->result.cac.p10, *range->result.cac.p90, *range->result.clv.p10,
            *range->result.clv.p90, range->result.runs,     range->stale};
    chart->setWhisker(personaId, whisker);
}

} // namespace b2x
