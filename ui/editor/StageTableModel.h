// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaTableModel.h"

namespace b2x {

/// The persona's pipeline as a table: one row per stage. setData() accepts only values the file
/// format accepts (conversion 0–100 %, days 0–3,650) and otherwise emits rejected() with the
/// reason. Durations can be typed in any order: a value beyond another bound moves that bound
/// along in the same undo step (min ≤ likely ≤ max always holds) and noted() says so.
class StageTableModel : public PersonaTableModel {
    Q_OBJECT

public:
    enum Column { Name, Conversion, MinDays, LikelyDays, MaxDays, ColumnCount };

    using PersonaTableModel::PersonaTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Structural edits; each is its own undo step.
    /// Inserts a new stage at `row` (rowCount() appends). Returns false at the stage limit
    /// or when the edit was dropped.
    bool insertStage(int row);
    void removeStage(int row);
    void moveStage(int from, int to);

    /// Σ (min + likely + max) ÷ 3: the mean time from entering the first stage to leaving the
    /// last one, each stage's time being triangular.
    double totalMeanDays() const;

protected:
    int rowsIn(const Persona& persona) const override;
    bool sameRow(const Persona& a, int rowA, const Persona& b, int rowB) const override;
    QVariant columnHeader(int section, int role) const override;

private:
    QString problem(int column, double value) const;
    /// `stage` with `days` in `column` and the other bounds taken from `from`, moved as far as
    /// min ≤ likely ≤ max needs.
    static Stage withDays(Stage stage, const Stage& from, int column, double days);
    static QString movedBoundsNote(int row, const Stage& before, const Stage& after);
};

} // namespace b2x
