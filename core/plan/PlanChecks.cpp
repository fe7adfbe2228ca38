// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanChecks.h"

#include "PlanChecksMemo.h"
#include "analytics/CycleDistribution.h"
#include "i18n/Language.h"
#include "model/ChannelNames.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace b2x::plan {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString whole(double value)
{
    return i18n::numberLocale().toString(std::round(value), 'f', 0);
}

QString money(double value, const std::string& currency)
{
    return QStringLiteral("%1 %2").arg(whole(value), qs(currency));
}

/// The plan item a check is about (PlanCheck's ids).
struct Subject {
    std::string objectiveId;
    std::string keyResultId;
    std::string tacticId;
    std::string contentId;
};

constexpr RaceStage contentStages[] = {RaceStage::Reach, RaceStage::Act, RaceStage::Convert,
                                       RaceStage::Engage};

class Checker {
public:
    Checker(const Workspace& workspace, const PlanAnalysis& analysis, PlanChecksMemo* memo)
        : ws(workspace), a(analysis), catalogue(workspace.catalogue()), m_memo(memo)
    {
        for (const auto& g : analysis.contentGaps)
            gapsByPersona[g.personaId].push_back(g.stage);
        for (const auto& o : workspace.plan.objectives)
            for (const auto& k : o.keyResults)
                keyResultIds.insert(k.id);
        if (!m_memo)
            return;
        PlanChecksMemo::Context context{i18n::currentLanguage(), i18n::numberLocale().name(),
                                        analysis.period.start,   analysis.period.end,
                                        workspace.currency,      workspace.channels};
        if (context != m_memo->context) {
            m_memo->clear();
            m_memo->context = std::move(context);
        }
        // Only remembered checks of the same places can be taken without a look.
        m_onlyEdited = m_memo->onlyEdited && m_memo->personas.size() == analysis.personas.size() &&
                               m_memo->tactics.size() == workspace.plan.tactics.size() &&
                               m_memo->restValid
                           ? m_memo->onlyEdited
                           : nullptr;
        m_memo->personas.resize(analysis.personas.size());
        m_memo->tactics.resize(workspace.plan.tactics.size());
    }

