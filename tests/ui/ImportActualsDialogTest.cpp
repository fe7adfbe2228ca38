// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import actuals (ui/calibration): each CRM layout read and measured off the UI thread,
// the column and stage mappings pre-filled from the persona's remembered mapping and saved on
// Apply, ambiguous dates asked, problems shown with file, row and column, Apply as one undo step,
// and a cancelled import changing nothing.
#include "calibration/ImportActualsDialog.h"

#include "ScriptedPrompts.h"
#include "calibration/ImportPages.h"
#include "calibration/ImportResultsView.h"
#include "charts/ChartView.h"
#include "document/WorkspaceDocument.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <gtest/gtest.h>

using namespace b2x;
using namespace b2x::calibration;

namespace {

const QString fixtures = QStringLiteral(B2X_SOURCE_DIR "/tests/fixtures/calibration/");

Persona trialPersona(const char* id, const char* name)
{
    Persona p;
    p.id = id;
    p.name = name;
    p.pipeline = {{"Visitor", 40, 1, 3, 7}, {"Trial", 50, 2, 5, 14}};
    return p;
}

class ImportActualsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Workspace ws;
        ws.name = "Import test";
        ws.personas = {trialPersona("11111111-2222-4333-8444-555555555555", "Trialist"),
                       trialPersona("66666666-2222-4333-8444-555555555555", "Second")};
        ws.personas[1].importMapping.stages = {{"Prospecting", "Visitor"},
                                               {"Negotiation", "Trial"}};
        ws.personas[1].importMapping.columns = {{"deal_id", "Opportunity"},
                                                {"created_at", "Opened on"}};
        ws.personas[1].importMapping.dateOrder = "mdy";
        doc.reset(ws, QString());
    }

    QString id(int i) const
    {
        return QString::fromStdString(doc.workspace().personas.at(static_cast<std::size_t>(i)).id);
    }
    const Persona& persona(int i) const
    {
        return doc.workspace().personas.at(static_cast<std::size_t>(i));
    }

    std::unique_ptr<ImportActualsDialog> open(int personaIndex, const QString& deals,
                                              const QString& events = QString())
    {
        auto d = std::make_unique<ImportActualsDialog>(&doc, id(personaIndex));
        d->filesPage()->dealsEdit()->setText(deals);
        d->filesPage()->eventsEdit()->setText(events);
        d->filesPage()->asOfEdit()->setDate(QDate(2026, 4, 1));
        return d;
    }

    static bool finish(ImportActualsDialog& d)
    {
        for (int i = 0; i < 2000 && d.busy(); ++i)
            QTest::qWait(10);
        return !d.busy();
    }

    static QStringList problems(const ImportActualsDialog& d)
    {
        QStringList out;
        const QListWidget* list = d.checkPage()->problemsList();
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

    /// Files → Check → Stages → Results, with the stage mapping as pre-filled.
    static void runToResults(ImportActualsDialog& d)
    {
        d.next();
        ASSERT_TRUE(finish(d));
        ASSERT_EQ(d.step(), ImportActualsDialog::CheckStep)
            << problems(d).join(u'\n').toStdString();
        ASSERT_TRUE(d.lastRead() && d.lastRead()->imported.deals)
            << problems(d).join(u'\n').toStdString();
        d.next();
        ASSERT_EQ(d.step(), ImportActualsDialog::StagesStep);
    }

    static void measure(ImportActualsDialog& d)
    {
        d.next();
        ASSERT_TRUE(finish(d));
        ASSERT_EQ(d.step(), ImportActualsDialog::ResultsStep);
        ASSERT_TRUE(d.calibration());
    }

    WorkspaceDocument doc;
};

} // namespace

