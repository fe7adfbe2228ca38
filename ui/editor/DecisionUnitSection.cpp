// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionUnitSection.h"

#include "ComboBoxDelegate.h"
#include "FormHelpers.h"
#include "MemberTableModel.h"
#include "MessageLabel.h"
#include "RangeSpinBox.h"
#include "RoleListDelegate.h"
#include "SpinBoxDelegate.h"
#include "analytics/DecisionUnitAnalysis.h"
#include "model/Limits.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace b2x {

namespace {
template <typename E> ComboBoxDelegate* enumDelegate(QObject* parent)
{
    return new ComboBoxDelegate(
        [](const QModelIndex&) {
            QList<ComboBoxDelegate::Item> items;
            for (std::size_t i = 0; i < enumCount<E>(); ++i) {
                const auto v = static_cast<E>(i);
                items.push_back({displayName(v), static_cast<int>(i), description(v)});
            }
            return items;
        },
        parent);
}

} // namespace

DecisionUnitSection::DecisionUnitSection(WorkspaceDocument* document, QWidget* parent)
    : TableSection(document, parent)
{
    setObjectName(QStringLiteral("decisionUnitSection"));
    m_model = new MemberTableModel(document, editFunction(), this);

    auto* members = new QGroupBox(tr("Members"), this);
    QTableView* view =
        setUpTable(m_model, members, QStringLiteral("membersTable"), tr("Decision-unit members"), 6,
                   MemberTableModel::TitleColumn, QStringLiteral("membersMessage"));
    view->setItemDelegateForColumn(MemberTableModel::RoleColumn, new RoleListDelegate(view));
    view->setItemDelegateForColumn(MemberTableModel::StanceColumn, enumDelegate<Stance>(view));
    view->setItemDelegateForColumn(MemberTableModel::InfluenceColumn,
                                   new SpinBoxDelegate(0, 100, 0, view));
    // At least as wide as the longest single role; wider while a member holds several.
    fitColumnToChoices(view, MemberTableModel::RoleColumn, enumDisplayNames<Role>());
    m_roleColumnMinimum = view->columnWidth(MemberTableModel::RoleColumn);
    fitColumnToChoices(view, MemberTableModel::StanceColumn, enumDisplayNames<Stance>());

    m_add = addButton(QStringLiteral("addMember"), tr("&Add member"),
                      tr("Add a person to the decision unit."));
    m_remove = addButton(QStringLiteral("removeMember"), tr("&Remove member"),
                         tr("Remove the selected person."));
    m_memberWarning = new MessageLabel(QStringLiteral("membersWarning"), members);
    m_coverage = new MessageLabel(QStringLiteral("membersCoverage"), members);
    // A message that appears (a second economic buyer) shortens the table.
    layOutTable(members,
                tr("Everyone who takes part in the purchase. A consumer often decides alone or "
                   "with a partner; a B2B purchase involves a group from several departments. "
                   "CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner "
                   "counts 6 to 10 for a complex solution."),
                {m_memberWarning, m_coverage});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(members, 1);
    layout->addWidget(buildProcessGroup());

    connect(m_add, &QPushButton::clicked, this, [this] {
        insertRow([this](int row) { return m_model->insertMember(row); },
                  MemberTableModel::TitleColumn);
    });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeCurrentRow([this](int row) { m_model->removeMember(row); }); });
}

