// SPDX-License-Identifier: GPL-3.0-or-later
// The stage estimators of calibration (core/calibration/CompetingRisks.h) on deals simulated
// through a stage with a known conversion and known triangular durations, many of them still
// open at the as-of date: the Aalen–Johansen estimate recovers the truth where advanced ÷ entered
// does not; and hand-worked small cases.
#include "calibration/CompetingRisks.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace b2x::calibration;

namespace {

/// Raw draws from std::mt19937 (exactly specified), so the data are the same everywhere.
class Draw {
public:
    explicit Draw(std::uint32_t seed) : m_engine(seed) {}
    double unit() { return (static_cast<double>(m_engine()) + 0.5) / 4294967296.0; }
    double triangular(double a, double c, double b)
    {
        return triangularQuantile({a, c, b}, unit());
    }

private:
    std::mt19937 m_engine;
};

struct Truth {
    double conversion = 0.40;
    TriangularFit advance{10, 20, 40}; ///< days to move on, for deals that do
    TriangularFit loss{2, 30, 80};     ///< days to be lost: slower than moving on
};

/// Deals entering evenly over the `window` days before the as-of date; each is followed until it
/// leaves the stage or the as-of date comes.
std::vector<Spell> simulate(const Truth& truth, int deals, double window, std::uint32_t seed)
{
    Draw d(seed);
    std::vector<Spell> spells;
    for (int i = 0; i < deals; ++i) {
        const double followUp = window * d.unit();
        const bool advances = d.unit() < truth.conversion;
        const TriangularFit& clock = advances ? truth.advance : truth.loss;
        const double days = triangularQuantile(clock, d.unit());
        if (days <= followUp)
            spells.push_back({days, advances ? Outcome::Advanced : Outcome::Lost});
        else
            spells.push_back({followUp, Outcome::Open});
    }
    return spells;
}

TEST(CompetingRisks, RecoversTheConversionWhereAdvancedOverEnteredDoesNot)
{
    const Truth truth;
    const auto spells = simulate(truth, 4000, 90, 7);
    const CompetingRisksEstimate e = estimateCompetingRisks(spells);
    ASSERT_TRUE(e.conversion && e.naiveConversion && e.conversionLow && e.conversionHigh);
    EXPECT_EQ(e.entered, 4000);
    EXPECT_EQ(e.entered, e.advanced + e.lost + e.open);
    EXPECT_GT(e.open, 1000) << "the case is about deals still open";
    // Within three standard errors of a 4,000-deal sample (≈ 0.024), and the interval holds it.
    EXPECT_NEAR(*e.conversion, truth.conversion, 0.03);
    EXPECT_LE(*e.conversionLow, truth.conversion);
    EXPECT_GE(*e.conversionHigh, truth.conversion);
    EXPECT_LT(*e.conversionHigh - *e.conversionLow, 0.08);
    // Counting open deals as losses is far off; so is dropping them (advanced ÷ closed), which
    // favours the faster outcome (moving on).
    EXPECT_LT(*e.naiveConversion, truth.conversion - 0.08);
    const double advancedOverClosed = static_cast<double>(e.advanced) / (e.advanced + e.lost);
    EXPECT_GT(advancedOverClosed, truth.conversion + 0.04);
    // Followed for longer than any deal takes: the curve has levelled off.
    EXPECT_TRUE(e.levelledOff);
}

TEST(CompetingRisks, TimeInStageOfTheDealsThatMoveOnAndItsTriangularFit)
{
    const Truth truth;
    const CompetingRisksEstimate e = estimateCompetingRisks(simulate(truth, 6000, 150, 11));
    ASSERT_TRUE(e.p10Days && e.p50Days && e.p90Days && e.meanDays);
    EXPECT_NEAR(*e.p10Days, triangularQuantile(truth.advance, 0.1), 1.0);
    EXPECT_NEAR(*e.p50Days, triangularQuantile(truth.advance, 0.5), 1.0);
    EXPECT_NEAR(*e.p90Days, triangularQuantile(truth.advance, 0.9), 1.5);
    EXPECT_NEAR(*e.meanDays, (10 + 20 + 40) / 3.0, 1.0);
    const TriangularFit fit = fitTriangular(*e.p10Days, *e.p50Days, *e.p90Days);
    EXPECT_NEAR(fit.minDays, 10, 3);
    EXPECT_NEAR(fit.likelyDays, 20, 3);
    EXPECT_NEAR(fit.maxDays, 40, 4);
}

TEST(CompetingRisks, ACurveStillRisingAtTheEndOfFollowUpIsALowerBound)
{
    // Followed for 25 days only, while moving on takes 10–40: deals still open will move on.
    const CompetingRisksEstimate e = estimateCompetingRisks(simulate(Truth{}, 3000, 25, 3));
    ASSERT_TRUE(e.conversion);
    EXPECT_FALSE(e.levelledOff);
    EXPECT_LT(*e.conversion, 0.40);
}

TEST(CompetingRisks, HandWorkedCaseWithTiesAndCensoring)
{
    // Four deals: one advances at day 2, one is lost at day 2, one is open at day 2 (at risk at
    // day 2 since censoring counts after exits), one advances at day 5.
    // t = 2: n = 4, S = 1 → F_adv = 1/4, F_lost = 1/4, S = 1/2.  t = 5: n = 1 → F_adv = 1/4 + 1/2.
    const std::vector<Spell> spells{
        {2, Outcome::Advanced}, {2, Outcome::Lost}, {2, Outcome::Open}, {5, Outcome::Advanced}};
    const CompetingRisksEstimate e = estimateCompetingRisks(spells);
    ASSERT_EQ(e.steps.size(), 2u);
    EXPECT_EQ(e.steps[0].atRisk, 4);
    EXPECT_DOUBLE_EQ(e.steps[0].advancedCif, 0.25);
    EXPECT_DOUBLE_EQ(e.steps[0].lostCif, 0.25);
    EXPECT_DOUBLE_EQ(e.steps[0].stillInStage, 0.5);
    EXPECT_EQ(e.steps[1].atRisk, 1);
    EXPECT_DOUBLE_EQ(*e.conversion, 0.75);
    EXPECT_DOUBLE_EQ(*e.naiveConversion, 0.5);
    EXPECT_EQ(e.open, 1);
    // Among the deals that move on: a third by day 2, all by day 5.
    EXPECT_DOUBLE_EQ(*e.p10Days, 2);
    EXPECT_DOUBLE_EQ(*e.p50Days, 5);
    EXPECT_DOUBLE_EQ(*e.meanDays, 2 * (0.25 / 0.75) + 5 * (0.5 / 0.75));
    ASSERT_TRUE(e.conversionLow && e.conversionHigh);
    EXPECT_LT(*e.conversionLow, 0.75);
    EXPECT_GT(*e.conversionHigh, 0.75);
    EXPECT_LE(*e.conversionHigh, 1.0);
}

TEST(CompetingRisks, NoneAndAllGetExactBinomialBoundsAndNothingIsDefined)
{
    EXPECT_FALSE(estimateCompetingRisks({}).conversion);

    const std::vector<Spell> allLost(10, Spell{3, Outcome::Lost});
    const auto none = estimateCompetingRisks(allLost);
    EXPECT_DOUBLE_EQ(*none.conversion, 0);
    EXPECT_DOUBLE_EQ(*none.conversionLow, 0);
    EXPECT_NEAR(*none.conversionHigh, 1 - std::pow(0.025, 0.1), 1e-12); // ≈ 0.31
    EXPECT_FALSE(none.p50Days);

    const std::vector<Spell> allAdvanced(10, Spell{3, Outcome::Advanced});
    const auto all = estimateCompetingRisks(allAdvanced);
    EXPECT_DOUBLE_EQ(*all.conversion, 1);
    EXPECT_DOUBLE_EQ(*all.conversionHigh, 1);
    EXPECT_NEAR(*all.conversionLow, std::pow(0.025, 0.1), 1e-12);

    // Broken durations never crash: they count as 0 days.
    const std::vector<Spell> broken{{-5, Outcome::Advanced}, {NAN, Outcome::Lost}};
    const auto b = estimateCompetingRisks(broken);
    EXPECT_DOUBLE_EQ(*b.conversion, 0.5);
}

TEST(CompetingRisks, TriangularFitReproducesThePercentilesAndFindsAnInnerMode)
{
    // A mode between p10 and p90: the three percentiles pin the triangle down.
    const TriangularFit t{10, 20, 40};
    const TriangularFit fit = fitTriangular(triangularQuantile(t, 0.1), triangularQuantile(t, 0.5),
                                            triangularQuantile(t, 0.9));
    EXPECT_NEAR(fit.minDays, 10, 0.1);
    EXPECT_NEAR(fit.likelyDays, 20, 0.1);
    EXPECT_NEAR(fit.maxDays, 40, 0.1);
    // A mode outside p10–p90 cannot be told from them: the fit still has the same percentiles.
    for (const TriangularFit other :
         {TriangularFit{0, 0, 30}, TriangularFit{5, 50, 50}, TriangularFit{100, 130, 400}}) {
        const double p10 = triangularQuantile(other, 0.1);
        const double p50 = triangularQuantile(other, 0.5);
        const double p90 = triangularQuantile(other, 0.9);
        const TriangularFit f = fitTriangular(p10, p50, p90);
        const double slack = 0.005 * (other.maxDays - other.minDays);
        EXPECT_NEAR(triangularQuantile(f, 0.1), p10, slack);
        EXPECT_NEAR(triangularQuantile(f, 0.5), p50, slack);
        EXPECT_NEAR(triangularQuantile(f, 0.9), p90, slack);
        EXPECT_GE(f.minDays, 0);
        EXPECT_LE(f.minDays, f.likelyDays);
        EXPECT_LE(f.likelyDays, f.maxDays);
    }
    // Percentiles no triangle with min ≥ 0 has: min held at 0, the order kept.
    const TriangularFit skewed = fitTriangular(1, 2, 100);
    EXPECT_GE(skewed.minDays, 0);
    EXPECT_LE(skewed.minDays, skewed.likelyDays);
    EXPECT_LE(skewed.likelyDays, skewed.maxDays);
}

} // namespace
