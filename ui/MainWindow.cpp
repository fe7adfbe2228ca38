// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "io/WorkspaceReader.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace b2x {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_status = new QLabel(tr("Open a workspace (File → Open) to see its personas."), central);
    m_status->setWordWrap(true);
    m_personaList = new QListWidget(central);
    m_personaList->setAccessibleName(tr("Personas"));
    layout->addWidget(m_status);
    layout->addWidget(m_personaList, 1);
    setCentralWidget(central);
    createMenus();
    setWindowTitle(tr("B2X Workbench"));
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // QKeySequence::Quit is empty on some platforms (see QT_NOTES.md): give an explicit fallback.
    quit->setShortcuts(QKeySequence::Quit);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    menuBar()->addMenu(tr("&Edit"));
    menuBar()->addMenu(tr("&View"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About B2X Workbench"), this, &MainWindow::showAbout);
}

bool MainWindow::openFile(const QString& path)
{
    LoadResult result = WorkspaceReader::readFile(path);
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open workspace"),
                        tr("“%1” could not be opened. Your current workspace is unchanged.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.problemText());
        box.exec();
        return false;
    }
    m_workspace = std::move(*result.workspace);
    m_file = path;
    showWorkspace();
    return true;
}

void MainWindow::showWorkspace()
{
    m_personaList->clear();
    for (const auto& p : m_workspace.personas)
        m_personaList->addItem(QStringLiteral("%1  [%2]")
                                   .arg(QString::fromStdString(p.name),
                                        QString::fromLatin1(toString(p.label).data())));
    m_status->setText(
        tr("%1: %n persona(s)", nullptr, static_cast<int>(m_workspace.personas.size()))
            .arg(QString::fromStdString(m_workspace.name)));
    setWindowTitle(tr("%1 — B2X Workbench").arg(QFileInfo(m_file).fileName()));
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("B2X workspaces (*.b2x);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About B2X Workbench"),
        tr("<p><b>B2X Workbench %1</b></p><p>Model B2B and B2C audiences and compare how they "
           "buy.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(B2X_VERSION)));
}

} // namespace b2x
