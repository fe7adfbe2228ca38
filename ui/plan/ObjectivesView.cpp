// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectivesView.h"

#include "CheckInPanel.h"
#include "ObjectiveDialogs.h"
#include "ObjectivesModel.h"
#include "PlanAnalysisSource.h"
#include "ProgressBarDelegate.h"
#include "document/WorkspaceDocument.h"
#include "editor/FormHelpers.h"
#include "model/Limits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

namespace b2x {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/// "objective-1a2b3c4d": readable in the file, unique by `taken`.
std::string newId(const char* prefix, const std::function<bool(const std::string&)>& taken)
{
    for (;;) {
        const std::string id =
            std::string(prefix) + "-" +
            QUuid::createUuid().toString(QUuid::WithoutBraces).left(8).toStdString();
        if (!taken(id))
            return id;
    }
}

/// The check-in the scoring reads as the latest: the latest date, the later one in the list on
/// the same date (plan::latestConfidence).
const CheckIn* latestCheckIn(const std::vector<CheckIn>& checkIns)
{
    const CheckIn* latest = nullptr;
    for (const auto& c : checkIns)
        if (!latest || c.date >= latest->date)
            latest = &c;
    return latest;
}

KeyResult* keyResultIn(Plan& plan, const std::string& id)
{
    for (auto& o : plan.objectives)
        for (auto& k : o.keyResults)
            if (k.id == id)
                return &k;
    return nullptr;
}

} // namespace

