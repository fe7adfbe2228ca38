// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageLabel.h"

#include <QAccessible>

namespace b2x {

MessageLabel::MessageLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

MessageLabel::MessageLabel(const QString& objectName, QWidget* parent) : MessageLabel(parent)
{
    setObjectName(objectName);
}

void MessageLabel::showMessage(Kind kind, const QString& text)
{
    m_kind = text.isEmpty() ? Kind::None : kind;
    setText(text);
    setProperty("messageKind", static_cast<int>(m_kind));
    // Colours chosen for contrast (WCAG AA) on the light backgrounds; the words carry the
    // meaning, the colour only repeats it.
    switch (m_kind) {
    case Kind::Error:
        setStyleSheet(QStringLiteral("QLabel { color: #8b1a1a; background: #fde2e1; border: 1px "
                                     "solid #e6a5a3; border-radius: 3px; padding: 4px 6px; }"));
        setAccessibleName(tr("Error"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("QLabel { color: #6b4500; background: #fff3d6; border: 1px "
                                     "solid #e8c979; border-radius: 3px; padding: 4px 6px; }"));
        setAccessibleName(tr("Warning"));
        break;
    case Kind::Info:
        setStyleSheet(QStringLiteral("QLabel { color: #1d4d2b; background: #e3f4e8; border: 1px "
                                     "solid #a9d8b5; border-radius: 3px; padding: 4px 6px; }"));
        setAccessibleName(tr("Note"));
        break;
    case Kind::None:
        setStyleSheet(QString());
        break;
    }
    setVisible(m_kind != Kind::None);
    if (m_kind != Kind::None && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace b2x
