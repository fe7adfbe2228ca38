// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableSection.h"

#include "FormHelpers.h"
#include "MessageLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace b2x {

TableSection::TableSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent), m_buttons(new QHBoxLayout)
{
}

TableSection::~TableSection()
{
    // ~QWidget, after this, moves the focus away from an open cell editor, which then commits
    // through the model's edit function into this section, destroyed by then (UBSan: "member
    // call on an object of type QWidget"). What was typed was committed keystroke by keystroke.
    if (m_model)
        m_model->stopEditing();
}

PersonaTableModel::EditFunction TableSection::editFunction()
{
    return [this](const QString& field, const QString& text, const PersonaTableModel::Change& c) {
        edit(field, text, c);
    };
}

QTableView* TableSection::setUpTable(PersonaTableModel* model, QWidget* container,
                                     const QString& objectName, const QString& accessibleName,
                                     int visibleRows, int stretchColumn, const QString& messageName)
{
    m_model = model;
    m_view = new QTableView(container);
    b2x::setUpTable(m_view, objectName, accessibleName, visibleRows);
    m_view->setModel(model);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);

    m_message = new MessageLabel(messageName, container);
    connect(model, &PersonaTableModel::rejected, m_message, &MessageLabel::showError);
    connect(model, &PersonaTableModel::noted, m_message, &MessageLabel::showInfo);
    connect(model, &PersonaTableModel::rowsChanged, this, &TableSection::refreshTable);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TableSection::updateButtons);
    return m_view;
}

QPushButton* TableSection::addButton(const QString& objectName, const QString& text,
                                     const QString& toolTip)
{
    auto* button = new QPushButton(text, m_view ? m_view->parentWidget() : this);
    describeWidget(button, objectName, QString(text).remove(QLatin1Char('&')), toolTip);
    addToButtonRow(button);
    return button;
}

void TableSection::addToButtonRow(QWidget* widget)
{
    m_buttons->addWidget(widget);
    m_lastButton = widget;
}

void TableSection::layOutTable(QWidget* container, const QString& intro,
                               std::initializer_list<QWidget*> below)
{
    m_buttons->addStretch();
    auto* layout = new QVBoxLayout(container);
    layout->addWidget(wrappedLabel(intro, container));
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    for (QWidget* widget : below)
        layout->addWidget(widget);
    if (m_lastButton)
        setTabOrder(m_lastButton, m_view); // the buttons come first on screen too
}

int TableSection::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TableSection::selectRow(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
    updateButtons();
}

void TableSection::editCell(int row, int column)
{
    selectRow(row, column);
    m_view->setFocus();
    m_view->edit(m_model->index(row, column));
}

void TableSection::insertRow(const std::function<bool(int)>& insert, int editColumn)
{
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    if (insert(row))
        editCell(row, editColumn);
}

void TableSection::removeCurrentRow(const std::function<void(int)>& remove)
{
    const int row = currentRow();
    if (row < 0)
        return;
    remove(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void TableSection::refreshTable()
{
    // A refused value's message stays until the rows change again.
    m_message->clearMessage();
    tableChanged();
    updateButtons();
}

} // namespace b2x
