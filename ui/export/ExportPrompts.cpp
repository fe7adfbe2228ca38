// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPrompts.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace b2x {

namespace {
// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::DialogExportPrompts", text);
}
} // namespace

bool DialogExportPrompts::runDialog(QDialog& dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

QString DialogExportPrompts::askSavePath(const QString& title, const QString& suggestedPath,
                                         const QString& filter)
{
    return QFileDialog::getSaveFileName(m_window, title, suggestedPath, filter);
}

QString DialogExportPrompts::askFolder(const QString& title, const QString& startFolder)
{
    return QFileDialog::getExistingDirectory(m_window, title, startFolder);
}

ExportPrompts::Done DialogExportPrompts::confirmExported(const QString& title, const QString& text,
                                                         bool canOpen)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, m_window);
    QPushButton* open = canOpen ? box.addButton(tr("&Open"), QMessageBox::AcceptRole) : nullptr;
    QPushButton* folder = box.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(open ? open : folder);
    box.exec();
    if (open && box.clickedButton() == open)
        return Done::Open;
    if (box.clickedButton() == folder)
        return Done::ShowInFolder;
    return Done::Close;
}

void DialogExportPrompts::showError(const QString& title, const QString& text)
{
    QMessageBox::critical(m_window, title, text);
}

void DialogExportPrompts::openUrl(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

} // namespace b2x
