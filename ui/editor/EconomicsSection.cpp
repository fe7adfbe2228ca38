// SPDX-License-Identifier: GPL-3.0-or-later
#include "EconomicsSection.h"

#include "FormHelpers.h"
#include "MessageLabel.h"
#include "RangeSpinBox.h"
#include "document/WorkspaceDocument.h"
#include "model/Limits.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace b2x {

EconomicsSection::EconomicsSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("economicsSection"));
    auto* intro = new QLabel(tr("The numbers behind the funnel, customer lifetime value (CLV) and "
                                "acquisition cost (CAC). Amounts are in the workspace currency."),
                             this);
    intro->setWordWrap(true);

    auto* funnel = new QGroupBox(tr("Volume and spend"), this);
    auto* funnelForm = new QFormLayout(funnel);
    addRow(funnelForm, QStringLiteral("economics.monthlyVolume"), tr("Monthly volume"),
           tr("How many people or accounts enter the first pipeline stage each month, e.g. "
              "website visitors."),
           0, limits::maxVolume, 0, &Economics::monthlyVolume);
    m_fields.back().suffixFormat = tr(" per month");
    addRow(funnelForm, QStringLiteral("economics.monthlySpend"), tr("Monthly spend"),
           tr("Marketing and sales spend on this audience per month. Divided by new customers it "
              "gives the acquisition cost (CAC)."),
           0, limits::maxMoney, 2, &Economics::monthlySpend);
    m_fields.back().suffixFormat = tr(" %1 per month");

    auto* value = new QGroupBox(tr("Value of a customer"), this);
    auto* valueForm = new QFormLayout(value);
    addRow(valueForm, QStringLiteral("economics.price"), tr("Price"),
           tr("Order or contract value of one purchase."), 0, limits::maxMoney, 2,
           &Economics::price);
    m_fields.back().suffixFormat = tr(" %1 per purchase");
    addRow(valueForm, QStringLiteral("economics.grossMarginPercent"), tr("Gross margin"),
           tr("Share of the price left after direct costs. Break-even return on ad spend is "
              "1 ÷ gross margin."),
           0, 100, 1, &Economics::grossMarginPercent);
    m_fields.back().suffixFormat = tr("%");
    addRow(valueForm, QStringLiteral("economics.purchasesPerYear"), tr("Purchases per year"),
           tr("How many times a customer buys in a year (e.g. 12 for a monthly subscription, "
              "0.2 for a purchase every five years)."),
           0, 10000, 2, &Economics::purchasesPerYear);
    m_fields.back().suffixFormat = tr(" per year");
    addRow(valueForm, QStringLiteral("economics.lifetimeYears"), tr("Customer lifetime"),
           tr("How many years a customer keeps buying from you."), 0, 100, 2,
           &Economics::lifetimeYears);
    m_fields.back().suffixFormat = tr(" years");
    addRow(valueForm, QStringLiteral("economics.interPurchaseYears"), tr("Years between purchases"),
           tr("How long buyers typically wait before buying in this category again, from any "
              "supplier. In a year, about 1 ÷ this number of them are in the market: a purchase "
              "every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”)."),
           0.01, 100, 2, &Economics::interPurchaseYears);
    m_fields.back().suffixFormat = tr(" years");

    alignFormLabels({funnelForm, valueForm});
    updateCurrency(); // before the widths below: the suffixes name the currency
    int width = 0;
    for (const auto& field : m_fields)
        width = std::max(width, field.box->sizeHint().width());
    for (const auto& field : m_fields)
        field.box->setMinimumWidth(width);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("economicsMessage"));
    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("economicsDerived"));
    m_derived->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(funnel);
    layout->addWidget(value);
    layout->addWidget(m_message);
    layout->addWidget(m_derived);
    layout->addStretch();

    connect(document, &WorkspaceDocument::workspaceInfoChanged, this,
            &EconomicsSection::updateCurrency);
    connect(document, &WorkspaceDocument::workspaceReset, this, &EconomicsSection::updateCurrency);
}

RangeSpinBox* EconomicsSection::addRow(QFormLayout* form, const QString& key, const QString& label,
                                       const QString& toolTip, double minimum, double maximum,
                                       int decimals, double Economics::*member)
{
    auto* box = new RangeSpinBox(form->parentWidget());
    describeWidget(
        box, key, label,
        tr("%1\nAllowed: %2 to %3.").arg(toolTip, formatNumber(minimum), formatNumber(maximum)));
    box->setDecimals(decimals);
    box->setValidRange(minimum, maximum);
    form->addRow(label, box);
    m_fields.push_back({box, label, member, {}});
    const std::size_t i = m_fields.size() - 1;
    connect(box, &RangeSpinBox::valueChanged, this, [this, i] { commit(m_fields[i]); });
    return box;
}

void EconomicsSection::commit(const NumberField& field)
{
    if (isLoading())
        return;
    m_problems.set(field.box, field.box->problem(field.label));
    m_problems.showIn(m_message);
    // A refused value ("120" in a percentage) puts back the value from before the typing, so
    // the 1 and 12 typed on the way do not stay in force.
    const double v = field.box->isValueValid() ? field.box->value() : field.box->settledValue();
    edit(field.box->objectName(), tr("Change %1").arg(field.label),
         [&](Persona& p) { p.economics.*field.member = v; });
    updateDerived();
}

void EconomicsSection::load(const Persona& persona)
{
    for (const auto& field : m_fields)
        field.box->setValueQuietly(persona.economics.*field.member);
    m_problems.clear();
    m_problems.showIn(m_message);
    updateDerived();
}

void EconomicsSection::updateCurrency()
{
    const QString currency = qstr(document()->workspace().currency);
    for (const auto& field : m_fields)
        field.box->setSuffix(field.suffixFormat.contains(QLatin1String("%1"))
                                 ? field.suffixFormat.arg(currency)
                                 : field.suffixFormat);
}

void EconomicsSection::updateDerived()
{
    const Persona* p = currentPersona();
    if (!p) {
        m_derived->clear();
        return;
    }
    const Economics& e = p->economics;
    const double inMarket = 100.0 / e.interPurchaseYears;
    const double yearlyRevenue = e.price * e.purchasesPerYear;
    m_derived->setText(
        tr("A customer brings about %1 %2 of revenue a year. With a purchase every %3 years, "
           "about %4% of the audience is in the market in any one year.")
            .arg(formatNumber(std::round(yearlyRevenue)), qstr(document()->workspace().currency),
                 formatNumber(e.interPurchaseYears),
                 formatNumber(std::round(std::min(inMarket, 100.0) * 10) / 10)));
}

} // namespace b2x
