// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"

class QLabel;
class QSlider;

namespace b2x {

/// Motives as two sliders, rational ↔ emotional and business ↔ personal value, rather than a
/// B2B/B2C switch: the label does not decide how people buy.
class MotivesSection : public PersonaSection {
    Q_OBJECT

public:
    explicit MotivesSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Motives"); }

protected:
    void load(const Persona& persona) override;

private:
    void updateValueLabels();

    QSlider* m_rational;
    QSlider* m_businessValue;
    QLabel* m_rationalValue;
    QLabel* m_businessValueValue;
};

} // namespace b2x
