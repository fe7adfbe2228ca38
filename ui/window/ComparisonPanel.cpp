// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonPanel.h"

#include "ChartGrid.h"
#include "ComparisonRows.h"
#include "GroupMembers.h"
#include "UnitEconomicsRanges.h"
#include "charts/ChartCard.h"
#include "charts/ChartDataBuilder.h"
#include "charts/ChartFactory.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <unordered_set>

namespace b2x {

using charts::ChartDataBuilder;

ComparisonPanel::ComparisonPanel(WorkspaceDocument* document, AnalysisCache* analyses,
                                 QWidget* parent)
    : QWidget(parent), m_document(document), m_analyses(analyses),
      m_ranges(new UnitEconomicsRanges(this))
{
    setObjectName(QStringLiteral("comparisonPanel"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    // Item order follows CompareMode.
    m_mode->addItem(tr("Selected personas"));
    m_mode->addItem(tr("Groups by label (B2B, hybrid, B2C)"));
    m_mode->addItem(tr("Groups by behaviour (B2B, mixed, B2C)"));
    m_mode->setAccessibleName(tr("Compare"));
    m_mode->setToolTip(tr("Compare the personas selected in the list, or groups of personas"));
    auto* modeLabel = new QLabel(tr("&Compare:"), this);
    modeLabel->setBuddy(m_mode);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("groupScope"));
    // Item order follows GroupScope.
    m_scope->addItem(tr("All personas"));
    m_scope->addItem(tr("Selected personas"));
    m_scope->setAccessibleName(tr("Group"));
    m_scope->setToolTip(tr("Group every persona of the workspace, or only the personas selected "
                           "in the list"));
    m_scopeLabel = new QLabel(tr("&Group:"), this);
    m_scopeLabel->setBuddy(m_scope);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("comparisonHeading"));
    m_heading->setWordWrap(true);
    m_members = new QLabel;
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setAccessibleName(tr("Group members"));
    m_members->setWordWrap(true);
    m_members->setTextFormat(Qt::PlainText);
    m_members->setContentsMargins(2, 0, 2, 4);

    m_grid = new ChartGrid;
    for (std::size_t i = 0; i < charts::allChartIds.size(); ++i) {
        const charts::ChartId id = charts::allChartIds[i];
        m_cards[i] = new charts::ChartCard(charts::ChartFactory::create(id), m_grid);
        m_grid->addCard(m_cards[i]);
        connect(m_cards[i], &charts::ChartCard::enlargeRequested, this,
                [this, id](bool on) { enlargeChart(on ? std::optional(id) : std::nullopt); });
    }
    m_grid->setHeader(m_members);

    // The key figures the panel showed before the charts, kept for the compared personas.
    m_keyFigures = new QWidget;
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
    m_grid->setFooter(m_keyFigures);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("chartScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    m_grid->setMinimumWidth(280);
    m_scroll->installEventFilter(this); // the grid reflows with the panel's width

    m_top = new QHBoxLayout;
    m_top->addWidget(modeLabel);
    m_top->addWidget(m_mode, 1);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_top);
    layout->addLayout(scopeRow);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);

    connect(m_mode, &QComboBox::activated, this, &ComparisonPanel::onModeActivated);
    connect(m_scope, &QComboBox::activated, this, &ComparisonPanel::onScopeActivated);
    connect(document, &WorkspaceDocument::viewStateChanged, this,
            &ComparisonPanel::onViewStateChanged);
    const auto structural = [this] {
        m_populationStale = true;
        if (!deferWhileHidden())
            rebuild();
    };
    connect(document, &WorkspaceDocument::workspaceReset, this, [this, structural] {
        m_ranges->clear(); // the same ids may now name other personas
        structural();
    });
    setUpRanges();
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
    m_grid->layout()->activate();
    m_scroll->verticalScrollBar()->setValue(card(id)->y());
}

void ComparisonPanel::setFullViewAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("fullViewButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_top->addWidget(button);
}

std::optional<charts::ChartId> ComparisonPanel::enlargedChart() const
{
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        if (m_cards[i] == m_grid->enlarged())
            return charts::allChartIds[i];
    return std::nullopt;
}

