// SPDX-License-Identifier: GPL-3.0-or-later
// Calibrating a persona from CRM exports (core/calibration): deals simulated through a known
// persona's stages (known conversions and triangular durations; lost deals leave on their own
// clock; open deals cut at the as-of date), written as the generic pair and as a HubSpot export,
// imported and measured: the estimates recover the persona where advanced ÷ entered does not.
#include "calibration/StageCalibration.h"

#include "calibration/DealImport.h"
#include "model/EvidenceValues.h"

#include <QDate>
#include <gtest/gtest.h>
#include <random>

using namespace b2x;
using namespace b2x::calibration;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace stage_calibration_test {

namespace {

class Draw {
public:
    explicit Draw(std::uint32_t seed) : m_engine(seed) {}
    double unit() { return (static_cast<double>(m_engine()) + 0.5) / 4294967296.0; }

private:
    std::mt19937 m_engine;
};

Persona knownPersona()
{
    Persona p;
    p.id = "11111111-2222-4333-8444-555555555555";
    p.name = "Plant buyer";
    p.pipeline = {
        {"Lead", 50, 2, 5, 12}, {"Qualified", 40, 10, 20, 40}, {"Proposal", 60, 5, 15, 30}};
    return p;
}

std::string isoDate(double day)
{
    return QDate(1970, 1, 1)
        .addDays(static_cast<qint64>(std::floor(day)))
        .toString(Qt::ISODate)
        .toStdString();
}

struct Simulated {
    std::string deals = "deal_id,created_at,status,closed_at,amount\n";
    std::string events = "deal_id,stage,entered_at\n";
    std::string hubspot;
    double asOf = 0;
};

/// `count` deals created evenly over the `window` days before the as-of date (2026-06-30).
Simulated simulate(const Persona& p, int count, double window, std::uint32_t seed)
{
    Draw d(seed);
    Simulated s;
    s.asOf = static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(2026, 6, 30)));
    s.hubspot =
        "Record ID,Deal Name,Deal Stage,Pipeline,Amount,Create Date,Close Date,Is Closed Won";
    for (const auto& stage : p.pipeline)
        s.hubspot += ",\"Date entered \"\"" + stage.name + " (Sales Pipeline)\"\"\"";
    s.hubspot += "\n";
    for (int i = 0; i < count; ++i) {
        const double created = std::floor(s.asOf - window * d.unit());
        double t = created;
        std::string status = "open";
        std::string closed;
        std::string current = p.pipeline.front().name;
        std::vector<std::string> entered(p.pipeline.size());
        for (std::size_t k = 0; k < p.pipeline.size(); ++k) {
            const Stage& st = p.pipeline[k];
            if (t > s.asOf)
                break;
            entered[k] = isoDate(t);
            current = st.name;
            s.events += std::to_string(i) + "," + st.name + "," + entered[k] + "\n";
            const bool advances = d.unit() * 100 < st.conversionPercent;
            const double u = d.unit();
            // Moving on takes the stage's triangle; being lost takes twice as long, on its own.
            const analytics::Triangular tri = analytics::Triangular::of(st);
            const double m = (tri.likely - tri.min) / (tri.max - tri.min);
            double days =
                u < m ? tri.min + std::sqrt(u * (tri.max - tri.min) * (tri.likely - tri.min))
                      : tri.max - std::sqrt((1 - u) * (tri.max - tri.min) * (tri.max - tri.likely));
            days = std::ceil(days);
            if (!advances)
                days *= 2;
            if (t + days > s.asOf)
                break; // still open in this stage
            t += days;
            if (!advances) {
                status = "lost";
                closed = isoDate(t);
                current = "Closed lost";
                break;
            }
            if (k + 1 == p.pipeline.size()) {
                status = "won";
                closed = isoDate(t);
                current = "Closed won";
            }
        }
        s.deals +=
            std::to_string(i) + "," + isoDate(created) + "," + status + "," + closed + ",1000\n";
        s.hubspot += std::to_string(i) + ",Deal " + std::to_string(i) + "," + current +
                     ",Sales Pipeline,\"1,000\"," + isoDate(created) + "," + closed + "," +
                     (status == "won" ? "true" : "false");
        for (const auto& e : entered)
            s.hubspot += "," + e;
        s.hubspot += "\n";
    }
    return s;
}

