// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace b2x {

namespace {
// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::DialogPrompts", text);
}
const QString fileFilter()
{
    return QCoreApplication::translate("b2x::UserPrompts", "B2X workspaces (*.b2x);;All files (*)");
}
} // namespace

UserPrompts::Unsaved DialogPrompts::askUnsavedChanges(const QString& documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Save them before continuing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

QString DialogPrompts::askOpenPath(const QString& startFolder)
{
    return QFileDialog::getOpenFileName(m_window, tr("Open workspace"), startFolder, fileFilter());
}

QString DialogPrompts::askSavePath(const QString& suggestedPath)
{
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save workspace"), suggestedPath, fileFilter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".b2x");
    return path;
}

void DialogPrompts::showError(const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box.setInformativeText(details);
    box.exec();
}

UserPrompts::Recovery DialogPrompts::askRestore(const QString& description)
{
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"), description,
                    QMessageBox::NoButton, m_window);
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return Recovery::Restore;
    if (box.clickedButton() == discard)
        return Recovery::Discard;
    return Recovery::Later;
}

} // namespace b2x
