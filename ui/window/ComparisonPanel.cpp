// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonPanel.h"

#include "ComparisonRows.h"
#include "document/WorkspaceDocument.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace b2x {

ComparisonPanel::ComparisonPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison of the selected personas"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);

    connect(document, &WorkspaceDocument::viewStateChanged, this, &ComparisonPanel::rebuild);
    connect(document, &WorkspaceDocument::workspaceReset, this, &ComparisonPanel::rebuild);
    connect(document, &WorkspaceDocument::personaRemoved, this, &ComparisonPanel::rebuild);
    connect(document, &WorkspaceDocument::workspaceInfoChanged, this, &ComparisonPanel::rebuild);
    // Only the edited persona's column is recomputed.
    connect(document, &WorkspaceDocument::personaChanged, this,
            [this](int, const QString& id) { refreshPersona(id); });
    rebuild();
}

void ComparisonPanel::rebuild()
{
    m_columns.clear();
    for (const auto& id : m_document->workspace().view.comparedPersonaIds)
        if (m_document->persona(QString::fromStdString(id)))
            m_columns << QString::fromStdString(id);
    constexpr int maxCompared = 6;
    const bool tooMany = m_columns.size() > maxCompared;
    if (tooMany)
        m_columns = m_columns.mid(0, maxCompared);

    if (m_columns.isEmpty())
        m_heading->setText(tr("Select personas in the list to compare them (Ctrl+click to select "
                              "up to six)."));
    else if (tooMany)
        m_heading->setText(tr("Comparing the first six selected personas."));
    else
        m_heading->setText(
            tr("Comparing %n persona(s).", nullptr, static_cast<int>(m_columns.size())));

    const auto rows = comparisonRows();
    m_table->clear();
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setColumnCount(static_cast<int>(m_columns.size()));
    QStringList rowTitles;
    for (const auto& r : rows)
        rowTitles << r.title;
    m_table->setVerticalHeaderLabels(rowTitles);
    for (int c = 0; c < m_columns.size(); ++c)
        fillColumn(c, m_columns[c]);
    m_table->setVisible(!m_columns.isEmpty());
}

void ComparisonPanel::refreshPersona(const QString& personaId)
{
    const int column = static_cast<int>(m_columns.indexOf(personaId));
    if (column >= 0)
        fillColumn(column, personaId);
}

void ComparisonPanel::fillColumn(int column, const QString& personaId)
{
    const Persona* p = m_document->persona(personaId);
    if (!p)
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
