// SPDX-License-Identifier: GPL-3.0-or-later
// Spreads from evidence, seeded Monte Carlo and the tornado (docs/models.md, "Uncertainty").
#include "budget/Uncertainty.h"

#include "TestPersonas.h"
#include "analytics/TimeToRevenue.h"
#include "budget/Allocator.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace b2x {
namespace {

using namespace budget;

/// 1,000 entries a month, 10% become customers (100), spend 10,000 (CAC 100), price 1,000 once
/// at 50% margin (CLV 500): CLV:CAC 5.
Persona plainPersona()
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
    // Every input certain unless a test says otherwise.
    for (const EvidenceField f : uncertainInputs)
        p.evidence[f] = Evidence{"test", Confidence::Measured, {}, 0.0};
    return p;
}

TEST(Uncertainty, SpreadsComeFromTheEvidence)
{
    Persona p = plainPersona();
    p.evidence.erase(EvidenceField::Price);
    EXPECT_DOUBLE_EQ(spreadPercent(p, EvidenceField::Price), 50); // no evidence: assumed
    p.evidence[EvidenceField::Price] = Evidence{"s", Confidence::Benchmark};
    EXPECT_DOUBLE_EQ(spreadPercent(p, EvidenceField::Price), 25);
    p.evidence[EvidenceField::Price].confidence = Confidence::Measured;
    EXPECT_DOUBLE_EQ(spreadPercent(p, EvidenceField::Price), 10);
    p.evidence[EvidenceField::Price].rangePercent = 40;
    EXPECT_DOUBLE_EQ(spreadPercent(p, EvidenceField::Price), 40);
    EXPECT_DOUBLE_EQ(spreadPercent(p, EvidenceField::MonthlySpend), 0); // 0: certain
}

TEST(Uncertainty, TriangularInverseCdfIsExact)
{
    EXPECT_DOUBLE_EQ(symmetricTriangularQuantile(0.5), 0);
    EXPECT_DOUBLE_EQ(symmetricTriangularQuantile(0), -1);
    EXPECT_DOUBLE_EQ(symmetricTriangularQuantile(1), 1);
    // P(T ≤ t) = (1 + t)² ÷ 2 below the mode.
    EXPECT_NEAR(symmetricTriangularQuantile(0.125), -0.5, 1e-15);
    EXPECT_NEAR(symmetricTriangularQuantile(0.875), 0.5, 1e-15);
}

TEST(Uncertainty, MonteCarloQuantilesOfALinearOutputMatchTheTriangularsExactQuantiles)
{
    // Only the price varies (benchmark: ±25%); CLV = price × 0.5 is linear in it, so its
    // p-quantile is 500 × (1 + 0.25 × q(p)) with q the triangular's exact quantile.
    Persona p = plainPersona();
    p.evidence[EvidenceField::Price] = Evidence{"s", Confidence::Benchmark};
    const MonteCarloResult r = runMonteCarlo(p, {});
    ASSERT_EQ(r.runs, 10000);
    // The triangular on [−1, 1] with mode 0 has P(T ≤ t) = (1 + t)² ÷ 2 below 0, so its
    // p-quantile is −1 + √(2p) below ½ and 1 − √(2(1 − p)) above (written out here, not taken
    // from the code under test).
    const auto exact = [](double q) {
        const double t = q < 0.5 ? -1 + std::sqrt(2 * q) : 1 - std::sqrt(2 * (1 - q));
        return 500 * (1 + 0.25 * t);
    };
    // The sampling error of a quantile of 10,000 runs is below 0.007 of the half-width here.
    const double tolerance = 500 * 0.25 * 0.02;
    EXPECT_NEAR(*r.clv.p10, exact(0.1), tolerance);
    EXPECT_NEAR(*r.clv.p50, exact(0.5), tolerance);
    EXPECT_NEAR(*r.clv.p90, exact(0.9), tolerance);
    EXPECT_NEAR(*r.clv.mean, 500, tolerance);
    EXPECT_LT(*r.clv.p10, 500 * 0.9); // not a degenerate distribution
    // What does not depend on the price does not move.
    EXPECT_DOUBLE_EQ(*r.cac.p10, 100);
    EXPECT_DOUBLE_EQ(*r.cac.p90, 100);
    EXPECT_DOUBLE_EQ(*r.customersPerMonth.p50, 100);
    // CLV:CAC = CLV ÷ 100 ≥ 3 always (CLV ≥ 375).
    EXPECT_DOUBLE_EQ(r.probabilityClvToCacAtLeast3, 1.0);
}

