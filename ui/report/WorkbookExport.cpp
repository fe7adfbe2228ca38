// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookExport.h"

// GCC 12 at -O2 and above warns that the std::string concatenations building the formulas below
// may overlap in memcpy: a false positive of its -Wrestrict on basic_string's operator+ (GCC bug
// 105329, fixed in GCC 13).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include "PlanTables.h"
#include "WorkbookCells.h"
#include "analytics/CustomerRevenue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <optional>
#include <string>

namespace b2x {

namespace {

// lupdate files the strings of these free functions under the context "b2x".
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

/// "A", "B", … "Z", "AA", …: the letters of a column (0-based).
std::string columnName(std::size_t column)
{
    std::string s;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

/// A cell of another sheet ("Inputs!E2"); `row` is 0-based, as libxlsxwriter counts.
std::string cell(const char* sheet, std::size_t column, std::size_t row)
{
    return std::string(sheet) + '!' + columnName(column) + std::to_string(row + 1);
}

/// A cell of the same sheet.
std::string cell(std::size_t column, std::size_t row)
{
    return columnName(column) + std::to_string(row + 1);
}

// The Inputs sheet: one row per persona, these columns, then the conversion of every pipeline
// stage (as many columns as the longest pipeline), then the stages' names.
enum In : std::size_t {
    InName,
    InId,
    InLabel,
    InRevenueModel,
    InVolume,
    InSpend,
    InPrice,
    InMargin,
    InPerYear,
    InLifetimeYears,
    InBilling,
    InChurn,
    InChurnPeriod,
    InExpansion,
    InRetention,
    InFirstStage
};

// The Economics sheet's columns.
enum Ec : std::size_t {
    EcName,
    EcCustomers,
    EcMonthlyRevenue,
    EcChurn,
    EcExpansion,
    EcNetLoss,
    EcLifetime,
    EcCac,
    EcClv,
    EcClvToCac,
    EcPayback,
    EcRoas,
    EcBreakEvenRoas,
    EcSteadyCustomers,
    EcSteadyMrr,
    EcSteadyArr,
    EcCycleP50,
    EcMonth24Revenue,
    EcCount
};

std::size_t longestPipeline(const Workspace& ws)
{
    std::size_t n = 0;
    for (const Persona& p : ws.personas)
        n = std::max(n, p.pipeline.size());
    return n;
}

void writeInputs(WorkbookCells& w, const Workspace& ws, std::size_t stages)
{
    lxw_worksheet* s = w.sheet(WorkbookExport::inputsSheet);
    if (!s)
        return;
    const QString shareNote = tr("A share: 50% is 0.5.");
    w.header(s, InName, tr("Persona"), 36, CellFormat::None);
    w.header(s, InId, tr("Id"), 38, CellFormat::None);
    w.header(s, InLabel, tr("Label"), 10, CellFormat::None);
    w.header(s, InRevenueModel, tr("Revenue model"), 14, CellFormat::None,
             tr("oneOff, repeatOrder or subscription (as in the workspace file)."));
    w.header(s, InVolume, tr("Monthly volume"), 14, CellFormat::Number,
             tr("Top-of-funnel entries per month."));
    w.header(s, InSpend, tr("Monthly spend"), 16, CellFormat::Money,
             tr("Marketing and sales spend per month."));
    w.header(s, InPrice, tr("Price"), 16, CellFormat::Money,
             tr("Order or contract value per purchase; for a subscription the price per billing "
                "period."));
    w.header(s, InMargin, tr("Gross margin"), 12, CellFormat::Share, shareNote);
    w.header(s, InPerYear, tr("Purchases per year"), 12, CellFormat::Number,
             tr("One-off and repeat orders: purchases per customer a year."));
    w.header(s, InLifetimeYears, tr("Lifetime (years)"), 12, CellFormat::Number,
             tr("One-off: the customer lifetime. Subscription and repeat orders: the horizon "
                "that caps the lifetime which churn implies."));
    w.header(s, InBilling, tr("Billing"), 10, CellFormat::None,
             tr("Subscription: monthly or annual (the price is per billing period)."));
    w.header(s, InChurn, tr("Churn"), 10, CellFormat::Share,
             tr("Subscription: share of customers lost per churn period. %1").arg(shareNote));
    w.header(s, InChurnPeriod, tr("Churn period"), 10, CellFormat::None, tr("monthly or annual."));
    w.header(s, InExpansion, tr("Expansion a year"), 12, CellFormat::Share,
             tr("Subscription: yearly growth of a retained customer's revenue. %1").arg(shareNote));
    w.header(s, InRetention, tr("Annual retention"), 12, CellFormat::Share,
             tr("Repeat orders: share of customers still ordering a year on. %1").arg(shareNote));
    for (std::size_t k = 0; k < stages; ++k) {
        w.header(s, InFirstStage + k, tr("Stage %1 conversion").arg(k + 1), 12, CellFormat::Share,
                 tr("Share of the stage's entrants that moves on to the next stage (the last "
                    "stage's turns them into customers). %1")
                     .arg(shareNote));
        w.header(s, InFirstStage + stages + k, tr("Stage %1").arg(k + 1), 16, CellFormat::None,
                 tr("The stage's name."));
    }
    for (std::size_t i = 0; i < ws.personas.size(); ++i) {
        const Persona& p = ws.personas[i];
        const Economics& e = p.economics;
        const std::size_t r = i + 1;
        w.text(s, r, InName, p.name);
        w.text(s, r, InId, p.id);
        w.text(s, r, InLabel, std::string(toString(p.label)));
        w.text(s, r, InRevenueModel, std::string(toString(e.revenueModel)));
        w.number(s, r, InVolume, e.monthlyVolume, CellFormat::Number);
        w.number(s, r, InSpend, e.monthlySpend, CellFormat::Money);
        w.number(s, r, InPrice, e.price, CellFormat::Money);
        w.number(s, r, InMargin, e.grossMarginPercent / 100.0, CellFormat::Share);
        w.number(s, r, InPerYear, e.purchasesPerYear, CellFormat::Number);
        w.number(s, r, InLifetimeYears, e.lifetimeYears, CellFormat::Number);
        w.text(s, r, InBilling, std::string(toString(e.subscription.billing)));
        w.number(s, r, InChurn, e.subscription.churnPercent / 100.0, CellFormat::Share);
        w.text(s, r, InChurnPeriod, std::string(toString(e.subscription.churnPeriod)));
        w.number(s, r, InExpansion, e.subscription.expansionPercent / 100.0, CellFormat::Share);
        w.number(s, r, InRetention, e.repeatOrders.annualRetentionPercent / 100.0,
                 CellFormat::Share);
        for (std::size_t k = 0; k < p.pipeline.size(); ++k) {
            w.number(s, r, InFirstStage + k, p.pipeline[k].conversionPercent / 100.0,
                     CellFormat::Share);
            w.text(s, r, InFirstStage + stages + k, p.pipeline[k].name);
        }
    }
    w.freezeHeader(s, 1);
}

/// The Funnel sheet's column of customers per month.
std::size_t funnelCustomersColumn(std::size_t stages)
{
    return 2 + stages;
}

void writeFunnel(WorkbookCells& w, const Workspace& ws,
                 const std::vector<analytics::PersonaAnalysis>& analyses, std::size_t stages)
{
    lxw_worksheet* s = w.sheet(WorkbookExport::funnelSheet);
    if (!s)
        return;
    const char* in = WorkbookExport::inputsSheet;
    w.header(s, 0, tr("Persona"), 36, CellFormat::None);
    w.header(s, 1, tr("Monthly volume"), 14, CellFormat::Count,
             tr("Formula: the Inputs sheet's monthly volume."));
    for (std::size_t k = 0; k < stages; ++k)
        w.header(s, 2 + k, tr("Stage %1 entries").arg(k + 1), 14, CellFormat::Count,
                 k == 0 ? tr("Formula: entries into the first stage a month = monthly volume.")
                        : tr("Formula: entries into this stage a month = the previous stage's "
                             "entries × its conversion."));
    const std::size_t customers = funnelCustomersColumn(stages);
    w.header(s, customers, tr("Customers per month"), 14, CellFormat::Count,
             tr("Formula: monthly volume × the product of every stage's conversion (the "
                "monthly volume itself when the pipeline has no stage)."));
    for (std::size_t i = 0; i < ws.personas.size() && i < analyses.size(); ++i) {
        const Persona& p = ws.personas[i];
        const analytics::Funnel& f = analyses[i].funnel;
        const std::size_t r = i + 1;
        w.formulaText(s, r, 0, "=" + cell(in, InName, r), p.name);
        w.formula(s, r, 1, "=" + cell(in, InVolume, r), p.economics.monthlyVolume,
                  CellFormat::Count);
        for (std::size_t k = 0; k < p.pipeline.size() && k < f.stages.size(); ++k) {
            const std::string formula =
                k == 0 ? "=" + cell(1, r)
                       : "=" + cell(2 + k - 1, r) + "*" + cell(in, InFirstStage + k - 1, r);
            w.formula(s, r, 2 + k, formula, f.stages[k].count, CellFormat::Count);
        }
        std::string formula = "=" + cell(1, r);
        if (stages > 0) {
            const std::string range = cell(in, InFirstStage, r) + ":" +
                                      columnName(InFirstStage + stages - 1) + std::to_string(r + 1);
            formula = "=IF(COUNT(" + range + ")=0," + cell(1, r) + "," + cell(1, r) + "*PRODUCT(" +
                      range + "))";
        }
        w.formula(s, r, customers, formula, f.customersPerMonth, CellFormat::Count);
    }
    w.freezeHeader(s, 1);
}

void writeEconomics(WorkbookCells& w, const Workspace& ws,
                    const std::vector<analytics::PersonaAnalysis>& analyses, std::size_t stages)
{
    lxw_worksheet* s = w.sheet(WorkbookExport::economicsSheet);
    if (!s)
        return;
    w.header(s, EcName, tr("Persona"), 36, CellFormat::None);
    w.header(s, EcCustomers, tr("Customers per month"), 14, CellFormat::Count,
             tr("Formula: from the Funnel sheet."));
    w.header(s, EcMonthlyRevenue, tr("Monthly revenue per customer"), 16, CellFormat::Money,
             tr("Formula: subscription: the price (÷ 12 when billed annually); otherwise price × "
                "purchases per year ÷ 12."));
    w.header(s, EcChurn, tr("Monthly churn"), 12, CellFormat::Share,
             tr("Formula: subscription: the churn (annual churn as the monthly rate that "
                "compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual "
                "retention^(1/12); one-off: empty."));
    w.header(s, EcExpansion, tr("Monthly expansion"), 12, CellFormat::Share,
             tr("Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0."));
    w.header(s, EcNetLoss, tr("Net monthly loss"), 12, CellFormat::Share,
             tr("Formula: churn − expansion × (1 − churn): the share of a month's revenue the "
                "next month loses."));
    w.header(s, EcLifetime, tr("Lifetime (months)"), 12, CellFormat::Number,
             tr("Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped "
                "at 12 × lifetime years."));
    w.header(s, EcCac, tr("CAC"), 14, CellFormat::Money,
             tr("Formula: monthly spend ÷ customers per month; empty when no customer is won."));
    w.header(s, EcClv, tr("CLV"), 14, CellFormat::Money,
             tr("Formula: monthly revenue per customer × gross margin × lifetime in months."));
    w.header(s, EcClvToCac, tr("CLV:CAC"), 10, CellFormat::Number, tr("Formula: CLV ÷ CAC."));
    w.header(s, EcPayback, tr("Payback (months)"), 12, CellFormat::Number,
             tr("Formula: CAC ÷ (monthly revenue per customer × gross margin)."));
    w.header(s, EcRoas, tr("ROAS"), 10, CellFormat::Number,
             tr("Formula: customers per month × price ÷ monthly spend."));
    w.header(s, EcBreakEvenRoas, tr("Break-even ROAS"), 10, CellFormat::Number,
             tr("Formula: 1 ÷ gross margin."));
    w.header(s, EcSteadyCustomers, tr("Steady-state customers"), 14, CellFormat::Count,
             tr("Formula: customers per month ÷ monthly churn (recurring models with churn)."));
    w.header(s, EcSteadyMrr, tr("Steady-state MRR"), 14, CellFormat::Money,
             tr("Formula: subscriptions: customers per month × monthly revenue per customer ÷ "
                "net monthly loss."));
    w.header(s, EcSteadyArr, tr("Steady-state ARR"), 14, CellFormat::Money,
             tr("Formula: 12 × steady-state MRR."));
    w.header(s, EcCycleP50, tr("Median sales cycle (days)"), 12, CellFormat::Number,
             tr("Value, not a formula: the sales-cycle model sums each stage's triangular "
                "duration by convolution, which a spreadsheet formula cannot do."));
    w.header(s, EcMonth24Revenue, tr("Revenue in month 24"), 14, CellFormat::Money,
             tr("Value, not a formula: the time-to-revenue model spreads each month's customers "
                "over the sales-cycle distribution."));

    const char* in = WorkbookExport::inputsSheet;
    const std::string customersCell = columnName(funnelCustomersColumn(stages));
    for (std::size_t i = 0; i < ws.personas.size() && i < analyses.size(); ++i) {
        const Persona& p = ws.personas[i];
        const analytics::PersonaAnalysis& a = analyses[i];
        const analytics::UnitEconomics& u = a.economics;
        const analytics::CustomerRevenue rev = analytics::customerRevenue(p.economics);
        const std::size_t r = i + 1;
        const auto at = [&](std::size_t column) { return cell(in, column, r); };
        const auto here = [&](std::size_t column) { return cell(column, r); };
        const auto model = [&](const char* name) {
            return at(InRevenueModel) + "=\"" + name + "\"";
        };
        const std::string years12 = "12*" + at(InLifetimeYears);
        const bool recurring = p.economics.revenueModel != RevenueModel::OneOff;

        w.formulaText(s, r, EcName, "=" + at(InName), p.name);
        w.formula(s, r, EcCustomers,
                  "=" + std::string(WorkbookExport::funnelSheet) + "!" + customersCell +
                      std::to_string(r + 1),
                  a.funnel.customersPerMonth, CellFormat::Count);
        w.formula(s, r, EcMonthlyRevenue,
                  "=IF(" + model("subscription") + ",IF(" + at(InBilling) + "=\"annual\"," +
                      at(InPrice) + "/12," + at(InPrice) + ")," + at(InPrice) + "*" +
                      at(InPerYear) + "/12)",
                  u.monthlyRevenuePerCustomer, CellFormat::Money);
        w.formula(s, r, EcChurn,
                  "=IF(" + model("oneOff") + ",\"\",IF(" + model("repeatOrder") + ",1-" +
                      at(InRetention) + "^(1/12),IF(" + at(InChurnPeriod) + "=\"annual\",1-(1-" +
                      at(InChurn) + ")^(1/12)," + at(InChurn) + ")))",
                  u.monthlyChurn, CellFormat::Share);
        w.formula(s, r, EcExpansion,
                  "=IF(" + model("subscription") + ",(1+" + at(InExpansion) + ")^(1/12)-1,0)",
                  rev.monthlyExpansion.value_or(0.0), CellFormat::Share);
        w.formula(s, r, EcNetLoss,
                  "=IF(ISNUMBER(" + here(EcChurn) + ")," + here(EcChurn) + "-" + here(EcExpansion) +
                      "*(1-" + here(EcChurn) + "),\"\")",
                  recurring ? std::optional<double>(rev.netMonthlyLoss) : std::nullopt,
                  CellFormat::Share);
        w.formula(s, r, EcLifetime,
                  "=IF(" + model("oneOff") + "," + years12 + ",IF(" + here(EcNetLoss) +
                      ">0,MIN(1/" + here(EcNetLoss) + "," + years12 + ")," + years12 + "))",
                  u.lifetimeMonths, CellFormat::Number);
        w.formula(s, r, EcCac,
                  "=IF(" + here(EcCustomers) + ">0," + at(InSpend) + "/" + here(EcCustomers) +
                      ",\"\")",
                  u.cac, CellFormat::Money);
        w.formula(s, r, EcClv,
                  "=" + here(EcMonthlyRevenue) + "*" + at(InMargin) + "*" + here(EcLifetime), u.clv,
                  CellFormat::Money);
        w.formula(s, r, EcClvToCac,
                  "=IF(ISNUMBER(" + here(EcCac) + "),IF(" + here(EcCac) + ">0," + here(EcClv) +
                      "/" + here(EcCac) + ",\"\"),\"\")",
                  u.clvToCac, CellFormat::Number);
        const std::string monthlyMargin = here(EcMonthlyRevenue) + "*" + at(InMargin);
        w.formula(s, r, EcPayback,
                  "=IF(ISNUMBER(" + here(EcCac) + "),IF(" + monthlyMargin + ">0," + here(EcCac) +
                      "/(" + monthlyMargin + "),\"\"),\"\")",
                  u.paybackMonths, CellFormat::Number);
        w.formula(s, r, EcRoas,
                  "=IF(" + at(InSpend) + ">0," + here(EcCustomers) + "*" + at(InPrice) + "/" +
                      at(InSpend) + ",\"\")",
                  u.roas, CellFormat::Number);
        w.formula(s, r, EcBreakEvenRoas, "=IF(" + at(InMargin) + ">0,1/" + at(InMargin) + ",\"\")",
                  u.breakEvenRoas, CellFormat::Number);
        w.formula(s, r, EcSteadyCustomers,
                  "=IF(ISNUMBER(" + here(EcChurn) + "),IF(" + here(EcChurn) + ">0," +
                      here(EcCustomers) + "/" + here(EcChurn) + ",\"\"),\"\")",
                  u.steadyStateCustomers, CellFormat::Count);
        w.formula(s, r, EcSteadyMrr,
                  "=IF(" + model("subscription") + ",IF(" + here(EcNetLoss) + ">0," +
                      here(EcCustomers) + "*" + here(EcMonthlyRevenue) + "/" + here(EcNetLoss) +
                      ",\"\"),\"\")",
                  u.steadyStateMrr, CellFormat::Money);
        w.formula(s, r, EcSteadyArr,
                  "=IF(ISNUMBER(" + here(EcSteadyMrr) + "),12*" + here(EcSteadyMrr) + ",\"\")",
                  u.steadyStateArr, CellFormat::Money);
        w.number(s, r, EcCycleP50, a.salesCycle.p50Days, CellFormat::Number);
        w.number(s, r, EcMonth24Revenue, a.timeToRevenue.monthlyRevenue.back(), CellFormat::Money);
    }
    w.freezeHeader(s, 1);
}

void writePlanTable(WorkbookCells& w, const PlanTable& table, const char* sheetName)
{
    lxw_worksheet* s = w.sheet(sheetName);
    if (!s)
        return;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const PlanColumn& col = table.columns[c];
        // Wide enough for the header and the longest text, within 10–50 characters; numbers
        // and dates take 16 (an amount with its currency code).
        std::size_t chars = col.name.size();
        for (const auto& row : table.rows)
            if (const auto* t = c < row.size() ? std::get_if<std::string>(&row[c]) : nullptr)
                chars =
                    std::max(chars, static_cast<std::size_t>(QString::fromStdString(*t).size()));
        const double width = col.kind == PlanColumnKind::Text
                                 ? std::clamp(static_cast<double>(chars) + 2.0, 10.0, 50.0)
                                 : 16.0;
        const CellFormat fmt = col.kind == PlanColumnKind::Money    ? CellFormat::Money
                               : col.kind == PlanColumnKind::Share  ? CellFormat::Share
                               : col.kind == PlanColumnKind::Number ? CellFormat::None
                               : col.kind == PlanColumnKind::Date   ? CellFormat::Date
                                                                    : CellFormat::None;
        w.header(s, c, QString::fromStdString(col.name), width, fmt);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
            if (const auto* t = std::get_if<std::string>(&row[c])) {
                if (table.columns[c].kind == PlanColumnKind::Date)
                    w.date(s, r + 1, c, *t);
                else
                    w.text(s, r + 1, c, *t);
            } else if (const auto* v = std::get_if<double>(&row[c])) {
                const PlanColumnKind k = table.columns[c].kind;
                w.number(s, r + 1, c, *v,
                         k == PlanColumnKind::Money   ? CellFormat::Money
                         : k == PlanColumnKind::Share ? CellFormat::Share
                                                      : CellFormat::None);
            }
        }
    }
    w.freezeHeader(s, 0);
}

} // namespace