    std::vector<PlanCheck> run()
    {
        if (a.period.assumed)
            add(CheckKind::PeriodAssumed, {},
                QCoreApplication::translate(
                    "b2x::plan",
                    "The plan has no period yet, so the calendar quarter %1 to %2 is planned.")
                    .arg(a.period.start.toString(Qt::ISODate), a.period.end.toString(Qt::ISODate)));
        for (std::size_t i = 0; i < a.personas.size(); ++i)
            if (a.personas[i].inPlan)
                persona(i, a.personas[i]);
        for (std::size_t i = 0; i < ws.plan.tactics.size(); ++i)
            tactic(i, ws.plan.tactics[i]);
        for (std::size_t i = 0; i < ws.plan.objectives.size(); ++i)
            objective(ws.plan.objectives[i], a.objectives[i]);
        // The references of the plan's persona entries and content items change only with the
        // plan or the set of personas.
        if (m_onlyEdited) {
            out.insert(out.end(), m_memo->rest.begin(), m_memo->rest.end());
            return std::move(out);
        }
        const std::size_t first = out.size();
        for (const auto& e : ws.plan.personas)
            personaRef(e.personaId,
                       [] { return QCoreApplication::translate("b2x::plan", "The plan's target"); },
                       {});
        for (const auto& c : ws.plan.content) {
            const auto place = [&c] {
                return QCoreApplication::translate("b2x::plan", "Content \"%1\"").arg(qs(c.title));
            };
            const Subject subject{{}, {}, {}, c.id};
            personaRef(c.personaId, place, subject);
            channelRef(c.channelId, place, subject);
        }
        if (m_memo) {
            m_memo->rest.assign(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
            m_memo->restValid = true;
        }
        return std::move(out);
    }

private:
    void add(CheckKind kind, const std::string& personaId, const QString& message,
             const Subject& subject = {})
    {
        out.push_back({kind, personaId, message, subject.objectiveId, subject.keyResultId,
                       subject.tacticId, subject.contentId});
    }

    bool edited(const std::string& personaId) const
    {
        return !m_onlyEdited || m_onlyEdited->contains(personaId);
    }

    /// Appends the checks `write` appends and remembers them in `entry`; or, when `same` says
    /// the entry was written from the same inputs, appends the remembered ones.
    template <class Entry, class Write> void remembered(Entry* entry, bool same, const Write& write)
    {
        if (entry && same) {
            out.insert(out.end(), entry->checks.begin(), entry->checks.end());
            return;
        }
        const std::size_t first = out.size();
        write();
        if (entry) {
            entry->checks.assign(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
            entry->valid = true;
            ++m_memo->written;
        }
    }

    void persona(std::size_t position, const PersonaPlanAnalysis& p)
    {
        PlanChecksMemo::PersonaEntry* entry = m_memo ? &m_memo->personas[position] : nullptr;
        if (entry && entry->valid && !edited(p.personaId)) {
            remembered(entry, true, [] {});
            return;
        }
        const auto found = gapsByPersona.find(p.personaId);
        PlanChecksMemo::PersonaInputs in{p.personaId,
                                         p.name,
                                         p.funnel.warnings,
                                         p.plannedBudget,
                                         p.requiredSpendInPeriod,
                                         p.audience.exceedsAudience,
                                         p.audience.requiredEntriesInPeriod,
                                         p.audience.inMarketInPeriod,
                                         p.audience.audienceSize,
                                         found == gapsByPersona.end() ? std::vector<RaceStage>()
                                                                      : found->second};
        const bool same = entry && entry->valid && entry->inputs == in;
        remembered(entry, same, [&] { writePersona(p, in.gaps); });
        if (entry && !same)
            entry->inputs = std::move(in);
    }

    void writePersona(const PersonaPlanAnalysis& p, const std::vector<RaceStage>& gapStages)
    {
        const QString name = qs(p.name);
        for (const auto& w : p.funnel.warnings)
            add(CheckKind::ReverseFunnel, p.personaId, QStringLiteral("%1: %2").arg(name, w));
        if (p.requiredSpendInPeriod && p.plannedBudget < *p.requiredSpendInPeriod)
            add(CheckKind::BudgetBelowRequired, p.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1: the tactics plan %2 for the period, below the %3 its target needs at "
                    "today's cost per entry.")
                    .arg(name, money(p.plannedBudget, ws.currency),
                         money(*p.requiredSpendInPeriod, ws.currency)));
        if (p.audience.exceedsAudience)
            add(CheckKind::AudienceTooSmall, p.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1: the target needs %2 entries over the period, more than the %3 of its "
                    "audience of %4 who are in market in that time.")
                    .arg(name, whole(*p.audience.requiredEntriesInPeriod),
                         whole(*p.audience.inMarketInPeriod), whole(*p.audience.audienceSize)));
        if (!gapStages.empty()) {
            QStringList gaps;
            for (RaceStage stage : gapStages)
                gaps << raceStageName(stage);
            add(CheckKind::ContentGap, p.personaId,
                QCoreApplication::translate("b2x::plan", "%1: no content and no tactic for %2.")
                    .arg(name, gaps.join(QStringLiteral(", "))));
        }
    }

    void tactic(std::size_t position, const Tactic& t)
    {
        PlanChecksMemo::TacticEntry* entry = m_memo ? &m_memo->tactics[position] : nullptr;
        // Only an edit of its persona can have changed what a tactic's checks say.
        if (entry && entry->valid && !edited(t.personaId)) {
            remembered(entry, true, [] {});
            return;
        }
        PlanChecksMemo::TacticInputs in;
        const Persona* persona = findPersona(t.personaId);
        in.personaFound = persona != nullptr;
        const Channel* channel = t.channelId.empty() ? nullptr : findChannel(t.channelId);
        in.channelFound = channel != nullptr;
        in.keyResultFound = keyResultIds.contains(t.keyResultId);
        if (persona && channel) {
            in.attributionMiss = attributionMisses(t, *persona, *channel);
            if (in.attributionMiss)
                in.personaName = persona->name;
        }
        const bool same = entry && entry->valid && entry->inputs == in && entry->tactic == t;
        remembered(entry, same, [&] { writeTactic(t, in); });
        if (entry && !same) {
            entry->tactic = t;
            entry->inputs = std::move(in);
        }
    }

