// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonPanel.h"

#include "ComparisonRows.h"
#include "charts/ChartCard.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartFactory.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace b2x {

using charts::ChartDataBuilder;

ComparisonPanel::ComparisonPanel(WorkspaceDocument* document, AnalysisCache* analyses,
                                 QWidget* parent)
    : QWidget(parent), m_document(document), m_analyses(analyses)
{
    setObjectName(QStringLiteral("comparisonPanel"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    // Item order follows CompareMode.
    m_mode->addItem(tr("Selected personas"));
    m_mode->addItem(tr("Groups by label (B2B, hybrid, B2C)"));
    m_mode->addItem(tr("Groups by behaviour (B2B, mixed, B2C)"));
    m_mode->setAccessibleName(tr("Compare"));
    m_mode->setToolTip(tr("Compare the personas selected in the list, or the groups of every "
                          "persona in the workspace"));
    auto* modeLabel = new QLabel(tr("&Compare:"), this);
    modeLabel->setBuddy(m_mode);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("comparisonHeading"));
    m_heading->setWordWrap(true);

    auto* content = new QWidget;
    auto* cards = new QVBoxLayout(content);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(8);
    for (std::size_t i = 0; i < charts::allChartIds.size(); ++i) {
        m_cards[i] =
            new charts::ChartCard(charts::ChartFactory::create(charts::allChartIds[i]), content);
        cards->addWidget(m_cards[i]);
    }

    // The key figures the panel showed before the charts, kept for the compared personas.
    m_keyFigures = new QWidget(content);
    auto* keyLayout = new QVBoxLayout(m_keyFigures);
    keyLayout->setContentsMargins(6, 0, 6, 0);
    auto* keyTitle = new QLabel(tr("Key figures"), m_keyFigures);
    QFont bold = keyTitle->font();
    bold.setBold(true);
    keyTitle->setFont(bold);
    m_table = new QTableWidget(m_keyFigures);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Key figures of the compared personas"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(260);
    keyLayout->addWidget(keyTitle);
    keyLayout->addWidget(m_table);
    cards->addWidget(m_keyFigures);
    cards->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("chartScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    content->setMinimumWidth(280);

    auto* top = new QHBoxLayout;
    top->addWidget(modeLabel);
    top->addWidget(m_mode, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);

    connect(m_mode, &QComboBox::activated, this, &ComparisonPanel::onModeActivated);
    connect(document, &WorkspaceDocument::viewStateChanged, this,
            &ComparisonPanel::onViewStateChanged);
    const auto structural = [this] {
        m_populationStale = true;
        if (!deferWhileHidden())
            rebuild();
    };
    connect(document, &WorkspaceDocument::workspaceReset, this, structural);
    connect(document, &WorkspaceDocument::personaInserted, this, structural);
    connect(document, &WorkspaceDocument::personaRemoved, this, structural);
    connect(document, &WorkspaceDocument::personaMoved, this, structural);
    connect(document, &WorkspaceDocument::workspaceInfoChanged, this, structural);
    // A channel of the workspace's own added, edited or deleted: every figure lists channels.
    connect(document, &WorkspaceDocument::customChannelsChanged, this, structural);
    // Edits, undo and redo of one persona.
    connect(analyses, &AnalysisCache::analysisChanged, this, &ComparisonPanel::onAnalysisChanged);
    rebuild();
}

charts::ChartCard* ComparisonPanel::card(charts::ChartId id) const
{
    return m_cards[static_cast<std::size_t>(id)];
}

void ComparisonPanel::scrollToChart(charts::ChartId id)
{
    m_scroll->widget()->layout()->activate();
    m_scroll->verticalScrollBar()->setValue(card(id)->y());
}

analytics::GroupBy ComparisonPanel::groupBy() const
{
    return m_compareMode == CompareMode::GroupsByBehaviour ? analytics::GroupBy::Behaviour
                                                           : analytics::GroupBy::Label;
}

void ComparisonPanel::onModeActivated(int index)
{
    ViewState view = m_document->workspace().view;
    view.compareMode = static_cast<CompareMode>(index);
    m_document->setViewState(view); // view state: never an undo step, never dirties
}

bool ComparisonPanel::deferWhileHidden()
{
    if (isVisible())
        return false;
    m_missedUpdates = true;
    return true;
}

void ComparisonPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_missedUpdates)
        return;
    m_missedUpdates = false;
    m_populationStale = true; // which personas changed was not kept: every point is redrawn
    rebuild();
}

