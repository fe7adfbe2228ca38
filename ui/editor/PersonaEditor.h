// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>
#include <vector>

namespace b2x {

class PersonaSection;
class WorkspaceDocument;

/// The persona editor: one tab per section (Profile, Motives, Decision unit, Pipeline,
/// Economics, Relationship, Channels, Evidence, Notes). Each section sits in a scroll area, so a
/// small window scrolls instead of squeezing or clipping the forms.
class PersonaEditor : public QTabWidget {
    Q_OBJECT

public:
    explicit PersonaEditor(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// Shows the persona with this id in every section (empty: none; the sections disable).
    void setPersona(const QString& personaId);
    QString personaId() const { return m_personaId; }

    const std::vector<PersonaSection*>& sections() const { return m_sections; }

Q_SIGNALS:
    /// After setPersona(), also when the id is the same.
    void personaChanged(const QString& personaId);

private:
    std::vector<PersonaSection*> m_sections;
    QString m_personaId;
};

} // namespace b2x
