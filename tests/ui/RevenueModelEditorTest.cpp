// SPDX-License-Identifier: GPL-3.0-or-later
// The Economics tab and revenue models: only the chosen model's fields, labels in its words, the
// derived figures in words, live analysis, and one undo step per switch (docs/workbench.md,
// "Economics"; docs/models.md, "Revenue models").
#include "EditorTestSupport.h"
#include "document/AnalysisCache.h"
#include "editor/EconomicsSection.h"
#include "editor/RangeSpinBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace b2x;
using namespace b2x::test;

namespace {

// Counts of months go through plural forms ("%Ln month(s)"): the tests, which run without a
// translation, compare the text up to "month".

// The sample: persona 0 buys one-off, 1 subscribes ($100 a month, 4.2% monthly churn, 80%
// margin, a two-year horizon), 2 reorders (79% annual retention).
class RevenueModelEditorTest : public EditorTest {
protected:
    void SetUp() override
    {
        EditorTest::SetUp();
        ASSERT_EQ(persona(0).economics.revenueModel, RevenueModel::OneOff);
        ASSERT_EQ(persona(1).economics.revenueModel, RevenueModel::Subscription);
        ASSERT_EQ(persona(2).economics.revenueModel, RevenueModel::RepeatOrder);
    }

    /// Whether the field named `name` is on screen (its form row is hidden otherwise).
    static bool shown(const EconomicsSection& section, const char* name)
    {
        auto* w = child<QWidget>(section, name);
        return w && w->isVisibleTo(&section);
    }
    /// The label of the form row that holds the field named `name`.
    static QString labelOf(const EconomicsSection& section, const char* name)
    {
        auto* w = child<QWidget>(section, name);
        auto* form = w ? qobject_cast<QFormLayout*>(w->parentWidget()->layout()) : nullptr;
        auto* label = form ? qobject_cast<QLabel*>(form->labelForField(w)) : nullptr;
        return label ? label->text() : QStringLiteral("(no label)");
    }
    static void choose(QComboBox* combo, int value)
    {
        ASSERT_TRUE(combo);
        ASSERT_GE(combo->findData(value), 0);
        combo->setCurrentIndex(combo->findData(value));
    }
    static void type(RangeSpinBox* box, const QString& text)
    {
        ASSERT_TRUE(box);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    }
};

} // namespace

TEST_F(RevenueModelEditorTest, EachModelShowsOnlyItsFieldsInItsOwnWords)
{
    EconomicsSection section(&doc);
    open(section, 0);
    auto* model = child<QComboBox>(section, "economics.revenueModel");
    auto* billing = child<QComboBox>(section, "economics.subscription.billing");
    ASSERT_TRUE(model && billing);
    EXPECT_EQ(model->currentData().toInt(), static_cast<int>(RevenueModel::OneOff));

    // One-off: the fields as before revenue models, none of the recurring ones.
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Price"));
    EXPECT_TRUE(shown(section, "economics.purchasesPerYear"));
    EXPECT_EQ(labelOf(section, "economics.purchasesPerYear"), QStringLiteral("Purchases per year"));
    EXPECT_EQ(labelOf(section, "economics.lifetimeYears"), QStringLiteral("Customer lifetime"));
    for (const char* name :
         {"economics.subscription.billing", "economics.subscription.churnPercent",
          "economics.subscription.churnPeriod", "economics.subscription.expansionPercent",
          "economics.subscription.trialDays", "economics.repeatOrders.annualRetentionPercent"})
        EXPECT_FALSE(shown(section, name)) << name;

    // Subscription: billing, churn and its period, expansion, trial; no purchases per year; the
    // price is per billing period and the lifetime a horizon that caps what churn implies.
    choose(model, static_cast<int>(RevenueModel::Subscription));
    EXPECT_EQ(persona(0).economics.revenueModel, RevenueModel::Subscription);
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Price per month"));
    EXPECT_FALSE(shown(section, "economics.purchasesPerYear"));
    EXPECT_FALSE(shown(section, "economics.repeatOrders.annualRetentionPercent"));
    for (const char* name :
         {"economics.subscription.billing", "economics.subscription.churnPercent",
          "economics.subscription.churnPeriod", "economics.subscription.expansionPercent",
          "economics.subscription.trialDays"})
        EXPECT_TRUE(shown(section, name)) << name;
    EXPECT_EQ(labelOf(section, "economics.lifetimeYears"), QStringLiteral("Horizon (years)"));
    EXPECT_TRUE(child<QWidget>(section, "economics.lifetimeYears")
                    ->toolTip()
                    .contains(QStringLiteral("caps the lifetime")));
    choose(billing, static_cast<int>(Period::Annual));
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Price per year"));
    EXPECT_TRUE(child<RangeSpinBox>(section, "economics.price")
                    ->suffix()
                    .contains(QStringLiteral("per year")));

    // Repeat orders: order value, orders per year, annual retention; nothing of a subscription.
    choose(model, static_cast<int>(RevenueModel::RepeatOrder));
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Order value"));
    EXPECT_TRUE(shown(section, "economics.purchasesPerYear"));
    EXPECT_EQ(labelOf(section, "economics.purchasesPerYear"), QStringLiteral("Orders per year"));
    EXPECT_TRUE(shown(section, "economics.repeatOrders.annualRetentionPercent"));
    EXPECT_EQ(labelOf(section, "economics.lifetimeYears"), QStringLiteral("Horizon (years)"));
    EXPECT_FALSE(shown(section, "economics.subscription.billing"));
    EXPECT_FALSE(shown(section, "economics.subscription.churnPercent"));

    // The category's buying cycle is its own group, in words that do not read as a second
    // purchase frequency next to the orders per year.
    EXPECT_TRUE(shown(section, "economics.interPurchaseYears"));
    EXPECT_EQ(labelOf(section, "economics.interPurchaseYears"),
              QStringLiteral("Category buying cycle"));

    // Another persona opens in its own model's words.
    open(section, 1);
    EXPECT_EQ(model->currentData().toInt(), static_cast<int>(RevenueModel::Subscription));
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Price per month"));
    EXPECT_TRUE(shown(section, "economics.subscription.churnPercent"));
}