QWidget* DecisionUnitSection::buildProcessGroup()
{
    auto* group = new QGroupBox(tr("How the group buys"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_buyClass = new QComboBox(group);
    describeWidget(m_buyClass, QStringLiteral("decisionUnit.buyClass"), tr("Buy class"),
                   tr("How new the purchase is to the buyer (Robinson, Faris and Wind). The "
                      "newer and riskier, the more people take part and the longer it takes."));
    fillEnumCombo<BuyClass>(m_buyClass);
    form->addRow(tr("Buy class"), m_buyClass);

    m_tender = new QCheckBox(tr("Bought through a formal tender"), group);
    describeWidget(m_tender, QStringLiteral("decisionUnit.formalTender"), tr("Formal tender"),
                   tr("Offers are requested formally and scored against written criteria."));
    form->addRow(tr("Tender"), m_tender);

    m_approvalLevels = new RangeSpinBox(group);
    describeWidget(m_approvalLevels, QStringLiteral("decisionUnit.approvalLevels"),
                   tr("Approval levels"),
                   tr("How many levels must sign off, e.g. department head, finance, board "
                      "(0–%1).")
                       .arg(limits::maxApprovalLevels));
    m_approvalLevels->setDecimals(0);
    m_approvalLevels->setValidRange(0, limits::maxApprovalLevels);
    form->addRow(tr("Approval levels"), m_approvalLevels);

    m_overrideOn = new QCheckBox(tr("Use my own estimate"), group);
    describeWidget(m_overrideOn, QStringLiteral("decisionUnit.overrideEnabled"),
                   tr("Use my own decision probability"),
                   tr("When off, the models estimate from the group size using CEB's "
                      "measurements."));
    m_override = new RangeSpinBox(group);
    describeWidget(m_override, QStringLiteral("decisionUnit.decisionProbabilityOverride"),
                   tr("Decision probability"),
                   tr("Your estimate of the probability that the group decides to buy at all, "
                      "0–100%."));
    m_override->setDecimals(0);
    m_override->setSuffix(tr("%"));
    m_override->setValidRange(0, 100);
    m_override->setValue(50);
    // Hidden while the models' estimate is used: a greyed-out number would read as that estimate.
    m_override->setVisible(false);
    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_overrideOn);
    overrideRow->addWidget(m_override);
    overrideRow->addStretch();
    form->addRow(tr("Decision probability"), overrideRow);
    form->addRow(wrappedLabel(tr("The more people take part, the less likely a group buys at all: "
                                 "CEB/Challenger measured 81% for one person, 55% for two and 31% "
                                 "for six; up to 38% of purchase attempts end in no decision."),
                              group));
    m_processMessage = new MessageLabel(group);
    m_processMessage->setObjectName(QStringLiteral("decisionUnitMessage"));
    form->addRow(m_processMessage);

    connect(m_buyClass, &QComboBox::currentIndexChanged, this, [this] {
        const BuyClass v = enumValue<BuyClass>(m_buyClass);
        edit(QStringLiteral("decisionUnit.buyClass"), tr("Change buy class"),
             [v](Persona& p) { p.decisionUnit.buyClass = v; });
    });
    connect(m_tender, &QCheckBox::toggled, this, [this](bool on) {
        edit(QStringLiteral("decisionUnit.formalTender"), tr("Change formal tender"),
             [on](Persona& p) { p.decisionUnit.formalTender = on; });
    });
    connect(m_approvalLevels, &RangeSpinBox::valueChanged, this,
            &DecisionUnitSection::commitApprovalLevels);
    connect(m_overrideOn, &QCheckBox::toggled, this, [this] { commitOverride(true); });
    connect(m_override, &RangeSpinBox::valueChanged, this, [this] { commitOverride(false); });
    return group;
}

void DecisionUnitSection::load(const Persona& persona)
{
    m_model->setPersona(personaId());
    const DecisionUnit& unit = persona.decisionUnit;
    setEnumQuietly(m_buyClass, unit.buyClass);
    {
        const QSignalBlocker b1(m_tender);
        const QSignalBlocker b2(m_overrideOn);
        m_tender->setChecked(unit.formalTender);
        m_overrideOn->setChecked(unit.decisionProbabilityOverride.has_value());
    }
    m_approvalLevels->setValueQuietly(unit.approvalLevels);
    // Without an override the field keeps its last valid value, ready for when it is switched on.
    if (unit.decisionProbabilityOverride)
        m_override->setValueQuietly(*unit.decisionProbabilityOverride * 100);
    else if (!m_override->isValueValid())
        m_override->setValueQuietly(50);
    m_override->setVisible(unit.decisionProbabilityOverride.has_value());
    m_problems.clear();
    m_problems.showIn(m_processMessage);
    refreshTable();
}

void DecisionUnitSection::updateButtons()
{
    const bool full = static_cast<std::size_t>(m_model->rowCount()) >= limits::maxMembers;
    m_add->setEnabled(!full);
    m_add->setToolTip(
        full ? tr("A decision unit can have at most %1 members.").arg(limits::maxMembers)
             : tr("Add a person to the decision unit."));
    m_remove->setEnabled(currentRow() >= 0);
}

void DecisionUnitSection::tableChanged()
{
    const int buyers = m_model->economicBuyerCount();
    if (buyers > 1)
        m_memberWarning->showWarning(
            tr("%1 members are marked as releasing the funds. Usually exactly one person is the "
               "economic buyer (Miller Heiman); check who signs off the budget.")
                .arg(buyers));
    else
        m_memberWarning->clearMessage();
    updateCoverage();
    fitRoleColumn();
}

void DecisionUnitSection::updateCoverage()
{
    const Persona* p = currentPersona();
    if (!p || p->decisionUnit.members.empty()) {
        m_coverage->clearMessage();
        return;
    }
    // The same analysis as the charts and the report: coverage counts roles, not members.
    const auto uncovered = analytics::analyseDecisionUnit(p->decisionUnit).uncoveredRoles;
    if (uncovered.empty()) {
        m_coverage->showInfo(tr("Every key role is covered: decider, user, specifier and buyer."));
        return;
    }
    QStringList names;
    for (Role role : uncovered)
        names << displayName(role);
    m_coverage->showWarning(
        tr("Nobody holds the key role(s) %1: an uncovered role is a red flag in sales practice "
           "(Miller Heiman). If a member already does this, tick it in their roles; one person "
           "can hold several.",
           nullptr, static_cast<int>(names.size()))
            .arg(names.join(tr(", "))));
}

void DecisionUnitSection::fitRoleColumn()
{
    // Wide enough for the longest list of roles while the job title keeps room of its own; in a
    // narrow window the list is elided and the cell's tooltip names every role.
    // QTableView makes sizeHintForColumn protected; QAbstractItemView's calls the same override.
    const int content = static_cast<const QAbstractItemView*>(view())->sizeHintForColumn(
        MemberTableModel::RoleColumn);
    int others = 0;
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c)
        if (c != MemberTableModel::RoleColumn && c != MemberTableModel::TitleColumn)
            others += view()->columnWidth(c);
    const int titleRoom = view()->fontMetrics().averageCharWidth() * 16;
    const int cap = std::max(m_roleColumnMinimum, view()->viewport()->width() - others - titleRoom);
    const int width = std::clamp(content, m_roleColumnMinimum, cap);
    if (view()->columnWidth(MemberTableModel::RoleColumn) != width)
        view()->horizontalHeader()->resizeSection(MemberTableModel::RoleColumn, width);
}