TEST(Uncertainty, ProbabilityOfClvToCacAtLeast3MatchesTheTriangular)
{
    // Price ±100%: CLV:CAC = 5 × (1 + T); P(5(1 + T) ≥ 3) = P(T ≥ −0.4) = 1 − 0.6² ÷ 2 = 0.82.
    Persona p = plainPersona();
    p.evidence[EvidenceField::Price].rangePercent = 100;
    const MonteCarloResult r = runMonteCarlo(p, {});
    EXPECT_NEAR(r.probabilityClvToCacAtLeast3, 0.82, 0.015);
}

TEST(Uncertainty, SeededRunsAreIdenticalAndSeedsDiffer)
{
    Persona p = test::samplePersona("Enterprise software");
    MonteCarloOptions o;
    o.runs = 2000;
    o.seed = 42;
    const MonteCarloResult a = runMonteCarlo(p, o);
    const MonteCarloResult b = runMonteCarlo(p, o);
    EXPECT_EQ(a.clv.p10, b.clv.p10);
    EXPECT_EQ(a.cac.p50, b.cac.p50);
    EXPECT_EQ(a.clvToCac.mean, b.clvToCac.mean);
    EXPECT_EQ(a.monthsTo50Percent.p90, b.monthsTo50Percent.p90);
    EXPECT_EQ(a.probabilityClvToCacAtLeast3, b.probabilityClvToCacAtLeast3);
    o.seed = 43;
    const MonteCarloResult c = runMonteCarlo(p, o);
    EXPECT_NE(a.cac.p50, c.cac.p50);
}

TEST(Uncertainty, TheEngineGivesTheSameDrawsEverywhere)
{
    // The runs rest on mt19937_64, which the C++ standard specifies bit for bit (its 10,000th
    // output from the default seed is given in [rand.predef]), and on our own arithmetic.
    std::mt19937_64 engine;
    engine.discard(9999);
    EXPECT_EQ(engine(), 9981545732273789042ULL);
}

TEST(Uncertainty, TornadoOrdersInputsBySwingOnAHandWorkedCase)
{
    // CLV:CAC = price × 0.5 × margin ÷ (spend ÷ (volume × 10%)) = 5 at today's values.
    Persona p = plainPersona();
    p.evidence[EvidenceField::Price].rangePercent = 50;          // 2.5 … 7.5: swing 5
    p.evidence[EvidenceField::MonthlyVolume].rangePercent = 25;  // 3.75 … 6.25: swing 2.5
    p.evidence[EvidenceField::GrossMargin].rangePercent = 20;    // 4 … 6: swing 2
    p.evidence[EvidenceField::MonthlySpend].rangePercent = 10;   // 5 ÷ 1.1 … 5 ÷ 0.9: 1.0101
    p.evidence[EvidenceField::StageDurations].rangePercent = 30; // no effect on CLV:CAC
    const auto bars = tornado(p);
    ASSERT_EQ(bars.size(), 5u);
    EXPECT_EQ(bars[0].input, EvidenceField::Price);
    EXPECT_EQ(bars[1].input, EvidenceField::MonthlyVolume);
    EXPECT_EQ(bars[2].input, EvidenceField::GrossMargin);
    EXPECT_EQ(bars[3].input, EvidenceField::MonthlySpend);
    EXPECT_EQ(bars[4].input, EvidenceField::StageDurations);
    EXPECT_NEAR(*bars[0].clvToCacLow, 2.5, 1e-12);
    EXPECT_NEAR(*bars[0].clvToCacHigh, 7.5, 1e-12);
    EXPECT_NEAR(bars[0].swing, 5, 1e-12);
    EXPECT_NEAR(bars[1].swing, 2.5, 1e-12);
    EXPECT_NEAR(bars[2].swing, 2, 1e-12);
    EXPECT_NEAR(bars[3].swing, 5 / 0.9 - 5 / 1.1, 1e-12);
    EXPECT_NEAR(bars[4].swing, 0, 1e-12);
    // CAC: volume moves it (133.3 … 80), spend too (90 … 110), price and margin do not.
    EXPECT_NEAR(bars[1].cacSwing, 1e4 / 75 - 80, 1e-9);
    EXPECT_NEAR(bars[3].cacSwing, 20, 1e-9);
    EXPECT_NEAR(bars[0].cacSwing, 0, 1e-12);
}