TEST_F(RevenueModelEditorTest, EditingChurnChangesTheLifetimeAndClvLive)
{
    AnalysisCache cache(&doc);
    EconomicsSection section(&doc);
    open(section, 1);
    auto* churn = child<RangeSpinBox>(section, "economics.subscription.churnPercent");
    auto* horizon = child<RangeSpinBox>(section, "economics.lifetimeYears");
    auto* derived = child<QLabel>(section, "economicsDerived");
    ASSERT_TRUE(churn && horizon && derived);
    // 1 ÷ 4.2% = 23.8 months, inside the 24-month horizon: CLV = 100 × 80% × 23.8 = $1,905.
    EXPECT_NEAR(cache.analysis(idAt(1))->economics.clv, 80 / 0.042, 1e-6);
    EXPECT_TRUE(derived->text().contains(QStringLiteral("Lifetime from churn: 24 month")))
        << derived->text().toStdString();
    EXPECT_TRUE(derived->text().contains(QStringLiteral("$1,905")))
        << derived->text().toStdString();
    const int steps = undoSteps();

    // 2% a month implies 50 months, which the two-year horizon caps at 24: CLV = 80 × 24.
    type(churn, QStringLiteral("2"));
    EXPECT_EQ(persona(1).economics.subscription.churnPercent, 2);
    EXPECT_NEAR(cache.analysis(idAt(1))->economics.clv, 1920, 1e-6);
    EXPECT_TRUE(derived->text().contains(
        QStringLiteral("Lifetime from churn: 50 months, capped at the horizon of 24 month")))
        << derived->text().toStdString();
    EXPECT_TRUE(derived->text().contains(QStringLiteral("$1,920")));

    // A five-year horizon lets the 50 months count: CLV = 80 ÷ 2% = $4,000 (docs/models.md).
    type(horizon, QStringLiteral("5"));
    EXPECT_NEAR(cache.analysis(idAt(1))->economics.clv, 4000, 1e-6);
    EXPECT_TRUE(derived->text().contains(QStringLiteral("Lifetime from churn: 50 month")));
    EXPECT_TRUE(derived->text().contains(QStringLiteral("$4,000")));
    EXPECT_EQ(undoSteps(), steps + 2); // one step per field

    // An annual churn of 20% is 1.84% a month: the period is part of the rate.
    auto* period = child<QComboBox>(section, "economics.subscription.churnPeriod");
    type(churn, QStringLiteral("20"));
    choose(period, static_cast<int>(Period::Annual));
    EXPECT_EQ(persona(1).economics.subscription.churnPeriod, Period::Annual);
    EXPECT_TRUE(derived->text().contains(QStringLiteral("Churn of 20% a year is 1.8% a month.")))
        << derived->text().toStdString();
    EXPECT_EQ(undoSteps(), steps + 4);
}

