// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;

/// The workspace's personas as a list: an adapter over the document. It never holds persona
/// data of its own; it forwards the document's change signals as row signals, and turns drops
/// (drag to reorder) into undoable moves.
class PersonaListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        LabelRole,  ///< the label in the current language ("B2B", "B2C", "Hybrid")
        ColourRole, ///< QColor
        SummaryRole,
        B2bIndexRole,   ///< double 0–100, or invalid QVariant when not computed
        MismatchRole,   ///< bool: label and behaviour disagree
        BehavesAsRole,  ///< the label the behaviour points to, in the current language
        LabelValueRole, ///< the label as an int (b2x::Label), for colours that must not vary by
                        ///< language
    };

    PersonaListModel(WorkspaceDocument* document, AnalysisCache* analyses,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    WorkspaceDocument* m_document;
    AnalysisCache* m_analyses;
};

} // namespace b2x
