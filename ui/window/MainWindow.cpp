// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ComparisonFullView.h"
#include "ComparisonPanel.h"
#include "EditorStack.h"
#include "EmptyStatePage.h"
#include "FileController.h"
#include "PersonaFactory.h"
#include "PreferencesDialog.h"
#include "RecoveryManager.h"
#include "UserPrompts.h"
#include "WorkspaceChannelsDialog.h"
#include "WorkspaceDetailsDialog.h"
#include "budget/BudgetPanel.h"
#include "calibration/ImportActualsDialog.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "editor/PersonaEditor.h"
#include "export/ExportActions.h"
#include "list/PersonaListPanel.h"
#include "plan/PlanPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUndoView>
#include <QVBoxLayout>

namespace b2x {

MainWindow::MainWindow(UserPrompts* prompts, const QString& recoveryFolder, QWidget* parent)
    : QMainWindow(parent), m_document(new WorkspaceDocument(this)),
      m_analyses(new AnalysisCache(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!prompts) {
        m_ownPrompts = std::make_unique<DialogPrompts>(this);
        prompts = m_ownPrompts.get();
    }
    m_recovery = new RecoveryManager(
        m_document, recoveryFolder.isEmpty() ? RecoveryManager::defaultFolder() : recoveryFolder,
        this);
    m_recovery->setIntervalMinutes(PreferencesDialog::autosaveMinutes());
    m_files = new FileController(m_document, m_recovery, prompts, this);

    m_editor = new PersonaEditor(m_document, this);
    m_editorStack = new EditorStack(m_document, m_files, m_editor, this);
    setCentralWidget(m_editorStack);
    createActions();
    createDocks();
    m_fullView = new ComparisonFullView(this, m_comparison, m_comparisonDock,
                                        {m_historyDock, m_planDock, m_budgetDock});
    m_comparison->setFullViewAction(m_fullView->action());
    createMenus();
    m_editorStack->emptyPage()->setActions(m_addAction, m_newAction, m_openAction, m_sampleAction);
    setAcceptDrops(true);
    statusBar();

    connect(m_document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::workspaceInfoChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::personaInserted, this, &MainWindow::selectAfterInsert);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, [this] {
        const auto& view = m_document->workspace().view;
        QStringList ids;
        for (const auto& id : view.comparedPersonaIds)
            ids << QString::fromStdString(id);
        const auto& ps = m_document->workspace().personas;
        const QString first = ps.empty() ? QString() : QString::fromStdString(ps.front().id);
        m_list->selectPersonas(ids.isEmpty() && !first.isEmpty() ? QStringList{first} : ids,
                               ids.isEmpty() ? first : ids.front());
        m_editor->setPersona(m_list->currentPersonaId());
        updateActionStates();
    });
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);

    resize(1280, 800);
    m_defaultState = saveState();
    restoreSettings();
    m_files->newWorkspace();
    updateTitle();
    updateRecentMenu();
    updateActionStates();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const char* name, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = make(tr("&New"), "actionNew", [this] { m_files->newWorkspace(); });
    m_newAction->setShortcuts(QKeySequence::New);
    m_openAction = make(tr("&Open…"), "actionOpen", [this] { m_files->open(); });
    m_openAction->setShortcuts(QKeySequence::Open);
    m_saveAction = make(tr("&Save"), "actionSave", [this] { m_files->save(); });
    m_saveAction->setShortcuts(QKeySequence::Save);
    m_saveAsAction = make(tr("Save &As…"), "actionSaveAs", [this] { m_files->saveAs(); });
    m_closeAction = make(tr("&Close"), "actionClose", [this] { m_files->newWorkspace(); });
    m_closeAction->setShortcuts(QKeySequence::Close);
    m_quitAction = make(tr("&Quit"), "actionQuit", [this] { close(); });
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    // docs/qt-pitfalls.md: SaveAs, Preferences and (offscreen) Quit have no standard binding on
    // Linux.
    if (m_saveAsAction->shortcut().isEmpty())
        m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);

    m_addAction = make(tr("&Add Persona"), "actionAddPersona", [this] { addBlankPersona(); });
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setToolTip(tr("Add a blank persona (the arrow offers templates)"));
    m_addMenu = new QMenu(tr("Add from &Template"), this);
    const auto presets = PersonaFactory::presets();
    for (int i = 0; i < static_cast<int>(presets.size()); ++i) {
        QAction* a = m_addMenu->addAction(presets[static_cast<std::size_t>(i)].name, this,
                                          [this, i] { addPresetPersona(i); });
        a->setToolTip(presets[static_cast<std::size_t>(i)].description);
    }
    m_addAction->setMenu(m_addMenu);
    m_duplicateAction =
        make(tr("D&uplicate Persona"), "actionDuplicatePersona", [this] { duplicatePersona(); });
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction =
        make(tr("&Delete Persona"), "actionDeletePersona", [this] { deletePersonas(); });
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_workspaceAction = make(tr("&Workspace Details…"), "actionWorkspaceDetails",
                             [this] { editWorkspaceDetails(); });
    m_channelsAction = make(tr("Workspace &Channels…"), "actionWorkspaceChannels", [this] {
        WorkspaceChannelsDialog dialog(m_document, this);
        dialog.exec();
    });
    m_preferencesAction =
        make(tr("&Preferences…"), "actionPreferences", [this] { showPreferences(); });
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    if (m_preferencesAction->shortcut().isEmpty())
        m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_goToPlanAction = make(tr("&Go to Plan"), "actionGoToPlan", [this] {
        m_planDock->show();
        m_planDock->raise();
        m_plan->setFocus();
    });
    m_goToPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_goToBudgetAction = make(tr("Go to &Budget"), "actionGoToBudget", [this] {
        m_budgetDock->show();
        m_budgetDock->raise();
        m_budget->setFocus();
    });
    m_goToBudgetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_resetLayoutAction = make(tr("&Reset Layout"), "actionResetLayout", [this] {
        m_fullView->setActive(false);
        restoreState(m_defaultState);
    });
}