ObjectivesView::ObjectivesView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("objectivesView"));
    m_model = new ObjectivesModel(this);
    m_tree = new QTreeView(this);
    describeWidget(m_tree, QStringLiteral("objectivesTree"), tr("Objectives and key results"),
                   tr("Each objective with its key results. Progress is coloured by Google's "
                      "grading bands and named beside the bar. Enter edits the selected row, "
                      "Delete deletes it."));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(ObjectivesModel::ProgressColumn,
                                     new ProgressBarDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(ObjectivesModel::NameColumn, 240);
    m_tree->header()->resizeSection(ObjectivesModel::ProgressColumn, 140);
    m_tree->header()->resizeSection(ObjectivesModel::ValuesColumn, 190);

    const auto button = [this](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        describeWidget(b, QString::fromLatin1(name), QString(text).remove(QLatin1Char('&')), tip);
        return b;
    };
    m_addObjective = button(tr("Add &objective"), "objectivesAddObjective",
                            tr("Adds an objective to the plan."));
    m_addKeyResult = button(tr("Add &key result"), "objectivesAddKeyResult",
                            tr("Adds a key result to the selected objective."));
    m_edit =
        button(tr("Ed&it…"), "objectivesEdit", tr("Edits the selected objective or key result."));
    m_delete = button(tr("Dele&te"), "objectivesDelete",
                      tr("Deletes the selected objective (with its key results) or key result. "
                         "Undo brings it back."));
    auto* buttons = new QHBoxLayout;
    for (auto* b : {m_addObjective, m_addKeyResult, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_detail = wrappedLabel(QString(), this);
    m_detail->setObjectName(QStringLiteral("objectivesDetail"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_checkIns = new CheckInPanel(this);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_tree, 1);
    topLayout->addWidget(m_detail);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("objectivesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_checkIns);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_addObjective, &QPushButton::clicked, this, &ObjectivesView::openAddObjective);
    connect(m_addKeyResult, &QPushButton::clicked, this, &ObjectivesView::openAddKeyResult);
    connect(m_edit, &QPushButton::clicked, this, &ObjectivesView::openEdit);
    connect(m_delete, &QPushButton::clicked, this, &ObjectivesView::deleteCurrent);
    connect(m_tree, &QTreeView::activated, this, &ObjectivesView::openEdit);
    auto* del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ObjectivesView::deleteCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ObjectivesView::currentChanged);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        m_collapsed.insert(index.data(ObjectivesModel::IdRole).toString());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        m_collapsed.remove(index.data(ObjectivesModel::IdRole).toString());
    });
    connect(m_checkIns, &CheckInPanel::addRequested, this,
            [this](const CheckIn& c) { addCheckIn(currentKeyResultId(), c); });
    connect(m_checkIns, &CheckInPanel::removeRequested, this,
            [this](int index) { removeCheckIn(currentKeyResultId(), index); });

    // A persona's conversion, volume, cycle or target moves the derived targets.
    for (auto signal : {&WorkspaceDocument::planChanged, &WorkspaceDocument::workspaceReset,
                        &WorkspaceDocument::customChannelsChanged})
        connect(m_document, signal, this, &ObjectivesView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaChanged, this, &ObjectivesView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaInserted, this,
            &ObjectivesView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaRemoved, this, &ObjectivesView::documentChanged);
    connect(m_document, &WorkspaceDocument::personaMoved, this, &ObjectivesView::documentChanged);
    refresh();
}

void ObjectivesView::setAnalysisSource(PlanAnalysisSource* source)
{
    // The source tells when the document changed, after it has dropped its stale analysis.
    disconnect(m_document, nullptr, this, nullptr);
    m_source = source;
    connect(m_source, &PlanAnalysisSource::changed, this, &ObjectivesView::documentChanged);
    documentChanged();
}

void ObjectivesView::setToday(QDate today)
{
    m_today = today;
    m_checkIns->setToday(today);
    documentChanged();
}

void ObjectivesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ObjectivesView::documentChanged()
{
    // Analysing the plan walks every persona: a hidden page waits until it is shown.
    m_stale = true;
    if (isVisible())
        refresh();
}

void ObjectivesView::refresh()
{
    const QString objectiveId = currentObjectiveId();
    const QString keyResultId = currentKeyResultId();
    const int scrolled = m_tree->verticalScrollBar()->value();
    {
        // The selection is put back below; no half-loaded state reaches the check-in panel.
        const QScopedValueRollback loading(m_loading, true);
        if (m_source) {
            m_analysis = &m_source->analysis();
        } else {
            m_ownAnalysis = plan::analysePlan(m_document->workspace(), m_today);
            m_analysis = &*m_ownAnalysis;
        }
        m_stale = false;
        if (m_model->load(m_document->workspace(), *m_analysis)) {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const QModelIndex index = m_model->index(r, 0);
                m_tree->setExpanded(
                    index, !m_collapsed.contains(index.data(ObjectivesModel::IdRole).toString()));
            }
            QModelIndex current =
                keyResultId.isEmpty() ? QModelIndex() : m_model->keyResultIndex(keyResultId);
            if (!current.isValid() && !objectiveId.isEmpty())
                current = m_model->objectiveIndex(objectiveId);
            if (current.isValid())
                m_tree->selectionModel()->setCurrentIndex(
                    current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // A reset loses the scroll position: put it back where the reader left it, once the
            // reloaded rows have their scroll range.
            m_tree->doItemsLayout();
            m_tree->verticalScrollBar()->setValue(scrolled);
        }
    }
    m_addObjective->setEnabled(m_document->workspace().plan.objectives.size() <
                               limits::maxObjectives);
    currentChanged();
}

void ObjectivesView::currentChanged()
{
    if (m_loading)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const Objective* objective = findObjective(currentObjectiveId());
    m_addKeyResult->setEnabled(objective && objective->keyResults.size() < limits::maxKeyResults);
    m_edit->setEnabled(current.isValid());
    m_delete->setEnabled(current.isValid());
    if (current.isValid())
        m_detail->setText(
            current.siblingAtColumn(0).data(ObjectivesModel::ExplanationRole).toString());
    else if (m_model->rowCount() == 0)
        m_detail->setText(tr("The plan has no objectives yet: add one, then its key results."));
    else
        m_detail->setText(tr("Select an objective or a key result to see how its progress and "
                             "target are worked out."));
    m_checkIns->setKeyResult(findKeyResult(currentKeyResultId()));
}

bool ObjectivesView::selectKeyResult(const QString& id)
{
    if (m_stale)
        refresh();
    const QModelIndex index = m_model->keyResultIndex(id);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ObjectivesView::currentObjectiveId() const
{
    QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return {};
    if (index.parent().isValid())
        index = index.parent();
    return index.siblingAtColumn(0).data(ObjectivesModel::IdRole).toString();
}

QString ObjectivesView::currentKeyResultId() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || !index.data(ObjectivesModel::IsKeyResultRole).toBool())
        return {};
    return index.siblingAtColumn(0).data(ObjectivesModel::IdRole).toString();
}