TEST_F(ImportActualsTest, EachCrmLayoutIsReadPreviewedAndMeasuredInTableAndChart)
{
    struct Case {
        QString deals;
        QString events;
        QStringList crmStages; ///< mapped onto Visitor and Trial
        int deals_;
    };
    const QString w = fixtures + QStringLiteral("window/");
    const Case cases[] = {{w + QStringLiteral("generic-deals.csv"),
                           w + QStringLiteral("generic-events.csv"),
                           {QStringLiteral("Visitor"), QStringLiteral("Trial")},
                           5},
                          {fixtures + QStringLiteral("hubspot-deals.csv"),
                           QString(),
                           {QStringLiteral("Visitor"), QStringLiteral("Trial")},
                           8},
                          {w + QStringLiteral("salesforce-history.csv"),
                           QString(),
                           {QStringLiteral("Prospecting"), QStringLiteral("Negotiation")},
                           3},
                          {w + QStringLiteral("pipedrive-deals.csv"),
                           w + QStringLiteral("pipedrive-flow.csv"),
                           {QStringLiteral("Qualified"), QStringLiteral("Demo")},
                           3}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.deals.toStdString());
        auto d = open(0, c.deals, c.events);
        runToResults(*d);
        EXPECT_EQ(d->lastRead()->imported.deals->deals.size(), static_cast<std::size_t>(c.deals_));
        EXPECT_EQ(problems(*d), QStringList{QStringLiteral("None.")});
        // The stages page lists each CRM stage; map them onto the persona's two stages.
        for (int k = 0; k < 2; ++k) {
            QComboBox* combo = d->stagesPage()->comboFor(c.crmStages[k]);
            ASSERT_TRUE(combo) << c.crmStages[k].toStdString();
            combo->setCurrentIndex(combo->findData(k));
        }
        measure(*d);
        const Calibration& cal = *d->calibration();
        ASSERT_EQ(cal.stages.size(), 2u);
        EXPECT_EQ(cal.total, c.deals_);
        EXPECT_GT(cal.stages[0].estimate.entered, 0);

        const QTableWidget* table = d->resultsView()->table();
        ASSERT_EQ(table->rowCount(), 2);
        EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Visitor"));
        EXPECT_EQ(table->item(0, 6)->text(), QString::number(cal.stages[0].estimate.entered));
        EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("50.0%"));

        auto* view = qobject_cast<charts::ChartView*>(d->resultsView()->conversionChart());
        ASSERT_TRUE(view);
        QBarSeries* bars = nullptr;
        int intervals = 0;
        for (QAbstractSeries* s : view->chart()->series()) {
            if (auto* b = qobject_cast<QBarSeries*>(s))
                bars = b;
            intervals += qobject_cast<QLineSeries*>(s) ? 1 : 0;
        }
        ASSERT_TRUE(bars);
        ASSERT_EQ(bars->barSets().size(), 2);
        EXPECT_DOUBLE_EQ(bars->barSets()[0]->at(0), 40);
        EXPECT_DOUBLE_EQ(bars->barSets()[1]->at(0), *cal.stages[0].estimate.conversion * 100);
        int withInterval = 0;
        for (const auto& s : cal.stages)
            withInterval += s.estimate.conversionLow && s.estimate.conversionHigh ? 1 : 0;
        EXPECT_EQ(intervals, withInterval);

        auto* cycle = qobject_cast<charts::ChartView*>(d->resultsView()->cycleChart());
        ASSERT_TRUE(cycle);
        ASSERT_EQ(cycle->chart()->series().size(), 2);
        const auto* model = qobject_cast<QLineSeries*>(cycle->chart()->series()[0]);
        ASSERT_TRUE(model);
        EXPECT_NEAR(model->points().back().y(), 100, 1e-6); // the model's CDF reaches 1
    }
}

