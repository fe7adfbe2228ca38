// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QString>
#include <string>

class QComboBox;
class QDateEdit;
class QWidget;

namespace b2x::planfields {

// The fields the tactic and content item dialogs share (ui/plan/TacticDialog.h,
// ui/plan/ContentItemDialog.h).

/// The workspace's personas in list order (with their colours); a persona that no longer exists
/// stays selectable under "Persona no longer in the workspace", so editing keeps the reference.
QComboBox* personaCombo(const Workspace& workspace, const std::string& current, QWidget* parent);
QComboBox* stageCombo(RaceStage current, QWidget* parent);
/// "No channel", the persona's channels, then the rest of the catalogue (built-in and the
/// workspace's own), named as the editor names them; an unknown id is kept as it is.
void fillChannels(QComboBox* combo, const Workspace& workspace, const std::string& personaId,
                  const std::string& current);
/// A date that may be "not set": the earliest date of the field stands for it.
QDateEdit* optionalDate(const std::string& date, const QString& objectName, const QString& tip,
                        QWidget* parent);
std::string dateText(const QDateEdit* edit);
void setDateText(QDateEdit* edit, const std::string& date);
/// The text without surrounding blanks, cut at the last whole character within `maxBytes` of
/// UTF-8 (the reader's limit, core/model/Limits.h).
std::string clipped(const QString& text, std::size_t maxBytes);
/// The combo's current item's id (its data), as stored in the plan.
std::string currentId(const QComboBox* combo);

} // namespace b2x::planfields