const Objective* ObjectivesView::findObjective(const QString& id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const auto& o : m_document->workspace().plan.objectives)
        if (qs(o.id) == id)
            return &o;
    return nullptr;
}

const KeyResult* ObjectivesView::findKeyResult(const QString& id) const
{
    return id.isEmpty() ? nullptr : m_document->workspace().plan.findKeyResult(id.toStdString());
}

QString ObjectivesView::addObjective(Objective objective)
{
    const Plan& plan = m_document->workspace().plan;
    if (plan.objectives.size() >= limits::maxObjectives)
        return {};
    objective.id = newId("objective", [&](const std::string& id) {
        return std::any_of(plan.objectives.begin(), plan.objectives.end(),
                           [&](const Objective& o) { return o.id == id; });
    });
    objective.keyResults.clear();
    m_document->editPlan(QString(), tr("Add objective “%1”").arg(qs(objective.title)),
                         [&](Plan& p) { p.objectives.push_back(objective); });
    const QString id = qs(objective.id);
    if (m_stale)
        refresh();
    if (const QModelIndex index = m_model->objectiveIndex(id); index.isValid())
        m_tree->setCurrentIndex(index);
    return id;
}

void ObjectivesView::updateObjective(const Objective& objective)
{
    m_document->editPlan(QString(), tr("Edit objective “%1”").arg(qs(objective.title)),
                         [&](Plan& p) {
                             for (auto& o : p.objectives)
                                 if (o.id == objective.id) {
                                     const auto keyResults = std::move(o.keyResults);
                                     o = objective;
                                     o.keyResults = keyResults;
                                 }
                         });
}

QString ObjectivesView::addKeyResult(const QString& objectiveId, KeyResult keyResult)
{
    const Objective* objective = findObjective(objectiveId);
    if (!objective || objective->keyResults.size() >= limits::maxKeyResults)
        return {};
    const Plan& plan = m_document->workspace().plan;
    keyResult.id = newId("kr", [&](const std::string& id) { return plan.findKeyResult(id); });
    keyResult.checkIns.clear();
    if (m_stale)
        refresh();
    if (keyResult.derived)
        if (const auto live = plan::liveTarget(*keyResult.derived, *m_analysis))
            keyResult.target = *live;
    const std::string objective_id = objectiveId.toStdString();
    m_document->editPlan(QString(), tr("Add key result “%1”").arg(qs(keyResult.metric)),
                         [&](Plan& p) {
                             for (auto& o : p.objectives)
                                 if (o.id == objective_id)
                                     o.keyResults.push_back(keyResult);
                         });
    const QString id = qs(keyResult.id);
    if (m_stale)
        refresh();
    selectKeyResult(id);
    return id;
}

void ObjectivesView::updateKeyResult(const KeyResult& keyResult)
{
    const KeyResult* before = findKeyResult(qs(keyResult.id));
    if (!before)
        return;
    KeyResult after = keyResult;
    // A target newly derived (or derived from something else) starts at its live value.
    if (after.derived && before->derived != after.derived) {
        if (m_stale)
            refresh();
        if (const auto live = plan::liveTarget(*after.derived, *m_analysis))
            after.target = *live;
    }
    editKeyResult(qs(keyResult.id), QString(), tr("Edit key result “%1”").arg(qs(keyResult.metric)),
                  [&](KeyResult& k) { k = after; });
}

void ObjectivesView::editKeyResult(const QString& id, const QString& field,
                                   const QString& actionText,
                                   const std::function<void(KeyResult&)>& change)
{
    const std::string key = id.toStdString();
    m_document->editPlan(field, actionText, [&](Plan& p) {
        if (KeyResult* k = keyResultIn(p, key))
            change(*k);
    });
}

