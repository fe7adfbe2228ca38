// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "AnalysedRead.h"
#include "SummaryJson.h"
#include "analytics/PersonaAnalysis.h"
#include "format/EnumLabels.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"

#include <QCoreApplication>
#include <cstdio>

namespace b2x::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x::cli", text, disambiguation, n);
}

QString padded(const QString& text, int width)
{
    QString t = text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    return t.leftJustified(width);
}

} // namespace

void printOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

void printErr(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stderr);
}

QString usageText()
{
    return tr("Usage: b2x COMMAND [OPTIONS]\n"
              "\n"
              "Check and summarise B2X Workbench workspace files (.b2x) without a display.\n"
              "\n"
              "Commands:\n"
              "  validate FILE...        check that each file is a valid workspace\n"
              "  summary FILE [--json]   list the personas of a workspace; --json prints a\n"
              "                          machine-readable document (see docs/cli.md)\n"
              "  plan FILE [--json]      the plan: each persona's target worked back through\n"
              "                          its funnel and sales cycle, OKR scores and checks\n"
              "  export FILE [--pdf OUT.pdf] [--page-size A4|Letter] [--personas ID,...]\n"
              "              [--png DIR] [--svg DIR] [--csv OUT.csv] [--csv-plan DIR]\n"
              "              [--xlsx OUT.xlsx]\n"
              "              [--title T] [--subtitle S] [--client C] [--author A]\n"
              "              [--date YYYY-MM-DD]\n"
              "                          write the comparison report, the charts, the\n"
              "                          metrics of every persona, the plan's lists as CSV\n"
              "                          and the workbook with live formulas; the cover\n"
              "                          options override the texts saved in the workspace\n"
              "  calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv]\n"
              "              [--format auto|generic|hubspot|salesforce|pipedrive]\n"
              "              [--as-of YYYY-MM-DD] [--date-order dmy|mdy]\n"
              "              [--map \"CRM stage=Pipeline stage\"]... [--spend SPEND.csv]\n"
              "              [--json] [--apply OUT.b2x]\n"
              "                          measure the persona's stages from a CRM export,\n"
              "                          open deals counted right, and the ad spend's CAC;\n"
              "                          --apply writes the stages into the persona\n"
              "  allocate FILE --persona ID [--persona ID]...\n"
              "              [--budget N | --target-mroas X] [--step-percent P] [--json]\n"
              "                          split the budget over the personas' channels by\n"
              "                          equal marginal returns (response curves)\n"
              "  uncertainty FILE --persona ID [--runs N] [--seed S] [--json]\n"
              "                          the persona's outcomes as ranges from the spread\n"
              "                          of its evidence, and the inputs that matter most\n"
              "\n"
              "Options:\n"
              "  --lang CODE             language of the messages: en, pl, ar, ro or th\n"
              "                          (default: the system's)\n"
              "  -h, --help              show this help\n"
              "  -v, --version           show the version\n"
              "\n"
              "Exit status: 0 success, 1 invalid input, 2 usage error.\n");
}

int runValidate(const QStringList& files)
{
    int status = Success;
    for (const auto& file : files) {
        const LoadResult r = WorkspaceReader::readFile(file);
        for (const auto& w : r.warnings)
            printErr(tr("%1: warning: %2\n").arg(file, w.toString()));
        if (r.ok()) {
            printOut(tr("%1: valid (%n persona(s))\n", nullptr,
                        static_cast<int>(r.workspace->personas.size()))
                         .arg(file));
            continue;
        }
        status = InvalidInput;
        for (const auto& p : r.problems)
            printErr(tr("%1: error: %2\n").arg(file, p.toString()));
    }
    return status;
}

std::optional<Workspace> loadWorkspace(const QString& file)
{
    LoadResult r = WorkspaceReader::readFile(file);
    if (!r.ok()) {
        for (const auto& p : r.problems)
            printErr(tr("%1: error: %2\n").arg(file, p.toString()));
        return std::nullopt;
    }
    for (const auto& w : r.warnings)
        printErr(tr("%1: warning: %2\n").arg(file, w.toString()));
    return std::move(r.workspace);
}

const Persona* findPersona(const Workspace& workspace, const QString& file, const QString& id)
{
    const std::string wanted = id.toStdString();
    for (const Persona& p : workspace.personas)
        if (p.id == wanted)
            return &p;
    printErr(tr("%1: error: no persona has the id %2 (b2x summary lists them)\n").arg(file, id));
    return nullptr;
}

int runSummary(const QString& file, bool json)
{
    if (json) {
        // The personas are analysed as the file is read, and the document is streamed persona
        // by persona: at 10,000 personas the text is some 180 MB.
        const AnalysedWorkspace read = readAndAnalyse(file);
        for (const auto& p : read.loaded.problems)
            printErr(tr("%1: error: %2\n").arg(file, p.toString()));
        if (!read.loaded.ok())
            return InvalidInput;
        for (const auto& w : read.loaded.warnings)
            printErr(tr("%1: warning: %2\n").arg(file, w.toString()));
        writeSummaryJson(*read.loaded.workspace, read.analyses, [](std::string_view piece) {
            std::fwrite(piece.data(), 1, piece.size(), stdout);
        });
        return Success;
    }
    const std::optional<Workspace> loaded = loadWorkspace(file);
    if (!loaded)
        return InvalidInput;
    const Workspace& ws = *loaded;
    printOut(tr("Workspace: %1 (%2)\n")
                 .arg(QString::fromStdString(ws.name), QString::fromStdString(ws.currency)));
    printOut(tr("%n persona(s)\n\n", nullptr, static_cast<int>(ws.personas.size())));
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(padded(tr("Name"), 34), padded(tr("Label"), 7), padded(tr("B2B index"), 10),
                      padded(tr("Behaves as"), 11), padded(tr("Mismatch"), 9), padded(tr("DMU"), 4),
                      padded(tr("Stages"), 7), padded(tr("Price"), 12), tr("Channels")));
    const ChannelCatalogue catalogue = ws.catalogue();
    for (const auto& p : ws.personas) {
        const auto a = analytics::analysePersona(p, catalogue);
        printOut(
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                .arg(
                    padded(QString::fromStdString(p.name), 34), padded(displayName(p.label), 7),
                    padded(Formatting::number(a.behaviour.b2bIndex, 1), 10),
                    padded(displayName(a.behaviour.behavesAs), 11),
                    padded(a.behaviour.labelMismatch ? tr("yes") : tr("no"), 9),
                    padded(Formatting::count(static_cast<long long>(p.decisionUnit.members.size())),
                           4),
                    padded(Formatting::count(static_cast<long long>(p.pipeline.size())), 7),
                    padded(Formatting::number(p.economics.price, 2), 12),
                    Formatting::count(static_cast<long long>(p.channels.size()))));
    }
    return Success;
}

} // namespace b2x::cli