TEST_F(ImportActualsTest, StageMappingIsPrefilledFromTheRememberedOneAndApplyIsOneUndoStep)
{
    const Persona before = persona(1);
    auto d = open(1, fixtures + QStringLiteral("window/salesforce-history.csv"));
    EXPECT_EQ(d->filesPage()->personaId(), id(1)); // the selected persona
    runToResults(*d);
    EXPECT_EQ(d->stagesPage()->comboFor(QStringLiteral("Prospecting"))->currentData().toInt(), 0);
    EXPECT_EQ(d->stagesPage()->comboFor(QStringLiteral("Negotiation"))->currentData().toInt(), 1);
    measure(*d);
    const int steps = doc.undoStack()->count();
    ASSERT_TRUE(d->apply());
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);

    const Persona& after = persona(1);
    const Calibration& cal = *d->calibration();
    ASSERT_TRUE(cal.stages[0].estimate.conversion);
    // Written as the persona keeps it, to a tenth of a percent.
    EXPECT_NEAR(after.pipeline[0].conversionPercent, *cal.stages[0].estimate.conversion * 100,
                0.05);
    EXPECT_NE(after.pipeline[0].conversionPercent, before.pipeline[0].conversionPercent);
    ASSERT_TRUE(after.evidence.count(EvidenceField::ConversionRates));
    const Evidence& ev = after.evidence.at(EvidenceField::ConversionRates);
    EXPECT_EQ(ev.confidence, Confidence::Measured);
    EXPECT_NE(ev.source.find("salesforce-history.csv"), std::string::npos) << ev.source;
    EXPECT_NE(ev.source.find("3 deal"), std::string::npos) << ev.source;
    EXPECT_NE(ev.source.find("2026-04-01"), std::string::npos) << ev.source;
    EXPECT_EQ(after.importMapping.stages.at("Prospecting"), "Visitor");
    EXPECT_EQ(after.importMapping.stages.at("Negotiation"), "Trial");
    EXPECT_EQ(persona(0), trialPersona("11111111-2222-4333-8444-555555555555", "Trialist"));

    doc.undoStack()->undo();
    EXPECT_EQ(persona(1), before);
}

TEST_F(ImportActualsTest, StagesMappedByHandAreSavedIntoTheMapping)
{
    auto d = open(0, fixtures + QStringLiteral("window/pipedrive-deals.csv"),
                  fixtures + QStringLiteral("window/pipedrive-flow.csv"));
    runToResults(*d);
    QComboBox* demo = d->stagesPage()->comboFor(QStringLiteral("Demo"));
    ASSERT_TRUE(demo);
    EXPECT_EQ(demo->currentData().toInt(), -1); // not named like a persona stage: ignored
    demo->setCurrentIndex(demo->findData(1));
    measure(*d);
    ASSERT_TRUE(d->apply());
    EXPECT_EQ(persona(0).importMapping.stages,
              (std::map<std::string, std::string>{{"Demo", "Trial"}}));
}

TEST_F(ImportActualsTest, UnrecognisedHeadersAskForColumnsPrefilledAndSaveThem)
{
    auto d = open(1, fixtures + QStringLiteral("window/custom-deals.csv"),
                  fixtures + QStringLiteral("window/custom-events.csv"));
    d->next();
    ASSERT_TRUE(finish(*d));
    ImportCheckPage* check = d->checkPage();
    ASSERT_TRUE(check->columnsAsked());
    EXPECT_TRUE(check->findChild<QGroupBox*>(QStringLiteral("columnsBox"))->isVisibleTo(d.get()));
    EXPECT_EQ(check->columnCombo("deal_id")->currentText(), QStringLiteral("Opportunity"));
    EXPECT_EQ(check->columnCombo("created_at")->currentText(), QStringLiteral("Opened on"));
    EXPECT_EQ(check->columnCombo("status")->currentData().toString(), QString());
    EXPECT_FALSE(check->readAgainButton()->isEnabled()); // status is required
    EXPECT_FALSE(d->lastRead()->imported.deals);
    QComboBox* status = check->columnCombo("status");
    status->setCurrentIndex(status->findText(QStringLiteral("Result")));
    QComboBox* closed = check->columnCombo("closed_at");
    closed->setCurrentIndex(closed->findText(QStringLiteral("Finished on")));
    ASSERT_TRUE(check->readAgainButton()->isEnabled());
    check->readAgainButton()->click();
    ASSERT_TRUE(finish(*d));
    ASSERT_TRUE(d->lastRead()->imported.deals) << problems(*d).join(u'\n').toStdString();
    EXPECT_EQ(d->lastRead()->imported.deals->deals.size(), 3u);
    d->next();
    measure(*d);
    ASSERT_TRUE(d->apply());
    const auto& columns = persona(1).importMapping.columns;
    EXPECT_EQ(columns.at("deal_id"), "Opportunity");
    EXPECT_EQ(columns.at("status"), "Result");
    EXPECT_EQ(columns.at("closed_at"), "Finished on");
    EXPECT_EQ(columns.count("amount"), 0u);
}

