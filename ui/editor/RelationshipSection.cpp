// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipSection.h"

#include "FormHelpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace b2x {

template <typename E>
QComboBox* RelationshipSection::addEnumRow(QFormLayout* form, const QString& key,
                                           const QString& label, const QString& toolTip,
                                           E Relationship::*member)
{
    auto* combo = new QComboBox(form->parentWidget());
    describeWidget(combo, key, label, toolTip);
    fillEnumCombo<E>(combo);
    form->addRow(label, combo);
    m_loaders.push_back(
        [combo, member](const Persona& p) { setEnumQuietly(combo, p.relationship.*member); });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key, label, member] {
        const E value = enumValue<E>(combo);
        edit(key, tr("Change %1").arg(label), [&](Persona& p) { p.relationship.*member = value; });
    });
    return combo;
}

RelationshipSection::RelationshipSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("relationshipSection"));
    auto* intro = wrappedLabel(
        tr("How the relationship continues after the sale. Organisations usually expect a "
           "formal, long-term relationship with account managers, training, technical support "
           "and contractual service levels; consumers expect easy contact, fair returns and "
           "loyalty rewards. Hover over a choice for what it means."),
        this);

    auto* relationship = new QGroupBox(tr("Relationship"), this);
    auto* relationshipForm = new QFormLayout(relationship);
    auto* accountManagement = addEnumRow(
        relationshipForm, QStringLiteral("relationship.accountManagement"),
        tr("Account management"), tr("Who looks after the customer once they have bought."),
        &Relationship::accountManagement);
    auto* personalisation = addEnumRow(
        relationshipForm, QStringLiteral("relationship.personalisation"), tr("Personalisation"),
        tr("How far messages and offers are tailored: the same for everyone, per segment, "
           "or per account (account-based marketing)."),
        &Relationship::personalisation);

    auto* afterSales = new QGroupBox(tr("After-sales"), this);
    auto* afterSalesForm = new QFormLayout(afterSales);
    auto* training =
        addEnumRow(afterSalesForm, QStringLiteral("relationship.training"), tr("Training"),
                   tr("How customers learn to use the product."), &Relationship::training);
    auto* support = addEnumRow(
        afterSalesForm, QStringLiteral("relationship.technicalSupport"), tr("Technical support"),
        tr("Help with installing, integrating and running it."), &Relationship::technicalSupport);
    auto* service = addEnumRow(
        afterSalesForm, QStringLiteral("relationship.serviceLevel"), tr("Service level"),
        tr("What response times and availability are promised."), &Relationship::serviceLevel);
    auto* returns = addEnumRow(afterSalesForm, QStringLiteral("relationship.returnsPolicy"),
                               tr("Returns policy"), tr("How easily a purchase can be returned."),
                               &Relationship::returnsPolicy);
    m_loyalty = new QCheckBox(tr("Customers can join a loyalty programme"), afterSales);
    describeWidget(m_loyalty, QStringLiteral("relationship.loyaltyProgramme"),
                   tr("Loyalty programme"),
                   tr("Points, member prices or other rewards for buying again."));
    afterSalesForm->addRow(tr("Loyalty programme"), m_loyalty);

    alignFormLabels({relationshipForm, afterSalesForm});
    equalizeWidths({accountManagement, personalisation, training, support, service, returns});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(relationship);
    layout->addWidget(afterSales);
    layout->addStretch();

    connect(m_loyalty, &QCheckBox::toggled, this, [this](bool on) {
        edit(QStringLiteral("relationship.loyaltyProgramme"), tr("Change loyalty programme"),
             [on](Persona& p) { p.relationship.loyaltyProgramme = on; });
    });
}

void RelationshipSection::load(const Persona& persona)
{
    for (const auto& loader : m_loaders)
        loader(persona);
    const QSignalBlocker blocker(m_loyalty);
    m_loyalty->setChecked(persona.relationship.loyaltyProgramme);
}

} // namespace b2x
