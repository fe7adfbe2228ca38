// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "AnalysedRead.h"
#include "CliCommands.h"
#include "analytics/PersonaAnalysis.h"
#include "io/ReportDecoder.h"
#include "model/Limits.h"
#include "plan/PlanAnalysis.h"
#include "report/ChartExport.h"
#include "report/CsvExport.h"
#include "report/PdfReport.h"
#include "report/PlanCsvExport.h"
#include "report/WorkbookExport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <memory>

namespace b2x::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::cli", text);
}

struct ExportRequest {
    QString file, pdf, png, svg, csv, csvPlan, xlsx;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QStringList personaIds;
    ReportSettings cover; ///< --title, --subtitle, --client, --author, --date
};

/// Parses the arguments; returns an error message for a usage error.
QString parse(QStringList args, ExportRequest& r)
{
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const auto value = [&](QString& out) {
            if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
                return false;
            out = args.takeFirst();
            return true;
        };
        QString v;
        if (a == QLatin1String("--pdf") && value(r.pdf))
            continue;
        if (a == QLatin1String("--png") && value(r.png))
            continue;
        if (a == QLatin1String("--svg") && value(r.svg))
            continue;
        if (a == QLatin1String("--csv") && value(r.csv))
            continue;
        if (a == QLatin1String("--csv-plan") && value(r.csvPlan))
            continue;
        if (a == QLatin1String("--xlsx") && value(r.xlsx))
            continue;
        if (a == QLatin1String("--page-size") && value(v)) {
            if (v.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
                r.pageSize = QPageSize::A4;
            else if (v.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
                r.pageSize = QPageSize::Letter;
            else
                return tr("--page-size must be A4 or Letter, not \"%1\"").arg(v);
            continue;
        }
        // Cover texts: they override what the workspace saved, for this export only.
        std::string* cover = a == QLatin1String("--title")      ? &r.cover.title
                             : a == QLatin1String("--subtitle") ? &r.cover.subtitle
                             : a == QLatin1String("--client")   ? &r.cover.client
                             : a == QLatin1String("--author")   ? &r.cover.author
                             : a == QLatin1String("--date")     ? &r.cover.date
                                                                : nullptr;
        if (cover && value(v)) {
            *cover = v.trimmed().toStdString();
            if (cover->size() > limits::maxShortText)
                return tr("%1 is %2 bytes long; at most %3 are allowed")
                    .arg(a)
                    .arg(cover->size())
                    .arg(limits::maxShortText);
            if (cover == &r.cover.date && !isIsoDate(*cover))
                return tr("--date must be a date written YYYY-MM-DD, such as 2026-12-03, not "
                          "\"%1\"")
                    .arg(v);
            continue;
        }
        if (a == QLatin1String("--personas") && value(v)) {
            r.personaIds = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            continue;
        }
        if (!a.startsWith(QLatin1String("--")) && r.file.isEmpty()) {
            r.file = a;
            continue;
        }
        return tr("unexpected argument \"%1\"").arg(a);
    }
    if (r.file.isEmpty())
        return tr("name the workspace file to export");
    if (r.pdf.isEmpty() && r.png.isEmpty() && r.svg.isEmpty() && r.csv.isEmpty() &&
        r.csvPlan.isEmpty() && r.xlsx.isEmpty())
        return tr("choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx");
    return {};
}

} // namespace

int runExport(const QStringList& args)
{
    ExportRequest r;
    if (const QString usage = parse(args, r); !usage.isEmpty()) {
        printErr(tr("b2x export: %1\n").arg(usage));
        return UsageError;
    }
    const AnalysedWorkspace read = readAndAnalyse(r.file);
    if (!read.loaded.ok()) {
        for (const auto& p : read.loaded.problems)
            printErr(tr("%1: error: %2\n").arg(r.file, p.toString()));
        return InvalidInput;
    }
    const Workspace& ws = *read.loaded.workspace;
    const std::vector<analytics::PersonaAnalysis>& analyses = read.analyses;

    ReportOptions options;
    options.pageSize = r.pageSize;
    options.cover = r.cover;
    for (const auto& id : r.personaIds) {
        const Persona* p = ws.findPersona(id.toStdString());
        if (!p) {
            printErr(tr("%1: error: no persona has the id %2\n").arg(r.file, id));
            return InvalidInput;
        }
        options.personaIndices.push_back(static_cast<std::size_t>(p - ws.personas.data()));
    }

    int status = Success;
    const auto report = [&](const SaveResult& result, const QString& what) {
        if (result.ok) {
            printOut(tr("wrote %1\n").arg(what));
        } else {
            printErr(tr("b2x export: %1\n").arg(result.message));
            status = InvalidInput;
        }
    };
    // The charts (and the plan's analysis behind the plan's charts and the report's plan part)
    // only when an output draws them: a CSV of 10,000 personas needs neither.
    // The plan is analysed once for every output that shows it.
    const QDate today = QDate::currentDate();
    const bool drawn = !r.pdf.isEmpty() || !r.png.isEmpty() || !r.svg.isEmpty();
    if (drawn || !r.csvPlan.isEmpty() || !r.xlsx.isEmpty())
        options.planAnalysis =
            std::make_shared<const plan::PlanAnalysis>(plan::analysePlan(ws, today));
    std::unique_ptr<ChartExport> charts;
    if (drawn) {
        charts = std::make_unique<ChartExport>(ws, analyses, options.personaIndices,
                                               options.planAnalysis.get());
    }
    if (!r.pdf.isEmpty()) {
        options.charts = ChartExport::allCharts();
        PdfReport pdf(ws, analyses, options, charts->painter(), &ChartExport::title);
        charts->addChartsTo(pdf, ws, options.personaIndices);
        report(pdf.writePdf(r.pdf), r.pdf);
    }
    if (!r.csv.isEmpty())
        report(CsvExport::write(ws, analyses, r.csv), r.csv);
    if (!r.csvPlan.isEmpty())
        report(PlanCsvExport::write(ws, r.csvPlan, today, options.planAnalysis.get()), r.csvPlan);
    if (!r.xlsx.isEmpty())
        report(WorkbookExport::write(ws, analyses, r.xlsx, today, options.planAnalysis.get()),
               r.xlsx);
    if (!r.png.isEmpty())
        report(charts->writeAll(r.png, ChartExport::Format::Png), r.png);
    if (!r.svg.isEmpty())
        report(charts->writeAll(r.svg, ChartExport::Format::Svg), r.svg);
    return status;
}

} // namespace b2x::cli
