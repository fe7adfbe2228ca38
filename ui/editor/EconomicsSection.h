// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormProblems.h"
#include "PersonaSection.h"

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;

namespace b2x {

class MessageLabel;
class RangeSpinBox;

/// Volume, spend, how customers pay (the revenue model and its terms), price, margin and
/// purchase rhythm: the inputs of the funnel, CLV and CAC models. Only the fields of the chosen
/// revenue model are shown, with labels in its words ("Order value", "Price per month"); the
/// terms of the other models stay in the persona, so switching back loses nothing. Ranges are
/// those of the file format; money is in the workspace currency.
class EconomicsSection : public PersonaSection {
    Q_OBJECT

public:
    explicit EconomicsSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Economics"); }

protected:
    void load(const Persona& persona) override;

private:
    using Getter = double (*)(const Economics&);
    using Setter = void (*)(Economics&, double);

    struct NumberField {
        RangeSpinBox* box;
        QFormLayout* form;
        QString label; ///< as shown now: names the field in messages and in the undo history
        QString toolTip;
        Getter get;
        Setter set;
        QString suffixFormat; ///< "%1" is the currency; empty: the suffix never changes
    };

    RangeSpinBox* addRow(QFormLayout* form, const QString& key, const QString& label,
                         const QString& toolTip, double minimum, double maximum, int decimals,
                         Getter get, Setter set, const QString& suffixFormat);
    QComboBox* addChoice(const QString& key, const QString& accessibleName, const QString& toolTip);
    NumberField& field(const RangeSpinBox* box);
    /// Gives a field the label, tooltip and suffix of the revenue model shown.
    void describeField(RangeSpinBox* box, const QString& label, const QString& toolTip,
                       const QString& suffixFormat);
    void commit(const NumberField& field);
    void commitChoice(QComboBox* combo);
    void fillFields(const Economics& economics);
    /// Shows the rows of the persona's revenue model only and words the others' labels for it.
    void showRevenueModel(const Economics& economics);
    void updateCurrency();
    void updateDerived();

    std::vector<NumberField> m_fields;
    FormProblems m_problems;
    QFormLayout* m_valueForm = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_modelHint = nullptr;
    QComboBox* m_billing = nullptr;
    QComboBox* m_churnPeriod = nullptr;
    QWidget* m_churnRow = nullptr;
    RangeSpinBox* m_price = nullptr;
    RangeSpinBox* m_purchases = nullptr;
    RangeSpinBox* m_retention = nullptr;
    RangeSpinBox* m_churn = nullptr;
    RangeSpinBox* m_expansion = nullptr;
    RangeSpinBox* m_trial = nullptr;
    RangeSpinBox* m_lifetime = nullptr;
    MessageLabel* m_message;
    QLabel* m_derived;
};

} // namespace b2x
