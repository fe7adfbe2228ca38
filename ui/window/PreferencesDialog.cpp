// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "i18n/Language.h"

#include <QComboBox>
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
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const auto& l : i18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(i18n::savedLanguage())));
    auto* languageNote = new QLabel(
        tr("The language of menus, forms, messages and reports, and the way numbers, amounts "
           "and dates are written. A change applies the next time B2X Workbench starts."),
        this);
    languageNote->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
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
    i18n::saveLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace b2x
