// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSection.h"

#include <vector>

class QComboBox;
class QLineEdit;

namespace b2x {

/// Where each key number comes from and how far it can be trusted: a source and a confidence per
/// b2x::EvidenceField. Reports show them next to the figures.
class EvidenceSection : public PersonaSection {
    Q_OBJECT

public:
    explicit EvidenceSection(WorkspaceDocument* document, QWidget* parent = nullptr);
    QString title() const override { return tr("Evidence"); }

protected:
    void load(const Persona& persona) override;

private:
    struct Row {
        EvidenceField field;
        QLineEdit* source;
        QComboBox* confidence;
    };
    void commit(const Row& row, bool sourceChanged);

    std::vector<Row> m_rows;
};

} // namespace b2x
