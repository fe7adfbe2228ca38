// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormProblems.h"
#include "PersonaSection.h"

#include <vector>

class QFormLayout;
class QLabel;

namespace b2x {

class MessageLabel;
class RangeSpinBox;

/// Volume, spend, price, margin and purchase rhythm: the inputs of the funnel, CLV and CAC
/// models. Ranges are those of the file format; money is in the workspace currency.
class EconomicsSection : public PersonaSection {
    Q_OBJECT

public:
    explicit EconomicsSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Economics"); }

protected:
    void load(const Persona& persona) override;

private:
    struct NumberField {
        RangeSpinBox* box;
        QString label;
        double Economics::*member;
        QString suffixFormat; ///< "%1" is the currency; empty: the suffix never changes
    };

    RangeSpinBox* addRow(QFormLayout* form, const QString& key, const QString& label,
                         const QString& toolTip, double minimum, double maximum, int decimals,
                         double Economics::*member);
    void commit(const NumberField& field);
    void updateCurrency();
    void updateDerived();

    std::vector<NumberField> m_fields;
    FormProblems m_problems;
    MessageLabel* m_message;
    QLabel* m_derived;
};

} // namespace b2x