CsvTable table(const std::string& text)
{
    auto r = readCsv(text);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r.table : CsvTable{};
}

DealSet imported(const std::string& deals, const std::string* events,
                 DealFormat format = DealFormat::Auto)
{
    const CsvTable d = table(deals);
    const CsvTable e = events ? table(*events) : CsvTable{};
    const DealImportResult r = importDeals(d, events ? &e : nullptr, format, DateOrder::Unknown);
    EXPECT_TRUE(r.deals) << (r.problems.empty() ? "" : r.problems.front().toString().toStdString());
    return r.deals ? *r.deals : DealSet{};
}

void expectRecovers(const Calibration& c, const Persona& truth)
{
    ASSERT_EQ(c.stages.size(), truth.pipeline.size());
    for (std::size_t k = 0; k < truth.pipeline.size(); ++k) {
        const MeasuredStage& m = c.stages[k];
        SCOPED_TRACE(m.name);
        ASSERT_TRUE(m.estimate.conversion && m.estimate.naiveConversion);
        const double truthShare = truth.pipeline[k].conversionPercent / 100;
        EXPECT_NEAR(*m.estimate.conversion, truthShare, 0.05);
        EXPECT_LE(*m.estimate.conversionLow, truthShare + 0.01);
        EXPECT_GE(*m.estimate.conversionHigh, truthShare - 0.01);
        // Counting open deals as lost misses by far more.
        const double naiveError = truthShare - *m.estimate.naiveConversion;
        EXPECT_GT(naiveError, 0.02);
        EXPECT_LT(std::abs(*m.estimate.conversion - truthShare), naiveError / 2);
        ASSERT_TRUE(m.triangular);
        const analytics::Triangular tri = analytics::Triangular::of(truth.pipeline[k]);
        EXPECT_NEAR(m.triangular->likelyDays, tri.likely, 0.25 * (tri.max - tri.min) + 1);
        EXPECT_NEAR(*m.estimate.meanDays, (tri.min + tri.likely + tri.max) / 3, 2.5);
    }
    ASSERT_TRUE(c.cycle.p50Days);
}

TEST(StageCalibration, GenericExportRecoversThePersonaWithOpenDealsCountedRight)
{
    const Persona truth = knownPersona();
    const Simulated s = simulate(truth, 6000, 120, 5);
    const DealSet deals = imported(s.deals, &s.events);
    EXPECT_EQ(deals.deals.size(), 6000u);
    const Calibration c = calibrate(deals, truth, mappingByName(deals, truth), s.asOf);
    EXPECT_EQ(c.total, 6000);
    EXPECT_EQ(c.won + c.lost + c.open, 6000);
    EXPECT_GT(c.open, 1000);
    expectRecovers(c, truth);
}

TEST(StageCalibration, HubSpotExportOfTheSameDealsMeasuresTheSame)
{
    const Persona truth = knownPersona();
    const Simulated s = simulate(truth, 3000, 150, 9);
    const DealSet generic = imported(s.deals, &s.events);
    const DealSet hubspot = imported(s.hubspot, nullptr);
    ASSERT_EQ(hubspot.deals.size(), 3000u);
    const Calibration a = calibrate(generic, truth, mappingByName(generic, truth), s.asOf);
    const Calibration b = calibrate(hubspot, truth, mappingByName(hubspot, truth), s.asOf);
    for (std::size_t k = 0; k < truth.pipeline.size(); ++k) {
        EXPECT_EQ(a.stages[k].estimate.entered, b.stages[k].estimate.entered);
        EXPECT_DOUBLE_EQ(*a.stages[k].estimate.conversion, *b.stages[k].estimate.conversion);
    }
    EXPECT_EQ(a.won, b.won);
    EXPECT_EQ(a.lost, b.lost);
}

