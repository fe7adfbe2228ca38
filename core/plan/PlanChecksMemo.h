// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanAnalysis.h"

#include <QDate>
#include <QString>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace b2x::plan {

/// What checkPlan wrote for each persona and each tactic, kept with the inputs it was written
/// from, so that a check's message is written again only when something it says changed. At
/// 1,000 personas and 500 tactics a plan has some 700 findings, and writing them all again
/// (translations, numbers in the locale, channel names) and looking up every tactic's persona,
/// channel and key result on each keystroke was a tenth of an edit. PlanAnalysisCache keeps one;
/// analysePlan, which runs once, does not.
struct PlanChecksMemo {
    /// What any message may depend on besides its subject's own inputs. When it changes, every
    /// remembered check is dropped.
    struct Context {
        QString language; ///< i18n::currentLanguage(): the translation the texts came from
        QString locale;   ///< i18n::numberLocale()'s name: how their numbers are written
        QDate periodStart;
        QDate periodEnd;
        std::string currency;
        std::vector<Channel> channels; ///< the workspace's: channel names and windows

        bool operator==(const Context&) const = default;
    };

    /// What a persona's checks are written from (its part of the analysis, and its gaps).
    struct PersonaInputs {
        std::string personaId;
        std::string name;
        std::vector<QString> funnelWarnings;
        double plannedBudget = 0;
        std::optional<double> requiredSpendInPeriod;
        bool exceedsAudience = false;
        std::optional<double> requiredEntriesInPeriod;
        std::optional<double> inMarketInPeriod;
        std::optional<double> audienceSize;
        std::vector<RaceStage> gaps;

        bool operator==(const PersonaInputs&) const = default;
    };

    /// What a tactic's checks are written from besides the tactic itself.
    struct TacticInputs {
        bool personaFound = false;
        bool channelFound = false;
        bool keyResultFound = false;
        /// The attribution window and the cycle's p90 when the window misses; then the name of
        /// the persona the message names.
        std::optional<std::pair<int, double>> attributionMiss;
        std::string personaName;

        bool operator==(const TacticInputs&) const = default;
    };

    struct PersonaEntry {
        bool valid = false;
        PersonaInputs inputs;
        std::vector<PlanCheck> checks;
    };

    struct TacticEntry {
        bool valid = false;
        Tactic tactic;
        TacticInputs inputs;
        std::vector<PlanCheck> checks;
    };

    Context context;
    /// By position: in the analysis' personas (only those in the plan have checks), in the plan's
    /// tactics. An insertion shifts what follows it, which is then written again once.
    std::vector<PersonaEntry> personas;
    std::vector<TacticEntry> tactics;
    /// The checks of the objectives, the plan's persona entries and the content items, by the
    /// last run (taken again only by a run in which no plan item changed: onlyEdited).
    std::vector<PlanCheck> rest;
    bool restValid = false;
    /// Set by the owner for one run: the workspace differs from the one of the last run only in
    /// the fields of these personas (their ids and places unchanged), and so does the analysis.
    /// The checks of every other persona and of their tactics are then taken as they were,
    /// without looking at their inputs. Null: anything may have changed.
    const std::unordered_set<std::string>* onlyEdited = nullptr;
    /// How many personas' and tactics' checks have been written rather than reused (for tests).
    std::size_t written = 0;

    void clear()
    {
        personas.clear();
        tactics.clear();
        rest.clear();
        restValid = false;
    }
};

} // namespace b2x::plan
