// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceDocument.h"

#include "ChannelCommands.h"
#include "SnapshotTargets.h"
#include "WorkspaceCommands.h"

#include <algorithm>

namespace b2x {

WorkspaceDocument::WorkspaceDocument(QObject* parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

WorkspaceDocument::~WorkspaceDocument()
{
    // ~QUndoStack clears the stack, which emits cleanChanged: listeners (the window) may already
    // be half destroyed by then, so nothing may be forwarded.
    m_undoStack.disconnect(this);
}

int WorkspaceDocument::indexOf(const QString& personaId) const
{
    const std::string id = personaId.toStdString();
    const auto& ps = m_workspace.personas;
    const auto it =
        std::find_if(ps.begin(), ps.end(), [&](const Persona& p) { return p.id == id; });
    return it == ps.end() ? -1 : static_cast<int>(it - ps.begin());
}

const Persona* WorkspaceDocument::persona(const QString& personaId) const
{
    const int i = indexOf(personaId);
    return i < 0 ? nullptr : &m_workspace.personas[static_cast<std::size_t>(i)];
}

void WorkspaceDocument::editPersona(const QString& personaId, const QString& field,
                                    const QString& actionText,
                                    const std::function<void(Persona&)>& change)
{
    const Persona* current = persona(personaId);
    if (!current)
        return;
    Persona after = *current;
    change(after);
    after.id = current->id; // the id is the persona's identity; edits never change it
    if (after == *current)
        return;
    // The name before the edit: typing a new name is one step named after the old one.
    const QString name = QString::fromStdString(current->name).trimmed();
    const QString text =
        name.isEmpty() ? actionText
                       : tr("%1 for “%2”", "undo step: what changed, then the persona it changed")
                             .arg(actionText, name);
    m_undoStack.push(
        new EditPersonaCommand(this, {current->id}, *current, std::move(after), field, text));
}

const Persona* WorkspaceDocument::mergingBase(const QString& personaId, const QString& field) const
{
    // QUndoStack merges a push into the command before its index, except at the clean index
    // (after a save the next keystroke starts a new step).
    const int index = m_undoStack.index();
    if (index == 0 || index == m_undoStack.cleanIndex())
        return nullptr;
    const auto* top = dynamic_cast<const EditPersonaCommand*>(m_undoStack.command(index - 1));
    if (!top || !top->mergesWith({personaId.toStdString()}, field))
        return nullptr;
    return &top->before();
}

void WorkspaceDocument::insertPersona(int index, const Persona& persona, const QString& actionText)
{
    index = std::clamp(index, 0, static_cast<int>(m_workspace.personas.size()));
    m_undoStack.push(new InsertPersonaCommand(this, index, persona, actionText));
}

void WorkspaceDocument::removePersonas(const QStringList& personaIds)
{
    std::vector<int> rows;
    for (const auto& id : personaIds)
        if (const int i = indexOf(id); i >= 0)
            rows.push_back(i);
    if (rows.empty())
        return;
    // Bottom up: removing a row never shifts the rows above it, so every child's index and
    // snapshot, taken now, stay valid; undo re-inserts in the reverse order.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // An id listed twice must not remove the row twice: the second removal would take whichever
    // persona moved into that row, and undo would then restore the first one twice.
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.size() == 1) {
        m_undoStack.push(new RemovePersonaCommand(this, rows.front()));
        return;
    }
    auto* macro =
        new QUndoCommand(tr("Delete %n personas", nullptr, static_cast<int>(rows.size())));
    for (int row : rows)
        new RemovePersonaCommand(this, row, macro);
    m_undoStack.push(macro);
}

void WorkspaceDocument::movePersona(int from, int to)
{
    const int n = static_cast<int>(m_workspace.personas.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    m_undoStack.push(new MovePersonaCommand(this, from, to));
}

void WorkspaceDocument::setWorkspaceInfo(const std::string& name, const std::string& currency,
                                         const std::string& description)
{
    WorkspaceInfo before{m_workspace.name, m_workspace.currency, m_workspace.description};
    WorkspaceInfo after{name, currency, description};
    if (before == after)
        return;
    // The merge key is the set of fields this edit changes: a second edit of the same field
    // merges into the first (like typing in a persona's field), an edit of another field is a
    // step of its own.
    QStringList fields;
    if (before.name != after.name)
        fields << QStringLiteral("name");
    if (before.currency != after.currency)
        fields << QStringLiteral("currency");
    if (before.description != after.description)
        fields << QStringLiteral("description");
    m_undoStack.push(new EditWorkspaceInfoCommand(this, {}, std::move(before), std::move(after),
                                                  fields.join(QLatin1Char('+')),
                                                  QObject::tr("Edit workspace details")));
}

void WorkspaceDocument::setReportSettings(const ReportSettings& report, const QString& actionText)
{
    if (report == m_workspace.report)
        return;
    m_undoStack.push(
        new ReportSettingsCommand(this, {}, m_workspace.report, report, {}, actionText));
}

void WorkspaceDocument::editPlan(const QString& field, const QString& actionText,
                                 const std::function<void(Plan&)>& change)
{
    Plan after = m_workspace.plan;
    change(after);
    if (after == m_workspace.plan)
        return;
    m_undoStack.push(
        new EditPlanCommand(this, {}, m_workspace.plan, std::move(after), field, actionText));
}

void WorkspaceDocument::applyPlan(const Plan& plan)
{
    m_workspace.plan = plan;
    Q_EMIT planChanged();
}

void WorkspaceDocument::applyReportSettings(const ReportSettings& report)
{
    m_workspace.report = report;
    Q_EMIT reportSettingsChanged();
}

void WorkspaceDocument::setCustomChannel(const Channel& channel, const QString& actionText)
{
    auto after = m_workspace.channels;
    const auto it = std::find_if(after.begin(), after.end(),
                                 [&](const Channel& c) { return c.id == channel.id; });
    if (it == after.end())
        after.push_back(channel);
    else
        *it = channel;
    if (after == m_workspace.channels)
        return;
    m_undoStack.push(
        new CustomChannelsCommand(this, m_workspace.channels, std::move(after), {}, actionText));
}

QStringList WorkspaceDocument::personasUsingChannel(const QString& channelId) const
{
    const std::string id = channelId.toStdString();
    QStringList out;
    for (const auto& p : m_workspace.personas)
        if (std::any_of(p.channels.begin(), p.channels.end(),
                        [&](const ChannelUse& u) { return u.channelId == id; }))
            out << QString::fromStdString(p.id);
    return out;
}

bool WorkspaceDocument::removeCustomChannel(const QString& channelId, bool alsoFromPersonas)
{
    const std::string id = channelId.toStdString();
    const Channel* channel = m_workspace.findCustomChannel(id);
    if (!channel)
        return false;
    std::vector<PersonaChannelUses> personas;
    for (const auto& p : m_workspace.personas) {
        auto uses = p.channels;
        std::erase_if(uses, [&](const ChannelUse& u) { return u.channelId == id; });
        if (uses.size() != p.channels.size())
            personas.push_back({p.id, p.channels, std::move(uses)});
    }
    if (!personas.empty() && !alsoFromPersonas)
        return false;
    auto after = m_workspace.channels;
    std::erase_if(after, [&](const Channel& c) { return c.id == id; });
    const QString name = QString::fromStdString(channel->name);
    const QString text = personas.empty() ? tr("Delete channel %1").arg(name)
                                          : tr("Delete channel %1 and remove it from %n persona(s)",
                                               nullptr, static_cast<int>(personas.size()))
                                                .arg(name);
    m_undoStack.push(new CustomChannelsCommand(this, m_workspace.channels, std::move(after),
                                               std::move(personas), text));
    return true;
}

void WorkspaceDocument::applyCustomChannels(const std::vector<Channel>& channels)
{
    m_workspace.channels = channels;
    Q_EMIT customChannelsChanged();
}

void WorkspaceDocument::applyPersonaChannels(const std::string& personaId,
                                             const std::vector<ChannelUse>& uses)
{
    const int index = indexOf(QString::fromStdString(personaId));
    if (index < 0)
        return;
    m_workspace.personas[static_cast<std::size_t>(index)].channels = uses;
    Q_EMIT personaChanged(index, QString::fromStdString(personaId));
}

void WorkspaceDocument::replaceWorkspace(const Workspace& workspace, const QString& actionText)
{
    if (workspace == m_workspace)
        return;
    m_undoStack.push(new ReplaceWorkspaceCommand(this, {}, m_workspace, workspace, {}, actionText));
}

void WorkspaceDocument::setTimestamps(const std::string& createdAt, const std::string& modifiedAt)
{
    m_workspace.createdAt = createdAt;
    m_workspace.modifiedAt = modifiedAt;
}

void WorkspaceDocument::applyWorkspace(const Workspace& workspace)
{
    m_workspace = workspace;
    Q_EMIT workspaceReset();
    Q_EMIT workspaceInfoChanged();
}

void WorkspaceDocument::setViewState(const ViewState& view)
{
    if (view == m_workspace.view)
        return;
    m_workspace.view = view;
    Q_EMIT viewStateChanged();
}

void WorkspaceDocument::reset(Workspace workspace, const QString& filePath)
{
    m_workspace = std::move(workspace);
    m_undoStack.clear();
    m_undoStack.setClean();
    m_filePath = filePath;
    Q_EMIT workspaceReset();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

void WorkspaceDocument::markSaved(const QString& filePath)
{
    m_undoStack.setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
}

void WorkspaceDocument::applyPersona(int index, const Persona& persona)
{
    if (index < 0)
        return;
    m_workspace.personas[static_cast<std::size_t>(index)] = persona;
    Q_EMIT personaChanged(index, QString::fromStdString(persona.id));
}

void WorkspaceDocument::applyInsert(int index, const Persona& persona,
                                    const std::vector<std::size_t>& comparedAt)
{
    m_workspace.personas.insert(m_workspace.personas.begin() + index, persona);
    Q_EMIT personaInserted(index);
    if (comparedAt.empty())
        return;
    auto& compared = m_workspace.view.comparedPersonaIds;
    for (const std::size_t at : comparedAt) // ascending, as applyRemove found them
        compared.insert(compared.begin() +
                            static_cast<std::ptrdiff_t>(std::min(at, compared.size())),
                        persona.id);
    Q_EMIT viewStateChanged();
}

std::vector<std::size_t> WorkspaceDocument::applyRemove(int index)
{
    const std::string id = m_workspace.personas[static_cast<std::size_t>(index)].id;
    m_workspace.personas.erase(m_workspace.personas.begin() + index);
    // A deleted persona leaves the comparison; its places are returned so undo can restore them
    // (otherwise undoing every edit would not give back the workspace as it was saved).
    auto& compared = m_workspace.view.comparedPersonaIds;
    std::vector<std::size_t> places;
    for (std::size_t i = 0; i < compared.size(); ++i)
        if (compared[i] == id)
            places.push_back(i);
    compared.erase(std::remove(compared.begin(), compared.end(), id), compared.end());
    Q_EMIT personaRemoved(index, QString::fromStdString(id));
    return places;
}

void WorkspaceDocument::applyMove(int from, int to)
{
    auto& ps = m_workspace.personas;
    Persona moving = std::move(ps[static_cast<std::size_t>(from)]);
    ps.erase(ps.begin() + from);
    ps.insert(ps.begin() + to, std::move(moving));
    Q_EMIT personaMoved(from, to);
}

void WorkspaceDocument::applyWorkspaceInfo(const std::string& name, const std::string& currency,
                                           const std::string& description)
{
    m_workspace.name = name;
    m_workspace.currency = currency;
    m_workspace.description = description;
    Q_EMIT workspaceInfoChanged();
}

} // namespace b2x
