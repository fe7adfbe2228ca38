// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the documentation's screenshots: the real window with the sample workspace, one PNG per
// editor section, and every comparison chart in each compare mode.
// Usage: b2x-screenshots [--charts-only | --plan-only | --import-actuals | --budget] [--lang CODE]
// OUTPUT_DIR [WORKSPACE]. Run under xvfb-run or with QT_QPA_PLATFORM=offscreen; QT_SCALE_FACTOR=2
// gives 2× images (chart files then end in
// "@2x").
#include "BudgetShots.h"
#include "ImportActualsShots.h"
#include "charts/ChartCard.h"
#include "document/WorkspaceDocument.h"
#include "editor/PersonaEditor.h"
#include "i18n/Language.h"
#include "list/PersonaListPanel.h"
#include "window/ComparisonPanel.h"
#include "window/CustomChannelDialog.h"
#include "window/MainWindow.h"
#include "window/UnitEconomicsRanges.h"
#include "window/WorkspaceChannelsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <cstdio>

namespace {

QString modeName(b2x::CompareMode mode)
{
    switch (mode) {
    case b2x::CompareMode::Personas:
        return QStringLiteral("personas");
    case b2x::CompareMode::GroupsByLabel:
        return QStringLiteral("groups-by-label");
    case b2x::CompareMode::GroupsByBehaviour:
        return QStringLiteral("groups-by-behaviour");
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or recovery
    QApplication::setOrganizationName(QStringLiteral("B2X-screenshots"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QStringList args = QApplication::arguments();
    const bool chartsOnly = args.removeAll(QStringLiteral("--charts-only")) > 0;
    // --plan-only: the Plan dock's pages only (for the 2× and right-to-left shots).
    const bool planOnly = args.removeAll(QStringLiteral("--plan-only")) > 0;
    // --import-actuals: File → Import actuals, each step at 1280 × 800 (import-actuals-*.png).
    const bool importOnly = args.removeAll(QStringLiteral("--import-actuals")) > 0;
    // --budget: View → Go to Budget, each tab at 1280 × 800 (budget-*.png; also at 2× and in
    // another language with QT_SCALE_FACTOR and --lang).
    const bool budgetOnly = args.removeAll(QStringLiteral("--budget")) > 0;
    // --lang CODE: the window in another language (docs/languages.md), e.g. ar for right to left.
    // English otherwise, as the workbench itself installs it: its plural forms ("90 days", not
    // "90 day(s)") come from the English translation.
    QString code = QStringLiteral("en");
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i > 0 && i + 1 < args.size()) {
        code = args.at(i + 1);
        args.remove(i, 2);
    }
    b2x::i18n::installLanguage(code);
    QApplication::setLayoutDirection(b2x::i18n::isRightToLeft(code) ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    if (args.size() < 2) {
        std::fputs("usage: b2x-screenshots [--charts-only | --plan-only | --import-actuals | "
                   "--budget] [--lang CODE] "
                   "OUTPUT_DIR "
                   "[WORKSPACE]\n",
                   stderr);
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const QString workspace =
        args.size() > 2 ? args.at(2)
                        : QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");

    b2x::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(workspace))
        return 1;
    QTest::qWait(200);
    bool ok = true;
    const auto write = [&](const QPixmap& pixmap, const QString& name) {
        const QString path = out.filePath(name + QStringLiteral(".png"));
        if (!pixmap.save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            ok = false;
        } else {
            std::printf("%s\n", qPrintable(path));
        }
    };
    const auto save = [&](const QString& name) { write(window.grab(), name); };
    if (importOnly)
        return writeImportActualsShots(window.document(), &window, write) && ok ? 0 : 1;
    if (budgetOnly) {
        const QString scale = qApp->devicePixelRatio() > 1 ? QStringLiteral("@2x") : QString();
        return writeBudgetShots(window, scale, write) && ok ? 0 : 1;
    }
    if (!chartsOnly && !planOnly) {
        save(QStringLiteral("workbench"));
        b2x::PersonaEditor* editor = window.editor();
        for (int i = 0; i < editor->count(); ++i) {
            editor->setCurrentIndex(i);
            QTest::qWait(100);
            QString name = editor->tabText(i).toLower().remove(QLatin1Char('&'));
            name.replace(QLatin1Char(' '), QLatin1Char('-'));
            save(QStringLiteral("section-") + name);
        }
        // Edit → Workspace Channels… and the form of the workspace's first channel, if any.
        b2x::WorkspaceChannelsDialog channels(window.document(), &window);
        channels.show();
        if (QTest::qWaitForWindowExposed(&channels)) {
            QTest::qWait(100);
            write(channels.grab(), QStringLiteral("workspace-channels"));
        }
        channels.hide();
        const auto& own = window.document()->workspace().channels;
        if (!own.empty()) {
            b2x::CustomChannelDialog form(
                own.front(), QString::fromStdString(window.document()->workspace().currency),
                &window);
            form.show();
            if (QTest::qWaitForWindowExposed(&form)) {
                QTest::qWait(100);
                write(form.grab(), QStringLiteral("workspace-channel-form"));
            }
        }
    }

    // The comparison dock at a typical width (the charts are designed for 420–600 pixels).
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    if (dock) {
        dock->raise();
        window.resizeDocks({dock}, {500}, Qt::Horizontal);
    }
    QTest::qWait(100);
    b2x::ComparisonPanel* panel = window.comparison();
    b2x::WorkspaceDocument* document = window.document();
    const QString suffix = qApp->devicePixelRatio() > 1 ? QStringLiteral("@2x") : QString();
    for (auto mode : {b2x::CompareMode::Personas, b2x::CompareMode::GroupsByLabel,
                      b2x::CompareMode::GroupsByBehaviour}) {
        if (planOnly)
            break;
        b2x::ViewState view = document->workspace().view;
        view.compareMode = mode;
        document->setViewState(view);
        QTest::qWait(100);
        if (mode == b2x::CompareMode::Personas)
            save(QStringLiteral("charts-workbench") + suffix);
        for (b2x::charts::ChartId id : b2x::charts::allChartIds) {
            panel->scrollToChart(id);
            QTest::qWait(50);
            // The whiskers' ranges are computed in the background (UnitEconomicsRanges).
            if (id == b2x::charts::ChartId::UnitEconomics)
                (void)QTest::qWaitFor([&] { return !panel->unitEconomicsRanges()->busy(); }, 10000);
            write(panel->card(id)->grab(),
                  QStringLiteral("charts-%1-%2%3")
                      .arg(modeName(mode), b2x::charts::chartKey(id), suffix));
        }
        if (mode == b2x::CompareMode::Personas) {
            // One chart's accessible table, as the "Table" button shows it.
            b2x::charts::ChartCard* card = panel->card(b2x::charts::ChartId::UnitEconomics);
            card->setTableShown(true);
            panel->scrollToChart(b2x::charts::ChartId::UnitEconomics);
            QTest::qWait(50);
            write(card->grab(), QStringLiteral("charts-personas-unit-economics-table") + suffix);
            card->setTableShown(false);
        }
    }
    if (!chartsOnly && !planOnly) {
        // The comparison in the whole main area (View → Comparison Full View) at 1600 × 1000.
        b2x::ViewState view = document->workspace().view;
        view.compareMode = b2x::CompareMode::Personas;
        document->setViewState(view);
        window.resize(1600, 1000);
        QTest::qWait(200);
        if (auto* fullView =
                window.findChild<QAction*>(QStringLiteral("actionComparisonFullView"))) {
            fullView->trigger();
            QTest::qWait(300);
            save(QStringLiteral("charts-full-view"));
            fullView->trigger();
            QTest::qWait(100);
        }
    }
    if (!chartsOnly) {
        // The plan (View → Go to Plan) beside the editor at 1280 × 800, on the online degree
        // applicant, whose cycle is longer than the quarter (the reverse funnel says so); then
        // each of its pages.
        window.resize(1280, 800);
        if (auto* goToPlan = window.findChild<QAction*>(QStringLiteral("actionGoToPlan"))) {
            goToPlan->trigger();
            if (auto* planDock = window.findChild<QDockWidget*>(QStringLiteral("planDock")))
                window.resizeDocks({planDock}, {560}, Qt::Horizontal);
            const auto& personas = document->workspace().personas;
            if (personas.size() > 4) {
                const QString id = QString::fromStdString(personas[4].id);
                if (auto* list = window.findChild<b2x::PersonaListPanel*>())
                    list->selectPersonas({id}, id);
            }
            QTest::qWait(300);
            save(QStringLiteral("plan-panel") + suffix);
            if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("planTabs"))) {
                const char* names[] = {"plan-targets", "plan-board", "plan-objectives",
                                       "plan-timeline"};
                for (int i = 1; i < tabs->count() && i < 4; ++i) {
                    tabs->setCurrentIndex(i);
                    QTest::qWait(300);
                    save(QString::fromLatin1(names[i]) + suffix);
                }
                tabs->setCurrentIndex(0);
            }
        }
    }
    if (!chartsOnly && !planOnly) {
        // What the window offers once the workspace is closed.
        if (auto* close = window.findChild<QAction*>(QStringLiteral("actionClose"))) {
            close->trigger();
            QTest::qWait(200);
            save(QStringLiteral("empty-workspace"));
        }
    }
    return ok ? 0 : 1;
}
