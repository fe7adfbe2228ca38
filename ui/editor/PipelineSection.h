// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableSection.h"

class QLabel;
class QPushButton;

namespace b2x {

class StageTableModel;

/// The pipeline (funnel and sales cycle at once): stages with the share that moves on and the
/// min / likely / max days spent in each; add, remove and reorder stages.
class PipelineSection : public TableSection {
    Q_OBJECT

public:
    explicit PipelineSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Pipeline"); }
    StageTableModel* model() const { return m_model; }

protected:
    void load(const Persona& persona) override;
    void tableChanged() override;
    void updateButtons() override;

private:
    void moveStage(int delta);

    StageTableModel* m_model;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_total;
};

} // namespace b2x
