// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget dock's Uncertainty tab: the Monte Carlo runs off the UI thread and shows exactly what
// budget::runMonteCarlo gives for the same runs and seed, the tornado lists the inputs in
// budget::tornado's order (largest swing on top, under the band of all inputs together), Cancel
// stops a run and shows nothing stale, and an edit of the persona runs again.
#include "budget/UncertaintyView.h"

#include "UiTestSupport.h"
#include "charts/TornadoChart.h"
#include "document/WorkspaceDocument.h"
#include "format/EnumLabels.h"
#include "format/Formatting.h"
#include "io/WorkspaceReader.h"

#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QtCharts/QBarSet>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

const QString enterprise = QStringLiteral("7c1e4a52-3b9d-4f0e-9a6c-2d8b5e1f0a71");

struct Fixture {
    WorkspaceDocument doc;
    UncertaintyView view{&doc};
    Fixture()
    {
        auto r = WorkspaceReader::readFile(test::samplePath());
        EXPECT_TRUE(r.ok());
        doc.reset(*r.workspace, {});
        view.runsBox()->setValue(2000);
        view.resize(700, 900);
        view.show();
        view.setActive(true);
        view.setPersona(enterprise);
    }
    /// Waits (events running) until a run finished; false after 20 s.
    bool waitForResult()
    {
        for (int i = 0; i < 400 && (view.busy() || !view.result()); ++i)
            QTest::qWait(50);
        return !view.busy() && view.result().has_value();
    }
};

} // namespace

TEST(UncertaintyView, ShowsTheSeededMonteCarloOfThePersona)
{
    Fixture f;
    ASSERT_TRUE(f.waitForResult());
    budget::MonteCarloOptions options;
    options.runs = 2000;
    options.seed = 1;
    const auto expected = budget::runMonteCarlo(*f.doc.persona(enterprise), options);
    const auto& got = *f.view.result();
    EXPECT_EQ(got.runs, 2000);
    EXPECT_EQ(got.clvToCac.p50, expected.clvToCac.p50);
    EXPECT_EQ(got.cac.p90, expected.cac.p90);
    EXPECT_DOUBLE_EQ(got.probabilityClvToCacAtLeast3, expected.probabilityClvToCacAtLeast3);
    // The table: row 3 is CLV:CAC, p10 p50 p90 mean.
    QTableWidget* t = f.view.resultsTable();
    ASSERT_EQ(t->rowCount(), 6);
    EXPECT_EQ(t->item(3, 2)->text(), Formatting::number(*expected.clvToCac.p50, 2));
    EXPECT_TRUE(
        f.view.statusText().contains(Formatting::percent(expected.probabilityClvToCacAtLeast3)));
}

TEST(UncertaintyView, TheTornadoFollowsTheCoresOrderUnderTheBand)
{
    Fixture f;
    ASSERT_TRUE(f.waitForResult());
    const auto bars = budget::tornado(*f.doc.persona(enterprise));
    ASSERT_FALSE(bars.empty());
    // Qt lists categories bottom-up: the band is last (on top), then the largest swing.
    const QStringList cats = f.view.tornadoChart()->categories();
    ASSERT_EQ(cats.size(), static_cast<qsizetype>(bars.size()) + 1);
    EXPECT_EQ(cats.back(), charts::TornadoChart::tr("All inputs together"));
    for (std::size_t i = 0; i < bars.size(); ++i)
        EXPECT_EQ(cats[cats.size() - 2 - static_cast<qsizetype>(i)], displayName(bars[i].input));
    // The band spans p10–p90 of CLV:CAC.
    const auto& r = *f.view.result();
    auto* chart = f.view.tornadoChart();
    const int top = static_cast<int>(cats.size()) - 1;
    EXPECT_NEAR(chart->rangeSet()->at(top), *r.clvToCac.p90 - *r.clvToCac.p10, 1e-9);
    // The largest bar spans its low and high CLV:CAC.
    const int largest = top - 1;
    ASSERT_TRUE(bars[0].clvToCacLow && bars[0].clvToCacHigh);
    EXPECT_NEAR(chart->belowSet()->at(largest) + chart->aboveSet()->at(largest),
                std::fabs(*bars[0].clvToCacHigh - *bars[0].clvToCacLow), 1e-9);
}

TEST(UncertaintyView, CancelStopsTheRunAndAnEditRunsAgain)
{
    Fixture f;
    ASSERT_TRUE(f.waitForResult());
    f.view.runsBox()->setValue(1000000);
    f.view.run();
    EXPECT_TRUE(f.view.busy());
    f.view.cancel();
    EXPECT_FALSE(f.view.busy());
    QTest::qWait(100);
    // The result on show is not one of the cancelled run.
    EXPECT_TRUE(!f.view.result() || f.view.result()->runs == 2000);
    // An edit drops the old result and runs again on its own.
    f.view.runsBox()->setValue(2000);
    f.doc.editPersona(enterprise, QStringLiteral("economics.price"), QStringLiteral("x"),
                      [](Persona& p) { p.economics.price *= 2; });
    EXPECT_FALSE(f.view.result());
    ASSERT_TRUE(f.waitForResult());
    budget::MonteCarloOptions options;
    options.runs = 2000;
    const auto expected = budget::runMonteCarlo(*f.doc.persona(enterprise), options);
    EXPECT_EQ(f.view.result()->clv.p50, expected.clv.p50);
}
