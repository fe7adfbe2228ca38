// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomChannelDialog.h"

#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace b2x {

namespace {

QSpinBox* percentBox(QWidget* parent, const QString& name, double value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100);
    box->setValue(static_cast<int>(std::lround(value)));
    return box;
}

QHBoxLayout* pair(QWidget* low, QWidget* high)
{
    auto* row = new QHBoxLayout;
    row->addWidget(low);
    row->addWidget(new QLabel(QStringLiteral("–")));
    row->addWidget(high);
    return row;
}

} // namespace

CustomChannelDialog::CustomChannelDialog(const Channel& c, const QString& currency, QWidget* parent)
    : QDialog(parent), m_id(c.id)
{
    setObjectName(QStringLiteral("customChannelDialog"));
    setWindowTitle(c.name.empty() ? tr("New Channel") : tr("Edit Channel"));
    m_name = new QLineEdit(QString::fromStdString(c.name), this);
    m_name->setObjectName(QStringLiteral("channelName"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Software review sites"));
    m_category = new QLineEdit(QString::fromStdString(c.category), this);
    m_category->setObjectName(QStringLiteral("channelCategory"));
    m_category->setMaxLength(200);
    m_category->setPlaceholderText(tr("e.g. review sites, events, referrals"));
    m_b2b = percentBox(this, QStringLiteral("channelB2bAffinity"), c.b2bAffinity);
    m_b2b->setToolTip(tr("0: a consumer platform; 100: a business platform."));
    m_reach = percentBox(this, QStringLiteral("channelReach"), c.reach);
    m_reach->setToolTip(tr("0: a few named accounts; 100: a mass audience."));
    m_precision = percentBox(this, QStringLiteral("channelPrecision"), c.precision);
    m_precision->setToolTip(tr("How well the channel reaches specific roles or accounts."));
    m_emotional = percentBox(this, QStringLiteral("channelEmotionalFit"), c.emotionalFit);
    m_emotional->setToolTip(tr("0: in-depth, rational content; 100: visual, emotional content."));

    const QString money = QStringLiteral(" ") + currency;
    const auto moneyBox = [&](const QString& name, double value) {
        auto* box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, limits::maxMoney);
        box->setDecimals(0);
        box->setSuffix(money);
        box->setValue(value);
        return box;
    };
    m_priceLow = moneyBox(QStringLiteral("channelPriceLow"), c.priceLow);
    m_priceHigh = moneyBox(QStringLiteral("channelPriceHigh"), c.priceHigh);
    const auto daysBox = [&](const QString& name, double value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, static_cast<int>(limits::maxDays));
        box->setSuffix(tr(" days"));
        box->setValue(static_cast<int>(std::lround(value)));
        return box;
    };
    m_cycleLow = daysBox(QStringLiteral("channelCycleLow"), c.cycleLowDays);
    m_cycleHigh = daysBox(QStringLiteral("channelCycleHigh"), c.cycleHighDays);

    m_cost = new QDoubleSpinBox(this);
    m_cost->setObjectName(QStringLiteral("channelTypicalCost"));
    // The minimum, shown in words, is "not known".
    m_cost->setRange(-1, limits::maxMoney);
    m_cost->setDecimals(2);
    m_cost->setSuffix(money);
    m_cost->setSpecialValueText(tr("not known"));
    m_cost->setValue(c.typicalCost.value_or(-1));
    m_costBasis = new QComboBox(this);
    m_costBasis->setObjectName(QStringLiteral("channelCostBasis"));
    m_costBasis->addItem(tr("per lead"), static_cast<int>(CostBasis::Lead));
    m_costBasis->addItem(tr("per thousand impressions"), static_cast<int>(CostBasis::Thousand));
    m_costBasis->setCurrentIndex(c.costBasis == CostBasis::Thousand ? 1 : 0);
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(m_cost);
    costRow->addWidget(m_costBasis);

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("channelPlatform"));
    m_platform->addItem(tr("none (not attributed by clicks)"), QString());
    for (const auto& p : ChannelCatalogue::builtIn().attributionPlatforms()) {
        Channel named;
        named.attributionPlatform = p.name;
        const QString window = p.maxDays ? tr("%1: %2 days by default, at most %3")
                                               .arg(attributionPlatformDisplayName(named))
                                               .arg(p.defaultDays.value_or(0))
                                               .arg(*p.maxDays)
                                         : attributionPlatformDisplayName(named);
        m_platform->addItem(window, QString::fromStdString(p.name));
    }
    m_platform->setCurrentIndex(
        std::max(0, m_platform->findData(QString::fromStdString(c.attributionPlatform))));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("&B2B affinity (0–100):"), m_b2b);
    form->addRow(tr("&Reach (0–100):"), m_reach);
    form->addRow(tr("&Precision (0–100):"), m_precision);
    form->addRow(tr("&Emotional fit (0–100):"), m_emotional);
    // A row holding a layout gets no buddy from the form: without one, the label would show
    // its "&" instead of a shortcut.
    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("Best &price band:"), m_priceLow), pair(m_priceLow, m_priceHigh));
    form->addRow(labelFor(tr("Best &decision time:"), m_cycleLow), pair(m_cycleLow, m_cycleHigh));
    form->addRow(labelFor(tr("Typical &cost:"), m_cost), costRow);
    form->addRow(tr("&Attribution platform:"), m_platform);

    auto* hint = new QLabel(
        tr("Channel fit compares these factors with each persona's behaviour, price and decision "
           "time, as it does for the built-in channels. The attribution platform gives the "
           "channel its default and longest click window."),
        this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CustomChannelDialog::validate);
    for (auto* box : {m_priceLow, m_priceHigh})
        connect(box, &QDoubleSpinBox::valueChanged, this, &CustomChannelDialog::validate);
    for (auto* box : {m_cycleLow, m_cycleHigh})
        connect(box, &QSpinBox::valueChanged, this, &CustomChannelDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    validate();
}

void CustomChannelDialog::validate()
{
    const bool ok = !m_name->text().trimmed().isEmpty() &&
                    m_priceLow->value() <= m_priceHigh->value() &&
                    m_cycleLow->value() <= m_cycleHigh->value();
    m_ok->setEnabled(ok);
}

Channel CustomChannelDialog::channel() const
{
    Channel c;
    c.id = m_id;
    c.name = m_name->text().trimmed().toStdString();
    c.category = m_category->text().trimmed().toStdString();
    c.b2bAffinity = m_b2b->value();
    c.reach = m_reach->value();
    c.precision = m_precision->value();
    c.emotionalFit = m_emotional->value();
    c.priceLow = m_priceLow->value();
    c.priceHigh = m_priceHigh->value();
    c.cycleLowDays = m_cycleLow->value();
    c.cycleHighDays = m_cycleHigh->value();
    if (m_cost->value() >= 0)
        c.typicalCost = m_cost->value();
    c.costBasis = static_cast<CostBasis>(m_costBasis->currentData().toInt());
    c.attributionPlatform = m_platform->currentData().toString().toStdString();
    return c;
}

} // namespace b2x
