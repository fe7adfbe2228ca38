// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCard.h"

#include "ChartView.h"

#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace b2x::charts {

namespace {
enum Page { ChartPage, TablePage, EmptyPage };
} // namespace

ChartCard::ChartCard(std::unique_ptr<ComparisonChart> chart, QWidget* parent)
    : QFrame(parent), m_chart(chart.release())
{
    m_chart->setParent(this);
    m_chart->setItemCaching(true); // on screen only (ComparisonChart::setItemCaching)
    const QString key = chartKey(m_chart->id());
    const QString title = m_chart->title();
    setObjectName(QStringLiteral("chartCard-%1").arg(key));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);

    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("tableToggle"));
    m_toggle->setText(tr("Table"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the numbers of this chart as a table"));
    m_toggle->setAccessibleName(tr("Show %1 as a table").arg(title));
    m_enlarge = new QToolButton(this);
    m_enlarge->setObjectName(QStringLiteral("enlargeToggle"));
    m_enlarge->setCheckable(true);
    m_question = new QLabel(chartQuestion(m_chart->id()), this);
    m_question->setWordWrap(true);
    m_question->setForegroundRole(QPalette::PlaceholderText);

    m_view = new ChartView(m_chart->chart(), this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("%1 chart").arg(title));
    m_view->setAccessibleDescription(tr("The same numbers are in the table: press the Table "
                                        "button beside the title."));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setAccessibleName(tr("%1 as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // No stretched last section: it would be squeezed below its header when the table scrolls.
    m_table->setAlternatingRowColors(true);
    m_table->viewport()->installEventFilter(this); // the columns fit the card's width
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(ChartPage, m_view);
    m_stack->insertWidget(TablePage, m_table);
    m_stack->insertWidget(EmptyPage, m_empty);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("chartNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);

    m_header = new QHBoxLayout;
    m_header->addWidget(m_title, 1);
    m_header->addWidget(m_toggle);
    m_header->addWidget(m_enlarge);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(m_question);
    layout->addWidget(m_stack, 1); // an enlarged card gives its extra height to the chart
    layout->addWidget(m_notes);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_toggle->setText(shown ? tr("Chart") : tr("Table"));
        m_toggle->setToolTip(shown ? tr("Show the chart again")
                                   : tr("Show the numbers of this chart as a table"));
        refresh();
    });
    connect(m_enlarge, &QToolButton::toggled, this, [this](bool enlarged) {
        setEnlarged(enlarged);
        Q_EMIT enlargeRequested(enlarged);
    });
    connect(m_chart, &ComparisonChart::contentChanged, this, [this] {
        m_tableDirty = true;
        refresh();
    });
    connect(m_chart, &ComparisonChart::toolTipRequested, this, &ChartCard::showToolTip);
    setEnlarged(false);
}

bool ChartCard::showsChart() const
{
    return m_stack->currentIndex() == ChartPage;
}

void ChartCard::setTableShown(bool shown)
{
    m_toggle->setChecked(shown);
}

void ChartCard::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(m_header->indexOf(m_toggle), widget);
}

void ChartCard::setEnlarged(bool enlarged)
{
    m_enlarged = enlarged;
    if (m_enlarge->isChecked() != enlarged) {
        const QSignalBlocker block(m_enlarge);
        m_enlarge->setChecked(enlarged);
    }
    const QString title = m_chart->title();
    m_enlarge->setText(enlarged ? tr("Back") : tr("Enlarge"));
    m_enlarge->setToolTip(enlarged ? tr("Show all the charts again (Esc)")
                                   : tr("Show this chart alone, as large as the panel allows"));
    m_enlarge->setAccessibleName(enlarged ? tr("Show all the charts again")
                                          : tr("Enlarge %1").arg(title));
    refresh();
}

void ChartCard::refresh()
{
    const bool empty = m_chart->isEmpty();
    const int page = empty ? EmptyPage : m_toggle->isChecked() ? TablePage : ChartPage;
    m_toggle->setEnabled(!empty);
    m_enlarge->setEnabled(!empty || m_enlarged); // the way back always stays open
    if (empty)
        m_empty->setText(m_chart->emptyText());
    if (page == TablePage && m_tableDirty)
        fillTable();
    if (m_stack->currentIndex() != page)
        m_stack->setCurrentIndex(page);
    const QString notes = empty ? QString() : m_chart->notes();
    if (m_notes->text() != notes)
        m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
    // A stacked widget is as tall as its tallest page: size it to the page shown instead. A
    // short table takes only the room its rows need; a long one scrolls within the chart's.
    const int chartHeight = m_chart->preferredHeight() + m_chart->legendHeight();
    int height = chartHeight;
    if (page == EmptyPage) {
        height = m_empty->sizeHint().height();
    } else if (page == TablePage) {
        const int rows = m_table->verticalHeader()->defaultSectionSize() * m_table->rowCount();
        height = std::min(chartHeight, m_table->horizontalHeader()->sizeHint().height() + rows +
                                           m_table->horizontalScrollBar()->sizeHint().height() +
                                           2 * m_table->frameWidth() + 2);
    }
    // Enlarged, the chart or table takes at least that height and grows with the card.
    const int maximum = m_enlarged && page != EmptyPage ? QWIDGETSIZE_MAX : height;
    if (m_stack->minimumHeight() != height || m_stack->maximumHeight() != maximum) {
        m_stack->setMinimumHeight(height);
        m_stack->setMaximumHeight(maximum);
    }
}

void ChartCard::fillTable()
{
    m_tableDirty = false;
    const ChartTable t = m_chart->table();
    m_table->setUpdatesEnabled(false);
    m_table->setColumnCount(static_cast<int>(t.columns.size()));
    m_table->setHorizontalHeaderLabels(t.columns);
    m_table->setRowCount(static_cast<int>(t.rows.size()));
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        const QStringList& row = t.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < row.size() && c < t.columns.size(); ++c) {
            QTableWidgetItem* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(row[c]);
            item->setToolTip(row[c]);
        }
    }
    m_table->resizeColumnsToContents();
    // resizeColumnsToContents() sizes by the cells only: keep every header readable too.
    m_columnWidths.clear();
    for (int c = 0; c < m_table->columnCount(); ++c) {
        m_columnWidths.push_back(
            std::max(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)));
        m_table->setColumnWidth(c, m_columnWidths.back());
    }
    fitColumns();
    m_table->setUpdatesEnabled(true);
}

void ChartCard::fitColumns()
{
    if (m_columnWidths.empty())
        return;
    // A table wider than its card showed its last columns cut off at the card's edge. The first
    // column (the names) gives up width first, down to a readable minimum; its cells are elided
    // and keep the whole name as their tooltip. In a wide card every name is whole again.
    constexpr int minimumFirst = 100;
    const int available = m_table->viewport()->width();
    int total = 0;
    for (int w : m_columnWidths)
        total += w;
    int first = m_columnWidths.front();
    if (available > 0 && total > available)
        first = std::max(std::min(first, minimumFirst), first - (total - available));
    if (m_table->columnWidth(0) != first)
        m_table->setColumnWidth(0, first);
}

bool ChartCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QFrame::eventFilter(watched, event);
}

void ChartCard::showToolTip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace b2x::charts