void DecisionUnitSection::resizeEvent(QResizeEvent* event)
{
    TableSection::resizeEvent(event);
    fitRoleColumn();
}

void DecisionUnitSection::commitApprovalLevels()
{
    if (isLoading())
        return;
    m_problems.set(m_approvalLevels, m_approvalLevels->problem(tr("Approval levels")));
    m_problems.showIn(m_processMessage);
    // A refused value puts back the one from before the typing (not what was typed on the way).
    const int v = static_cast<int>(std::lround(m_approvalLevels->valueToSave()));
    edit(QStringLiteral("decisionUnit.approvalLevels"), tr("Change approval levels"),
         [v](Persona& p) { p.decisionUnit.approvalLevels = v; });
}

void DecisionUnitSection::commitOverride(bool fromCheckBox)
{
    if (isLoading())
        return;
    const bool on = m_overrideOn->isChecked();
    m_override->setVisible(on);
    m_problems.set(m_override, on ? m_override->problem(tr("Decision probability")) : QString());
    m_problems.showIn(m_processMessage);
    std::optional<double> value;
    if (on) // a refused value puts back the one from before the typing
        value = m_override->valueToSave() / 100;
    edit(fromCheckBox ? QStringLiteral("decisionUnit.overrideEnabled")
                      : QStringLiteral("decisionUnit.decisionProbabilityOverride"),
         tr("Change decision probability"),
         [&](Persona& p) { p.decisionUnit.decisionProbabilityOverride = value; });
}

} // namespace b2x
