// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace b2x {

class MessageLabel;
class StageTableModel;

/// The pipeline (funnel and sales cycle at once): stages with the share that moves on and the
/// min / likely / max days spent in each; add, remove and reorder stages.
class PipelineSection : public PersonaSection {
    Q_OBJECT

public:
    explicit PipelineSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Pipeline"); }
    StageTableModel* model() const { return m_model; }

protected:
    void load(const Persona& persona) override;

private:
    int currentRow() const;
    void selectRow(int row);
    void addStage();
    void removeStage();
    void moveStage(int delta);
    void modelChanged();
    void updateButtons();

    StageTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    MessageLabel* m_message;
    QLabel* m_total;
};

} // namespace b2x
