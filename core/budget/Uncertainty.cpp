// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uncertainty.h"

#include "analytics/CycleDistribution.h"
#include "analytics/Funnel.h"
#include "analytics/TimeToRevenue.h"
#include "analytics/UnitEconomics.h"
#include "model/Limits.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace b2x::budget {

namespace {

constexpr std::size_t inputCount = uncertainInputs.size();

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

double scaled(double value, double factor, double max)
{
    return std::clamp(finiteNonNegative(value) * finiteNonNegative(factor), 0.0, max);
}

std::size_t indexOf(EvidenceField field)
{
    for (std::size_t i = 0; i < inputCount; ++i)
        if (uncertainInputs[i] == field)
            return i;
    return inputCount;
}

OutputRange summarise(std::vector<double>& values)
{
    OutputRange r;
    r.definedRuns = values.size();
    if (values.empty())
        return r;
    std::sort(values.begin(), values.end());
    r.p10 = sortedQuantile(values, 0.1);
    r.p50 = sortedQuantile(values, 0.5);
    r.p90 = sortedQuantile(values, 0.9);
    double sum = 0;
    for (const double v : values)
        sum += v;
    r.mean = sum / static_cast<double>(values.size());
    return r;
}

/// A uniform number in (0, 1) from the engine's top 53 bits: the same on every standard library
/// (std::uniform_real_distribution is not specified bit for bit).
double uniform(std::mt19937_64& engine)
{
    return (static_cast<double>(engine() >> 11) + 0.5) * 0x1.0p-53;
}

} // namespace

double defaultSpreadPercent(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Measured:
        return 10;
    case Confidence::Benchmark:
        return 25;
    case Confidence::Assumed:
        break;
    }
    return 50;
}

double spreadPercent(const Persona& persona, EvidenceField field)
{
    const auto it = persona.evidence.find(field);
    if (it == persona.evidence.end())
        return defaultSpreadPercent(Confidence::Assumed);
    if (it->second.rangePercent && std::isfinite(*it->second.rangePercent))
        return std::clamp(*it->second.rangePercent, 0.0, 100.0);
    return defaultSpreadPercent(it->second.confidence);
}

double symmetricTriangularQuantile(double u)
{
    u = std::isfinite(u) ? std::clamp(u, 0.0, 1.0) : 0.5;
    return u < 0.5 ? -1 + std::sqrt(2 * u) : 1 - std::sqrt(2 * (1 - u));
}

std::optional<double> sortedQuantile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return std::nullopt;
    p = std::isfinite(p) ? std::clamp(p, 0.0, 1.0) : 0.5;
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

std::size_t Histogram::total() const
{
    std::size_t n = below + above;
    for (const std::size_t c : counts)
        n += c;
    return n;
}

Histogram histogramOf(const std::vector<double>& sorted, int bins)
{
    Histogram h;
    if (sorted.empty())
        return h;
    bins = std::clamp(bins, 1, 1000);
    // The range from the finite values only: an infinite one would leave no width to divide.
    const auto first =
        std::find_if(sorted.begin(), sorted.end(), [](double v) { return std::isfinite(v); });
    const auto last = std::find_if(first, sorted.end(), [](double v) { return !std::isfinite(v); });
    if (first == last) {
        for (const double v : sorted)
            (v > 0 ? h.above : h.below) += 1;
        return h;
    }
    const std::vector<double> finite(first, last);
    double lo = *sortedQuantile(finite, 0.01);
    double hi = *sortedQuantile(finite, 0.99);
    // Every run gave the same value (or the range has no usable width): bins centred on it.
    if (!((hi - lo) / bins > 0) || !std::isfinite(hi - lo)) {
        const double centre = lo / 2 + hi / 2;
        const double half = std::abs(centre) > 0 ? std::abs(centre) * 0.05 : 0.05;
        lo = centre - half;
        hi = centre + half;
    }
    h.lower = lo;
    h.binWidth = (hi - lo) / bins;
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    for (const double v : sorted) {
        if (std::isnan(v) || v < lo) {
            ++h.below;
        } else if (v > hi) {
            ++h.above;
        } else {
            const double k = std::floor((v - lo) / h.binWidth);
            const auto bin = static_cast<std::size_t>(std::clamp(k, 0.0, bins - 1.0));
            ++h.counts[bin];
        }
    }
    return h;
}

struct UncertaintyModel::Impl {
    explicit Impl(const Persona& p) : economics(p.economics), cycle(p.pipeline)
    {
        funnelInput.economics = p.economics;
        funnelInput.pipeline.reserve(p.pipeline.size());
        for (const auto& s : p.pipeline) {
            Stage plain;
            plain.conversionPercent = s.conversionPercent;
            funnelInput.pipeline.push_back(plain);
            rates.push_back(s.conversionPercent);
            longestStage =
                std::max({longestStage, finiteNonNegative(s.minDays),
                          finiteNonNegative(s.likelyDays), finiteNonNegative(s.maxDays)});
        }
    }

    Economics economics;
    analytics::CycleDistribution cycle;
    mutable Persona funnelInput; ///< economics and plain stages only: what the funnel reads
    std::vector<double> rates;
    double longestStage = 0;
};

UncertaintyModel::UncertaintyModel(const Persona& persona) : m_impl(std::make_unique<Impl>(persona))
{
    for (std::size_t i = 0; i < inputCount; ++i)
        m_spreads[i] = spreadPercent(persona, uncertainInputs[i]) / 100.0;
}

UncertaintyModel::~UncertaintyModel() = default;