void MainWindow::createDocks()
{
    m_list = new PersonaListPanel(m_document, m_analyses, this);
    m_list->setActions(m_addAction, m_duplicateAction, m_deleteAction);
    m_listDock = new QDockWidget(tr("Personas"), this);
    m_listDock->setObjectName(QStringLiteral("personasDock"));
    m_listDock->setWidget(m_list);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);

    m_comparison = new ComparisonPanel(m_document, m_analyses, this);
    m_comparisonDock = new QDockWidget(tr("Comparison"), this);
    m_comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    m_comparisonDock->setWidget(m_comparison);
    addDockWidget(Qt::RightDockWidgetArea, m_comparisonDock);

    // QUndoView resets its model and lays out every entry again on each edit: with a long history
    // that grew to most of an edit's time (docs/performance.md). One line per entry makes that
    // layout cheap, and while the dock is hidden the view does not follow the stack at all.
    auto* history = new QUndoView(this);
    history->setObjectName(QStringLiteral("historyView"));
    history->setUniformItemSizes(true);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_comparisonDock, m_historyDock);

    // The plan (period, targets, reverse funnel, checks) beside the comparison: it follows the
    // selected persona, and a check about a persona selects it.
    m_plan = new PlanPanel(m_document, this);
    m_planDock = new QDockWidget(tr("Plan"), this);
    m_planDock->setObjectName(QStringLiteral("planDock"));
    m_planDock->setWidget(m_plan);
    addDockWidget(Qt::RightDockWidgetArea, m_planDock);
    tabifyDockWidget(m_historyDock, m_planDock);
    connect(m_list, &PersonaListPanel::currentPersonaChanged, m_plan, &PlanPanel::setPersona);
    connect(m_plan, &PlanPanel::personaRequested, this,
            [this](const QString& id) { m_list->selectPersonas({id}, id); });
    connect(m_historyDock, &QDockWidget::visibilityChanged, history, [this, history](bool shown) {
        history->setStack(shown ? m_document->undoStack() : nullptr);
    });
    // A dock tabbed behind another is only moved out of view (Qt keeps it "visible"): the plan
    // is told when it is in front, so that typing elsewhere does not refresh its pages.
    connect(m_planDock, &QDockWidget::visibilityChanged, m_plan, &PlanPanel::setActive);

    // The budget (where the next unit of spend goes) of the selected persona, tabbed likewise.
    m_budget = new BudgetPanel(m_document, this);
    m_budgetDock = new QDockWidget(tr("Budget"), this);
    m_budgetDock->setObjectName(QStringLiteral("budgetDock"));
    m_budgetDock->setWidget(m_budget);
    addDockWidget(Qt::RightDockWidgetArea, m_budgetDock);
    tabifyDockWidget(m_planDock, m_budgetDock);
    connect(m_list, &PersonaListPanel::currentPersonaChanged, m_budget, &BudgetPanel::setPersona);
    connect(m_budgetDock, &QDockWidget::visibilityChanged, m_budget, &BudgetPanel::setActive);
    m_comparisonDock->raise();
    m_plan->setActive(false);
    m_budget->setActive(false);
    resizeDocks({m_listDock, m_comparisonDock}, {300, 420}, Qt::Horizontal);

    connect(m_list, &PersonaListPanel::currentPersonaChanged, m_editor, &PersonaEditor::setPersona);
    connect(m_list, &PersonaListPanel::currentPersonaChanged, this,
            &MainWindow::updateActionStates);
    connect(m_list, &PersonaListPanel::selectionChanged, this, &MainWindow::onSelectionChanged);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    QMenu* fromTemplate = file->addMenu(tr("New from &Template"));
    m_sampleAction =
        fromTemplate->addAction(tr("B2B vs B2C sample (seven audiences)"), this, [this] {
            m_files->newFromTemplate(QStringLiteral(":/samples/b2b-vs-b2c.b2x"),
                                     tr("B2B vs B2C sample"));
        });
    m_sampleAction->setObjectName(QStringLiteral("actionOpenSample"));
    fromTemplate->addAction(tr("Empty workspace"), this, [this] { m_files->newWorkspace(); });
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(ImportActualsDialog::createAction(
        m_document, [this] { return m_list->currentPersonaId(); }, this));
    (new ExportActions(m_document, m_analyses, this))->addTo(file);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addAction);
    edit->addMenu(m_addMenu);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_workspaceAction);
    edit->addAction(m_channelsAction);
    edit->addAction(m_preferencesAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_listDock->toggleViewAction());
    view->addAction(m_comparisonDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_planDock->toggleViewAction());
    view->addAction(m_goToPlanAction);
    view->addAction(m_budgetDock->toggleViewAction());
    view->addAction(m_goToBudgetAction);
    view->addAction(m_fullView->action());
    view->addSeparator();
    view->addAction(m_resetLayoutAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Guide to the Models"), this, &MainWindow::showModelGuide);
    help->addAction(tr("&About B2X Workbench"), this, &MainWindow::showAbout);
}

