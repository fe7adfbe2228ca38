// SPDX-License-Identifier: GPL-3.0-or-later
#include "Allocator.h"

#include "analytics/UnitEconomics.h"
#include "model/Limits.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace b2x::budget {

namespace {

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

double money(double value)
{
    return std::min(finiteNonNegative(value), limits::maxMoney);
}

/// The value one step of `amount` from `spend` adds, per unit of money.
double stepReturn(const BudgetChannel& c, double spend, double amount)
{
    if (!(amount > 0))
        return 0;
    const double added = c.curve.entries(spend + amount) - c.curve.entries(spend);
    const double r = finiteNonNegative(added) * c.entryValue.value() / amount;
    return finiteNonNegative(r);
}

void addTo(AllocationTotals& t, double spend, double entries, double customers, double value)
{
    t.spend += spend;
    t.entries += entries;
    t.customers += customers;
    t.value += value;
}

void finish(AllocationTotals& t)
{
    t.roas = analytics::ratio(t.value, t.spend);
}

ChannelAllocation describe(const BudgetChannel& c, double spend)
{
    ChannelAllocation a;
    a.personaId = c.personaId;
    a.channelId = c.channelId;
    a.currentSpend = c.curve.todaySpend;
    a.spend = spend;
    a.currentEntries = c.curve.entries(c.curve.todaySpend);
    a.currentCustomers = a.currentEntries * c.entryValue.customersPerEntry;
    a.currentValue = a.currentCustomers * c.entryValue.clv;
    a.entries = c.curve.entries(spend);
    a.customers = a.entries * c.entryValue.customersPerEntry;
    a.cac = analytics::ratio(spend, a.customers);
    a.value = a.customers * c.entryValue.clv;
    a.roas = analytics::ratio(a.value, spend);
    if (const auto d = c.curve.derivative(spend))
        a.marginalRoas = finiteNonNegative(*d * c.entryValue.value());
    if (c.locked)
        a.atBound = BoundHit::Locked;
    else if (spend >= c.maxSpend)
        a.atBound = BoundHit::Max;
    else if (spend <= c.minSpend)
        a.atBound = BoundHit::Min;
    return a;
}

} // namespace

std::vector<BudgetChannel> budgetChannels(const Persona& persona, const ChannelCatalogue& catalogue)
{
    const EntryValue value = entryValue(persona);
    std::vector<BudgetChannel> out;
    out.reserve(persona.channels.size());
    for (const auto& use : persona.channels) {
        BudgetChannel c;
        c.personaId = persona.id;
        c.channelId = use.channelId;
        c.curve = responseCurve(use, persona.economics, catalogue.find(use.channelId));
        c.entryValue = value;
        c.locked = use.bounds.locked;
        if (c.locked) {
            c.minSpend = c.maxSpend = money(c.curve.todaySpend);
        } else {
            c.minSpend = money(use.bounds.minSpend.value_or(0));
            c.maxSpend = money(use.bounds.maxSpend.value_or(limits::maxMoney));
            c.maxSpend = std::max(c.maxSpend, c.minSpend);
        }
        out.push_back(std::move(c));
    }
    return out;
}

