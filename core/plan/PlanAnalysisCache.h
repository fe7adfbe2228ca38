// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanAnalysis.h"
#include "PlanChecksMemo.h"

#include <unordered_map>
#include <unordered_set>

namespace b2x::plan {

/// analysePlan that remembers each persona's part and computes it again only when what it depends
/// on changed: the persona, the plan's entry for it, the planned budget of its tactics, the period
/// or the workspace's channels. A persona's part (its reverse funnel and cycle distribution) is
/// the costly one, so an edit of one persona in a workspace of a thousand costs one persona's
/// work; the parts that depend on every persona (objective scores, gaps, checks) are computed
/// every time, but each persona's and tactic's check messages are written again only when their
/// inputs changed (PlanChecksMemo). The result equals analysePlan's
/// (tests/analytics/PlanAnalysisCacheTest.cpp).
class PlanAnalysisCache {
public:
    const PlanAnalysis& analyse(const Workspace& workspace, QDate today);
    /// The owner promises to announce every change of the workspace between two analyse() calls:
    /// personaEdited() for an edit of one persona (a field, or its undo), anythingChanged() for
    /// any other. Then analyse() compares only the edited personas with what it remembers (at a
    /// thousand personas comparing them all was a third of an edit's cost). Without the promise
    /// every persona is compared, every time.
    void announceChanges() { m_announced = true; }
    void personaEdited(const std::string& personaId);
    void anythingChanged();
    /// How many persona parts have been computed so far (for tests).
    std::size_t personasComputed() const { return m_computed; }
    /// How many personas' and tactics' checks have been written rather than reused (for tests).
    std::size_t checksWritten() const { return m_checks.written; }
    void clear();

private:
    struct Entry {
        Persona persona;
        std::optional<PersonaPlan> plan;
        double plannedBudget = 0;
        std::size_t slot = 0; ///< where its result is in m_analysis.personas
        std::size_t run = 0;  ///< the last analyse() that met it
    };

    /// analyse() when only the personas of m_edited changed since the last one; false (nothing
    /// done) when the workspace does not have the shape the cache remembers.
    bool analyseEdits(const Workspace& workspace, const ChannelCatalogue& catalogue);

    std::unordered_map<std::string, Entry> m_entries;
    PlanPeriod m_periodInput;
    QDate m_today;
    std::vector<Channel> m_channels;
    PlanAnalysis m_analysis;
    PlanChecksMemo m_checks; ///< the checks of each persona and tactic, while their inputs hold
    std::size_t m_computed = 0;
    std::size_t m_run = 0;             ///< how many times analyse() ran
    bool m_announced = false;          ///< announceChanges() was called
    bool m_onlyEditsAnnounced = false; ///< only persona edits since the last analyse()
    std::unordered_set<std::string> m_edited;
};

} // namespace b2x::plan