bool MainWindow::openFile(const QString& path)
{
    return m_files->open(path);
}

void MainWindow::updateTitle()
{
    setWindowTitle(
        tr("%1[*] — %2 — B2X Workbench")
            .arg(m_files->documentName(), QString::fromStdString(m_document->workspace().name)));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QAction* a =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { m_files->open(path); });
        a->setToolTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] { m_files->clearRecentFiles(); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateActionStates()
{
    const bool hasPersona = !m_list->currentPersonaId().isEmpty();
    m_duplicateAction->setEnabled(hasPersona);
    m_deleteAction->setEnabled(hasPersona);
}

void MainWindow::addBlankPersona()
{
    const int index = static_cast<int>(m_document->workspace().personas.size());
    m_document->insertPersona(index, PersonaFactory::blank(m_document->workspace()),
                              tr("Add persona"));
}

void MainWindow::addPresetPersona(int presetIndex)
{
    const auto presets = PersonaFactory::presets();
    const auto& preset = presets.at(static_cast<std::size_t>(presetIndex));
    const int index = static_cast<int>(m_document->workspace().personas.size());
    m_document->insertPersona(index, PersonaFactory::fromPreset(preset, m_document->workspace()),
                              tr("Add “%1”").arg(preset.name));
}

void MainWindow::duplicatePersona()
{
    const QString id = m_list->currentPersonaId();
    const Persona* p = m_document->persona(id);
    if (!p)
        return;
    m_document->insertPersona(m_document->indexOf(id) + 1,
                              PersonaFactory::duplicate(*p, m_document->workspace()),
                              tr("Duplicate “%1”").arg(QString::fromStdString(p->name)));
}

void MainWindow::deletePersonas()
{
    QStringList ids = m_list->selectedPersonaIds();
    if (ids.isEmpty() && !m_list->currentPersonaId().isEmpty())
        ids << m_list->currentPersonaId();
    // Undoable, so no confirmation dialog: Ctrl+Z brings them back.
    m_document->removePersonas(ids);
    statusBar()->showMessage(
        tr("Deleted %n persona(s). Undo with %1.", nullptr, static_cast<int>(ids.size()))
            .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)),
        8000);
}

void MainWindow::selectAfterInsert(int index)
{
    const QString id = QString::fromStdString(
        m_document->workspace().personas.at(static_cast<std::size_t>(index)).id);
    m_list->selectPersonas({id}, id);
    m_editor->setPersona(id);
    updateActionStates();
}

void MainWindow::onSelectionChanged(const QStringList& ids)
{
    ViewState view = m_document->workspace().view;
    view.comparedPersonaIds.clear();
    for (const auto& id : ids)
        view.comparedPersonaIds.push_back(id.toStdString());
    m_document->setViewState(view);
}

void MainWindow::editWorkspaceDetails()
{
    WorkspaceDetailsDialog dialog(m_document->workspace(), this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply(*m_document);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_recovery->setIntervalMinutes(PreferencesDialog::autosaveMinutes());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About B2X Workbench"),
        tr("<p><b>B2X Workbench %1</b></p>"
           "<p>Model B2B and B2C audiences as personas and compare how they buy: decision units, "
           "sales cycles, funnels, unit economics, channels and attribution.</p>"
           "<p>This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software Foundation, "
           "either version 3 of the License, or (at your option) any later version. It is "
           "distributed WITHOUT ANY WARRANTY.</p><p>Built with Qt %2 and nlohmann/json.</p>")
            .arg(QStringLiteral(B2X_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showModelGuide()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Guide to the Models"));
    auto* browser = new QTextBrowser(&dialog);
    QFile guide(QStringLiteral(":/docs/models.md"));
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        browser->setPlainText(tr("The guide could not be loaded."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(760, 640);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_fullView->setActive(false); // the docks' layout is saved as it is outside the full view
    saveSettings();
    m_recovery->discardOwn(); // a clean close leaves nothing to recover
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        m_files->open(urls.first().toLocalFile());
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace b2x
