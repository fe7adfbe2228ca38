// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <functional>
#include <vector>

namespace b2x {

/// The open workspace: owns the model, the undo stack and the file name, and tells listeners
/// *what* changed so that each updates only that (one persona's form row, one chart series).
///
/// Every edit goes through the facade below, which pushes one undo command. Commands hold values
/// (persona snapshots), never pointers into the workspace, so undoing a delete restores an exact
/// copy and nothing is owned twice. View state (compare mode and selection) is saved with the
/// workspace but is not an edit: it bypasses the undo stack and never marks the document modified.
class WorkspaceDocument : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace& workspace() const { return m_workspace; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undoStack.isClean(); }

    int indexOf(const QString& personaId) const;
    const Persona* persona(const QString& personaId) const;

    // Undoable edits.
    /// Applies `change` to a copy of the persona and pushes it as one command. Consecutive edits
    /// with the same `field` key on the same persona merge into one undo step (typing in a field);
    /// an edit that changes nothing pushes nothing.
    /// The undo text names the persona (Change Price for “X”), so History and Edit → Undo
    /// say which persona a step changed.
    void editPersona(const QString& personaId, const QString& field, const QString& actionText,
                     const std::function<void(Persona&)>& change);
    /// The persona as it was before the edits of `field` that the next edit of that field would
    /// merge with (typing in a field: the value before the first keystroke), or null when the
    /// next edit would start a new undo step. Edits that move other values along (a bound of a
    /// range) compute them from here, so intermediate keystrokes leave no trace.
    const Persona* mergingBase(const QString& personaId, const QString& field) const;
    void insertPersona(int index, const Persona& persona, const QString& actionText);
    void removePersonas(const QStringList& personaIds);
    void movePersona(int from, int to);
    void setWorkspaceInfo(const std::string& name, const std::string& currency,
                          const std::string& description);
    /// The report's cover texts and recommendations, as one undo step (nothing when unchanged).
    void setReportSettings(const ReportSettings& report, const QString& actionText);

    /// Adds a custom channel, or replaces the one with the same id, as one undo step (nothing
    /// when unchanged).
    void setCustomChannel(const Channel& channel, const QString& actionText);
    /// The ids of the personas that list the channel, in workspace order.
    QStringList personasUsingChannel(const QString& channelId) const;
    /// Deletes a custom channel. When personas use it, it is deleted only with
    /// `alsoFromPersonas`, which removes it from their channel lists in the same undo step;
    /// returns whether it was deleted.
    bool removeCustomChannel(const QString& channelId, bool alsoFromPersonas);

    /// Applies `change` to a copy of the plan and pushes it as one command; consecutive edits with
    /// the same `field` key merge (typing in one field), an empty key never merges, and an edit
    /// that changes nothing pushes nothing. References the change leaves dangling (a persona
    /// deleted since) are kept: the plan's checks report them.
    void editPlan(const QString& field, const QString& actionText,
                  const std::function<void(Plan&)>& change);

    /// Replaces the whole workspace as one undoable step (e.g. restoring a recovery copy over
    /// the saved file: undo returns to what is on disk).
    void replaceWorkspace(const Workspace& workspace, const QString& actionText);

    // Not undoable, never dirties the document.
    void setViewState(const ViewState& view);
    /// Records creation and modification times; set when saving, so not an edit.
    void setTimestamps(const std::string& createdAt, const std::string& modifiedAt);

    /// Replaces everything (after New or Open): clears the undo history and the modified mark.
    void reset(Workspace workspace, const QString& filePath);
    /// Call only after a save really committed: records the file name and clears the modified mark.
    void markSaved(const QString& filePath);

Q_SIGNALS:
    void personaChanged(int index, const QString& personaId);
    void personaInserted(int index);
    void personaRemoved(int index, const QString& personaId);
    void personaMoved(int from, int to);
    void workspaceInfoChanged();
    void reportSettingsChanged();
    /// The plan changed (an edit or its undo); a Reset also replaces it (workspaceReset).
    void planChanged();
    /// The workspace's own channels changed (added, edited, deleted): every analysis may differ.
    void customChannelsChanged();
    void viewStateChanged();
    /// Everything changed (New, Open, Revert).
    void workspaceReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    // What the commands change, reachable only by them: every edit is an undo step.
    friend struct PersonaTarget;
    friend struct WorkspaceInfoTarget;
    friend struct ReportSettingsTarget;
    friend struct WholeWorkspaceTarget;
    friend struct PlanTarget;
    friend class InsertPersonaCommand;
    friend class RemovePersonaCommand;
    friend class MovePersonaCommand;
    friend class CustomChannelsCommand;

    void applyPersona(int index, const Persona& persona);
    /// `comparedAt`: where the persona's id goes back into the compared list (what applyRemove
    /// returned), so that undoing a delete restores the comparison too.
    void applyInsert(int index, const Persona& persona,
                     const std::vector<std::size_t>& comparedAt = {});
    /// Returns the places the persona's id had in the compared list.
    std::vector<std::size_t> applyRemove(int index);
    void applyMove(int from, int to);
    void applyWorkspaceInfo(const std::string& name, const std::string& currency,
                            const std::string& description);
    void applyWorkspace(const Workspace& workspace);
    void applyReportSettings(const ReportSettings& report);
    void applyPlan(const Plan& plan);
    void applyCustomChannels(const std::vector<Channel>& channels);
    void applyPersonaChannels(const std::string& personaId, const std::vector<ChannelUse>& uses);

    Workspace m_workspace;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace b2x
