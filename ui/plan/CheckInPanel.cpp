// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckInPanel.h"

#include "ObjectivesText.h"
#include "editor/FormHelpers.h"
#include "format/Formatting.h"
#include "model/Limits.h"
#include "plan/PlanCalendar.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace b2x {

CheckInPanel::CheckInPanel(QWidget* parent)
    : QGroupBox(tr("Check-ins"), parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("checkInPanel"));
    auto* form = new QFormLayout;
    m_date = new QDateEdit(m_today, this);
    describeWidget(m_date, QStringLiteral("checkInDate"), tr("Check-in date"),
                   tr("The day the value was measured (today unless changed)."));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date"), m_date);
    m_value = new QDoubleSpinBox(this);
    describeWidget(m_value, QStringLiteral("checkInValue"), tr("Check-in value"),
                   tr("The key result's value on that day; it becomes its current value."));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    form->addRow(tr("Va&lue"), m_value);
    m_confidence = new QSlider(Qt::Horizontal, this);
    describeWidget(m_confidence, QStringLiteral("checkInConfidence"), tr("Confidence"),
                   tr("How sure the owner is that the target will be met: 0 not at all, 10 "
                      "certain."));
    m_confidence->setRange(0, 10);
    m_confidence->setValue(5);
    m_confidence->setTickPosition(QSlider::TicksBelow);
    m_confidence->setTickInterval(1);
    m_confidence->setPageStep(1);
    m_confidenceValue = new QLabel(this);
    m_confidenceValue->setObjectName(QStringLiteral("checkInConfidenceValue"));
    m_confidenceValue->setMinimumWidth(
        m_confidenceValue->fontMetrics().horizontalAdvance(QStringLiteral("10 / 10")) + 4);
    auto* confidenceRow = new QHBoxLayout;
    confidenceRow->addWidget(m_confidence, 1);
    confidenceRow->addWidget(m_confidenceValue);
    auto* confidenceLabel = new QLabel(tr("Co&nfidence"), this);
    confidenceLabel->setBuddy(m_confidence); // a row holding a layout gets no buddy by itself
    form->addRow(confidenceLabel, confidenceRow);
    m_comment = makeLineEdit(this, QStringLiteral("checkInComment"), tr("Check-in comment"),
                             tr("What moved the value, in a sentence."), limits::maxShortText);
    form->addRow(tr("Co&mment"), m_comment);
    m_add = new QPushButton(tr("&Add check-in"), this);
    describeWidget(m_add, QStringLiteral("checkInAdd"), tr("Add check-in"),
                   tr("Records the check-in and sets the key result's current value (one undo "
                      "step)."));
    auto* addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    form->addRow(addRow);

    m_history = new QTreeWidget(this);
    describeWidget(m_history, QStringLiteral("checkInHistory"), tr("Check-in history"),
                   tr("The key result's check-ins, newest first. Delete removes the selected "
                      "one (undo brings it back)."));
    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("Date"), tr("Value"), tr("Confidence"), tr("Comment")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(110);
    m_remove = new QPushButton(tr("Delete c&heck-in"), this);
    describeWidget(m_remove, QStringLiteral("checkInDelete"), tr("Delete check-in"),
                   tr("Deletes the selected check-in (one undo step)."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_history, 1);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);

    connect(m_confidence, &QSlider::valueChanged, this, &CheckInPanel::updateConfidenceLabel);
    connect(m_add, &QPushButton::clicked, this, &CheckInPanel::add);
    connect(m_comment, &QLineEdit::returnPressed, this, &CheckInPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &CheckInPanel::removeSelected);
    auto* del =
        new QShortcut(QKeySequence::Delete, m_history, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CheckInPanel::removeSelected);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_history->currentItem() != nullptr); });
    updateConfidenceLabel(m_confidence->value());
    setKeyResult(nullptr);
}

void CheckInPanel::setToday(QDate today)
{
    m_today = today;
    m_date->setDate(today);
}

void CheckInPanel::updateConfidenceLabel(int value)
{
    m_confidenceValue->setText(tr("%1 / %2").arg(Formatting::count(value), Formatting::count(10)));
    m_confidence->setAccessibleDescription(
        tr("Confidence %1 of %2").arg(Formatting::count(value), Formatting::count(10)));
}

void CheckInPanel::setKeyResult(const KeyResult* k)
{
    const QString id = k ? QString::fromStdString(k->id) : QString();
    const bool changed = id != m_keyResultId;
    m_keyResultId = id;
    setEnabled(k != nullptr);
    setTitle(k ? tr("Check-ins of “%1”").arg(QString::fromStdString(k->metric))
               : tr("Check-ins (select a key result)"));
    if (changed) {
        m_date->setDate(m_today);
        m_value->setValue(k ? k->current : 0.0);
        m_confidence->setValue(k ? plan::latestConfidence(k->checkIns).value_or(5) : 5);
        m_comment->clear();
    }
    const int selected =
        m_history->currentItem() ? m_history->currentItem()->data(0, Qt::UserRole).toInt() : -1;
    m_history->clear();
    m_add->setEnabled(k && k->checkIns.size() < limits::maxCheckIns);
    if (!k) {
        m_remove->setEnabled(false);
        return;
    }
    // Newest first; the later one in the list first on the same date (as the scoring reads them).
    std::vector<int> order(k->checkIns.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto& ca = k->checkIns[static_cast<std::size_t>(a)];
        const auto& cb = k->checkIns[static_cast<std::size_t>(b)];
        return ca.date != cb.date ? ca.date > cb.date : a > b;
    });
    QTreeWidgetItem* current = nullptr;
    for (int i : order) {
        const CheckIn& c = k->checkIns[static_cast<std::size_t>(i)];
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, QString::fromStdString(c.date));
        item->setText(1, objectives::number(c.value));
        item->setText(2, tr("%1 / %2").arg(Formatting::count(c.confidence), Formatting::count(10)));
        item->setText(3, QString::fromStdString(c.comment));
        item->setToolTip(3, QString::fromStdString(c.comment));
        item->setData(0, Qt::UserRole, i);
        if (i == selected && !changed)
            current = item;
    }
    if (current)
        m_history->setCurrentItem(current);
    m_remove->setEnabled(current != nullptr);
}

void CheckInPanel::add()
{
    if (m_keyResultId.isEmpty() || !m_add->isEnabled())
        return;
    CheckIn c;
    c.date = plan::formatDate(m_date->date());
    c.value = m_value->value();
    c.confidence = m_confidence->value();
    c.comment = m_comment->text().trimmed().toStdString();
    Q_EMIT addRequested(c);
    m_comment->clear();
}

void CheckInPanel::removeSelected()
{
    const QTreeWidgetItem* item = m_history->currentItem();
    if (item && !m_keyResultId.isEmpty())
        Q_EMIT removeRequested(item->data(0, Qt::UserRole).toInt());
}

} // namespace b2x
