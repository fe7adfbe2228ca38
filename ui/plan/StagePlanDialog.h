// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Plan.h"

#include <QDialog>

class QPlainTextEdit;

namespace b2x {

/// The three headings of the RACE planning template for one stage: the opportunity, the strategy
/// and the actions.
class StagePlanDialog : public QDialog {
    Q_OBJECT

public:
    StagePlanDialog(RaceStage stage, const RaceStagePlan& plan, QWidget* parent = nullptr);

    RaceStagePlan stagePlan() const;

private:
    QPlainTextEdit* m_opportunity;
    QPlainTextEdit* m_strategy;
    QPlainTextEdit* m_actions;
};

} // namespace b2x