    void writeTactic(const Tactic& t, const PlanChecksMemo::TacticInputs& in)
    {
        const QDate start = parseDate(t.start);
        const QDate end = parseDate(t.end);
        const bool outside =
            (start.isValid() && (start < a.period.start || start > a.period.end)) ||
            (end.isValid() && (end > a.period.end || end < a.period.start));
        // Most tactics pass every check: their texts are only written for a finding.
        const bool mayFlag = (!t.personaId.empty() && !in.personaFound) ||
                             (!t.channelId.empty() && !in.channelFound) ||
                             (!t.keyResultId.empty() && !in.keyResultFound) ||
                             in.attributionMiss.has_value();
        if (!outside && !mayFlag)
            return;
        const QString place =
            QCoreApplication::translate("b2x::plan", "Tactic \"%1\"").arg(qs(t.name));
        const auto placeText = [&place] { return place; };
        const Subject subject{{}, {}, t.id, {}};
        if (outside)
            add(CheckKind::TacticOutsidePeriod, t.personaId,
                QCoreApplication::translate("b2x::plan",
                                            "%1 runs from %2 to %3, outside the period %4 to %5.")
                    .arg(place, t.start.empty() ? QStringLiteral("…") : qs(t.start),
                         t.end.empty() ? QStringLiteral("…") : qs(t.end),
                         a.period.start.toString(Qt::ISODate), a.period.end.toString(Qt::ISODate)),
                subject);
        personaRef(t.personaId, placeText, subject);
        channelRef(t.channelId, placeText, subject);
        if (!t.keyResultId.empty() && !in.keyResultFound)
            add(CheckKind::DanglingReference, t.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 serves key result \"%2\", which is not in the plan; the reference is kept.")
                    .arg(place, qs(t.keyResultId)),
                subject);
        if (in.attributionMiss) {
            const auto [window, p90] = *in.attributionMiss;
            add(CheckKind::AttributionWindow, t.personaId,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 on %2: the %3-day attribution window misses the slowest tenth of the "
                    "deals of %4 (90% close within %5 days), so the channel's results will look "
                    "worse than they are; attribute them in the CRM.")
                    .arg(place, channelDisplayName(t.channelId, catalogue))
                    .arg(window)
                    .arg(qs(in.personaName), whole(p90)),
                subject);
        }
    }

    /// The attribution window and the cycle's p90 when the window misses the slowest deals.
    std::optional<std::pair<int, double>> attributionMisses(const Tactic& t, const Persona& persona,
                                                            const Channel& channel) const
    {
        std::optional<int> window = channel.defaultAttributionDays;
        for (const auto& use : persona.channels)
            if (use.channelId == t.channelId && use.attributionWindowDays)
                window = use.attributionWindowDays;
        const PersonaPlanAnalysis* p = a.findPersona(persona.id);
        if (!window || !p)
            return std::nullopt;
        const double p90 = std::ceil(p->funnel.p90Days);
        if (*window >= p90)
            return std::nullopt;
        return std::pair{*window, p90};
    }

    void objective(const Objective& o, const ObjectiveScore& score)
    {
        personaRef(o.personaId,
                   [&o] {
                       return QCoreApplication::translate("b2x::plan", "Objective \"%1\"")
                           .arg(qs(o.title));
                   },
                   {o.id, {}, {}, {}});
        for (std::size_t i = 0; i < o.keyResults.size(); ++i) {
            const KeyResult& k = o.keyResults[i];
            const KeyResultScore& s = score.keyResults[i];
            const auto krPlace = [&k] {
                return QCoreApplication::translate("b2x::plan", "Key result \"%1\"")
                    .arg(qs(k.metric));
            };
            const Subject subject{o.id, k.id, {}, {}};
            if (s.targetMovedSinceCheckIn)
                add(CheckKind::DerivedTargetMoved, k.derived->personaId,
                    QCoreApplication::translate(
                        "b2x::plan",
                        "%1: its target follows the reverse funnel and moved from %2 at the last "
                        "check-in to %3.")
                        .arg(krPlace(), i18n::numberLocale().toString(k.target, 'g', 6),
                             i18n::numberLocale().toString(*s.liveTarget, 'g', 6)),
                    subject);
            if (!k.derived)
                continue;
            const Persona* persona = personaRef(k.derived->personaId, krPlace, subject);
            if (persona && k.derived->quantity == DerivedQuantity::StageEntries &&
                static_cast<std::size_t>(k.derived->stageIndex) >= persona->pipeline.size())
                add(CheckKind::DanglingReference, persona->id,
                    QCoreApplication::translate(
                        "b2x::plan",
                        "%1 takes its target from stage %2 of %3's pipeline, which has %4 stages; "
                        "it keeps its own target until this is changed.")
                        .arg(krPlace())
                        .arg(k.derived->stageIndex + 1)
                        .arg(qs(persona->name))
                        .arg(persona->pipeline.size()),
                    subject);
        }
    }

    /// The workspace's persona of an id, through the analysis' index (the analysis holds the
    /// workspace's personas in its order).
    const Persona* findPersona(const std::string& id) const
    {
        if (id.empty())
            return nullptr;
        const auto it = a.personaIndex.find(id);
        return it == a.personaIndex.end() || it->second >= ws.personas.size()
                   ? nullptr
                   : &ws.personas[it->second];
    }

    /// The persona `id` refers to; flags an id the workspace lacks. Empty ids refer to nothing.
    /// `place` writes where the reference is, only for a finding (most references hold).
    template <class Place>
    const Persona* personaRef(const std::string& id, const Place& place, const Subject& subject)
    {
        if (id.empty())
            return nullptr;
        const Persona* p = findPersona(id);
        if (!p)
            add(CheckKind::DanglingReference, id,
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 refers to persona \"%2\", which is not in the workspace (deleted?); the "
                    "reference is kept until it is changed.")
                    .arg(place(), qs(id)),
                subject);
        return p;
    }

    template <class Place>
    const Channel* channelRef(const std::string& id, const Place& place, const Subject& subject)
    {
        if (id.empty())
            return nullptr;
        const Channel* c = findChannel(id);
        if (!c)
            add(CheckKind::DanglingReference, {},
                QCoreApplication::translate(
                    "b2x::plan",
                    "%1 uses channel \"%2\", which is neither in the catalogue nor one of the "
                    "workspace's channels; the reference is kept.")
                    .arg(place(), qs(id)),
                subject);
        return c;
    }

    /// catalogue.find() through an index: a thousand look-ups per run searched the list each time.
    const Channel* findChannel(const std::string& id)
    {
        if (channelsById.empty())
            for (const Channel& c : catalogue.channels())
                channelsById.emplace(c.id, &c);
        const auto it = channelsById.find(id);
        return it == channelsById.end() ? nullptr : it->second;
    }

    const Workspace& ws;
    const PlanAnalysis& a;
    ChannelCatalogue catalogue;
    PlanChecksMemo* m_memo;
    /// The memo's onlyEdited when its remembered checks fit this run's places, else null.
    const std::unordered_set<std::string>* m_onlyEdited = nullptr;
    std::unordered_map<std::string, std::vector<RaceStage>> gapsByPersona; ///< in RACE order
    std::unordered_set<std::string> keyResultIds;
    std::unordered_map<std::string_view, const Channel*> channelsById;
    std::vector<PlanCheck> out;
};

} // namespace