void ObjectivesView::deleteCurrent()
{
    const QString keyResultId = currentKeyResultId();
    const QString objectiveId = currentObjectiveId();
    if (!keyResultId.isEmpty()) {
        const KeyResult* k = findKeyResult(keyResultId);
        const std::string id = keyResultId.toStdString();
        m_document->editPlan(
            QString(), tr("Delete key result “%1”").arg(k ? qs(k->metric) : keyResultId),
            [&](Plan& p) {
                for (auto& o : p.objectives)
                    std::erase_if(o.keyResults, [&](const KeyResult& r) { return r.id == id; });
            });
        if (m_stale)
            refresh();
        if (const QModelIndex index = m_model->objectiveIndex(objectiveId); index.isValid())
            m_tree->setCurrentIndex(index);
    } else if (const Objective* o = findObjective(objectiveId)) {
        const std::string id = o->id;
        m_document->editPlan(
            QString(), tr("Delete objective “%1”").arg(qs(o->title)), [&](Plan& p) {
                std::erase_if(p.objectives, [&](const Objective& x) { return x.id == id; });
            });
    }
}

void ObjectivesView::addCheckIn(const QString& keyResultId, const CheckIn& checkIn)
{
    const KeyResult* k = findKeyResult(keyResultId);
    if (!k || k->checkIns.size() >= limits::maxCheckIns)
        return;
    if (m_stale)
        refresh();
    const std::optional<double> live =
        k->derived ? plan::liveTarget(*k->derived, *m_analysis) : std::nullopt;
    editKeyResult(keyResultId, QString(), tr("Add a check-in to “%1”").arg(qs(k->metric)),
                  [&](KeyResult& r) {
                      r.checkIns.push_back(checkIn);
                      const CheckIn* latest = latestCheckIn(r.checkIns);
                      r.current = latest->value;
                      // The file keeps a derived target as it was at the last check-in
                      // (KeyResult::target), so that a later move can be reported.
                      if (latest == &r.checkIns.back() && live)
                          r.target = *live;
                  });
}

void ObjectivesView::removeCheckIn(const QString& keyResultId, int index)
{
    const KeyResult* k = findKeyResult(keyResultId);
    if (!k || index < 0 || static_cast<std::size_t>(index) >= k->checkIns.size())
        return;
    editKeyResult(keyResultId, QString(), tr("Delete a check-in of “%1”").arg(qs(k->metric)),
                  [&](KeyResult& r) {
                      const bool wasLatest =
                          latestCheckIn(r.checkIns) == &r.checkIns[static_cast<std::size_t>(index)];
                      r.checkIns.erase(r.checkIns.begin() + index);
                      // The current value follows the latest check-in that is left.
                      if (wasLatest && !r.checkIns.empty())
                          r.current = latestCheckIn(r.checkIns)->value;
                  });
}

void ObjectivesView::openAddObjective()
{
    Objective o;
    ObjectiveDialog dialog(m_document->workspace(), o, true, this);
    if (dialog.exec() == QDialog::Accepted)
        addObjective(dialog.objective());
}

void ObjectivesView::openAddKeyResult()
{
    const QString objectiveId = currentObjectiveId();
    const Objective* o = findObjective(objectiveId);
    if (!o)
        return;
    KeyResultDialog dialog(m_document->workspace(), KeyResult{}, true, this);
    if (dialog.exec() == QDialog::Accepted)
        addKeyResult(objectiveId, dialog.keyResult());
}

void ObjectivesView::openEdit()
{
    if (const KeyResult* k = findKeyResult(currentKeyResultId())) {
        KeyResultDialog dialog(m_document->workspace(), *k, false, this);
        if (dialog.exec() == QDialog::Accepted)
            updateKeyResult(dialog.keyResult());
    } else if (const Objective* o = findObjective(currentObjectiveId())) {
        ObjectiveDialog dialog(m_document->workspace(), *o, false, this);
        if (dialog.exec() == QDialog::Accepted)
            updateObjective(dialog.objective());
    }
}

} // namespace b2x