SaveResult WorkbookExport::write(const Workspace& ws,
                                 const std::vector<analytics::PersonaAnalysis>& analyses,
                                 const QString& path, QDate today,
                                 const plan::PlanAnalysis* planAnalysis)
{
    const auto failed = [&](const QString& why) {
        return SaveResult{false,
                          QCoreApplication::translate("b2x::WorkbookExport", "cannot write %1: %2")
                              .arg(path, why)};
    };
    // libxlsxwriter writes a file by name; it builds it under a temporary name of its own, and
    // only a complete workbook is then saved under `path`.
    QTemporaryFile temporary(QDir::tempPath() + QStringLiteral("/b2x-workbook-XXXXXX.xlsx"));
    if (!temporary.open())
        return failed(temporary.errorString());
    temporary.close();
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());

    lxw_workbook* wb = workbook_new(temporaryName.constData());
    if (!wb)
        return failed(
            QCoreApplication::translate("b2x::WorkbookExport", "no workbook could be started"));
    lxw_error error = LXW_NO_ERROR;
    {
        WorkbookCells w(wb, ws.currency);
        const std::size_t stages = longestPipeline(ws);
        writeInputs(w, ws, stages);
        writeFunnel(w, ws, analyses, stages);
        writeEconomics(w, ws, analyses, stages);
        const std::vector<PlanTable> tables =
            planAnalysis ? planTables(ws, *planAnalysis) : planTables(ws, today);
        const char* names[] = {"Tactics", "Key results", "Content"};
        for (std::size_t t = 0; t < tables.size() && t < std::size(names); ++t)
            writePlanTable(w, tables[t], names[t]);
        error = w.error();
    }
    const lxw_error closed = workbook_close(wb); // frees the workbook whatever happened
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(error)));

    QFile built(temporary.fileName());
    if (!built.open(QIODevice::ReadOnly))
        return failed(built.errorString());
    const QByteArray bytes = built.readAll();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    return {true, {}};
}

} // namespace b2x
