// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BehaviourProfile.h"
#include "model/Enums.h"

#include <QString>

namespace b2x {

// Display names and one-sentence explanations of the model's enum values, for combo boxes,
// table cells and tooltips. The file spellings in model/Enums.h never change; these are the
// words a marketer reads, and they go through translation.

QString displayName(Label value);
QString displayName(Role value);
QString displayName(Stance value);
QString displayName(BuyClass value);
QString displayName(AccountManagement value);
QString displayName(Training value);
QString displayName(TechnicalSupport value);
QString displayName(ServiceLevel value);
QString displayName(ReturnsPolicy value);
QString displayName(Personalisation value);
QString displayName(Confidence value);
QString displayName(EvidenceField value);
/// What the behaviour points to: "B2B", "B2C" or "Mixed" (the B2B index between the thresholds).
QString displayName(analytics::BehavesAs value);
/// A behaviour dimension's name ("Decision-unit size"), for tables, tooltips and the report.
QString displayName(analytics::Dimension value);
/// The same dimension in a word, where room is short (the radar chart's axis: "Deciders").
QString shortName(analytics::Dimension value);

QString description(Label value);
QString description(Role value);
QString description(Stance value);
QString description(BuyClass value);
QString description(AccountManagement value);
QString description(Training value);
QString description(TechnicalSupport value);
QString description(ServiceLevel value);
QString description(ReturnsPolicy value);
QString description(Personalisation value);
QString description(Confidence value);
QString description(EvidenceField value);

} // namespace b2x
