// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCsvExport.h"

#include "CsvExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace b2x {

std::string PlanCsvExport::text(const PlanTable& table)
{
    std::string out;
    const auto end = [&] { out += "\r\n"; };
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i)
            out += ',';
        out += CsvExport::quoted(table.columns[i].name);
    }
    end();
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += ',';
            if (const auto* s = std::get_if<std::string>(&row[i]))
                out += CsvExport::quoted(*s);
            else if (const auto* v = std::get_if<double>(&row[i]))
                out += CsvExport::number(*v);
        }
        end();
    }
    return out;
}

SaveResult PlanCsvExport::write(const Workspace& workspace, const QString& folder, QDate today,
                                const plan::PlanAnalysis* analysis)
{
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("b2x::PlanCsvExport", s);
    };
    if (!QDir().mkpath(folder))
        return {false, tr("cannot create the folder %1").arg(folder)};
    const std::vector<PlanTable> tables =
        analysis ? planTables(workspace, *analysis) : planTables(workspace, today);
    for (const PlanTable& table : tables) {
        const QString path =
            QDir(folder).filePath(QString::fromStdString(table.name) + QStringLiteral(".csv"));
        const std::string csv = text(table);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(csv.data(), static_cast<qint64>(csv.size())) < 0 || !file.commit())
            return {false, tr("cannot write %1: %2").arg(path, file.errorString())};
    }
    return {true, {}};
}

} // namespace b2x
