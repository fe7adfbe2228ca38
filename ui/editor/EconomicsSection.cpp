// SPDX-License-Identifier: GPL-3.0-or-later
#include "EconomicsSection.h"

#include "EconomicsSummary.h"
#include "FormHelpers.h"
#include "MessageLabel.h"
#include "RangeSpinBox.h"
#include "document/WorkspaceDocument.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

namespace b2x {

namespace {

QString modelName(RevenueModel model)
{
    switch (model) {
    case RevenueModel::OneOff:
        return EconomicsSection::tr("One-off purchases");
    case RevenueModel::RepeatOrder:
        return EconomicsSection::tr("Repeat orders");
    case RevenueModel::Subscription:
        return EconomicsSection::tr("Subscription");
    }
    return {};
}

QString modelDescription(RevenueModel model)
{
    switch (model) {
    case RevenueModel::OneOff:
        return EconomicsSection::tr("Customers pay the price per purchase, a number of times a "
                                    "year, for the customer lifetime.");
    case RevenueModel::RepeatOrder:
        return EconomicsSection::tr("The funnel wins new customers, who then reorder while they "
                                    "stay; the annual retention decides how long that is.");
    case RevenueModel::Subscription:
        return EconomicsSection::tr("Customers pay every billing period until they cancel; the "
                                    "churn decides how long they stay.");
    }
    return {};
}

} // namespace

EconomicsSection::EconomicsSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("economicsSection"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("economicsMessage"));
    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("economicsDerived"));
    m_derived->setWordWrap(true);
    auto* intro =
        wrappedLabel(tr("The numbers behind the funnel, customer lifetime value (CLV) and "
                        "acquisition cost (CAC). Amounts are in the workspace currency."),
                     this);

    auto* funnel = new QGroupBox(tr("Volume and spend"), this);
    auto* funnelForm = new QFormLayout(funnel);
    addRow(
        funnelForm, QStringLiteral("economics.monthlyVolume"), tr("Monthly volume"),
        tr("How many people or accounts enter the first pipeline stage each month, e.g. "
           "website visitors."),
        0, limits::maxVolume, 0, [](const Economics& e) { return e.monthlyVolume; },
        [](Economics& e, double v) { e.monthlyVolume = v; }, tr(" per month"));
    addRow(
        funnelForm, QStringLiteral("economics.monthlySpend"), tr("Monthly spend"),
        tr("Marketing and sales spend on this audience per month. Divided by new customers it "
           "gives the acquisition cost (CAC)."),
        0, limits::maxMoney, 2, [](const Economics& e) { return e.monthlySpend; },
        [](Economics& e, double v) { e.monthlySpend = v; }, tr(" %1 per month"));

    auto* value = new QGroupBox(tr("How customers pay"), this);
    m_valueForm = new QFormLayout(value);
    m_model = addChoice(QStringLiteral("economics.revenueModel"), tr("Revenue model"),
                        tr("How a customer pays: once per purchase, in repeat orders while they "
                           "stay, or a subscription until they cancel. Each model shows its own "
                           "fields; the others keep their values for when you switch back."));
    for (auto model :
         {RevenueModel::OneOff, RevenueModel::RepeatOrder, RevenueModel::Subscription}) {
        m_model->addItem(modelName(model), static_cast<int>(model));
        m_model->setItemData(m_model->count() - 1, modelDescription(model), Qt::ToolTipRole);
    }
    m_valueForm->addRow(tr("Revenue model"), m_model);
    m_modelHint = wrappedLabel(QString(), value);
    m_modelHint->setObjectName(QStringLiteral("economicsModelHint"));
    m_valueForm->addRow(QString(), m_modelHint);

    m_billing = addChoice(QStringLiteral("economics.subscription.billing"), tr("Billing"),
                          tr("How often the customer is charged the price. Changing it does not "
                             "convert the price: enter the price per new period."));
    m_billing->addItem(tr("Monthly"), static_cast<int>(Period::Monthly));
    m_billing->addItem(tr("Annual"), static_cast<int>(Period::Annual));
    m_valueForm->addRow(tr("Billing"), m_billing);

    m_price = addRow(
        m_valueForm, QStringLiteral("economics.price"), tr("Price"), QString(), 0, limits::maxMoney,
        2, [](const Economics& e) { return e.price; }, [](Economics& e, double v) { e.price = v; },
        QString());
    addRow(
        m_valueForm, QStringLiteral("economics.grossMarginPercent"), tr("Gross margin"),
        tr("Share of the price left after direct costs. Break-even return on ad spend is "
           "1 ÷ gross margin."),
        0, 100, 1, [](const Economics& e) { return e.grossMarginPercent; },
        [](Economics& e, double v) { e.grossMarginPercent = v; }, tr("%"));
    m_purchases = addRow(
        m_valueForm, QStringLiteral("economics.purchasesPerYear"), tr("Purchases per year"),
        QString(), 0, limits::maxPurchasesPerYear, 2,
        [](const Economics& e) { return e.purchasesPerYear; },
        [](Economics& e, double v) { e.purchasesPerYear = v; }, tr(" per year"));
    m_retention = addRow(
        m_valueForm, QStringLiteral("economics.repeatOrders.annualRetentionPercent"),
        tr("Annual retention"),
        tr("Share of customers still ordering a year later: 79% means 21% stop ordering each "
           "year. It sets how long a customer keeps ordering."),
        0, 100, 1, [](const Economics& e) { return e.repeatOrders.annualRetentionPercent; },
        [](Economics& e, double v) { e.repeatOrders.annualRetentionPercent = v; }, tr("%"));

    // Churn and the period it is stated in share one row: "4.2% per month".
    m_churnRow = new QWidget(value);
    m_churn = addRow(
        nullptr, QStringLiteral("economics.subscription.churnPercent"), tr("Churn"),
        tr("Share of customers who cancel in each period (per month or per year, "
           "chosen beside it). 2% a month is a lifetime of 50 months."),
        0, 100, 2, [](const Economics& e) { return e.subscription.churnPercent; },
        [](Economics& e, double v) { e.subscription.churnPercent = v; }, tr("%"));
    m_churn->setParent(m_churnRow);
    m_churnPeriod =
        addChoice(QStringLiteral("economics.subscription.churnPeriod"), tr("Churn period"),
                  tr("Whether the churn is a monthly or an annual rate. 20% a year "
                     "is 1.84% a month."));
    m_churnPeriod->setParent(m_churnRow);
    m_churnPeriod->addItem(tr("per month"), static_cast<int>(Period::Monthly));
    m_churnPeriod->addItem(tr("per year"), static_cast<int>(Period::Annual));
    auto* churnLayout = new QHBoxLayout(m_churnRow);
    churnLayout->setContentsMargins(0, 0, 0, 0);
    churnLayout->addWidget(m_churn);
    churnLayout->addWidget(m_churnPeriod);
    churnLayout->addStretch();
    auto* churnLabel = new QLabel(tr("Churn"), value);
    churnLabel->setBuddy(m_churn);
    m_valueForm->addRow(churnLabel, m_churnRow);

    m_expansion = addRow(
        m_valueForm, QStringLiteral("economics.subscription.expansionPercent"), tr("Expansion"),
        tr("Optional: yearly growth of a retained customer's revenue (upgrades, more seats, price "
           "rises). Leave 0 when there is none."),
        0, 100, 1, [](const Economics& e) { return e.subscription.expansionPercent; },
        [](Economics& e, double v) { e.subscription.expansionPercent = v; }, tr("% a year"));
    m_trial = addRow(
        m_valueForm, QStringLiteral("economics.subscription.trialDays"), tr("Free trial"),
        tr("Optional: free days between the won deal and the first payment. Leave 0 when the "
           "pipeline already has a trial stage."),
        0, limits::maxTrialDays, 0,
        [](const Economics& e) { return static_cast<double>(e.subscription.trialDays); },
        [](Economics& e, double v) { e.subscription.trialDays = static_cast<int>(std::lround(v)); },
        tr(" days"));
    m_lifetime = addRow(
        m_valueForm, QStringLiteral("economics.lifetimeYears"), tr("Customer lifetime"), QString(),
        0, limits::maxLifetimeYears, 2, [](const Economics& e) { return e.lifetimeYears; },
        [](Economics& e, double v) { e.lifetimeYears = v; }, tr(" years"));

    // Apart from the revenue model: how often the category is bought at all, from anyone. Next
    // to "Orders per year" it read as a contradiction.
    auto* market = new QGroupBox(tr("In the market"), this);
    auto* marketForm = new QFormLayout(market);
    addRow(
        marketForm, QStringLiteral("economics.interPurchaseYears"), tr("Category buying cycle"),
        tr("Years between buying decisions in the category: how long buyers typically wait "
           "before they choose a supplier again (a new purchase, a renewal review, a switch), "
           "from any supplier; not how often your customers order. In a year, about 1 ÷ this "
           "number of them are in the "
           "market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, "
           "“95:5”)."),
        limits::minInterPurchaseYears, limits::maxInterPurchaseYears, 2,
        [](const Economics& e) { return e.interPurchaseYears; },
        [](Economics& e, double v) { e.interPurchaseYears = v; }, tr(" years"));

    // Labels, suffixes and so widths change with the model: measure every wording, so that
    // switching never moves the fields or the labels of the other groups.
    int labelWidth = 0;
    int boxWidth = 0;
    for (const auto& [model, billing] : {std::pair{RevenueModel::OneOff, Period::Monthly},
                                         std::pair{RevenueModel::RepeatOrder, Period::Monthly},
                                         std::pair{RevenueModel::Subscription, Period::Monthly},
                                         std::pair{RevenueModel::Subscription, Period::Annual}}) {
        Economics e;
        e.revenueModel = model;
        e.subscription.billing = billing;
        showRevenueModel(e);
        updateCurrency();
        for (QFormLayout* form : {funnelForm, m_valueForm, marketForm})
            for (int row = 0; row < form->rowCount(); ++row)
                if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole))
                    if (item->widget())
                        labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
        for (const auto& f : m_fields)
            boxWidth = std::max(boxWidth, f.box->sizeHint().width());
    }
    for (QFormLayout* form : {funnelForm, m_valueForm, marketForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole))
                if (item->widget())
                    item->widget()->setMinimumWidth(labelWidth);
    for (const auto& f : m_fields)
        f.box->setMinimumWidth(boxWidth);
    for (QComboBox* combo : {m_model, m_billing}) { // in line with the number fields
        combo->setMinimumWidth(boxWidth);
        combo->setSizePolicy(QSizePolicy::Fixed, combo->sizePolicy().verticalPolicy());
    }
    // Churn and its period together take the width of one field: a percentage needs less.
    m_churn->setMinimumWidth(
        std::max(m_churn->minimumSizeHint().width(),
                 boxWidth - m_churnPeriod->sizeHint().width() - m_churnRow->layout()->spacing()));
    showRevenueModel(Economics{});
    // Connected once filled: adding the first item of a combo box selects it.
    for (QComboBox* combo : {m_model, m_billing, m_churnPeriod})
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo] { commitChoice(combo); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(funnel);
    layout->addWidget(value);
    layout->addWidget(market);
    layout->addWidget(m_message);
    layout->addWidget(m_derived);
    layout->addStretch();

    connect(document, &WorkspaceDocument::workspaceInfoChanged, this, [this] {
        updateCurrency();
        updateDerived();
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, &EconomicsSection::updateCurrency);
}

RangeSpinBox* EconomicsSection::addRow(QFormLayout* form, const QString& key, const QString& label,
                                       const QString& toolTip, double minimum, double maximum,
                                       int decimals, Getter get, Setter set,
                                       const QString& suffixFormat)
{
    auto* box = makeNumberField(form ? form->parentWidget() : this, key, label, toolTip, minimum,
                                maximum, decimals);
    if (form)
        form->addRow(label, box);
    m_fields.push_back({box, form, label, toolTip, get, set, suffixFormat});
    describeField(box, label, toolTip, suffixFormat);
    const std::size_t i = m_fields.size() - 1;
    connect(box, &RangeSpinBox::valueChanged, this, [this, i] { commit(m_fields[i]); });
    return box;
}

QComboBox* EconomicsSection::addChoice(const QString& key, const QString& accessibleName,
                                       const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    describeWidget(combo, key, accessibleName, toolTip);
    return combo;
}

EconomicsSection::NumberField& EconomicsSection::field(const RangeSpinBox* box)
{
    return *std::find_if(m_fields.begin(), m_fields.end(),
                         [box](const NumberField& f) { return f.box == box; });
}

void EconomicsSection::describeField(RangeSpinBox* box, const QString& label,
                                     const QString& toolTip, const QString& suffixFormat)
{
    NumberField& f = field(box);
    f.label = label;
    f.toolTip = toolTip;
    f.suffixFormat = suffixFormat;
    box->describe(label, toolTip);
    if (f.form)
        if (auto* shown = qobject_cast<QLabel*>(f.form->labelForField(box)))
            shown->setText(label);
}

void EconomicsSection::commit(const NumberField& field)
{
    if (isLoading())
        return;
    m_problems.set(field.box, field.box->problem(field.label));
    m_problems.showIn(m_message);
    // A refused value ("120" in a percentage) puts back the value from before the typing, so
    // the 1 and 12 typed on the way do not stay in force.
    const double v = field.box->valueToSave();
    const Setter set = field.set;
    edit(field.box->objectName(), tr("Change %1").arg(field.label),
         [&](Persona& p) { set(p.economics, v); });
    updateDerived();
}

void EconomicsSection::commitChoice(QComboBox* combo)
{
    if (isLoading() || combo->currentIndex() < 0)
        return;
    const int v = combo->currentData().toInt();
    // Every choice is its own undo step: undoing a switch of model goes back one model, not to
    // the first of several switches.
    const QString key = uniqueEditKey(combo->objectName());
    if (combo == m_model)
        edit(key, tr("Change revenue model"),
             [v](Persona& p) { p.economics.revenueModel = static_cast<RevenueModel>(v); });
    else if (combo == m_billing)
        edit(key, tr("Change billing"),
             [v](Persona& p) { p.economics.subscription.billing = static_cast<Period>(v); });
    else
        edit(key, tr("Change churn period"),
             [v](Persona& p) { p.economics.subscription.churnPeriod = static_cast<Period>(v); });
    if (const Persona* p = currentPersona()) {
        showRevenueModel(p->economics);
        updateCurrency();
        // A refused value in a field the model no longer shows would leave a message about a
        // field nobody sees: show the value in force there instead.
        for (const auto& f : m_fields)
            if (!f.box->isVisibleTo(this) && !f.box->isValueValid()) {
                f.box->setValueQuietly(f.get(p->economics));
                m_problems.set(f.box, QString());
            }
        m_problems.showIn(m_message);
    }
    updateDerived();
}

void EconomicsSection::fillFields(const Economics& economics)
{
    for (const auto& f : m_fields)
        f.box->setValueQuietly(f.get(economics));
    setEnumQuietly(m_model, economics.revenueModel);
    setEnumQuietly(m_billing, economics.subscription.billing);
    setEnumQuietly(m_churnPeriod, economics.subscription.churnPeriod);
}

void EconomicsSection::load(const Persona& persona)
{
    fillFields(persona.economics);
    showRevenueModel(persona.economics);
    updateCurrency();
    m_problems.clear();
    m_problems.showIn(m_message);
    updateDerived();
}

void EconomicsSection::showRevenueModel(const Economics& e)
{
    const RevenueModel model = e.revenueModel;
    const bool subscription = model == RevenueModel::Subscription;
    const bool repeat = model == RevenueModel::RepeatOrder;
    const bool annual = e.subscription.billing == Period::Annual;
    m_modelHint->setText(modelDescription(model));

    if (subscription)
        describeField(m_price, annual ? tr("Price per year") : tr("Price per month"),
                      annual ? tr("What a customer pays for a year of the subscription. The "
                                  "models count a twelfth of it a month, the way recurring "
                                  "revenue is reported.")
                             : tr("What a customer pays for a month of the subscription."),
                      annual ? tr(" %1 per year") : tr(" %1 per month"));
    else if (repeat)
        describeField(m_price, tr("Order value"), tr("Value of one order of a retained customer."),
                      tr(" %1 per order"));
    else
        describeField(m_price, tr("Price"), tr("Order or contract value of one purchase."),
                      tr(" %1 per purchase"));

    if (repeat)
        describeField(m_purchases, tr("Orders per year"),
                      tr("How many orders a retained customer places in a year, e.g. 12 for a "
                         "monthly reorder."),
                      tr(" per year"));
    else
        describeField(m_purchases, tr("Purchases per year"),
                      tr("How many times a customer buys in a year, e.g. 0.2 for a purchase every "
                         "five years."),
                      tr(" per year"));

    if (model == RevenueModel::OneOff)
        describeField(m_lifetime, tr("Customer lifetime"),
                      tr("How many years a customer keeps buying from you."), tr(" years"));
    else
        describeField(m_lifetime, tr("Horizon (years)"),
                      subscription
                          ? tr("The longest a customer is counted. It caps the lifetime that the "
                               "churn implies (1 ÷ monthly churn), so a very low churn cannot "
                               "promise revenue decades away.")
                          : tr("The longest a customer is counted. It caps the lifetime that the "
                               "retention implies, so a very high retention cannot promise "
                               "orders decades away."),
                      tr(" years"));

    m_valueForm->setRowVisible(m_billing, subscription);
    m_valueForm->setRowVisible(m_purchases, !subscription);
    m_valueForm->setRowVisible(m_retention, repeat);
    m_valueForm->setRowVisible(m_churnRow, subscription);
    m_valueForm->setRowVisible(m_expansion, subscription);
    m_valueForm->setRowVisible(m_trial, subscription);
}

void EconomicsSection::updateCurrency()
{
    const QString currency = qstr(document()->workspace().currency);
    for (const auto& f : m_fields)
        f.box->setSuffix(f.suffixFormat.contains(QLatin1String("%1")) ? f.suffixFormat.arg(currency)
                                                                      : f.suffixFormat);
}

void EconomicsSection::updateDerived()
{
    const Persona* p = currentPersona();
    if (!p) {
        m_derived->clear();
        return;
    }
    m_derived->setText(
        EconomicsSummary::text(p->economics, qstr(document()->workspace().currency)));
}

} // namespace b2x
