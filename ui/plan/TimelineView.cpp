// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "PlanAnalysisSource.h"
#include "charts/ChartCard.h"
#include "charts/PlanChartData.h"
#include "charts/PlanTimelineChart.h"
#include "document/WorkspaceDocument.h"
#include "plan/PlanAnalysis.h"

#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace b2x {

TimelineView::TimelineView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("planTimeline"));
    auto chart = std::make_unique<charts::PlanTimelineChart>();
    m_chart = chart.get();
    m_card = new charts::ChartCard(std::move(chart));
    m_card->enlargeToggle()->hide(); // the page is the chart's already
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(m_card);
    inner->addStretch(1);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // A persona's conversion or cycle moves its markers; names, colours and channels its bars.
    for (auto signal :
         {&WorkspaceDocument::planChanged, &WorkspaceDocument::workspaceReset,
          &WorkspaceDocument::customChannelsChanged, &WorkspaceDocument::workspaceInfoChanged})
        connect(m_document, signal, this, &TimelineView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaChanged, this, &TimelineView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaInserted, this, &TimelineView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaRemoved, this, &TimelineView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaMoved, this, &TimelineView::documentChanged);
}

void TimelineView::setAnalysisSource(PlanAnalysisSource* source)
{
    // The source tells when the document changed, after it has dropped its stale analysis.
    disconnect(m_document, nullptr, this, nullptr);
    m_source = source;
    connect(m_source, &PlanAnalysisSource::changed, this, &TimelineView::documentChanged);
    documentChanged();
}

void TimelineView::setToday(QDate today)
{
    m_today = today;
    documentChanged();
}

void TimelineView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TimelineView::documentChanged()
{
    // Analysing the plan walks every persona: a hidden page waits until it is shown.
    m_stale = true;
    if (isVisible())
        refresh();
}

void TimelineView::refresh()
{
    m_stale = false;
    const Workspace& ws = m_document->workspace();
    if (m_source) {
        m_chart->setTimeline(
            charts::PlanChartData::timeline(ws, m_source->analysis(), m_source->today()));
        return;
    }
    const plan::PlanAnalysis analysis = plan::analysePlan(ws, m_today);
    m_chart->setTimeline(charts::PlanChartData::timeline(ws, analysis, m_today));
}

} // namespace b2x
