// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"
#include "PersonaTableModel.h"

#include <initializer_list>

class QHBoxLayout;
class QPushButton;
class QTableView;

namespace b2x {

class MessageLabel;

/// Base of the sections that edit one list of the persona in a table (decision-unit members,
/// pipeline stages, channels). It holds the wiring they share: the model's edits go through the
/// section's edit(); a refused edit shows its reason under the table and a note its note; every
/// change of the rows clears that message and calls tableChanged(); the current row drives
/// updateButtons(). The buttons stand above the table and the messages below it, so a message
/// that appears shortens the table and never moves a button under the pointer.
///
/// A subclass creates its model with editFunction(), then calls setUpTable(), addButton() for
/// each button and layOutTable().
class TableSection : public PersonaSection {
    Q_OBJECT

protected:
    explicit TableSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~TableSection() override;

    /// Forwards the model's edits to edit(): one undo command per change.
    PersonaTableModel::EditFunction editFunction();

    /// Creates the table (in `container`) for `model` with the common look (setUpTable() of
    /// FormHelpers), columns sized to their contents except `stretchColumn`, and the message
    /// label `messageName` for refused edits and notes.
    QTableView* setUpTable(PersonaTableModel* model, QWidget* container, const QString& objectName,
                           const QString& accessibleName, int visibleRows, int stretchColumn,
                           const QString& messageName);
    /// A button in the row above the table; its accessible name is its text without the
    /// mnemonic.
    QPushButton* addButton(const QString& objectName, const QString& text, const QString& toolTip);
    /// Puts `widget` into the row above the table, before the buttons added after it.
    void addToButtonRow(QWidget* widget);
    /// Lays `container` out: the intro (a wrapped label), the buttons, the table, its message and
    /// then `below`. The buttons come first in the tab order, as on screen.
    void layOutTable(QWidget* container, const QString& intro,
                     std::initializer_list<QWidget*> below = {});

    QTableView* view() const { return m_view; }
    /// The refused edit's reason or a model's note; cleared whenever the rows change.
    MessageLabel* message() const { return m_message; }
    /// The current row, or -1.
    int currentRow() const;
    /// Makes `row` current and selected (nothing when there is no such row).
    void selectRow(int row, int column = 0);
    /// Selects `row` and opens the editor of its cell in `column` (after adding a row).
    void editCell(int row, int column);
    /// Inserts a row after the current one (at the end when there is none) with `insert`, which
    /// returns false when it did not, and opens the new row's cell in `editColumn`.
    void insertRow(const std::function<bool(int row)>& insert, int editColumn);
    /// Removes the current row with `remove` and selects the one now in its place (or the last).
    void removeCurrentRow(const std::function<void(int row)>& remove);

    /// The rows changed (edit, undo, another persona, reset): clears the message, then
    /// tableChanged() and updateButtons(). Also call it from load().
    void refreshTable();
    /// What the subclass shows about the rows (totals, warnings).
    virtual void tableChanged() {}
    /// Enables the buttons for the rows and the current row.
    virtual void updateButtons() = 0;

private:
    PersonaTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    MessageLabel* m_message = nullptr;
    QHBoxLayout* m_buttons;
    QWidget* m_lastButton = nullptr;
};

} // namespace b2x
