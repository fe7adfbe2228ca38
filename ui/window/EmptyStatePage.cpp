// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyStatePage.h"

#include "FileController.h"
#include "document/WorkspaceDocument.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace b2x {

EmptyStatePage::EmptyStatePage(WorkspaceDocument* document, FileController* files, QWidget* parent)
    : QWidget(parent), m_document(document), m_files(files)
{
    setObjectName(QStringLiteral("emptyStatePage"));
    setAccessibleName(tr("Nothing to edit"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);

    const auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        b->setEnabled(false); // until setActions() gives it something to do
        return b;
    };
    m_addPersona = button("emptyStateAddPersona");
    m_addPersona->setText(tr("Add a persona"));
    m_addPersona->setDefault(true);
    m_newWorkspace = button("emptyStateNew");
    m_newWorkspace->setText(tr("New workspace"));
    m_open = button("emptyStateOpen");
    m_open->setText(tr("Open…"));
    m_openSample = button("emptyStateOpenSample");
    m_openSample->setText(tr("Open the sample workspace"));
    m_openSample->setToolTip(tr("Seven audiences, from an enterprise buying committee to an "
                                "impulse snack purchase."));

    m_recentHeading = new QLabel(tr("Recent files"), this);
    m_recentHeading->setObjectName(QStringLiteral("emptyStateRecentHeading"));
    QFont bold = m_recentHeading->font();
    bold.setBold(true);
    m_recentHeading->setFont(bold);
    m_recentLayout = new QVBoxLayout;
    m_recentLayout->setSpacing(2);

    // One column of readable width in the middle of the editor's place, as a start page.
    auto* column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addWidget(m_text);
    column->addSpacing(12);
    for (QPushButton* b : {m_addPersona, m_newWorkspace, m_open, m_openSample})
        column->addWidget(b);
    column->addSpacing(12);
    column->addWidget(m_recentHeading);
    column->addLayout(m_recentLayout);
    auto* holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(fontMetrics().averageCharWidth() * 60);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(holder, 1);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(document, &WorkspaceDocument::workspaceReset, this, &EmptyStatePage::updateText);
    connect(document, &WorkspaceDocument::personaInserted, this, &EmptyStatePage::updateText);
    connect(document, &WorkspaceDocument::personaRemoved, this, &EmptyStatePage::updateText);
    connect(files, &FileController::recentFilesChanged, this, &EmptyStatePage::updateRecentFiles);
    updateText();
    updateRecentFiles();
}

void EmptyStatePage::setActions(QAction* addPersona, QAction* newWorkspace, QAction* open,
                                QAction* openSample)
{
    const std::pair<QPushButton*, QAction*> pairs[] = {
        {m_addPersona, addPersona},
        {m_newWorkspace, newWorkspace},
        {m_open, open},
        {m_openSample, openSample},
    };
    for (const auto& [button, action] : pairs) {
        disconnect(button, &QPushButton::clicked, nullptr, nullptr);
        button->setVisible(action != nullptr);
        if (!action)
            continue;
        button->setEnabled(action->isEnabled());
        // The action's shortcut, where it has one, so the page also teaches the keyboard.
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            button->setToolTip(tr("%1 (%2)").arg(button->text(), keys));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    }
}

void EmptyStatePage::updateText()
{
    if (m_document->workspace().personas.empty()) {
        m_heading->setText(tr("No personas yet"));
        m_text->setText(tr("Add a persona to this workspace, start a new one, open a workspace "
                           "file, or look around the sample workspace."));
    } else {
        m_heading->setText(tr("No persona selected"));
        m_text->setText(tr("Choose a persona in the list to edit it, or open another "
                           "workspace."));
    }
}

void EmptyStatePage::updateRecentFiles()
{
    while (QLayoutItem* item = m_recentLayout->takeAt(0)) {
        // Later: the button clicked may be the one whose open changed the list.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const QStringList files = m_files->recentFiles();
    for (int i = 0; i < files.size() && i < maxRecentShown; ++i) {
        const QString path = files.at(i);
        auto* b = new QPushButton(QFileInfo(path).fileName(), this);
        b->setObjectName(QStringLiteral("emptyStateRecent%1").arg(i + 1));
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        // Read as links to files, as on a start page.
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 2px 6px; border: "
                                        "none; color: palette(link); }"
                                        "QPushButton:hover { text-decoration: underline; }"));
        b->setToolTip(path);
        b->setAccessibleName(tr("Open %1").arg(QFileInfo(path).fileName()));
        b->setAccessibleDescription(path);
        // The same call as File → Open Recent: unsaved changes are asked about first.
        connect(b, &QPushButton::clicked, this, [this, path] { m_files->open(path); });
        m_recentLayout->addWidget(b);
    }
    m_recentHeading->setVisible(!files.isEmpty());
}

} // namespace b2x