TEST(StageCalibration, SkippedRepeatedAndOutOfOrderStagesFollowTheRules)
{
    const Persona p = knownPersona();
    // Deal 1 skips Qualified and is won; deal 2 goes back from Qualified to Lead, then is lost;
    // deal 3's events are listed out of order; deal 4 is won with no stage events at all.
    const std::string deals = "deal_id,created_at,status,closed_at,amount\n"
                              "1,2026-01-01,won,2026-01-20,10\n"
                              "2,2026-01-01,lost,2026-01-15,10\n"
                              "3,2026-01-01,open,,10\n"
                              "4,2026-01-01,won,2026-01-05,10\n";
    const std::string events = "deal_id,stage,entered_at\n"
                               "1,Lead,2026-01-01\n1,Proposal,2026-01-10\n"
                               "2,Lead,2026-01-01\n2,Qualified,2026-01-02\n2,Lead,2026-01-03\n"
                               "3,Qualified,2026-01-08\n3,Lead,2026-01-02\n";
    const DealSet set = imported(deals, &events);
    const double asOf = static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(2026, 2, 1)));
    const Calibration c = calibrate(set, p, mappingByName(set, p), asOf);
    // Lead: every deal was in it (4 from its creation), and each moved on (2 at its first
    // entry into Qualified: a stage's first entry counts).
    EXPECT_EQ(c.stages[0].estimate.entered, 4);
    EXPECT_EQ(c.stages[0].estimate.advanced, 4);
    // Qualified: 1 and 4 skipped it (moved on, no duration), 2 was lost there, 3 is open there.
    EXPECT_EQ(c.stages[1].skipped, 2);
    EXPECT_EQ(c.stages[1].estimate.entered, 4);
    EXPECT_EQ(c.stages[1].estimate.lost, 1);
    EXPECT_EQ(c.stages[1].estimate.open, 1);
    // Deal 3's Lead stay ends at its Qualified entry (6 days), not before it.
    const auto& leadSteps = c.stages[0].estimate.steps;
    EXPECT_TRUE(std::any_of(leadSteps.begin(), leadSteps.end(),
                            [](const IncidenceStep& s) { return s.days == 6 && s.advanced == 1; }));
    const auto mentions = [&](const char* word) {
        return std::any_of(c.warnings.begin(), c.warnings.end(),
                           [&](const QString& w) { return w.contains(QLatin1String(word)); });
    };
    EXPECT_TRUE(mentions("again"));
    EXPECT_TRUE(mentions("out of pipeline order"));
}

TEST(StageCalibration, ApplyingWritesRatesDurationsAndMeasuredEvidence)
{
    const Persona truth = knownPersona();
    const Simulated s = simulate(truth, 4000, 150, 21);
    const DealSet deals = imported(s.deals, &s.events);
    const Calibration c = calibrate(deals, truth, mappingByName(deals, truth), s.asOf);
    const Persona applied = applyCalibration(truth, c, "deals.csv, 4,000 deals, as of 2026-06-30");
    for (std::size_t k = 0; k < truth.pipeline.size(); ++k) {
        EXPECT_DOUBLE_EQ(applied.pipeline[k].conversionPercent,
                         std::round(*c.stages[k].estimate.conversion * 1000) / 10);
        EXPECT_LE(applied.pipeline[k].minDays, applied.pipeline[k].likelyDays);
        EXPECT_LE(applied.pipeline[k].likelyDays, applied.pipeline[k].maxDays);
    }
    for (const auto field : {EvidenceField::ConversionRates, EvidenceField::StageDurations}) {
        ASSERT_TRUE(applied.evidence.contains(field));
        EXPECT_EQ(applied.evidence.at(field).confidence, Confidence::Measured);
        EXPECT_EQ(applied.evidence.at(field).source, "deals.csv, 4,000 deals, as of 2026-06-30");
        EXPECT_FALSE(isStale(applied, field));
    }
}

