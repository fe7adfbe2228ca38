// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceGenerator.h"

#include "model/ChannelCatalogue.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

namespace b2x::bench {

namespace {

// std::mt19937 is specified exactly by the standard; the distributions are not, so values are
// derived from raw draws here to stay identical across standard libraries.
class Draw {
public:
    explicit Draw(std::uint32_t seed) : m_engine(seed) {}
    double unit() { return static_cast<double>(m_engine()) / 4294967296.0; }
    double between(double lo, double hi) { return lo + (hi - lo) * unit(); }
    double logBetween(double lo, double hi)
    {
        return std::exp(between(std::log(lo), std::log(hi)));
    }
    int integer(int lo, int hi) { return lo + static_cast<int>(unit() * (hi - lo + 1)); }
    double rounded(double v, double step) { return std::round(v / step) * step; }

private:
    std::mt19937 m_engine;
};

std::string uuidFor(std::size_t index, std::uint32_t seed)
{
    char buf[48]; // room for a 64-bit index: -Wformat-truncation at -O2
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012zx", static_cast<unsigned>(seed),
                  index);
    return buf;
}

constexpr const char* stageNames[] = {"Visit",       "Lead",     "MQL",         "SQL",
                                      "Opportunity", "Proposal", "Negotiation", "Contract"};
constexpr const char* palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                   "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

Persona makePersona(Draw& d, std::size_t index, std::uint32_t seed)
{
    Persona p;
    const double b2bness = d.unit(); // drives every other field, so personas are coherent
    p.id = uuidFor(index, seed);
    p.label = b2bness > 0.6 ? Label::B2B : b2bness < 0.35 ? Label::B2C : Label::Hybrid;
    p.name = "Generated persona " + std::to_string(index + 1);
    p.summary = "A generated audience for benchmarks";
    p.description = "Generated with seed " + std::to_string(seed) + ".";
    p.colour = palette[index % std::size(palette)];
    p.consumer.ageMin = d.integer(18, 40);
    p.consumer.ageMax = p.consumer.ageMin + d.integer(5, 30);
    p.consumer.lifeStage = "Young family";
    p.consumer.priceSensitivity = d.rounded(d.between(10, 90), 1);
    p.organisation.industry = "Manufacturing";
    p.organisation.companySizeEmployees = d.integer(5, 20000);
    p.organisation.technologyStack = {"ERP", "CRM"};
    p.goals = {"Reduce cost", "Save time"};
    p.painPoints = {"Slow approvals"};
    p.motives.rational = d.rounded(20 + 60 * b2bness + d.between(-10, 10), 1);
    p.motives.businessValue = d.rounded(10 + 80 * b2bness, 1);

    const int members = 1 + static_cast<int>(b2bness * d.between(0, 10));
    for (int i = 0; i < members; ++i) {
        DecisionUnitMember m;
        m.roles = {static_cast<Role>(d.integer(0, static_cast<int>(enumCount<Role>()) - 1))};
        m.title = "Member " + std::to_string(i + 1);
        m.influence = d.rounded(d.between(10, 100), 1);
        m.stance = static_cast<Stance>(d.integer(0, 2));
        m.economicBuyer = i == 0;
        p.decisionUnit.members.push_back(std::move(m));
    }
    p.decisionUnit.buyClass = static_cast<BuyClass>(d.integer(0, 2));
    p.decisionUnit.formalTender = b2bness > 0.8;
    p.decisionUnit.approvalLevels = static_cast<int>(b2bness * 4);

    const int stages = d.integer(3, 8);
    for (int i = 0; i < stages; ++i) {
        Stage s;
        s.name = stageNames[i];
        s.conversionPercent = d.rounded(d.between(10, 80), 0.5);
        s.minDays = d.rounded(d.logBetween(0.1, 1 + 30 * b2bness), 0.5);
        s.likelyDays = s.minDays + d.rounded(d.between(0, 20 * b2bness + 1), 0.5);
        s.maxDays = s.likelyDays + d.rounded(d.between(0, 40 * b2bness + 2), 0.5);
        p.pipeline.push_back(std::move(s));
    }
    p.economics.monthlyVolume = d.rounded(d.logBetween(500, 500000), 10);
    p.economics.monthlySpend = d.rounded(d.logBetween(500, 100000), 10);
    p.economics.price = d.rounded(d.logBetween(2, 2 + 200000 * b2bness * b2bness), 0.01);
    p.economics.grossMarginPercent = d.rounded(d.between(20, 85), 1);
    p.economics.purchasesPerYear = d.rounded(d.logBetween(1, 50), 1);
    p.economics.lifetimeYears = d.rounded(d.between(1, 8), 0.5);
    p.economics.interPurchaseYears = d.rounded(d.between(0.1, 5), 0.1);

    p.relationship.accountManagement = static_cast<AccountManagement>(std::lround(b2bness * 2));
    p.relationship.personalisation = static_cast<Personalisation>(d.integer(0, 2));

    const auto catalogue = ChannelCatalogue::builtIn().channels();
    const int channelCount = d.integer(3, 12);
    const std::size_t first =
        static_cast<std::size_t>(d.integer(0, static_cast<int>(catalogue.size()) - 1));
    double remaining = 100;
    for (int i = 0; i < channelCount; ++i) {
        ChannelUse use;
        use.channelId = catalogue[(first + static_cast<std::size_t>(i) * 7) % catalogue.size()].id;
        use.budgetSharePercent =
            i + 1 == channelCount ? remaining : d.rounded(remaining * d.between(0.1, 0.5), 0.5);
        remaining -= use.budgetSharePercent;
        if (d.unit() < 0.7)
            use.attributionWindowDays = d.integer(1, 90);
        p.channels.push_back(std::move(use));
    }
    p.evidence[EvidenceField::Price] = {"Generated", Confidence::Assumed};
    p.notes = "Generated persona.";
    return p;
}

} // namespace

