// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "DealImport.h"
#include "StageCalibration.h"
#include "model/Persona.h"

#include <QString>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace b2x::calibration {

/// The columns of the generic deals file (docs/calibration.md), in order; the first
/// `requiredGenericColumns` must be there.
const std::vector<std::string>& genericDealColumns();
inline constexpr std::size_t requiredGenericColumns = 3;

/// A deals table whose headers a column mapping (generic column → the file's header) renamed
/// onto the generic layout, or the problems that stopped it.
struct ColumnMappingResult {
    std::optional<CsvTable> table;
    std::vector<CsvProblem> problems;
};

/// Renames the mapped headers to the generic names, so that importDeals reads the table as the
/// generic layout. Other columns that already carry a generic name (ignoring case) get " (not
/// used)" appended so they cannot be read instead. Refused, naming the column: a mapped header
/// the file does not have, one header mapped to two columns, a required column left out.
ColumnMappingResult applyColumnMapping(const CsvTable& table,
                                       const std::map<std::string, std::string>& columns,
                                       const QString& fileName = QString());

/// A starting column mapping: the remembered header for each generic column where the file has
/// it, else a header equal to the generic name (ignoring case and spaces/underscores), else none.
std::map<std::string, std::string>
suggestColumnMapping(const CsvTable& table, const std::map<std::string, std::string>& remembered);

/// "dmy" / "mdy" (ImportMapping::dateOrder) and back; "" and anything else are Unknown.
DateOrder dateOrderFromCode(std::string_view code);
std::string dateOrderCode(DateOrder order);

/// The stage mapping to start from: the remembered one (CRM stage → persona stage name) where the
/// persona still has that stage, then CRM stages named like a persona stage (mappingByName).
StageMapping suggestStageMapping(const DealSet& deals, const Persona& persona);

/// The mapping as ImportMapping::stages keeps it (CRM stage → persona stage name), merged over
/// `remembered` so that stages of other exports stay known.
std::map<std::string, std::string> stageNames(const StageMapping& mapping, const Persona& persona,
                                              const std::map<std::string, std::string>& remembered);

/// What the window asks the importer: the files (already read tables are reused), the format,
/// the date order and, for files whose headers were not recognised, the column mapping.
struct ActualsRequest {
    QString dealsPath;
    QString eventsPath; ///< empty: none
    DealFormat format = DealFormat::Auto;
    DateOrder order = DateOrder::Unknown;
    std::map<std::string, std::string> columns; ///< empty: the headers as they are
    std::shared_ptr<const CsvTable> dealsTable; ///< set: not read again
    std::shared_ptr<const CsvTable> eventsTable;
};

struct ActualsRead {
    std::shared_ptr<const CsvTable> deals; ///< as read, for the preview (null: not readable)
    std::shared_ptr<const CsvTable> events;
    std::vector<CsvProblem> problems; ///< reading, mapping and importing, each naming its place
    DealImportResult imported;
    /// The deals file's headers are not those of a known export: a column mapping is needed.
    bool needsColumns = false;
    bool cancelled = false;
};

/// Reads the files and imports the deals; `cancel` is looked at between the steps (a cancelled
/// read returns with `cancelled` and nothing imported). Safe to run on any thread.
ActualsRead readActuals(const ActualsRequest& request, const std::atomic<bool>& cancel);

} // namespace b2x::calibration