std::vector<ContentGap> findContentGaps(const Workspace& ws)
{
    // Only the plan's personas can have gaps: the stages covered are kept for them alone, as one
    // bit per stage (sets of every persona and every card cost a few per cent of a keystroke).
    struct Entry {
        unsigned covered = 0; ///< bit i: RACE stage i has a tactic or a content item
        bool present = false; ///< the workspace holds the persona
    };
    std::unordered_map<std::string_view, Entry> entries;
    for (const auto& e : ws.plan.personas)
        entries.try_emplace(e.personaId);
    const auto cover = [&](const std::string& personaId, RaceStage stage) {
        if (const auto it = entries.find(personaId); it != entries.end())
            it->second.covered |= 1U << static_cast<unsigned>(stage);
    };
    for (const auto& t : ws.plan.tactics)
        cover(t.personaId, t.stage);
    for (const auto& c : ws.plan.content)
        cover(c.personaId, c.stage);
    for (const auto& p : ws.personas)
        if (const auto it = entries.find(p.id); it != entries.end())
            it->second.present = true;
    std::vector<ContentGap> gaps;
    for (const auto& e : ws.plan.personas) {
        const Entry& entry = entries.at(e.personaId);
        if (!entry.present)
            continue; // a dangling entry is flagged as such, not as gaps
        for (RaceStage stage : contentStages)
            if (!(entry.covered & (1U << static_cast<unsigned>(stage))))
                gaps.push_back({e.personaId, stage});
    }
    return gaps;
}

std::vector<PlanCheck> checkPlan(const Workspace& workspace, const PlanAnalysis& analysis,
                                 PlanChecksMemo* memo)
{
    return Checker(workspace, analysis, memo).run();
}

} // namespace b2x::plan
