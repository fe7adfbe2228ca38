// SPDX-License-Identifier: GPL-3.0-or-later
// The histogram of CLV:CAC over the Monte Carlo runs (docs/models.md, "Uncertainty"): every defined
// run counted once, equal contiguous bins from p1 to p99, the mass where the triangular puts it,
// the same on every run of the same seed, and empty (never NaN) where CLV:CAC is not defined.
#include "TestPersonas.h"
#include "budget/Uncertainty.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <numeric>

namespace b2x {
namespace {

using namespace budget;

/// 1,000 entries a month, 10% become customers (100), spend 10,000 (CAC 100), price 1,000 once
/// at 50% margin (CLV 500): CLV:CAC 5. Only the price varies (benchmark: ±25%), so CLV:CAC is
/// 5 × (1 + 0.25 T) with T the symmetric triangular on [−1, 1].
Persona pricePersona()
{
    Persona p;
    p.id = "p";
    p.pipeline = {test::stage(10, 20, 30, 10)};
    p.economics.monthlyVolume = 1000;
    p.economics.monthlySpend = 10000;
    p.economics.price = 1000;
    p.economics.grossMarginPercent = 50;
    p.economics.purchasesPerYear = 1;
    p.economics.lifetimeYears = 1;
    for (const EvidenceField f : uncertainInputs)
        p.evidence[f] = Evidence{"test", Confidence::Measured, {}, 0.0};
    p.evidence[EvidenceField::Price] = Evidence{"s", Confidence::Benchmark};
    return p;
}

void expectContiguous(const Histogram& h)
{
    ASSERT_FALSE(h.empty());
    EXPECT_GT(h.binWidth, 0);
    EXPECT_TRUE(std::isfinite(h.lower));
    EXPECT_TRUE(std::isfinite(h.upper()));
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        // Each bin starts where the one before ends, one width higher.
        EXPECT_LT(h.lowerEdge(i), h.lowerEdge(i + 1));
        EXPECT_NEAR(h.lowerEdge(i + 1) - h.lowerEdge(i), h.binWidth, 1e-9 * h.binWidth);
    }
    EXPECT_NEAR(h.upper(), h.lower + h.binWidth * static_cast<double>(h.counts.size()),
                1e-9 * std::max(1.0, std::abs(h.upper())));
}

TEST(OutcomeHistogram, CountsEveryDefinedRunOnceInAboutThirtyContiguousBins)
{
    Persona p = pricePersona();
    p.evidence.clear(); // every input assumed: ±50%
    const MonteCarloResult r = runMonteCarlo(p, {});
    const Histogram& h = r.clvToCacHistogram;
    expectContiguous(h);
    EXPECT_EQ(h.counts.size(), static_cast<std::size_t>(histogramBins));
    EXPECT_EQ(h.total(), r.clvToCac.definedRuns);
    EXPECT_EQ(r.clvToCac.definedRuns, 10000u);
    // p1 to p99: about one run in a hundred on either side, never the wild tail in the bins.
    EXPECT_NEAR(static_cast<double>(h.below), 100, 2);
    EXPECT_NEAR(static_cast<double>(h.above), 100, 2);
    EXPECT_LT(h.lower, *r.clvToCac.p10);
    EXPECT_GT(h.upper(), *r.clvToCac.p90);
}

TEST(OutcomeHistogram, BinsOfHandMadeValuesRunFromTheirP1ToTheirP99)
{
    std::vector<double> values(101);
    std::iota(values.begin(), values.end(), 0.0); // 0, 1, …, 100
    const Histogram h = histogramOf(values, 10);
    expectContiguous(h);
    ASSERT_EQ(h.counts.size(), 10u);
    EXPECT_DOUBLE_EQ(h.lower, 1);    // p1 of 0…100
    EXPECT_DOUBLE_EQ(h.upper(), 99); // p99
    EXPECT_DOUBLE_EQ(h.binWidth, 9.8);
    EXPECT_EQ(h.below, 1u); // 0
    EXPECT_EQ(h.above, 1u); // 100
    // 1 … 10.8 holds 1–10; the last bin holds its upper edge, 99.
    EXPECT_EQ(h.counts.front(), 10u);
    EXPECT_EQ(h.counts.back(), 10u);
    EXPECT_EQ(h.total(), values.size());
}

TEST(OutcomeHistogram, TheMassSitsWhereTheTriangularPutsIt)
{
    const MonteCarloResult r = runMonteCarlo(pricePersona(), {});
    const Histogram& h = r.clvToCacHistogram;
    expectContiguous(h);
    const auto n = static_cast<double>(h.total());
    ASSERT_EQ(h.total(), 10000u);

    // Half the runs lie below p50: the bins wholly below it hold at most half, and with the bin
    // that holds p50 at least half.
    const double p50 = *r.clvToCac.p50;
    ASSERT_GE(p50, h.lower);
    ASSERT_LT(p50, h.upper());
    const auto p50Bin = static_cast<std::size_t>(std::floor((p50 - h.lower) / h.binWidth));
    double before = static_cast<double>(h.below);
    for (std::size_t i = 0; i < p50Bin; ++i)
        before += static_cast<double>(h.counts[i]);
    EXPECT_LE(before / n, 0.5);
    EXPECT_GE((before + static_cast<double>(h.counts[p50Bin])) / n, 0.5);
    EXPECT_NEAR(p50, 5, 0.05);

    // The range is 5 × (1 ± 0.25 × (1 − √0.02)), the triangular's exact p1 and p99. The density
    // there is only √0.02 ÷ (5 × 0.25) = 0.11 per unit, so the p1 of 10,000 runs has a standard
    // error of √(0.01 × 0.99 ÷ 10,000) ÷ 0.11 ≈ 0.009: four of those is the tolerance.
    const double t99 = 1 - std::sqrt(0.02);
    EXPECT_NEAR(h.lower, 5 * (1 - 0.25 * t99), 0.036);
    EXPECT_NEAR(h.upper(), 5 * (1 + 0.25 * t99), 0.036);

    // The middle third of the range (|T| < t99 ÷ 3) holds 1 − (1 − t99 ÷ 3)² of the runs: 49%,
    // against 33% were they spread evenly.
    double middle = 0;
    for (std::size_t i = 10; i < 20; ++i)
        middle += static_cast<double>(h.counts[i]);
    const double expected = 1 - std::pow(1 - t99 / 3, 2);
    EXPECT_NEAR(middle / n, expected, 0.02);
    // Symmetric: as many runs in the lower half of the bins as in the upper half.
    double lowerHalf = 0;
    for (std::size_t i = 0; i < 15; ++i)
        lowerHalf += static_cast<double>(h.counts[i]);
    EXPECT_NEAR(lowerHalf / n, 0.49, 0.02);
}

TEST(OutcomeHistogram, TheSameSeedGivesTheSameHistogram)
{
    Persona p = pricePersona();
    p.evidence.clear();
    MonteCarloOptions o;
    o.runs = 3000;
    o.seed = 42;
    const Histogram a = runMonteCarlo(p, o).clvToCacHistogram;
    const Histogram b = runMonteCarlo(p, o).clvToCacHistogram;
    EXPECT_EQ(a.counts, b.counts);
    EXPECT_EQ(a.lower, b.lower);
    EXPECT_EQ(a.binWidth, b.binWidth);
    EXPECT_EQ(a.below, b.below);
    EXPECT_EQ(a.above, b.above);
    o.seed = 43;
    EXPECT_NE(runMonteCarlo(p, o).clvToCacHistogram.counts, a.counts);
}

TEST(OutcomeHistogram, EmptyWhereClvToCacIsNeverDefined)
{
    for (const bool noSpend : {true, false}) {
        SCOPED_TRACE(noSpend ? "no spend" : "no entries");
        Persona p = pricePersona();
        p.evidence.clear();
        if (noSpend)
            p.economics.monthlySpend = 0; // CAC 0: CLV:CAC has no value
        else
            p.economics.monthlyVolume = 0; // no customers: no CAC
        MonteCarloOptions o;
        o.runs = 500;
        const MonteCarloResult r = runMonteCarlo(p, o);
        EXPECT_EQ(r.clvToCac.definedRuns, 0u);
        EXPECT_TRUE(r.clvToCacHistogram.empty());
        EXPECT_EQ(r.clvToCacHistogram.total(), 0u);
    }
    EXPECT_TRUE(histogramOf({}).empty());
}

TEST(OutcomeHistogram, OneValueInEveryRunSitsInsideFiniteBins)
{
    // No margin: CLV and so CLV:CAC are 0 in every run.
    Persona p = pricePersona();
    p.evidence.clear();
    p.economics.grossMarginPercent = 0;
    MonteCarloOptions o;
    o.runs = 500;
    const Histogram h = runMonteCarlo(p, o).clvToCacHistogram;
    expectContiguous(h);
    EXPECT_EQ(h.total(), 500u);
    EXPECT_EQ(h.below + h.above, 0u);
    EXPECT_LT(h.lower, 0);
    EXPECT_GT(h.upper(), 0);

    // Every run certain: CLV:CAC is 5 each time, centred in the bins.
    for (const EvidenceField f : uncertainInputs)
        p.evidence[f] = Evidence{"test", Confidence::Measured, {}, 0.0};
    p.economics.grossMarginPercent = 50;
    const Histogram certain = runMonteCarlo(p, o).clvToCacHistogram;
    expectContiguous(certain);
    EXPECT_EQ(certain.total(), 500u);
    EXPECT_LT(certain.lower, 5);
    EXPECT_GT(certain.upper(), 5);
    EXPECT_NEAR(certain.lower + certain.upper(), 10, 1e-9);
}

TEST(OutcomeHistogram, NonFiniteValuesCountOutsideTheBins)
{
    const double inf = std::numeric_limits<double>::infinity();
    const Histogram h = histogramOf({-inf, 1, 2, 3, inf, inf});
    expectContiguous(h);
    EXPECT_EQ(h.total(), 6u);
    EXPECT_GE(h.below, 1u);
    EXPECT_GE(h.above, 2u);
    const Histogram none = histogramOf({-inf, inf});
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none.below, 1u);
    EXPECT_EQ(none.above, 1u);
}

} // namespace
} // namespace b2x
