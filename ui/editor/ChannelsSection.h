// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableSection.h"

class QComboBox;
class QPushButton;

namespace b2x {

class ChannelTableModel;
class MessageLabel;

/// The channels that reach this audience, chosen from the built-in catalogue, with each one's
/// share of the budget and attribution window. The shares' total is shown and checked.
class ChannelsSection : public TableSection {
    Q_OBJECT

public:
    explicit ChannelsSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Channels"); }
    ChannelTableModel* model() const { return m_model; }

protected:
    void load(const Persona& persona) override;
    void tableChanged() override;
    void updateButtons() override;

private:
    void addChannel();
    void updatePicker();
    void updateTotal();

    ChannelTableModel* m_model;
    QComboBox* m_picker;
    QPushButton* m_add;
    QPushButton* m_remove;
    MessageLabel* m_total;
};

} // namespace b2x
