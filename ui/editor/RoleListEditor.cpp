// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleListEditor.h"

#include "format/EnumLabels.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace b2x {

namespace {

/// A click anywhere on a role's line ticks it, not only one on the small box.
class CheckList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QListWidgetItem* item = itemAt(event->position().toPoint());
        // The base class ticks the item when the click was on its box; tick it here otherwise.
        bool ticked = false;
        const auto watch =
            connect(this, &QListWidget::itemChanged, this, [&ticked] { ticked = true; });
        QListWidget::mouseReleaseEvent(event);
        disconnect(watch);
        if (item && !ticked && event->button() == Qt::LeftButton &&
            (item->flags() & Qt::ItemIsEnabled))
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
};

} // namespace

RoleListEditor::RoleListEditor(QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_popup(new QFrame(this, Qt::Popup)),
      m_list(new CheckList(m_popup)), m_problem(new QLabel(m_popup))
{
    setObjectName(QStringLiteral("roleListEditor"));
    setAutoFillBackground(true);
    auto* cell = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    cell->setContentsMargins(margin, 0, margin, 0);
    cell->addWidget(m_text);

    m_popup->setObjectName(QStringLiteral("roleListPopup"));
    m_popup->setFrameStyle(QFrame::StyledPanel | QFrame::Plain);
    m_list->setObjectName(QStringLiteral("roleList"));
    m_list->setAccessibleName(tr("Roles of this member"));
    m_list->setToolTip(tr("Tick every role this person holds: at least one."));
    m_list->setFrameStyle(QFrame::NoFrame);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2); // room between the check boxes, as in a menu
    for (std::size_t i = 0; i < enumCount<Role>(); ++i) {
        const auto role = static_cast<Role>(i);
        auto* item = new QListWidgetItem(displayName(role), m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(description(role));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_problem->setObjectName(QStringLiteral("roleListProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    // The popup's focus: opening it gives the keyboard to the list.
    m_list->setFocus();

    m_list->installEventFilter(this);
    m_popup->installEventFilter(this);
    connect(m_list, &QListWidget::itemChanged, this, &RoleListEditor::toggled);
}

void RoleListEditor::setRoles(const QVariantList& roles, const QString& text)
{
    m_text->setText(text);
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setCheckState(roles.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->viewport()->update();
}

QVariantList RoleListEditor::roles(const QVariantList& current) const
{
    QVariantList ticked;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ticked << m_list->item(row)->data(Qt::UserRole);
    QVariantList result;
    for (const QVariant& role : current)
        if (ticked.contains(role))
            result << role;
    for (const QVariant& role : ticked)
        if (!result.contains(role))
            result << role;
    return result;
}

void RoleListEditor::showProblem(const QString& problem)
{
    if (m_problem->text() == problem)
        return;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_popup->isVisible())
        placePopup();
}

void RoleListEditor::openPopup()
{
    // Every role shows at once: no scroll bar in a list of eight.
    const int frame = 2 * m_list->frameWidth();
    const int spacing = 2 * m_list->spacing();
    const int width = m_list->sizeHintForColumn(0) + spacing + frame + 8;
    m_list->setFixedSize(width,
                         (m_list->sizeHintForRow(0) + spacing) * m_list->count() + frame + spacing);
    // A refusal is a sentence or two: wider than the list, so it is not a tall narrow column.
    m_problem->setFixedWidth(
        std::max({width, this->width(), fontMetrics().averageCharWidth() * 36}));
    if (m_list->currentRow() < 0) {
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->checkState() == Qt::Checked) {
                m_list->setCurrentRow(row);
                break;
            }
    }
    placePopup();
    m_popup->show();
}

void RoleListEditor::placePopup()
{
    m_popup->adjustSize();
    const QSize size = m_popup->sizeHint().expandedTo(QSize(width(), 0));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QPoint below = mapToGlobal(QPoint(rtl ? width() - size.width() : 0, height()));
    const QPoint above = mapToGlobal(QPoint(rtl ? width() - size.width() : 0, -size.height()));
    QPoint at = below;
    if (const QScreen* s = screen()) {
        // Under the cell, or above it when the screen ends first; never off the screen's side.
        const QRect area = s->availableGeometry();
        if (below.y() + size.height() > area.bottom() && above.y() >= area.top())
            at = above;
        at.setX(
            std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    }
    m_popup->setGeometry(QRect(at, size));
}

bool RoleListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_popup && event->type() == QEvent::Hide && !m_forwardingKey)
        Q_EMIT finished();
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab: {
            // The table's delegate moves on to the next cell when the editor gets Tab.
            {
                const QScopedValueRollback forwarding(m_forwardingKey, true);
                m_popup->hide();
            }
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(this, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            m_popup->hide(); // the ticks are saved already: closing is all that is left
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoleListEditor::hideEvent(QHideEvent* event)
{
    // The table closed the editor (another row, a reset): the popup goes with it.
    {
        const QScopedValueRollback forwarding(m_forwardingKey, true);
        m_popup->hide();
    }
    QWidget::hideEvent(event);
}

} // namespace b2x
