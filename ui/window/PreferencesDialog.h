// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace b2x {

/// Application preferences, kept in QSettings.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    /// Minutes between recovery copies while there are unsaved changes (default 2).
    static int autosaveMinutes();
    static void setAutosaveMinutes(int minutes);

    void accept() override;

private:
    QSpinBox* m_autosave;
    QComboBox* m_language;
};

} // namespace b2x
