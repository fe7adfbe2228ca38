// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QDialog>
#include <functional>
#include <optional>

class QPushButton;
class QTableWidget;

namespace b2x {

class WorkspaceDocument;

/// Workspace → Channels…: the workspace's own channels next to the built-in catalogue. Every
/// add, edit and delete is one undo step of the document; the list follows undo and redo.
class WorkspaceChannelsDialog : public QDialog {
    Q_OBJECT

public:
    /// Asked before deleting a channel that personas use: true removes it from them as well
    /// (one undo step), false keeps the channel. Receives the channel's and the personas' names.
    using DeletePrompt = std::function<bool(const QString& channel, const QStringList& personas)>;
    /// Opens the channel form for a new or existing channel; returns the edited channel, or
    /// nothing when cancelled.
    using ChannelEditor = std::function<std::optional<Channel>(const Channel& channel)>;

    explicit WorkspaceChannelsDialog(WorkspaceDocument* document, QWidget* parent = nullptr);

    /// For tests: replace the question and the form by scripted answers.
    void setDeletePrompt(DeletePrompt prompt) { m_prompt = std::move(prompt); }
    void setChannelEditor(ChannelEditor editor) { m_editor = std::move(editor); }

    void addChannel();
    void editChannel(int row);
    /// Deletes the channel in `row`; asks first when personas use it. Returns whether it was
    /// deleted.
    bool deleteChannel(int row);

    /// A new id "custom-<name>" that no channel of `workspace` uses yet.
    static std::string newChannelId(const Workspace& workspace, const QString& name);

private:
    void refresh();
    void updateButtons();
    int currentRow() const;

    WorkspaceDocument* m_document;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    DeletePrompt m_prompt;
    ChannelEditor m_editor;
};

} // namespace b2x
