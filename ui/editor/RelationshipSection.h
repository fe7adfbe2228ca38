// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;

namespace b2x {

/// Relationship and after-sales: account management, training, support, service level,
/// returns, loyalty programme and the depth of personalisation.
class RelationshipSection : public PersonaSection {
    Q_OBJECT

public:
    explicit RelationshipSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Relationship"); }

protected:
    void load(const Persona& persona) override;

private:
    template <typename E>
    QComboBox* addEnumRow(QFormLayout* form, const QString& key, const QString& label,
                          const QString& toolTip, E Relationship::*member);

    std::vector<std::function<void(const Persona&)>> m_loaders;
    QCheckBox* m_loyalty = nullptr;
};

} // namespace b2x