void ComparisonPanel::onViewStateChanged()
{
    if (deferWhileHidden())
        return;
    const ViewState& view = m_document->workspace().view;
    QStringList compared;
    for (const auto& id : view.comparedPersonaIds)
        compared << QString::fromStdString(id);
    // In a group mode the selection changes nothing the charts draw.
    if (view.compareMode == m_compareMode &&
        (m_compareMode != CompareMode::Personas ||
         compared.mid(0, ChartDataBuilder::maxCompared) == m_compared)) {
        updateHeading(static_cast<int>(compared.size()));
        return;
    }
    rebuild();
}

void ComparisonPanel::rebuild()
{
    const Workspace& ws = m_document->workspace();
    m_compareMode = ws.view.compareMode;
    {
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(static_cast<int>(m_compareMode));
    }
    m_data.currency = QString::fromStdString(ws.currency);
    m_data.groups = m_compareMode != CompareMode::Personas;
    m_data.emptyHint = ChartDataBuilder::emptyHint(m_compareMode);
    if (m_populationStale || m_data.population.size() != ws.personas.size()) {
        m_analyses->prepareAll(); // every persona is placed on the B2B index
        m_data.population.clear();
        m_data.population.reserve(ws.personas.size());
        for (const auto& p : ws.personas)
            m_data.population.push_back(ChartDataBuilder::populationPoint(
                p, *m_analyses->analysis(QString::fromStdString(p.id))));
        m_populationStale = false;
    }

    m_data.subjects.clear();
    m_compared.clear();
    int selected = 0;
    if (m_compareMode == CompareMode::Personas) {
        for (const auto& id : ws.view.comparedPersonaIds) {
            const QString qid = QString::fromStdString(id);
            const Persona* p = m_document->persona(qid);
            if (!p)
                continue;
            ++selected;
            if (m_compared.size() < static_cast<qsizetype>(ChartDataBuilder::maxCompared)) {
                m_compared << qid;
                m_data.subjects.push_back(ChartDataBuilder::persona(*p, *m_analyses->analysis(qid),
                                                                    m_analyses->catalogue()));
            }
        }
    } else {
        std::vector<charts::AnalysedPersona> members;
        members.reserve(ws.personas.size());
        for (const auto& p : ws.personas)
            members.push_back({&p, m_analyses->analysis(QString::fromStdString(p.id))});
        m_data.subjects = ChartDataBuilder::groups(members, groupBy(), m_analyses->catalogue());
        selected = static_cast<int>(ws.view.comparedPersonaIds.size());
    }
    for (charts::ChartCard* c : m_cards)
        c->chart()->setData(m_data);
    updateHeading(selected);
    fillKeyFigures();
}

