// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleListDelegate.h"

#include "PersonaTableModel.h"
#include "RoleListEditor.h"

#include <QTimer>

namespace b2x {

QWidget* RoleListDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* editor = new RoleListEditor(parent);
    editor->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    auto* self = const_cast<RoleListDelegate*>(this);
    // Each tick is saved at once, so the coverage of the key roles follows the ticking.
    connect(editor, &RoleListEditor::toggled, self,
            [self, editor] { Q_EMIT self->commitData(editor); });
    connect(editor, &RoleListEditor::finished, self,
            [self, editor] { Q_EMIT self->closeEditor(editor); });
    // Opened once the view has placed and shown the editor in the cell.
    QTimer::singleShot(0, editor, &RoleListEditor::openPopup);
    return editor;
}

void RoleListDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<RoleListEditor*>(editor)->setRoles(index.data(Qt::EditRole).toList(),
                                                   index.data(Qt::DisplayRole).toString());
}

void RoleListDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    auto* roleEditor = static_cast<RoleListEditor*>(editor);
    const QVariantList current = index.data(Qt::EditRole).toList();
    const QVariantList roles = roleEditor->roles(current);
    if (roles == current)
        return;
    // A refusal (the last role unticked) is said in the popup too: the message under the table
    // may be hidden behind it.
    QString problem;
    QMetaObject::Connection watch;
    if (auto* personaModel = qobject_cast<PersonaTableModel*>(model))
        watch = connect(personaModel, &PersonaTableModel::rejected, this,
                        [&problem](const QString& reason) { problem = reason; });
    model->setData(index, roles, Qt::EditRole);
    disconnect(watch);
    roleEditor->showProblem(problem);
    setEditorData(editor, index); // what the model holds now, refused or not
}

void RoleListDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

} // namespace b2x
