// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportActualsDialog.h"

#include "BackgroundWork.h"
#include "ImportPages.h"
#include "ImportResultsView.h"
#include "analytics/CycleDistribution.h"
#include "document/WorkspaceDocument.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

namespace b2x {

using namespace calibration;

namespace {

constexpr int modelCurvePoints = 200;

/// The whole cycle's curves, as shares of won deals: the measured cumulative incidence of
/// winning divided by the final win rate, and the persona's cycle distribution.
charts::CycleCurves cycleCurves(const Calibration& c, const Persona& persona)
{
    charts::CycleCurves curves;
    double right = 1;
    if (c.cycle.winRate && *c.cycle.winRate > 0)
        for (const IncidenceStep& s : c.cycle.steps) {
            if (s.advanced == 0)
                continue;
            curves.measured.emplace_back(s.days, 100 * s.advancedCif / *c.cycle.winRate);
            right = std::max(right, s.days);
        }
    if (!persona.pipeline.empty()) {
        const analytics::CycleDistribution model(persona.pipeline);
        right = std::max(right, model.maxDays());
        for (int i = 0; i <= modelCurvePoints; ++i) {
            const double days = right * i / modelCurvePoints;
            curves.modelled.emplace_back(days, 100 * model.cdf(days));
        }
    }
    return curves;
}

} // namespace

ImportActualsDialog::ImportActualsDialog(WorkspaceDocument* document, const QString& personaId,
                                         QWidget* parent)
    : QDialog(parent), m_document(document), m_work(new BackgroundWork(this))
{
    setObjectName(QStringLiteral("importActualsDialog"));
    setWindowTitle(tr("Import Actuals"));
    resize(1180, 740);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_stack = new QStackedWidget(this);
    m_files = new ImportFilesPage(m_stack);
    m_check = new ImportCheckPage(m_stack);
    m_stages = new ImportStagesPage(m_stack);
    m_results = new ImportResultsView(m_stack);
    for (QWidget* page : {static_cast<QWidget*>(m_files), static_cast<QWidget*>(m_check),
                          static_cast<QWidget*>(m_stages), static_cast<QWidget*>(m_results)})
        m_stack->addWidget(page);
    layout->addWidget(m_stack, 1);
    m_files->setPersonas(document->workspace(), personaId);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_progressRow = new QWidget(this);
    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_progressRow);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setRange(0, 0); // busy: reading gives no fraction done
    m_progress->setAccessibleName(tr("Import in progress"));
    m_cancelWork = new QPushButton(tr("&Stop"), m_progressRow);
    m_cancelWork->setObjectName(QStringLiteral("cancelWorkButton"));
    m_cancelWork->setToolTip(tr("Stop reading or measuring; nothing is changed"));
    progress->addWidget(m_progressText);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelWork);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_apply = new QPushButton(tr("&Apply to Persona"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Write the measured conversions and durations, and the mapping used, "
                           "into the persona as one step (Edit → Undo takes it back)"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ImportActualsDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportActualsDialog::next);
    connect(m_apply, &QPushButton::clicked, this, &ImportActualsDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancelWork, &QPushButton::clicked, this, &ImportActualsDialog::cancelWork);
    connect(m_check, &ImportCheckPage::readAgainRequested, this, &ImportActualsDialog::readAgain);
    connect(m_files, &ImportFilesPage::changed, this, &ImportActualsDialog::updateButtons);
    connect(this, &QDialog::rejected, m_work, &BackgroundWork::cancel);
    showStep(FilesStep);
    m_files->dealsEdit()->setFocus();
}

ImportActualsDialog::~ImportActualsDialog() = default;