UncertainOutcome UncertaintyModel::evaluate(const std::array<double, inputCount>& f) const
{
    const Impl& m = *m_impl;
    const auto factor = [&](EvidenceField field) { return f[indexOf(field)]; };
    Economics e = m.economics;
    e.price = scaled(e.price, factor(EvidenceField::Price), limits::maxMoney);
    e.monthlySpend = scaled(e.monthlySpend, factor(EvidenceField::MonthlySpend), limits::maxMoney);
    e.monthlyVolume =
        scaled(e.monthlyVolume, factor(EvidenceField::MonthlyVolume), limits::maxVolume);
    e.grossMarginPercent = scaled(e.grossMarginPercent, factor(EvidenceField::GrossMargin), 100);
    e.purchasesPerYear = scaled(e.purchasesPerYear, factor(EvidenceField::PurchasesPerYear),
                                limits::maxPurchasesPerYear);
    e.lifetimeYears =
        scaled(e.lifetimeYears, factor(EvidenceField::Lifetime), limits::maxLifetimeYears);

    m.funnelInput.economics = e;
    const double rateFactor = factor(EvidenceField::ConversionRates);
    for (std::size_t i = 0; i < m.rates.size(); ++i)
        m.funnelInput.pipeline[i].conversionPercent = scaled(m.rates[i], rateFactor, 100);
    const double customers = analytics::computeFunnel(m.funnelInput).customersPerMonth;

    // Durations: every stage's min, likely and max times the factor, none beyond the longest a
    // stage may last.
    double durationFactor = finiteNonNegative(factor(EvidenceField::StageDurations));
    if (m.longestStage > 0)
        durationFactor = std::min(durationFactor, limits::maxDays / m.longestStage);

    const analytics::UnitEconomics u = analytics::computeUnitEconomics(e, customers);
    const analytics::TimeToRevenue t = analytics::computeTimeToRevenue(
        m.cycle, customers, analytics::customerRevenue(e), durationFactor);
    UncertainOutcome o;
    o.customersPerMonth = customers;
    o.cac = u.cac;
    o.clv = u.clv;
    o.clvToCac = u.clvToCac;
    o.paybackMonths = u.paybackMonths;
    if (t.monthsTo50Percent)
        o.monthsTo50Percent = static_cast<double>(*t.monthsTo50Percent);
    return o;
}

MonteCarloResult runMonteCarlo(const Persona& persona, const MonteCarloOptions& options)
{
    const UncertaintyModel model(persona);
    const int total = std::clamp(options.runs, 1, 1000000);
    std::mt19937_64 engine(options.seed);
    std::array<std::vector<double>, 6> values;
    for (auto& v : values)
        v.reserve(static_cast<std::size_t>(total));
    std::array<double, inputCount> factors{};
    MonteCarloResult r;
    int atLeast3 = 0;
    constexpr int progressEvery = 500;
    for (int run = 0; run < total; ++run) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            break;
        }
        // Every input is drawn in every run, in a fixed order, so a spread of 0 on one input
        // does not shift the others' draws.
        for (std::size_t i = 0; i < inputCount; ++i)
            factors[i] = 1 + model.spreads()[i] * symmetricTriangularQuantile(uniform(engine));
        const UncertainOutcome o = model.evaluate(factors);
        values[0].push_back(o.customersPerMonth);
        if (o.cac)
            values[1].push_back(*o.cac);
        values[2].push_back(o.clv);
        if (o.clvToCac) {
            values[3].push_back(*o.clvToCac);
            atLeast3 += *o.clvToCac >= 3 ? 1 : 0;
        }
        if (o.paybackMonths)
            values[4].push_back(*o.paybackMonths);
        if (o.monthsTo50Percent)
            values[5].push_back(*o.monthsTo50Percent);
        ++r.runs;
        if (options.progress && (r.runs % progressEvery == 0 || r.runs == total))
            options.progress(r.runs, total);
    }
    r.customersPerMonth = summarise(values[0]);
    r.cac = summarise(values[1]);
    r.clv = summarise(values[2]);
    r.clvToCac = summarise(values[3]); // sorts them
    r.clvToCacHistogram = histogramOf(values[3]);
    r.paybackMonths = summarise(values[4]);
    r.monthsTo50Percent = summarise(values[5]);
    r.probabilityClvToCacAtLeast3 =
        r.runs > 0 ? static_cast<double>(atLeast3) / static_cast<double>(r.runs) : 0.0;
    return r;
}

std::vector<TornadoBar> tornado(const Persona& persona)
{
    const UncertaintyModel model(persona);
    const auto swing = [](const std::optional<double>& a, const std::optional<double>& b) {
        return a && b ? std::abs(*b - *a) : 0.0;
    };
    std::vector<TornadoBar> bars;
    for (std::size_t i = 0; i < inputCount; ++i) {
        const double spread = model.spreads()[i];
        if (!(spread > 0))
            continue;
        std::array<double, inputCount> factors;
        factors.fill(1.0);
        factors[i] = 1 - spread;
        const UncertainOutcome low = model.evaluate(factors);
        factors[i] = 1 + spread;
        const UncertainOutcome high = model.evaluate(factors);
        TornadoBar bar;
        bar.input = uncertainInputs[i];
        bar.spreadPercent = spread * 100;
        bar.clvToCacLow = low.clvToCac;
        bar.clvToCacHigh = high.clvToCac;
        bar.swing = swing(low.clvToCac, high.clvToCac);
        bar.cacLow = low.cac;
        bar.cacHigh = high.cac;
        bar.cacSwing = swing(low.cac, high.cac);
        bars.push_back(bar);
    }
    // Stable: equal swings keep the order of uncertainInputs.
    std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar& a, const TornadoBar& b) {
        return a.swing != b.swing ? a.swing > b.swing : a.cacSwing > b.cacSwing;
    });
    return bars;
}

} // namespace b2x::budget