TEST_F(ImportActualsTest, AmbiguousDatesAreAskedNeverGuessed)
{
    const QString deals = fixtures + QStringLiteral("window/ambiguous-deals.csv");
    const QString events = fixtures + QStringLiteral("window/ambiguous-events.csv");
    {
        // No remembered order: nothing chosen, nothing imported until the user says.
        auto d = open(0, deals, events);
        d->next();
        ASSERT_TRUE(finish(*d));
        ImportCheckPage* check = d->checkPage();
        ASSERT_TRUE(check->datesAsked());
        EXPECT_FALSE(check->dayFirstButton()->isChecked());
        EXPECT_FALSE(check->monthFirstButton()->isChecked());
        EXPECT_FALSE(check->readAgainButton()->isEnabled());
        EXPECT_FALSE(d->findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled());
        check->dayFirstButton()->click();
        ASSERT_TRUE(check->readAgainButton()->isEnabled());
        check->readAgainButton()->click();
        ASSERT_TRUE(finish(*d));
        ASSERT_TRUE(d->lastRead()->imported.deals);
        EXPECT_EQ(d->lastRead()->imported.deals->deals[0].created, 20546); // 3 April 2026
        d->next();
        measure(*d);
        ASSERT_TRUE(d->apply());
        EXPECT_EQ(persona(0).importMapping.dateOrder, "dmy");
    }
    {
        // The remembered answer is offered, not taken: still asked.
        auto d = open(1, deals, events);
        d->next();
        ASSERT_TRUE(finish(*d));
        EXPECT_TRUE(d->checkPage()->datesAsked());
        EXPECT_TRUE(d->checkPage()->monthFirstButton()->isChecked());
        EXPECT_FALSE(d->lastRead()->imported.deals);
    }
}

TEST_F(ImportActualsTest, ABrokenFileShowsItsProblemsWithRowAndColumnAndGoesNoFurther)
{
    auto d = open(0, fixtures + QStringLiteral("window/broken-deals.csv"));
    d->next();
    ASSERT_TRUE(finish(*d));
    ASSERT_EQ(d->step(), ImportActualsDialog::CheckStep);
    const QStringList p = problems(*d);
    ASSERT_GE(p.size(), 2);
    EXPECT_TRUE(p[0].startsWith(QStringLiteral("broken-deals.csv: row 3, column 3: ")))
        << p[0].toStdString();
    EXPECT_TRUE(p[0].contains(QStringLiteral("maybe")));
    EXPECT_TRUE(p[1].startsWith(QStringLiteral("broken-deals.csv: row 4, column 2: ")))
        << p[1].toStdString();
    EXPECT_FALSE(d->findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled());
    d->next();
    EXPECT_EQ(d->step(), ImportActualsDialog::CheckStep);

    // A file that is not there is a problem too, named.
    d->back();
    d->filesPage()->dealsEdit()->setText(fixtures + QStringLiteral("window/missing.csv"));
    d->next();
    ASSERT_TRUE(finish(*d));
    ASSERT_FALSE(problems(*d).isEmpty());
    EXPECT_TRUE(problems(*d)[0].contains(QStringLiteral("missing.csv")));
}