void ComparisonPanel::onAnalysisChanged(const QString& personaId)
{
    if (deferWhileHidden())
        return;
    const int j = m_document->indexOf(personaId);
    const Persona* p = m_document->persona(personaId);
    const analytics::PersonaAnalysis* a = m_analyses->analysis(personaId);
    if (j < 0 || !p || !a || static_cast<std::size_t>(j) >= m_data.population.size()) {
        m_populationStale = true;
        rebuild();
        return;
    }
    const auto pj = static_cast<std::size_t>(j);
    const charts::PopulationPoint before = m_data.population[pj];
    m_data.population[pj] = ChartDataBuilder::populationPoint(*p, *a);
    charts::ChartCard* index = card(charts::ChartId::B2bIndex);

    std::vector<int> changed; // subjects whose figures were recomputed
    if (m_compareMode == CompareMode::Personas) {
        const auto i = static_cast<int>(m_compared.indexOf(personaId));
        if (i >= 0) {
            m_data.subjects[static_cast<std::size_t>(i)] =
                ChartDataBuilder::persona(*p, *a, m_analyses->catalogue());
            changed.push_back(i);
            fillKeyFigureColumn(i, personaId);
        }
    } else {
        // Only the group the persona left and the one it joined change.
        const analytics::GroupBy by = groupBy();
        const std::size_t from = ChartDataBuilder::groupIndex(before, by);
        const std::size_t to = ChartDataBuilder::groupIndex(m_data.population[pj], by);
        const Workspace& ws = m_document->workspace();
        std::vector<std::size_t> affected{from};
        if (to != from)
            affected.push_back(to);
        for (std::size_t g : affected) {
            std::vector<charts::AnalysedPersona> members;
            for (std::size_t k = 0; k < m_data.population.size(); ++k)
                if (ChartDataBuilder::groupIndex(m_data.population[k], by) == g)
                    members.push_back(
                        {&ws.personas[k], m_analyses->analysis(m_data.population[k].key)});
            const QString key = ChartDataBuilder::groupKey(g, by);
            const auto it =
                std::find_if(m_data.subjects.begin(), m_data.subjects.end(),
                             [&](const charts::SubjectFigures& s) { return s.key == key; });
            if (members.empty() || it == m_data.subjects.end()) {
                rebuild(); // a group appeared or emptied: the charts get a new set of subjects
                return;
            }
            *it = ChartDataBuilder::group(members, g, by, m_analyses->catalogue());
            changed.push_back(static_cast<int>(it - m_data.subjects.begin()));
        }
    }
    for (charts::ChartCard* c : m_cards)
        if (c->chart()->showsSubjects())
            for (int i : changed)
                c->chart()->updateSubject(m_data, i);
    // The index draws the population; its compared points follow in the same update.
    index->chart()->updatePopulation(m_data, j);
}

void ComparisonPanel::updateHeading(int selected)
{
    const int personas = static_cast<int>(m_document->workspace().personas.size());
    QString text;
    if (m_compareMode != CompareMode::Personas)
        text = personas == 0
                   ? tr("The workspace has no personas yet.")
                   : tr("Groups of the workspace's personas (%1); each number is a group mean.")
                         .arg(personas);
    else if (m_compared.isEmpty())
        text = ChartDataBuilder::emptyHint(CompareMode::Personas);
    else if (selected > m_compared.size())
        text = tr("Comparing the first six of the %1 selected personas.")
                   .arg(Formatting::count(selected));
    else
        text = m_compared.size() == 1
                   ? tr("Comparing one persona: select more with Ctrl+click.")
                   : tr("Comparing %1 personas.")
                         .arg(Formatting::count(static_cast<long long>(m_compared.size())));
    m_heading->setText(text);
}

void ComparisonPanel::fillKeyFigures()
{
    const bool shown = m_compareMode == CompareMode::Personas && !m_compared.isEmpty();
    m_keyFigures->setVisible(shown);
    const auto rows = comparisonRows();
    m_table->clear();
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setColumnCount(shown ? static_cast<int>(m_compared.size()) : 0);
    QStringList rowTitles;
    for (const auto& r : rows)
        rowTitles << r.title;
    m_table->setVerticalHeaderLabels(rowTitles);
    if (shown)
        for (int c = 0; c < m_compared.size(); ++c)
            fillKeyFigureColumn(c, m_compared[c]);
}

void ComparisonPanel::fillKeyFigureColumn(int column, const QString& personaId)
{
    const Persona* p = m_document->persona(personaId);
    if (!p || column >= m_table->columnCount())
        return;
    // QHeaderView clips rather than elides centred section text, so elide here.
    const QString name = QString::fromStdString(p->name);
    const int width = m_table->horizontalHeader()->defaultSectionSize() - 12;
    auto* header = new QTableWidgetItem(
        m_table->horizontalHeader()->fontMetrics().elidedText(name, Qt::ElideRight, width));
    header->setToolTip(name);
    header->setForeground(QColor(QString::fromStdString(p->colour)));
    m_table->setHorizontalHeaderItem(column, header);
    const auto values = comparisonValues(*p, m_document->workspace());
    for (int row = 0; row < static_cast<int>(values.size()); ++row) {
        auto* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        item->setText(values[static_cast<std::size_t>(row)].text);
        item->setToolTip(values[static_cast<std::size_t>(row)].tooltip);
    }
}

} // namespace b2x
