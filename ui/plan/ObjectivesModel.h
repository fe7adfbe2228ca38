// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "plan/PlanAnalysis.h"

#include <QAbstractItemModel>
#include <optional>
#include <vector>

namespace b2x {

/// The plan's objectives as a tree, each with its key results as children; read-only (the
/// Objectives page edits through WorkspaceDocument::editPlan and then reloads it). Every text is
/// worked out when the plan is loaded, so painting 50 objectives costs no analysis.
class ObjectivesModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ProgressColumn, ValuesColumn, DetailsColumn, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, ///< double 0–1, invalid when not defined
        BandRole,                        ///< int (plan::Band), invalid when not defined
        IdRole,                          ///< the objective's or key result's id
        IsKeyResultRole,                 ///< bool
        ExplanationRole,                 ///< the row in sentences (tooltip and the detail area)
    };

    explicit ObjectivesModel(QObject* parent = nullptr);

    /// Loads the plan's objectives; returns whether the model was reset (a different set of
    /// objectives or key results) rather than updated row by row.
    bool load(const Workspace& workspace, const plan::PlanAnalysis& analysis);

    QModelIndex objectiveIndex(const QString& id) const;
    QModelIndex keyResultIndex(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString texts[ColumnCount];
        QString explanation;
        std::optional<double> progress;
        std::optional<plan::Band> band;

        bool operator==(const Row&) const = default;
    };
    struct ObjectiveRow {
        Row row;
        std::vector<Row> keyResults;
    };

    const Row* rowAt(const QModelIndex& index) const;
    bool update(std::vector<ObjectiveRow> rows);

    std::vector<ObjectiveRow> m_objectives;
};

} // namespace b2x
