// SPDX-License-Identifier: GPL-3.0-or-later
// The report's evidence table (issue 15, point 1): a source written for another value is shown
// as stale, never printed as support for the number the persona has now.
#include "analytics/PersonaAnalysis.h"
#include "format/EnumLabels.h"
#include "model/EvidenceValues.h"
#include "model/Presets.h"
#include "report/ReportHtml.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

/// The cells of the evidence table's row for `field`, as plain text.
QStringList evidenceRow(const QString& html, EvidenceField field)
{
    const qsizetype table = html.lastIndexOf(QStringLiteral("<h2>"));
    const QString rows = html.mid(table);
    // Every other row is shaded (<tr bgcolor=...>).
    const QRegularExpression row(QStringLiteral("<tr[^>]*>(.*?)</tr>"));
    for (auto it = row.globalMatch(rows); it.hasNext();) {
        const QString r = it.next().captured(1);
        QStringList cells;
        const QRegularExpression cell(QStringLiteral("<td>(.*?)</td>"));
        for (auto c = cell.globalMatch(r); c.hasNext();)
            cells << c.next().captured(1);
        if (!cells.isEmpty() && cells.front() == displayName(field))
            return cells;
    }
    return {};
}

QString personaPage(const Workspace& ws)
{
    std::vector<analytics::PersonaAnalysis> analyses;
    for (const auto& p : ws.personas)
        analyses.push_back(analytics::analysePersona(p));
    return ReportHtml(ws, analyses, {0}).personaPages();
}

} // namespace

TEST(ReportEvidence, ATemplateChangedByTheUserDoesNotPrintItsSourcesAsSupport)
{
    // The new user's edit: four people instead of two, a 45-day cycle instead of about three
    // weeks, 2% instead of 3%.
    Workspace ws;
    ws.personas = {makePreset(PresetKind::SmallBusinessSoftware)};
    Persona& p = ws.personas[0];
    const Persona preset = p;
    p.decisionUnit.members.push_back({{Role::Influencer}, "Accountant", 30});
    p.decisionUnit.members.push_back({{Role::User}, "Sales lead", 40});
    p.pipeline[0].conversionPercent = 2;
    p.pipeline[1] = {p.pipeline[1].name, p.pipeline[1].conversionPercent, 20, 43, 60};

    const QString html = personaPage(ws);
    for (EvidenceField field : {EvidenceField::DecisionUnitSize, EvidenceField::StageDurations,
                                EvidenceField::ConversionRates}) {
        SCOPED_TRACE(toString(field));
        const Evidence& e = preset.evidence.at(field);
        ASSERT_EQ(e.confidence, Confidence::Benchmark);
        // Neither the template's source text nor "Benchmark" backs the new number.
        EXPECT_FALSE(html.contains(QString::fromStdString(e.source).toHtmlEscaped()));
        const QStringList row = evidenceRow(html, field);
        ASSERT_EQ(row.size(), 3) << html.toStdString();
        EXPECT_FALSE(row.join(u' ').contains(displayName(Confidence::Benchmark)));
        EXPECT_TRUE(row[2].contains(QStringLiteral("Stale"))) << row[2].toStdString();
        EXPECT_TRUE(row[1].contains(QStringLiteral("ritten for"))) << row[1].toStdString();
    }
    // "Written for 2 people; the persona now has 4 ...", the numbers a reader can check.
    const QStringList size = evidenceRow(html, EvidenceField::DecisionUnitSize);
    ASSERT_EQ(size.size(), 3);
    EXPECT_LT(size[1].indexOf(QLatin1Char('2')), size[1].indexOf(QLatin1Char('4')))
        << size[1].toStdString();
    // Per-stage lists name only the stage that changed.
    const QStringList rates = evidenceRow(html, EvidenceField::ConversionRates);
    ASSERT_EQ(rates.size(), 3);
    EXPECT_EQ(rates[1], QStringLiteral("Stage “%1”: written for 3%, now 2%.")
                            .arg(QString::fromStdString(p.pipeline[0].name).toHtmlEscaped()));
    const QStringList days = evidenceRow(html, EvidenceField::StageDurations);
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(days[1], QStringLiteral("Stage “%1”: written for 7–14–30 days, now 20–43–60 days.")
                           .arg(QString::fromStdString(p.pipeline[1].name).toHtmlEscaped()));

    // Evidence whose number did not change is still printed as support.
    const QStringList price = evidenceRow(html, EvidenceField::Price);
    ASSERT_EQ(price.size(), 3);
    EXPECT_EQ(
        price[1],
        QString::fromStdString(preset.evidence.at(EvidenceField::Price).source).toHtmlEscaped());
    EXPECT_EQ(price[2], displayName(Confidence::Benchmark));
}

TEST(ReportEvidence, ConfirmedEvidenceIsSupportAgain)
{
    Workspace ws;
    ws.personas = {makePreset(PresetKind::SmallBusinessSoftware)};
    Persona& p = ws.personas[0];
    p.decisionUnit.members.push_back({{Role::Influencer}, "Accountant", 30});
    stampEvidence(p, EvidenceField::DecisionUnitSize);
    const QStringList row = evidenceRow(personaPage(ws), EvidenceField::DecisionUnitSize);
    ASSERT_EQ(row.size(), 3);
    EXPECT_EQ(row[1], QString::fromStdString(p.evidence.at(EvidenceField::DecisionUnitSize).source)
                          .toHtmlEscaped());
    EXPECT_EQ(row[2], displayName(Confidence::Benchmark));
}