void ComparisonPanel::enlargeChart(std::optional<charts::ChartId> id)
{
    charts::ChartCard* target = id ? card(*id) : nullptr;
    charts::ChartCard* before = m_grid->enlarged();
    for (charts::ChartCard* c : m_cards)
        if (c != target && c->isEnlarged())
            c->setEnlarged(false);
    if (target && !target->isEnlarged())
        target->setEnlarged(true);
    m_grid->setEnlarged(target);
    catchUpCards();
    if (target) {
        m_scroll->verticalScrollBar()->setValue(0);
    } else if (before) {
        // Back where the enlarged card is in the grid, with the focus on its button again.
        m_grid->layout()->activate();
        m_scroll->ensureWidgetVisible(before, 0, 0);
        if (before->enlargeToggle()->hasFocus() || !hasFocus())
            before->enlargeToggle()->setFocus();
    }
}

void ComparisonPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_grid->enlarged()) {
        enlargeChart(std::nullopt);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ComparisonPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll && event->type() == QEvent::Resize) {
        // Judged as if the scroll bar were always there, so that its coming and going cannot
        // make the column count flip back and forth.
        const int bar = m_scroll->verticalScrollBar()->sizeHint().width();
        m_grid->setAvailableWidth(m_scroll->width() - 2 * m_scroll->frameWidth() - bar);
    }
    return QWidget::eventFilter(watched, event);
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

void ComparisonPanel::onScopeActivated(int index)
{
    ViewState view = m_document->workspace().view;
    view.groupScope = static_cast<GroupScope>(index);
    m_document->setViewState(view);
}

bool ComparisonPanel::deferWhileHidden()
{
    if (isVisible())
        return false;
    m_missedUpdates = true;
    return true;
}

bool ComparisonPanel::skipCard(std::size_t i)
{
    if (!m_cards[i]->isHidden())
        return false;
    m_cardStale[i] = true;
    return true;
}

void ComparisonPanel::catchUpCards()
{
    if (m_missedUpdates)
        return; // the panel rebuilds everything when it is shown
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        if (m_cardStale[i] && !m_cards[i]->isHidden()) {
            m_cardStale[i] = false;
            m_cards[i]->chart()->setData(m_data);
        }
    requestRanges(); // ranges that arrived or were skipped while the chart was hidden
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
    bool same = view.compareMode == m_compareMode;
    if (m_compareMode == CompareMode::Personas)
        same = same && compared.mid(0, ChartDataBuilder::maxCompared) == m_compared;
    else
        same = same && view.groupScope == m_groupScope &&
               (m_groupScope == GroupScope::All || compared == m_grouped);
    if (!same) {
        rebuild();
        return;
    }
    // Nothing the charts draw changed (the selection in a mode that does not use it).
    m_groupScope = view.groupScope;
    {
        const QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(static_cast<int>(m_groupScope));
    }
    updateHeading(static_cast<int>(compared.size()));
}

