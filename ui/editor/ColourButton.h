// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPushButton>

namespace b2x {

/// A button that shows a colour swatch and opens the colour dialog. The persona's colour is the
/// colour of its series in every chart, so the user should see it, not just its hex code.
class ColourButton : public QPushButton {
    Q_OBJECT

public:
    explicit ColourButton(QWidget* parent = nullptr);

    QColor colour() const { return m_colour; }
    /// Shows `colour`; does not emit.
    void setColour(const QColor& colour);

Q_SIGNALS:
    /// The user picked a colour in the dialog.
    void colourChosen(const QColor& colour);

private:
    void choose();

    QColor m_colour;
};

} // namespace b2x
