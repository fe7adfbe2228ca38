// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calibration/ImportRules.h"
#include "charts/CalibrationCharts.h"

#include <QDate>
#include <QDialog>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace b2x {

class BackgroundWork;
class ImportCheckPage;
class ImportFilesPage;
class ImportResultsView;
class ImportStagesPage;
class WorkspaceDocument;

/// File → Import actuals (docs/workbench.md): CRM deal exports measured against a persona's
/// pipeline, in four steps — the files; their preview, problems and the questions they leave
/// open; the CRM's stages mapped onto the persona's; modelled against measured. Apply writes the
/// measurement and the mapping used into the persona as one undo step. Reading and estimating
/// run off the UI thread and can be cancelled; a cancelled or failed import changes nothing.
class ImportActualsDialog : public QDialog {
    Q_OBJECT

public:
    enum Step { FilesStep, CheckStep, StagesStep, ResultsStep };

    ImportActualsDialog(WorkspaceDocument* document, const QString& personaId,
                        QWidget* parent = nullptr);
    ~ImportActualsDialog() override;

    /// The menu entry that opens the dialog for the persona `currentPersona` returns.
    static QAction* createAction(WorkspaceDocument* document,
                                 std::function<QString()> currentPersona, QWidget* window);

    ImportFilesPage* filesPage() const { return m_files; }
    ImportCheckPage* checkPage() const { return m_check; }
    ImportStagesPage* stagesPage() const { return m_stages; }
    ImportResultsView* resultsView() const { return m_results; }

    Step step() const;
    bool busy() const;
    /// The last read of the files (null before the first).
    const calibration::ActualsRead* lastRead() const { return m_read.get(); }
    const std::optional<calibration::Calibration>& calibration() const { return m_calibration; }

    /// The buttons' actions, for the keyboard and for tests.
    void next();
    void back();
    /// Writes the measurement and the mapping into the persona (one undo step) and closes.
    bool apply();
    void cancelWork();
    void readAgain();

private:
    void startRead(bool fresh);
    void startCalibration();
    void showStep(Step step);
    void setBusy(bool busy, const QString& what = QString());
    void updateButtons();
    void fail(const QString& message);

    WorkspaceDocument* m_document;
    BackgroundWork* m_work;
    QLabel* m_title;
    QStackedWidget* m_stack;
    ImportFilesPage* m_files;
    ImportCheckPage* m_check;
    ImportStagesPage* m_stages;
    ImportResultsView* m_results;
    QLabel* m_message;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancelWork;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_apply;
    QPushButton* m_close;

    std::shared_ptr<const calibration::ActualsRead> m_read;
    QString m_readDealsPath; ///< the files m_read read (their tables are reused)
    QString m_readEventsPath;
    std::map<std::string, std::string> m_columnsUsed;
    calibration::DateOrder m_orderUsed = calibration::DateOrder::Unknown;
    QString m_personaId; ///< the persona measured
    calibration::StageMapping m_mappingUsed;
    std::optional<calibration::Calibration> m_calibration;
};

} // namespace b2x