TEST_F(ImportActualsTest, ALargeFileReadsOffTheUiThreadAndCancelChangesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString deals = dir.filePath(QStringLiteral("deals.csv"));
    const QString events = dir.filePath(QStringLiteral("stage_events.csv"));
    {
        QByteArray d = "deal_id,created_at,status,closed_at,amount\n";
        QByteArray e = "deal_id,stage,entered_at\n";
        for (int i = 0; i < 100000; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray day = QByteArray::number(10 + i % 18);
            d += n + ",2026-03-" + day + (i % 3 == 0 ? ",won,2026-03-28,100\n" : ",open,,0\n");
            e += n + ",Visitor,2026-03-" + day + "\n" + n + ",Trial,2026-03-" + day + "\n";
        }
        QFile f(deals), g(events);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly) && g.open(QIODevice::WriteOnly));
        f.write(d);
        g.write(e);
    }
    const Workspace before = doc.workspace();
    const int steps = doc.undoStack()->count();

    // Cancelled while reading: back on the first step, nothing read, nothing changed.
    auto d = open(0, deals, events);
    d->next();
    ASSERT_TRUE(d->busy());
    d->cancelWork();
    EXPECT_FALSE(d->busy());
    EXPECT_EQ(d->step(), ImportActualsDialog::FilesStep);
    EXPECT_EQ(d->lastRead(), nullptr);
    // Whatever the abandoned read still produces is dropped: long after, nothing arrived.
    QTest::qWait(1500);
    EXPECT_EQ(d->step(), ImportActualsDialog::FilesStep);
    EXPECT_EQ(d->lastRead(), nullptr);

    // Read to the end, the event loop turning meanwhile (the window stays responsive).
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(5);
    d->next();
    ASSERT_TRUE(d->busy());
    ASSERT_TRUE(finish(*d));
    timer.stop();
    EXPECT_GT(ticks, 0);
    ASSERT_TRUE(d->lastRead()->imported.deals);
    EXPECT_EQ(d->lastRead()->imported.deals->deals.size(), 100000u);
    d->next();
    ASSERT_EQ(d->step(), ImportActualsDialog::StagesStep);

    // Cancelled while measuring: still on the stages, no measurement, Apply refuses.
    d->next();
    if (d->busy()) {
        d->cancelWork();
        EXPECT_EQ(d->step(), ImportActualsDialog::StagesStep);
        EXPECT_FALSE(d->calibration());
    }
    EXPECT_FALSE(d->calibration() && d->step() != ImportActualsDialog::ResultsStep);
    if (!d->calibration()) {
        EXPECT_FALSE(d->apply());
    }
    d.reset(); // closing with work under way waits for it and drops it
    EXPECT_EQ(doc.workspace(), before);
    EXPECT_EQ(doc.undoStack()->count(), steps);
}

TEST_F(ImportActualsTest, ClosingWithoutApplyingChangesNothing)
{
    const Workspace before = doc.workspace();
    auto d = open(0, fixtures + QStringLiteral("window/generic-deals.csv"),
                  fixtures + QStringLiteral("window/generic-events.csv"));
    runToResults(*d);
    measure(*d);
    d->reject();
    d.reset();
    EXPECT_EQ(doc.workspace(), before);
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST(ImportActualsMenu, TheFileMenuOpensItWithAShortcutNoOtherActionUses)
{
    QSettings().clear();
    QTemporaryDir dir;
    test::ScriptedPrompts prompts;
    MainWindow window(&prompts, dir.filePath(QStringLiteral("recovery")));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionImportActuals"));
    ASSERT_TRUE(action);
    ASSERT_FALSE(action->shortcut().isEmpty());
    for (const QAction* other : window.findChildren<QAction*>()) {
        if (other != action) {
            EXPECT_NE(other->shortcut(), action->shortcut()) << other->text().toStdString();
        }
    }
    // Opens the dialog (modal): close it from the event loop.
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* d = window.findChild<ImportActualsDialog*>();
        opened = d && d->isVisible();
        if (d)
            d->reject();
    });
    action->trigger();
    EXPECT_TRUE(opened);
}
