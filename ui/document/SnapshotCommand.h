// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <utility>

namespace b2x {

class WorkspaceDocument;

/// One undoable edit that replaces a value of the workspace by an edited copy: a persona, the
/// workspace details, the report settings, the whole workspace (and the plan's parts, later).
/// Modelled on Tiled's `ChangeValue` command: one class for every value, so a new kind of edit
/// is a `Target` (where the value lives) rather than a new command class.
///
/// `Target` provides `using Value`, `static constexpr int mergeId` (unique per target type),
/// `void apply(WorkspaceDocument&, const Value&) const` and `operator==` (same place).
///
/// Commands with the same target and the same non-empty `field` merge, so typing in one field is
/// one undo step; an empty `field` never merges. Snapshots are values, never pointers into the
/// workspace, so undo is exact whatever changed and nothing is owned twice.
template <typename Target> class SnapshotCommand : public QUndoCommand {
public:
    using Value = typename Target::Value;

    SnapshotCommand(WorkspaceDocument* doc, Target target, Value before, Value after, QString field,
                    const QString& text, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_doc(doc), m_target(std::move(target)),
          m_before(std::move(before)), m_after(std::move(after)), m_field(std::move(field))
    {
    }

    void undo() override { m_target.apply(*m_doc, m_before); }
    void redo() override { m_target.apply(*m_doc, m_after); }
    int id() const override { return m_field.isEmpty() ? -1 : Target::mergeId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        // QUndoStack calls this only for a command with the same id(), so of the same Target.
        const auto* o = static_cast<const SnapshotCommand*>(other);
        if (!mergesWith(o->m_target, o->m_field))
            return false;
        m_after = o->m_after;
        // Typing a value and then deleting it again leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

    /// True when an edit of `field` on `target` would merge into this command.
    bool mergesWith(const Target& target, const QString& field) const
    {
        return !m_field.isEmpty() && field == m_field && target == m_target;
    }
    /// The value before the first of the edits merged into this command.
    const Value& before() const { return m_before; }

private:
    WorkspaceDocument* m_doc;
    Target m_target;
    Value m_before;
    Value m_after;
    QString m_field;
};

} // namespace b2x
