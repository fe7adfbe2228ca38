// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColourButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace b2x {

ColourButton::ColourButton(QWidget* parent) : QPushButton(parent)
{
    setText(tr("Choose…"));
    connect(this, &QPushButton::clicked, this, &ColourButton::choose);
}

void ColourButton::setColour(const QColor& colour)
{
    m_colour = colour;
    const int side = fontMetrics().height();
    QPixmap swatch(side * 2, side);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setBrush(colour);
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    painter.end();
    setIcon(QIcon(swatch));
    setIconSize(swatch.size());
}

void ColourButton::choose()
{
    const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Persona colour"));
    if (!chosen.isValid() || chosen == m_colour)
        return;
    setColour(chosen);
    Q_EMIT colourChosen(chosen);
}

} // namespace b2x
