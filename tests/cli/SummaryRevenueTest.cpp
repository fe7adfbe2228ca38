// SPDX-License-Identifier: GPL-3.0-or-later
// `b2x summary --json` carries the revenue-model outputs (docs/cli-summary-json.md): defined
// where the model defines them, null elsewhere, the same keys for every persona.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using b2x::test::ProcessResult;
using b2x::test::runCli;

namespace {

QJsonObject personaNamed(const QJsonArray& personas, const QString& prefix)
{
    for (const auto& p : personas)
        if (p.toObject().value(QStringLiteral("name")).toString().startsWith(prefix))
            return p.toObject();
    ADD_FAILURE() << "no persona " << prefix.toStdString();
    return {};
}

} // namespace

TEST(SummaryRevenue, RevenueModelOutputsAreDefinedOrNull)
{
    const ProcessResult r =
        runCli({QStringLiteral("summary"),
                QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"),
                QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray personas = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("personas"))
                                    .toArray();
    ASSERT_EQ(personas.size(), 7);

    const QStringList keys{QStringLiteral("revenueModel"),
                           QStringLiteral("cac"),
                           QStringLiteral("clv"),
                           QStringLiteral("clvToCac"),
                           QStringLiteral("paybackMonths"),
                           QStringLiteral("roas"),
                           QStringLiteral("breakEvenRoas"),
                           QStringLiteral("monthlyRevenuePerCustomer"),
                           QStringLiteral("lifetimeMonths"),
                           QStringLiteral("monthlyChurn"),
                           QStringLiteral("steadyStateCustomers"),
                           QStringLiteral("steadyStateMrr"),
                           QStringLiteral("steadyStateArr")};
    for (const auto& p : personas) {
        const QJsonObject e = p.toObject().value(QStringLiteral("economics")).toObject();
        EXPECT_EQ(e.keys().size(), keys.size());
        for (const auto& k : keys)
            EXPECT_TRUE(e.contains(k)) << k.toStdString();
        const QJsonObject t = p.toObject().value(QStringLiteral("timeToRevenue")).toObject();
        EXPECT_EQ(t.value(QStringLiteral("newCustomerRevenue")).toArray().size(), 24);
    }

    const QJsonObject seo = personaNamed(personas, QStringLiteral("Small-business SEO"));
    const QJsonObject e = seo.value(QStringLiteral("economics")).toObject();
    EXPECT_EQ(e.value(QStringLiteral("revenueModel")).toString(), QStringLiteral("subscription"));
    EXPECT_NEAR(e.value(QStringLiteral("monthlyChurn")).toDouble(), 0.042, 1e-12);
    // 90 new subscribers a month at $100 with 4.2% churn: MRR 214,285.71, ARR 2,571,428.57.
    EXPECT_NEAR(e.value(QStringLiteral("steadyStateMrr")).toDouble(), 9000 / 0.042, 1e-6);
    EXPECT_NEAR(e.value(QStringLiteral("steadyStateArr")).toDouble(), 12 * 9000 / 0.042, 1e-5);

    const QJsonObject enterprise = personaNamed(personas, QStringLiteral("Enterprise software"));
    const QJsonObject oneOff = enterprise.value(QStringLiteral("economics")).toObject();
    EXPECT_EQ(oneOff.value(QStringLiteral("revenueModel")).toString(), QStringLiteral("oneOff"));
    for (const char* k :
         {"monthlyChurn", "steadyStateCustomers", "steadyStateMrr", "steadyStateArr"})
        EXPECT_TRUE(oneOff.value(QString::fromLatin1(k)).isNull()) << k;
    const QJsonObject t = enterprise.value(QStringLiteral("timeToRevenue")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("newCustomerRevenue")),
              t.value(QStringLiteral("monthlyRevenue")));
}