QAction* ImportActualsDialog::createAction(WorkspaceDocument* document,
                                           std::function<QString()> currentPersona, QWidget* window)
{
    auto* action = new QAction(tr("&Import Actuals…"), window);
    action->setObjectName(QStringLiteral("actionImportActuals"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action->setToolTip(tr("Measure a persona's pipeline from a CRM's deal export and apply it"));
    QObject::connect(action, &QAction::triggered, window,
                     [document, currentPersona = std::move(currentPersona), window] {
                         ImportActualsDialog dialog(document, currentPersona(), window);
                         dialog.exec();
                     });
    return action;
}

ImportActualsDialog::Step ImportActualsDialog::step() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

bool ImportActualsDialog::busy() const
{
    return m_work->busy();
}

void ImportActualsDialog::showStep(Step step)
{
    m_stack->setCurrentIndex(step);
    const QString names[] = {tr("Choose the files"), tr("Check what was read"),
                             tr("Map the CRM's stages"), tr("Modelled against measured")};
    m_title->setText(tr("Step %1 of 4: %2").arg(step + 1).arg(names[step]));
    updateButtons();
}

void ImportActualsDialog::updateButtons()
{
    const bool idle = !busy();
    const Step s = step();
    m_back->setEnabled(idle && s != FilesStep);
    m_next->setVisible(s != ResultsStep);
    m_apply->setVisible(s == ResultsStep);
    bool canGoOn = idle;
    if (s == FilesStep)
        canGoOn = canGoOn && !m_files->dealsEdit()->text().trimmed().isEmpty() &&
                  !m_files->personaId().isEmpty();
    if (s == CheckStep)
        canGoOn = canGoOn && m_read && m_read->imported.deals;
    m_next->setEnabled(canGoOn);
    m_apply->setEnabled(idle && m_calibration.has_value());
    m_stack->setEnabled(idle);
}

void ImportActualsDialog::setBusy(bool busy, const QString& what)
{
    m_progressText->setText(what);
    m_progressRow->setVisible(busy);
    if (busy)
        m_message->hide();
    updateButtons();
    if (busy)
        m_cancelWork->setFocus();
}

void ImportActualsDialog::fail(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void ImportActualsDialog::next()
{
    if (busy())
        return;
    m_message->hide();
    switch (step()) {
    case FilesStep:
        if (m_files->dealsEdit()->text().trimmed().isEmpty()) {
            fail(tr("Choose the deals file first."));
            return;
        }
        if (!m_document->persona(m_files->personaId())) {
            fail(tr("The workspace has no persona to measure: add one first."));
            return;
        }
        startRead(true);
        return;
    case CheckStep: {
        const Persona* persona = m_document->persona(m_files->personaId());
        if (!m_read || !m_read->imported.deals || !persona)
            return;
        const DealSet& deals = *m_read->imported.deals;
        m_stages->showStages(deals, *persona, suggestStageMapping(deals, *persona));
        showStep(StagesStep);
        return;
    }
    case StagesStep:
        startCalibration();
        return;
    case ResultsStep:
        return;
    }
}

void ImportActualsDialog::back()
{
    if (busy() || step() == FilesStep)
        return;
    m_message->hide();
    showStep(static_cast<Step>(step() - 1));
}

void ImportActualsDialog::readAgain()
{
    if (!busy())
        startRead(false);
}

void ImportActualsDialog::startRead(bool fresh)
{
    ActualsRequest request;
    request.dealsPath = m_files->dealsEdit()->text().trimmed();
    request.eventsPath = m_files->eventsEdit()->text().trimmed();
    request.format = m_files->format();
    if (!fresh && m_read && request.dealsPath == m_readDealsPath &&
        request.eventsPath == m_readEventsPath) {
        request.order = m_check->dateOrder();
        request.columns = m_check->columns();
        request.dealsTable = m_read->deals;
        request.eventsTable = m_read->events;
    }
    m_calibration.reset();
    auto result = std::make_shared<ActualsRead>();
    m_work->start(
        [request, result](const std::atomic<bool>& cancel) {
            try {
                *result = readActuals(request, cancel);
            } catch (const std::exception&) { // std::bad_alloc on a file beyond this machine
                *result = ActualsRead{};
                result->problems.push_back({0, 0,
                                            tr("The files are too large to read on this computer."),
                                            QFileInfo(request.dealsPath).fileName()});
            }
        },
        [this, request, result, fresh] {
            setBusy(false);
            m_read = result;
            m_readDealsPath = request.dealsPath;
            m_readEventsPath = request.eventsPath;
            m_columnsUsed = request.columns;
            m_orderUsed = request.order;
            const Persona* persona = m_document->persona(m_files->personaId());
            m_check->showRead(*result, persona ? persona->importMapping : ImportMapping{}, fresh);
            showStep(CheckStep);
        });
    setBusy(true, tr("Reading %1…").arg(QFileInfo(request.dealsPath).fileName()));
}

void ImportActualsDialog::startCalibration()
{
    const Persona* current = m_document->persona(m_files->personaId());
    if (!current || !m_read || !m_read->imported.deals)
        return;
    m_calibration.reset(); // a measurement of an earlier mapping is not applied by mistake
    const std::shared_ptr<const ActualsRead> read = m_read;
    const Persona persona = *current;
    const StageMapping mapping = m_stages->mapping();
    const DayNumber asOf =
        static_cast<DayNumber>(QDate(1970, 1, 1).daysTo(m_files->asOfEdit()->date()));
    struct Result {
        Calibration calibration;
        charts::CycleCurves curves;
        bool failed = false;
    };
    auto result = std::make_shared<Result>();
    m_work->start(
        [read, persona, mapping, asOf, result](const std::atomic<bool>& cancel) {
            if (cancel)
                return;
            try {
                result->calibration = calibrate(*read->imported.deals, persona, mapping, asOf);
                if (!cancel)
                    result->curves = cycleCurves(result->calibration, persona);
            } catch (const std::exception&) { // std::bad_alloc
                result->failed = true;
            }
        },
        [this, result, persona, mapping] {
            setBusy(false);
            if (result->failed) {
                fail(tr("The deals are too many to measure on this computer: nothing was "
                        "changed."));
                return;
            }
            m_calibration = result->calibration;
            m_personaId = QString::fromStdString(persona.id);
            m_mappingUsed = mapping;
            m_results->showCalibration(result->calibration, result->curves,
                                       QString::fromStdString(persona.name));
            showStep(ResultsStep);
        });
    setBusy(true, tr("Measuring %1's stages…").arg(QString::fromStdString(persona.name)));
}

void ImportActualsDialog::cancelWork()
{
    if (!busy())
        return;
    m_work->cancel();
    setBusy(false);
    fail(tr("Stopped: nothing was changed."));
}

bool ImportActualsDialog::apply()
{
    if (busy() || !m_calibration)
        return false;
    const Persona* persona = m_document->persona(m_personaId);
    if (!persona) {
        fail(tr("The persona is no longer in the workspace: nothing was changed."));
        return false;
    }
    const Calibration& c = *m_calibration;
    const QString source =
        tr("CRM deals export %1: %n deal(s), as of %2", nullptr, c.total)
            .arg(QFileInfo(m_readDealsPath).fileName(),
                 QDate(1970, 1, 1).addDays(static_cast<qint64>(c.asOf)).toString(Qt::ISODate));
    ImportMapping mapping = persona->importMapping;
    mapping.stages = stageNames(m_mappingUsed, *persona, mapping.stages);
    if (!m_columnsUsed.empty())
        mapping.columns = m_columnsUsed;
    if (m_orderUsed != DateOrder::Unknown)
        mapping.dateOrder = dateOrderCode(m_orderUsed);
    m_document->editPersona(m_personaId, QString(), tr("Import Actuals"), [&](Persona& p) {
        p = applyCalibration(p, c, source.toStdString());
        p.importMapping = mapping;
    });
    accept();
    return true;
}

} // namespace b2x
