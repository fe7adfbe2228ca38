// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "model/Persona.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace b2x {

/// The sentences of the report that count things or explain a persona's figures, written for a
/// client: counts with their plural forms ("one person", "%n people", "no approval levels"),
/// money in the workspace currency, display names instead of file spellings, and one warning
/// for several channels that fail the same way instead of one per channel.
///
/// The behaviour profile's own explanations (analytics::DimensionScore::explanation) serve
/// `b2x summary --json`; the core cannot know the workspace currency, the display names of the
/// UI or the locale's grouping, so the report words its explanations here.
class ReportPhrases {
    Q_DECLARE_TR_FUNCTIONS(b2x::ReportPhrases)

public:
    /// "one person", "3 people", or "2.5 people" for a median between two counts.
    static QString people(double count);
    /// Customers or entries a month: whole numbers with grouping from 10 up ("41,250"), one
    /// decimal from 1 ("2.4"), two below ("0.06"): a small rate is still information.
    static QString perMonth(double count);
    static QString approvalLevels(int levels);
    /// "one day", "12 days".
    static QString wholeDays(long long days);

    /// Why a dimension scored what it did, for the behaviour-profile table.
    static QString explanation(const analytics::DimensionScore& score, const Persona& persona,
                               const QString& currency,
                               const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());
    /// The persona's warnings: attribution windows grouped by what is wrong with them, then the
    /// decision unit's.
    static QStringList warnings(const analytics::PersonaAnalysis& analysis,
                                const ChannelCatalogue& catalogue = ChannelCatalogue::builtIn());
};

} // namespace b2x