Allocation allocate(std::span<const BudgetChannel> channels, const AllocationOptions& options)
{
    Allocation result;
    result.mode = options.mode;
    std::vector<double> spend(channels.size());
    double today = 0;
    double minimums = 0;
    for (std::size_t i = 0; i < channels.size(); ++i) {
        today += channels[i].curve.todaySpend;
        spend[i] = channels[i].minSpend;
        minimums += spend[i];
    }
    const double base = options.budget ? money(*options.budget) : today;
    const double stepPercent =
        std::isfinite(options.stepPercent) ? std::clamp(options.stepPercent, 0.01, 100.0) : 1.0;
    result.stepAmount = base * stepPercent / 100;
    const bool fixed = options.mode == AllocationMode::FixedBudget;
    const double target = finiteNonNegative(options.targetMarginalRoas);
    double remaining = 0;
    if (fixed) {
        result.budget = base;
        result.minimumsExceedBudget = minimums > base;
        remaining = std::max(0.0, base - minimums);
    }

    // Each channel's next step (a full step, or what its maximum still takes) in a heap ordered
    // by the value it adds per unit of money; ties go to the earlier channel.
    struct Candidate {
        double gain;
        std::size_t index;
        bool operator<(const Candidate& o) const
        {
            return gain != o.gain ? gain < o.gain : index > o.index;
        }
    };
    const auto nextAmount = [&](std::size_t i) {
        return std::min(result.stepAmount, channels[i].maxSpend - spend[i]);
    };
    std::priority_queue<Candidate> heap;
    for (std::size_t i = 0; i < channels.size(); ++i)
        if (!channels[i].locked && nextAmount(i) > 0)
            heap.push({stepReturn(channels[i], spend[i], nextAmount(i)), i});

    while (result.stepAmount > 0 && !heap.empty() && result.steps.size() < options.maxSteps) {
        if (fixed && !(remaining > 0))
            break;
        std::size_t best = heap.top().index;
        double amount = nextAmount(best);
        double gain = heap.top().gain;
        if (fixed && remaining < result.stepAmount) {
            // The last, partial steps: every channel's return for what is left (the heap's
            // entries are for full steps).
            bool found = false;
            for (std::size_t i = 0; i < channels.size(); ++i) {
                const double a = std::min(remaining, channels[i].maxSpend - spend[i]);
                if (channels[i].locked || !(a > 0))
                    continue;
                const double g = stepReturn(channels[i], spend[i], a);
                if (!found || g > gain) {
                    found = true;
                    best = i;
                    amount = a;
                    gain = g;
                }
            }
            if (!found)
                break;
        } else {
            heap.pop();
        }
        // Flexible: money that returns nothing is never spent, even with a target of 0.
        if (!fixed && (gain < target || !(gain > 0)))
            break;
        spend[best] += amount;
        if (fixed) {
            remaining -= amount;
            // What rounding leaves after the last full step is no step of its own.
            if (remaining < result.stepAmount * 1e-9)
                remaining = 0;
        }
        result.steps.push_back({best, amount, gain});
        if (fixed && !(remaining > 0))
            break;
        if (nextAmount(best) > 0)
            heap.push({stepReturn(channels[best], spend[best], nextAmount(best)), best});
    }
    if (fixed)
        result.unspent = remaining;

    result.channels.reserve(channels.size());
    for (std::size_t i = 0; i < channels.size(); ++i) {
        ChannelAllocation a = describe(channels[i], spend[i]);
        addTo(result.current, a.currentSpend, a.currentEntries, a.currentCustomers, a.currentValue);
        addTo(result.proposed, a.spend, a.entries, a.customers, a.value);
        result.channels.push_back(std::move(a));
    }
    finish(result.current);
    finish(result.proposed);
    if (!fixed)
        result.budget = result.proposed.spend;
    return result;
}

Allocation allocate(std::span<const Persona* const> personas, const AllocationOptions& options,
                    const ChannelCatalogue& catalogue)
{
    std::vector<BudgetChannel> channels;
    for (const Persona* p : personas) {
        auto own = budgetChannels(*p, catalogue);
        channels.insert(channels.end(), std::make_move_iterator(own.begin()),
                        std::make_move_iterator(own.end()));
    }
    return allocate(channels, options);
}

AllocationTotals personaTotals(const Allocation& allocation, const std::string& personaId,
                               bool proposed)
{
    AllocationTotals t;
    for (const auto& c : allocation.channels) {
        if (c.personaId != personaId)
            continue;
        if (proposed)
            addTo(t, c.spend, c.entries, c.customers, c.value);
        else
            addTo(t, c.currentSpend, c.currentEntries, c.currentCustomers, c.currentValue);
    }
    finish(t);
    return t;
}

} // namespace b2x::budget
