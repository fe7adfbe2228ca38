// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "plan/OkrScoring.h"

#include <QColor>
#include <QString>
#include <optional>

namespace b2x::objectives {

// The words and colours of the Objectives page, shared by its tree, its delegate and its forms.

/// The band's colour word, as a marketer reads it next to the bar ("green").
QString bandWord(plan::Band band);
/// What the band means in Google's grading ("on track", …), for tooltips.
QString bandMeaning(plan::Band band);
/// A light fill that dark text reads on, in the band's hue.
QColor bandColour(plan::Band band);
/// "64% · yellow", or "no progress yet" when not defined: the word is there beside the colour.
QString progressText(const std::optional<double>& progress, const std::optional<plan::Band>& band);

QString commitmentName(Commitment commitment);
QString quantityName(DerivedQuantity quantity);

/// A number as written in the current locale without trailing zeros.
QString number(double value);
/// start → current → target in the reading direction (the arrows point left in right-to-left).
QString startCurrentTarget(double start, double current, const QString& target,
                           const std::string& unit);

/// The sentence that explains a derived key result's target: "From the reverse funnel of
/// Enterprise software buying committee: 42 entries into “SQL” over the period."
QString derivedExplanation(const DerivedTarget& derived, const std::optional<double>& liveTarget,
                           double keptTarget, const Workspace& workspace);

} // namespace b2x::objectives
