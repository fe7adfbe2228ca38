// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormProblems.h"
#include "PersonaSection.h"

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace b2x {

class ColourButton;
class MessageLabel;
class RangeSpinBox;

/// Who the persona is: name, label, summary, description and colour; the consumer segment (shown
/// for B2C and hybrid labels) and the organisation segment (B2B and hybrid); goals, pain points,
/// objections, information sources and content preferences as one item per line.
class ProfileSection : public PersonaSection {
    Q_OBJECT

public:
    explicit ProfileSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Profile"); }

protected:
    void load(const Persona& persona) override;

private:
    using TextAccess = std::string& (*)(Persona&);
    using ListAccess = std::vector<std::string>& (*)(Persona&);
    using NumberAccess = double (*)(const Persona&);
    using NumberStore = void (*)(Persona&, double);

    void buildIdentity(QFormLayout* form);
    void buildConsumer(QFormLayout* form);
    void buildOrganisation(QFormLayout* form);
    void buildLists(QFormLayout* form);

    void addText(QFormLayout* form, const QString& key, const QString& label,
                 const QString& toolTip, std::size_t maxBytes, TextAccess access);
    void addLongText(QFormLayout* form, const QString& key, const QString& label,
                     const QString& toolTip, int lines, TextAccess access);
    void addList(QFormLayout* form, const QString& key, const QString& label,
                 const QString& toolTip, std::size_t maxItemBytes, ListAccess access);
    /// A number field; without `store` the caller connects its own commit.
    RangeSpinBox* addNumber(QWidget* parent, const QString& key, const QString& label,
                            const QString& toolTip, double minimum, double maximum, int decimals,
                            NumberAccess get, NumberStore store);

    void commitAges(const RangeSpinBox* typed);
    void restoreAge(const RangeSpinBox* typed);
    void commitColour(const QString& hex);
    void updateSegments(Label label);
    void updateCurrency();
    void showProblems();

    std::vector<std::function<void(Persona&)>> m_loaders; ///< fill widgets from a scratch copy
    FormProblems m_problems;
    QComboBox* m_label = nullptr;
    ColourButton* m_colourButton = nullptr;
    QLineEdit* m_colourHex = nullptr;
    QGroupBox* m_identity = nullptr;
    QGroupBox* m_consumer = nullptr;
    QGroupBox* m_organisation = nullptr;
    QGroupBox* m_lists = nullptr;
    RangeSpinBox* m_ageMin = nullptr;
    RangeSpinBox* m_ageMax = nullptr;
    RangeSpinBox* m_revenue = nullptr;
    MessageLabel* m_identityMessage = nullptr;
    MessageLabel* m_consumerMessage = nullptr;
    MessageLabel* m_organisationMessage = nullptr;
    MessageLabel* m_listsMessage = nullptr;
};

} // namespace b2x
