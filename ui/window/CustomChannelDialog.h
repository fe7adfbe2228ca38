// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChannelCatalogue.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace b2x {

/// The form of one of the workspace's own channels: its name and category, the factors channel
/// fit compares (docs/models.md, "Channel fit"), a typical cost and the platform whose
/// attribution window it uses.
class CustomChannelDialog : public QDialog {
    Q_OBJECT

public:
    /// `channel` is the channel to edit, or a new one (its id is kept as it is).
    CustomChannelDialog(const Channel& channel, const QString& currency, QWidget* parent = nullptr);
    /// The channel as the form holds it, with the id it was opened with.
    Channel channel() const;

private:
    void validate();

    std::string m_id;
    QLineEdit* m_name;
    QLineEdit* m_category;
    QSpinBox* m_b2b;
    QSpinBox* m_reach;
    QSpinBox* m_precision;
    QSpinBox* m_emotional;
    QDoubleSpinBox* m_priceLow;
    QDoubleSpinBox* m_priceHigh;
    QSpinBox* m_cycleLow;
    QSpinBox* m_cycleHigh;
    QDoubleSpinBox* m_cost;
    QComboBox* m_costBasis;
    QComboBox* m_platform;
    QPushButton* m_ok = nullptr;
};

} // namespace b2x
