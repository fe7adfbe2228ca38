// SPDX-License-Identifier: GPL-3.0-or-later
#include "MotivesSection.h"

#include "FormHelpers.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace b2x {

namespace {

/// A group with an explanation, the slider between its two end labels, and the value in words.
QGroupBox* sliderGroup(const QString& title, const QString& explanation, const QString& left,
                       const QString& right, QSlider* slider, QLabel* value, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* grid = new QGridLayout(group);
    grid->addWidget(wrappedLabel(explanation, group), 0, 0, 1, 3);
    auto* leftLabel = new QLabel(left, group);
    auto* rightLabel = new QLabel(right, group);
    leftLabel->setBuddy(slider);
    grid->addWidget(leftLabel, 1, 0);
    slider->setParent(group);
    grid->addWidget(slider, 1, 1);
    grid->addWidget(rightLabel, 1, 2);
    value->setParent(group);
    value->setAlignment(Qt::AlignCenter);
    grid->addWidget(value, 2, 1);
    grid->setColumnStretch(1, 1);
    return group;
}

QSlider* makeSlider(const QString& objectName, const QString& accessibleName,
                    const QString& toolTip)
{
    auto* slider = new QSlider(Qt::Horizontal);
    describeWidget(slider, objectName, accessibleName, toolTip);
    slider->setRange(0, 100);
    slider->setSingleStep(1);
    slider->setPageStep(10);
    slider->setTickInterval(10);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setMinimumWidth(200);
    return slider;
}

} // namespace

MotivesSection::MotivesSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("motivesSection"));
    m_rational = makeSlider(QStringLiteral("motives.rational"), tr("Rational versus emotional"),
                            tr("0 = decides on feelings, trust and reassurance; 100 = decides "
                               "on analysis, specifications and cost."));
    m_rationalValue = new QLabel;
    m_rationalValue->setObjectName(QStringLiteral("motives.rationalValue"));
    m_businessValue =
        makeSlider(QStringLiteral("motives.businessValue"), tr("Business versus personal value"),
                   tr("0 = what the purchase does for the buyer personally (confidence, "
                      "reputation, less hassle); 100 = what it does for the organisation or "
                      "household budget."));
    m_businessValueValue = new QLabel;
    m_businessValueValue->setObjectName(QStringLiteral("motives.businessValueValue"));

    auto* intro = wrappedLabel(
        tr("How this audience decides, independent of its B2B or B2C label. Rational and "
           "emotional motives are present in both: in CEB and Google's study of 3,000 B2B "
           "buyers, personal value had twice the impact on the purchase of business value, and "
           "only 14% of buyers saw a real difference between suppliers' business value. Set "
           "the sliders from what you know about the audience, not from its label."),
        this);
    auto* rationalGroup = sliderGroup(
        tr("Rational or emotional"),
        tr("Does the audience decide by analysing needs, cost and long-term benefit, or on "
           "feeling, brand, convenience and reviews?"),
        tr("Emotional"), tr("Rational"), m_rational, m_rationalValue, this);
    auto* valueGroup = sliderGroup(
        tr("Business or personal value"),
        tr("Does the purchase win on what it brings the organisation (revenue, cost, risk), or "
           "on what it brings the person who buys (confidence, recognition, an easier job)?"),
        tr("Personal value"), tr("Business value"), m_businessValue, m_businessValueValue, this);
    auto* source = wrappedLabel(tr("Source: CEB (now Gartner) and Google, survey of 3,000 B2B "
                                   "buyers; see the benchmark notes in the documentation."),
                                this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rationalGroup);
    layout->addWidget(valueGroup);
    layout->addWidget(source);
    layout->addStretch();

    // Dragging emits many values; they share a field key, so one drag is one undo step.
    connect(m_rational, &QSlider::valueChanged, this, [this](int v) {
        updateValueLabels();
        edit(QStringLiteral("motives.rational"), tr("Change rational or emotional motives"),
             [v](Persona& p) { p.motives.rational = v; });
    });
    connect(m_businessValue, &QSlider::valueChanged, this, [this](int v) {
        updateValueLabels();
        edit(QStringLiteral("motives.businessValue"), tr("Change business or personal value"),
             [v](Persona& p) { p.motives.businessValue = v; });
    });
}

void MotivesSection::load(const Persona& persona)
{
    const QSignalBlocker b1(m_rational);
    const QSignalBlocker b2(m_businessValue);
    m_rational->setValue(static_cast<int>(std::lround(persona.motives.rational)));
    m_businessValue->setValue(static_cast<int>(std::lround(persona.motives.businessValue)));
    updateValueLabels();
}

void MotivesSection::updateValueLabels()
{
    const int r = m_rational->value();
    m_rationalValue->setText(tr("%1% rational, %2% emotional").arg(r).arg(100 - r));
    const int b = m_businessValue->value();
    m_businessValueValue->setText(tr("%1% business value, %2% personal value").arg(b).arg(100 - b));
    m_rational->setAccessibleDescription(m_rationalValue->text());
    m_businessValue->setAccessibleDescription(m_businessValueValue->text());
}

} // namespace b2x