void ComparisonPanel::rebuild()
{
    const Workspace& ws = m_document->workspace();
    m_compareMode = ws.view.compareMode;
    m_groupScope = ws.view.groupScope;
    const bool groups = m_compareMode != CompareMode::Personas;
    {
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(static_cast<int>(m_compareMode));
        const QSignalBlocker blockScope(m_scope);
        m_scope->setCurrentIndex(static_cast<int>(m_groupScope));
    }
    m_scopeLabel->setVisible(groups);
    m_scope->setVisible(groups);
    m_data.currency = QString::fromStdString(ws.currency);
    m_data.groups = groups;
    m_data.emptyHint = ChartDataBuilder::emptyHint(m_compareMode, m_groupScope);
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
    m_grouped.clear();
    m_inScope.clear();
    int selected = 0;
    if (!groups) {
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
        if (m_groupScope == GroupScope::Selected) {
            const std::unordered_set<std::string> chosen(ws.view.comparedPersonaIds.begin(),
                                                         ws.view.comparedPersonaIds.end());
            m_inScope.assign(ws.personas.size(), false);
            for (std::size_t k = 0; k < ws.personas.size(); ++k)
                m_inScope[k] = chosen.count(ws.personas[k].id) > 0;
            for (const auto& id : ws.view.comparedPersonaIds)
                m_grouped << QString::fromStdString(id);
        }
        std::vector<charts::AnalysedPersona> members;
        members.reserve(ws.personas.size());
        for (std::size_t k = 0; k < ws.personas.size(); ++k)
            if (inScope(k))
                members.push_back({&ws.personas[k], m_analyses->analysis(QString::fromStdString(
                                                        ws.personas[k].id))});
        m_data.subjects = ChartDataBuilder::groups(members, groupBy(), m_analyses->catalogue());
        selected = static_cast<int>(ws.view.comparedPersonaIds.size());
    }
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        if (!skipCard(i)) {
            m_cardStale[i] = false;
            m_cards[i]->chart()->setData(m_data);
        }
    updateHeading(selected);
    updateMembers();
    fillKeyFigures();
    requestRanges();
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

    std::vector<int> changed; // subjects whose figures were recomputed
    if (m_compareMode == CompareMode::Personas) {
        const auto i = static_cast<int>(m_compared.indexOf(personaId));
        if (i >= 0) {
            m_data.subjects[static_cast<std::size_t>(i)] =
                ChartDataBuilder::persona(*p, *a, m_analyses->catalogue());
            changed.push_back(i);
            fillKeyFigureColumn(i, personaId);
            requestRanges(i);
        }
    } else if (inScope(pj)) {
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
                if (inScope(k) && ChartDataBuilder::groupIndex(m_data.population[k], by) == g)
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
        if (to != from || before.name != m_data.population[pj].name)
            updateMembers();
    }
    for (std::size_t c = 0; c < m_cards.size(); ++c) {
        charts::ComparisonChart* chart = m_cards[c]->chart();
        if (!chart->showsSubjects() || skipCard(c))
            continue;
        for (int i : changed)
            chart->updateSubject(m_data, i);
    }
    // The index draws the population; its compared points follow in the same update.
    const auto index = static_cast<std::size_t>(charts::ChartId::B2bIndex);
    if (!skipCard(index))
        m_cards[index]->chart()->updatePopulation(m_data, j);
}

void ComparisonPanel::updateHeading(int selected)
{
    const int personas = static_cast<int>(m_document->workspace().personas.size());
    QString text;
    if (m_compareMode != CompareMode::Personas && m_groupScope == GroupScope::Selected) {
        const auto grouped = static_cast<int>(std::count(m_inScope.begin(), m_inScope.end(), true));
        text = grouped == 0 ? ChartDataBuilder::emptyHint(m_compareMode, m_groupScope)
                            : tr("Groups of the %n selected persona(s); each number is a group "
                                 "mean.",
                                 nullptr, grouped);
    } else if (m_compareMode != CompareMode::Personas) {
        text = personas == 0
                   ? tr("The workspace has no personas yet.")
                   : tr("Groups of the workspace's personas (%1); each number is a group mean.")
                         .arg(personas);
    } else if (m_compared.isEmpty()) {
        text = ChartDataBuilder::emptyHint(CompareMode::Personas);
    } else if (selected > m_compared.size()) {
        text = tr("Comparing the first six of the %1 selected personas.")
                   .arg(Formatting::count(selected));
    } else {
        text = m_compared.size() == 1
                   ? tr("Comparing one persona: select more with Ctrl+click.")
                   : tr("Comparing %1 personas.")
                         .arg(Formatting::count(static_cast<long long>(m_compared.size())));
    }
    m_heading->setText(text);
}

void ComparisonPanel::updateMembers()
{
    GroupMembers::Text members;
    if (m_compareMode != CompareMode::Personas)
        members = GroupMembers::describe(m_data.population, m_inScope, groupBy());
    if (m_members->text() != members.text)
        m_members->setText(members.text);
    m_members->setToolTip(members.toolTip);
    m_members->setVisible(!members.text.isEmpty());
}

void ComparisonPanel::fillKeyFigures()
{
    const bool shown = m_compareMode == CompareMode::Personas && !m_compared.isEmpty();
    m_grid->setFooterWanted(shown);
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
    // A column is as wide as the persona's name up to a limit; only a longer name is elided
    // (QHeaderView clips rather than elides centred section text, so it is elided here).
    const QString name = QString::fromStdString(p->name);
    const QFontMetrics fm = m_table->horizontalHeader()->fontMetrics();
    constexpr int padding = 16;
    const int width = std::clamp(fm.horizontalAdvance(name) + padding,
                                 m_table->horizontalHeader()->defaultSectionSize(), 320);
    if (m_table->columnWidth(column) != width)
        m_table->setColumnWidth(column, width);
    auto* header = new QTableWidgetItem(fm.elidedText(name, Qt::ElideRight, width - padding));
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
