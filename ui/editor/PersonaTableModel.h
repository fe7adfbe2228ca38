// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QAbstractTableModel>
#include <functional>

namespace b2x {

class WorkspaceDocument;

/// Base of the table adapters (members, stages, channels): rows of one list of the current
/// persona. The model keeps a copy of the persona as last announced to the views and follows the
/// document: after any change it compares the old and new rows and announces exactly one
/// insertion, removal or change of a block of rows (or a reset when the change is not one of
/// those), so views keep their selection and scroll position.
///
/// Edits go through `EditFunction`, which in the editor is the section's edit() (one undo command
/// per change) and in tests can be the document's editPersona(). Refused edits emit rejected()
/// with the reason in words; nothing reaches the model.
class PersonaTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Change = std::function<void(Persona&)>;
    using EditFunction =
        std::function<void(const QString& field, const QString& actionText, const Change& change)>;

    PersonaTableModel(WorkspaceDocument* document, EditFunction edit, QObject* parent = nullptr);

    /// setData() with this role records the value a cell had before the keystrokes now being
    /// typed in its editor (the delegate sends it around each live commit, and an invalid
    /// QVariant afterwards). A refused value puts it back, so "120" typed into a percentage
    /// cell leaves neither 12 nor 120 in force.
    static constexpr int FallbackRole = Qt::UserRole + 100;

    void setPersona(const QString& personaId);
    /// Drops the edit function for good: the section it edits through is being destroyed, and a
    /// cell editor that loses the focus on the way must not commit into it.
    void stopEditing() { m_edit = nullptr; }
    QString personaId() const { return m_personaId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    /// Rows are numbered from 1; columns are named by columnHeader().
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;

Q_SIGNALS:
    /// An edit was refused; `reason` is a sentence for the user.
    void rejected(const QString& reason);
    /// An edit was saved and changed more than the cell typed in (a bound that moved along);
    /// `note` says what, in a sentence for the user.
    void noted(const QString& note);
    /// The rows as the views see them changed: some were inserted, removed or edited, or all
    /// were replaced. Emitted once per change, after the views were told.
    void rowsChanged();

protected:
    virtual int rowsIn(const Persona& persona) const = 0;
    virtual bool sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const = 0;
    /// The horizontal header: the column's name (Qt::DisplayRole) and what it holds
    /// (Qt::ToolTipRole).
    virtual QVariant columnHeader(int column, int role) const = 0;

    /// The persona as the views last saw it.
    const Persona& persona() const { return m_persona; }
    WorkspaceDocument* document() const { return m_document; }
    /// Pushes the change. Returns false when it was ignored: no persona, or a document change
    /// is being announced to the views.
    bool edit(const QString& field, const QString& actionText, const Change& change);
    /// Emits rejected(reason); returns false so setData() can `return reject(…)`. With the `index`
    /// of the refused cell, its fallback value (FallbackRole) is put back first.
    bool reject(const QString& reason, const QModelIndex& index = {});
    /// Handles FallbackRole; subclasses call it first in setData().
    bool rememberFallback(const QModelIndex& index, const QVariant& value);

private:
    void refresh();

    WorkspaceDocument* m_document;
    /// True while the views are told about a change the document already made. Views commit
    /// open editors at that moment (e.g. of a row being removed); those commits refer to rows
    /// that no longer match the document, so they are dropped.
    bool m_announcing = false;
    EditFunction m_edit;
    QPersistentModelIndex m_fallbackIndex;
    QVariant m_fallback;
    bool m_restoring = false;
    QString m_personaId;
    Persona m_persona;
};

} // namespace b2x