TEST_F(RevenueModelEditorTest, SwitchingIsOneUndoStepAndKeepsEveryModelsTerms)
{
    EconomicsSection section(&doc);
    open(section, 1);
    auto* model = child<QComboBox>(section, "economics.revenueModel");
    auto* churn = child<RangeSpinBox>(section, "economics.subscription.churnPercent");
    ASSERT_TRUE(model && churn);
    const Persona before = persona(1);
    const int steps = undoSteps();

    choose(model, static_cast<int>(RevenueModel::OneOff));
    EXPECT_EQ(undoSteps(), steps + 1);
    EXPECT_EQ(persona(1).economics.revenueModel, RevenueModel::OneOff);
    // Nothing but the model changed: the subscription's terms wait for a switch back.
    Persona expected = before;
    expected.economics.revenueModel = RevenueModel::OneOff;
    EXPECT_EQ(persona(1), expected);
    EXPECT_FALSE(shown(section, "economics.subscription.churnPercent"));

    // A second switch is a step of its own, not merged with the first.
    choose(model, static_cast<int>(RevenueModel::RepeatOrder));
    EXPECT_EQ(undoSteps(), steps + 2);
    undo();
    EXPECT_EQ(persona(1).economics.revenueModel, RevenueModel::OneOff);
    EXPECT_EQ(model->currentData().toInt(), static_cast<int>(RevenueModel::OneOff));
    EXPECT_TRUE(shown(section, "economics.purchasesPerYear"));
    undo();
    EXPECT_EQ(persona(1), before);
    EXPECT_EQ(model->currentData().toInt(), static_cast<int>(RevenueModel::Subscription));
    EXPECT_TRUE(shown(section, "economics.subscription.churnPercent"));
    EXPECT_FALSE(shown(section, "economics.purchasesPerYear"));
    EXPECT_EQ(churn->value(), 4.2);
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Price per month"));

    redo();
    redo();
    EXPECT_EQ(persona(1).economics.revenueModel, RevenueModel::RepeatOrder);
    EXPECT_EQ(labelOf(section, "economics.price"), QStringLiteral("Order value"));
    EXPECT_EQ(persona(1).economics.subscription, before.economics.subscription);
}

TEST_F(RevenueModelEditorTest, RetentionAndTrialEditAsOneStepEachAndRefuseOutOfRange)
{
    EconomicsSection section(&doc);
    open(section, 2);
    auto* retention = child<RangeSpinBox>(section, "economics.repeatOrders.annualRetentionPercent");
    auto* message = child<MessageLabel>(section, "economicsMessage");
    ASSERT_TRUE(retention && message);
    const int steps = undoSteps();
    type(retention, QStringLiteral("85"));
    QTest::keyClick(retention, Qt::Key_Return); // settles 85
    EXPECT_EQ(persona(2).economics.repeatOrders.annualRetentionPercent, 85);
    EXPECT_EQ(undoSteps(), steps + 1);
    type(retention, QStringLiteral("120"));
    EXPECT_TRUE(showsError(message));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Annual retention")));
    // The value from before the typing is back in force, not the 12 typed on the way.
    EXPECT_EQ(persona(2).economics.repeatOrders.annualRetentionPercent, 85);

    // Switching to a model that hides the refused field drops the message about it.
    choose(child<QComboBox>(section, "economics.revenueModel"),
           static_cast<int>(RevenueModel::Subscription));
    EXPECT_TRUE(message->isHidden());
    auto* trial = child<RangeSpinBox>(section, "economics.subscription.trialDays");
    type(trial, QStringLiteral("14"));
    EXPECT_EQ(persona(2).economics.subscription.trialDays, 14);
    EXPECT_EQ(persona(2).economics.repeatOrders.annualRetentionPercent, 85);
}

TEST_F(RevenueModelEditorTest, TabFollowsTheFieldsInTheirOrderOnScreen)
{
    EconomicsSection section(&doc);
    open(section, 1);
    std::vector<std::string> order;
    for (QWidget* w = section.nextInFocusChain(); w != &section; w = w->nextInFocusChain())
        if (w->objectName().startsWith(QLatin1String("economics.")))
            order.push_back(w->objectName().toStdString());
    const std::vector<std::string> expected{
        "economics.monthlyVolume",
        "economics.monthlySpend",
        "economics.revenueModel",
        "economics.subscription.billing",
        "economics.price",
        "economics.grossMarginPercent",
        "economics.purchasesPerYear",
        "economics.repeatOrders.annualRetentionPercent",
        "economics.subscription.churnPercent",
        "economics.subscription.churnPeriod",
        "economics.subscription.expansionPercent",
        "economics.subscription.trialDays",
        "economics.lifetimeYears",
        "economics.interPurchaseYears",
    };
    EXPECT_EQ(order, expected);
}
