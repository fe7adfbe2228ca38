// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QString>
#include <vector>

namespace b2x {

/// The RACE board's row headers (the personas' names) with a size hint that is measured again
/// only when a name changed. QHeaderView forgets its size hint whenever a header is announced
/// changed, and the table then measures some two hundred word-wrapped names to get it back; the
/// board announces the edited persona's header on every keystroke (its colour or name may have
/// changed), which made that measuring a sixth of an edit with the board in front. The width
/// depends on the names only (the colour swatch has one size), so only they are compared.
class RaceBoardRowHeader : public QHeaderView {
    Q_OBJECT

public:
    explicit RaceBoardRowHeader(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void forget();
    void headersChanged(Qt::Orientation orientation, int first, int last);

    mutable QSize m_hint;                 ///< invalid: measure again
    mutable std::vector<QString> m_names; ///< the names the hint was measured with
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace b2x
