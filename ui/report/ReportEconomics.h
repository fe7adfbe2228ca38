// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "model/Persona.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace b2x {

/// The report's words for how a persona's customers pay (docs/models.md, "Revenue models"): the
/// revenue model and its terms in one sentence, and the figures derived from them. A figure the
/// model does not define (no churn, so no steady state) is left out, never printed as 0.
class ReportEconomics {
    Q_DECLARE_TR_FUNCTIONS(b2x::ReportEconomics)

public:
    /// "Subscription billed yearly at $2,400; 10% churn a year; CLV over the lifetime churn
    /// implies (capped at 5 years)."
    static QString terms(const Economics& economics, const QString& currency);
    /// Rows (label, value) of the derived figures the analysis defines.
    static std::vector<QStringList> figures(const Persona& persona,
                                            const analytics::PersonaAnalysis& analysis,
                                            const QString& currency);
    /// Every role of a member, translated and comma-separated ("User, Decider, Buyer").
    static QString roles(const DecisionUnitMember& member);

    /// "one year", "5 years", "2.5 years".
    static QString years(double years);
};

} // namespace b2x
