// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Plan.h"

#include <QDate>
#include <QGroupBox>
#include <optional>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTreeWidget;

namespace b2x {

/// The selected key result's check-ins: a form to add one (date, value, confidence 0–10 on a
/// slider with its number, comment) and the history, newest first, each deletable. It edits
/// nothing itself: the Objectives page turns its requests into undo steps.
class CheckInPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit CheckInPanel(QWidget* parent = nullptr);

    /// Shows `keyResult`'s history (null: none selected). The form's values stay unless the
    /// key result changed, so a reload never resets what is being typed.
    void setKeyResult(const KeyResult* keyResult);
    void setToday(QDate today);

    QTreeWidget* history() const { return m_history; }

Q_SIGNALS:
    void addRequested(const CheckIn& checkIn);
    /// `index` into the key result's checkIns.
    void removeRequested(int index);

private:
    void add();
    void removeSelected();
    void updateConfidenceLabel(int value);

    QString m_keyResultId;
    QDate m_today;
    QDateEdit* m_date;
    QDoubleSpinBox* m_value;
    QSlider* m_confidence;
    QLabel* m_confidenceValue;
    QLineEdit* m_comment;
    QPushButton* m_add;
    QTreeWidget* m_history;
    QPushButton* m_remove;
};

} // namespace b2x