TEST(Uncertainty, StageDurationsScaleTheTimeToRevenue)
{
    // Scaling every duration by 2 through the cycle gives what doubled stages give.
    const std::vector<Stage> stages{test::stage(10, 20, 40, 50)};
    const std::vector<Stage> doubled{test::stage(20, 40, 80, 50)};
    analytics::CustomerRevenue revenue;
    revenue.firstPayment = 100;
    const auto scaled =
        analytics::computeTimeToRevenue(analytics::CycleDistribution(stages), 10, revenue, 2.0);
    const auto direct =
        analytics::computeTimeToRevenue(analytics::CycleDistribution(doubled), 10, revenue);
    for (std::size_t m = 0; m < scaled.monthlyRevenue.size(); ++m)
        EXPECT_NEAR(scaled.monthlyRevenue[m], direct.monthlyRevenue[m], 1e-9);
    EXPECT_EQ(scaled.monthsTo50Percent, direct.monthsTo50Percent);
}

TEST(Uncertainty, CancelStopsTheRunsAndProgressIsReported)
{
    const Persona p = plainPersona();
    std::atomic<bool> cancel{false};
    int lastDone = 0;
    MonteCarloOptions o;
    o.cancel = &cancel;
    o.progress = [&](int done, int total) {
        EXPECT_EQ(total, 10000);
        lastDone = done;
        if (done >= 1000)
            cancel = true;
    };
    const MonteCarloResult r = runMonteCarlo(p, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.runs, 1000);
    EXPECT_EQ(lastDone, 1000);
    EXPECT_EQ(r.clv.definedRuns, 1000u);
}

void expectFinite(const OutputRange& r)
{
    for (const auto& v : {r.p10, r.p50, r.p90, r.mean}) {
        if (v) {
            EXPECT_TRUE(std::isfinite(*v));
        }
    }
}

void expectFinite(const std::optional<double>& v)
{
    if (v) {
        EXPECT_TRUE(std::isfinite(*v));
    }
}

TEST(Uncertainty, NoNaNWithZeroSpendVolumeOrMargin)
{
    Persona p = plainPersona();
    p.evidence.clear(); // every input assumed: ±50%
    p.economics.monthlySpend = 0;
    p.economics.monthlyVolume = 0;
    p.economics.grossMarginPercent = 0;
    p.channels = {{"google-search", 50, std::nullopt}, {"youtube", 0, std::nullopt}};
    p.channels[1].response.slope = 0.5; // f′(0) is infinite here
    p.channels[1].bounds.maxSpend = 100;

    MonteCarloOptions o;
    o.runs = 500;
    const MonteCarloResult r = runMonteCarlo(p, o);
    for (const auto* range : {&r.customersPerMonth, &r.cac, &r.clv, &r.clvToCac, &r.paybackMonths,
                              &r.monthsTo50Percent})
        expectFinite(*range);
    EXPECT_TRUE(std::isfinite(r.probabilityClvToCacAtLeast3));
    for (const auto& bar : tornado(p)) {
        EXPECT_TRUE(std::isfinite(bar.swing));
        EXPECT_TRUE(std::isfinite(bar.cacSwing));
        expectFinite(bar.clvToCacLow);
        expectFinite(bar.cacHigh);
    }

    const Persona* ps[] = {&p};
    for (const auto mode : {AllocationMode::FixedBudget, AllocationMode::Flexible}) {
        AllocationOptions ao;
        ao.mode = mode;
        ao.budget = 1000;
        ao.targetMarginalRoas = 0;
        const Allocation a = allocate(ps, ao);
        for (const auto& c : a.channels) {
            for (const double v : {c.spend, c.entries, c.customers, c.value, c.currentEntries})
                EXPECT_TRUE(std::isfinite(v));
            expectFinite(c.cac);
            expectFinite(c.roas);
            expectFinite(c.marginalRoas);
        }
        EXPECT_TRUE(std::isfinite(a.proposed.value));
        expectFinite(a.proposed.roas);
        for (const auto& s : a.steps)
            EXPECT_TRUE(std::isfinite(s.marginalRoas));
    }
    // And the curve itself, at the edges.
    ResponseCurve c;
    c.beta = 10;
    c.ec = 5;
    c.slope = 0.5;
    EXPECT_FALSE(c.derivative(0).has_value());
    EXPECT_TRUE(std::isfinite(*c.derivative(1e300)));
    EXPECT_TRUE(std::isfinite(c.entries(1e-300)));
    EXPECT_DOUBLE_EQ(c.entries(std::nan("")), 0);
}

} // namespace
} // namespace b2x
