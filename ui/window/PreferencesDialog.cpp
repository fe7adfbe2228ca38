// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace b2x {

namespace {
const QString autosaveKey = QStringLiteral("recovery/intervalMinutes");
}

int PreferencesDialog::autosaveMinutes()
{
    return std::clamp(QSettings().value(autosaveKey, 2).toInt(), 1, 60);
}

void PreferencesDialog::setAutosaveMinutes(int minutes)
{
    QSettings().setValue(autosaveKey, std::clamp(minutes, 1, 60));
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveMinutes"));
    m_autosave->setRange(1, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setValue(autosaveMinutes());
    auto* explanation =
        new QLabel(tr("While a workspace has unsaved changes, a recovery copy is written this "
                      "often to the application's data folder (never over your file). After a "
                      "crash, the next start offers to restore it."),
                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Recovery copy every:"), m_autosave);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void PreferencesDialog::accept()
{
    setAutosaveMinutes(m_autosave->value());
    QDialog::accept();
}

} // namespace b2x
