// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace b2x {

class WorkspaceDocument;
class AnalysisCache;
class PersonaListPanel;
class PersonaEditor;
class ComparisonPanel;
class PlanPanel;
class BudgetPanel;
class EditorStack;
class ComparisonFullView;
class FileController;
class RecoveryManager;
class UserPrompts;

/// The workbench window: persona list (left), persona editor (centre), comparison (right),
/// undo history; menus and shortcuts; geometry, layout and recent files kept across runs.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// `prompts` may be null (standard dialogs); tests pass scripted answers.
    /// `recoveryFolder` empty means the default data folder.
    explicit MainWindow(UserPrompts* prompts = nullptr, const QString& recoveryFolder = QString(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument* document() const { return m_document; }
    AnalysisCache* analyses() const { return m_analyses; }
    ComparisonPanel* comparison() const { return m_comparison; }
    /// View → Comparison Full View: the comparison in the main area instead of its dock.
    ComparisonFullView* comparisonFullView() const { return m_fullView; }
    FileController* files() const { return m_files; }
    RecoveryManager* recovery() const { return m_recovery; }
    PersonaListPanel* personaList() const { return m_list; }
    PersonaEditor* editor() const { return m_editor; }
    /// The Budget dock's panel (View → Go to Budget).
    BudgetPanel* budget() const { return m_budget; }
    /// Opens `path` (command line, drag and drop); on failure the current workspace stays.
    bool openFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void updateTitle();
    void updateRecentMenu();
    void updateActionStates();
    void addBlankPersona();
    void addPresetPersona(int presetIndex);
    void duplicatePersona();
    void deletePersonas();
    void editWorkspaceDetails();
    void showPreferences();
    void showAbout();
    void showModelGuide();
    void onSelectionChanged(const QStringList& ids);
    void selectAfterInsert(int index);
    void restoreSettings();
    void saveSettings();

    WorkspaceDocument* m_document;
    AnalysisCache* m_analyses;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    RecoveryManager* m_recovery;
    FileController* m_files;
    PersonaListPanel* m_list = nullptr;
    PersonaEditor* m_editor = nullptr;
    EditorStack* m_editorStack = nullptr; ///< the editor, or the empty-state page
    ComparisonPanel* m_comparison = nullptr;
    ComparisonFullView* m_fullView = nullptr;
    QDockWidget* m_listDock = nullptr;
    QDockWidget* m_comparisonDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    PlanPanel* m_plan = nullptr;
    QDockWidget* m_planDock = nullptr;
    BudgetPanel* m_budget = nullptr;
    QDockWidget* m_budgetDock = nullptr;
    QByteArray m_defaultState;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_addMenu = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_workspaceAction = nullptr;
    QAction* m_channelsAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_resetLayoutAction = nullptr;
    QAction* m_goToPlanAction = nullptr;
    QAction* m_goToBudgetAction = nullptr;
    QAction* m_sampleAction = nullptr; ///< File → New from Template → the sample
};

} // namespace b2x