TEST(DealImport, SalesforceAndPipedriveLayouts)
{
    // Salesforce: the opportunity history alone, outcome columns on each row; a row that only
    // changed the amount repeats the stage.
    const std::string history =
        "OpportunityId,StageName,CreatedDate,Amount,CloseDate,IsClosed,IsWon\n"
        "006A,Prospecting,2026-01-02T09:00:00.000+0000,500,2026-02-01,true,true\n"
        "006A,Prospecting,2026-01-04T09:00:00.000+0000,700,2026-02-01,true,true\n"
        "006A,Negotiation,2026-01-10T09:00:00.000+0000,700,2026-02-01,true,true\n"
        "006B,Prospecting,2026-01-05T09:00:00.000+0000,100,,false,false\n";
    const DealSet sf = imported(history, nullptr);
    ASSERT_EQ(sf.deals.size(), 2u);
    EXPECT_EQ(sf.deals[0].status, DealStatus::Won);
    ASSERT_EQ(sf.deals[0].entries.size(), 2u);
    EXPECT_EQ(sf.deals[0].entries[1].stage, "Negotiation");
    EXPECT_EQ(sf.deals[1].status, DealStatus::Open);

    // Salesforce in two files: opportunities and their history.
    const std::string opportunities = "Id,IsClosed,IsWon,CloseDate,Amount,CreatedDate\n"
                                      "006A,true,false,2026-01-20,100,2026-01-01\n";
    const std::string sfHistory =
        "OpportunityId,StageName,CreatedDate\n006A,Prospecting,2026-01-02\n";
    const DealSet sf2 = imported(opportunities, &sfHistory);
    ASSERT_EQ(sf2.deals.size(), 1u);
    EXPECT_EQ(sf2.deals[0].status, DealStatus::Lost);
    EXPECT_EQ(sf2.deals[0].entries.size(), 1u);

    // Pipedrive: deals and their stage flow; a deleted deal is no deal.
    const std::string pdDeals =
        "Deal - ID,Deal - Title,Deal - Value,Deal - Status,Deal - Deal created,"
        "Deal - Won time,Deal - Lost time\n"
        "1,A,\"1,200.50\",won,2026-01-01 10:00:00,2026-02-01 10:00:00,\n"
        "2,B,300,lost,2026-01-02 10:00:00,,2026-01-09 10:00:00\n"
        "3,C,0,deleted,2026-01-03 10:00:00,,\n";
    const std::string flow = "Deal ID,Stage,Time\n1,Qualified,2026-01-05 10:00:00\n";
    const DealSet pd = imported(pdDeals, &flow);
    ASSERT_EQ(pd.deals.size(), 2u);
    EXPECT_EQ(pd.deals[0].amount, 1200.5);
    EXPECT_EQ(pd.deals[1].status, DealStatus::Lost);
    ASSERT_TRUE(pd.deals[1].closed);
    EXPECT_EQ(pd.stages, std::vector<std::string>{"Qualified"});
}

DealImportResult importText(const std::string& deals, const std::string& events)
{
    const CsvTable d = table(deals);
    const CsvTable e = table(events);
    return importDeals(d, &e, DealFormat::Auto, DateOrder::Unknown, QStringLiteral("deals.csv"),
                       QStringLiteral("events.csv"));
}

TEST(DealImport, BadInputIsRefusedWithFileRowAndColumnAndImportsNothing)
{
    const std::string header = "deal_id,created_at,status,closed_at,amount\n";
    const std::string events = "deal_id,stage,entered_at\n";
    const auto first = [](const DealImportResult& r) {
        EXPECT_FALSE(r.deals);
        return r.problems.empty() ? CsvProblem{} : r.problems.front();
    };
    CsvProblem p = first(
        importText(header + "1,2026-01-01,won,2026-01-02,10\n1,2026-01-01,open,,5\n", events));
    EXPECT_EQ(p.row, 3u);
    EXPECT_TRUE(p.message.contains(QStringLiteral("row 2")));
    EXPECT_TRUE(p.toString().startsWith(QStringLiteral("deals.csv: row 3, column 1: ")))
        << p.toString().toStdString();

    p = first(importText(header + "1,2026-01-01,open,,10\n", events + "9,Lead,2026-01-02\n"));
    EXPECT_EQ(p.row, 2u);
    EXPECT_EQ(p.file, QStringLiteral("events.csv"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("“9”")));

    p = first(importText(header + "1,2026-01-01,open,,-10\n", events));
    EXPECT_EQ(p.column, 5u);
    EXPECT_TRUE(p.message.contains(QStringLiteral("negative")));

    p = first(importText(header + "1,9999-12-31,open,,10\n", events));
    EXPECT_EQ(p.column, 2u);

    p = first(importText(header + "1,2026-01-01,maybe,,10\n", events));
    EXPECT_EQ(p.column, 3u);

    const DealImportResult ambiguous = importText(header + "1,01/02/2026,open,,10\n", events);
    EXPECT_TRUE(ambiguous.dateOrderAmbiguous);
    EXPECT_FALSE(ambiguous.deals);

    p = first(importText("id,when\n1,2026-01-01\n", events));
    EXPECT_TRUE(p.message.contains(QStringLiteral("HubSpot")));
}

} // namespace

} // namespace stage_calibration_test