Workspace generateWorkspace(std::size_t personas, std::uint32_t seed)
{
    Draw d(seed);
    Workspace ws;
    ws.name = "Generated workspace (" + std::to_string(personas) + " personas)";
    ws.currency = "USD";
    ws.createdAt = "2026-01-01T00:00:00Z";
    ws.modifiedAt = "2026-01-01T00:00:00Z";
    ws.personas.reserve(personas);
    for (std::size_t i = 0; i < personas; ++i)
        ws.personas.push_back(makePersona(d, i, seed));
    return ws;
}

void addPlan(Workspace& ws, std::size_t tactics, std::size_t objectives, std::uint32_t seed)
{
    if (ws.personas.empty())
        return;
    Draw d(seed ^ 0x9e3779b9U);
    Plan& plan = ws.plan;
    plan.period = {"Q1 2027", "2027-01-01", "2027-03-31"};
    for (std::size_t s = 0; s < raceStageCount; ++s)
        plan.stages[s] = {"Opportunity " + std::to_string(s), "Strategy " + std::to_string(s),
                          "Actions " + std::to_string(s)};
    const std::size_t n = ws.personas.size();
    for (std::size_t i = 0; i < n; i += 20) {
        PersonaPlan pp;
        pp.personaId = ws.personas[i].id;
        pp.target = d.rounded(d.between(5, 200), 1);
        pp.audienceSize = d.rounded(d.logBetween(1e3, 1e7), 100);
        plan.personas.push_back(std::move(pp));
    }
    const auto date = [](int dayOfQuarter) {
        // Days 0–89 of the quarter (January 31, February 28, March 31 days) as YYYY-MM-DD.
        int month = 1;
        int day = dayOfQuarter;
        for (const int length : {31, 28, 31}) {
            if (day < length)
                break;
            day -= length;
            ++month;
        }
        char buf[32]; // room for any int: -Wformat-truncation
        std::snprintf(buf, sizeof buf, "2027-%02d-%02d", month, day + 1);
        return std::string(buf);
    };
    for (std::size_t o = 0; o < objectives; ++o) {
        Objective obj;
        obj.id = "objective-" + std::to_string(o + 1);
        obj.title = "Objective " + std::to_string(o + 1);
        obj.owner = "Owner " + std::to_string(o % 7);
        obj.stage = static_cast<RaceStage>(o % raceStageCount);
        const PersonaPlan& target = plan.personas[o % plan.personas.size()];
        obj.personaId = target.personaId;
        obj.commitment = o % 4 == 0 ? Commitment::Aspirational : Commitment::Committed;
        for (int k = 0; k < 3; ++k) {
            KeyResult kr;
            kr.id = obj.id + "-kr-" + std::to_string(k + 1);
            kr.metric = "Key result " + std::to_string(k + 1);
            kr.unit = "customers";
            kr.target = d.rounded(d.between(10, 500), 1);
            kr.current = d.rounded(kr.target * d.unit(), 1);
            if (k == 0 && o % 3 == 0)
                kr.derived = DerivedTarget{target.personaId, DerivedQuantity::Customers, 0};
            kr.checkIns.push_back({date(d.integer(0, 60)), kr.current, d.integer(3, 9), ""});
            obj.keyResults.push_back(std::move(kr));
        }
        plan.objectives.push_back(std::move(obj));
    }
    for (std::size_t t = 0; t < tactics; ++t) {
        const Persona& p = ws.personas[(t * 7919) % n];
        Tactic tactic;
        tactic.id = "tactic-" + std::to_string(t + 1);
        tactic.name = "Tactic " + std::to_string(t + 1);
        tactic.personaId = p.id;
        tactic.stage = static_cast<RaceStage>(t % raceStageCount);
        if (!p.channels.empty())
            tactic.channelId = p.channels[t % p.channels.size()].channelId;
        const int start = d.integer(0, 75);
        tactic.start = date(start);
        tactic.end = date(std::min(89, start + d.integer(7, 40)));
        tactic.plannedBudget = d.rounded(d.logBetween(500, 50000), 100);
        tactic.status = static_cast<TacticStatus>(t % 4);
        if (!plan.objectives.empty())
            tactic.keyResultId = plan.objectives[t % plan.objectives.size()].keyResults[0].id;
        plan.tactics.push_back(std::move(tactic));

        ContentItem item;
        item.id = "content-" + std::to_string(t + 1);
        item.title = "Content " + std::to_string(t + 1);
        item.format = t % 2 ? "case study" : "webinar";
        item.personaId = p.id;
        item.stage = static_cast<RaceStage>((t + 2) % raceStageCount);
        item.status = static_cast<ContentStatus>(t % 4);
        item.publishDate = date(d.integer(0, 89));
        plan.content.push_back(std::move(item));
    }
}

} // namespace b2x::bench
