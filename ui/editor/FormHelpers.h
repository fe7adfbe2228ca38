// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/EnumLabels.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QWidget;

namespace b2x {

class RangeSpinBox;

// Small functions shared by the editor sections: string conversion, "one item per line" lists,
// quiet setters for load(), and enum combo boxes.

inline QString qstr(const std::string& text)
{
    return QString::fromStdString(text);
}

inline std::string stdstr(const QString& text)
{
    return text.toStdString();
}

/// The number as a person writes it in the current locale, without trailing zeros.
QString formatNumber(double value);

/// Size of the text once saved (the file format limits texts in UTF-8 bytes, not characters).
std::size_t utf8Size(const QString& text);

/// An explanation: a label that wraps its words.
QLabel* wrappedLabel(const QString& text, QWidget* parent);

/// Lists are edited as one item per line; blank lines and surrounding spaces are dropped.
QString joinLines(const std::vector<std::string>& items);
std::vector<std::string> splitLines(const QString& text);

/// A field key no earlier edit used. The document merges consecutive edits that share a key;
/// structural edits (add, remove, move a row) must each stay their own undo step.
QString uniqueEditKey(const QString& base);

/// Sets the text only when it differs, so the cursor and the widget's own history survive a
/// reload that changed another field.
void setTextQuietly(QLineEdit* edit, const QString& text);
void setTextQuietly(QPlainTextEdit* edit, const QString& text);

/// Object name, accessible name and tooltip in one call; every input gets all three.
void describeWidget(QWidget* widget, const QString& objectName, const QString& accessibleName,
                    const QString& toolTip);

/// A line edit for a text field of the model, limited to `maxBytes` in UTF-8.
QLineEdit* makeLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                        const QString& toolTip, std::size_t maxBytes);

/// A number field for a value of the model: valid from `minimum` to `maximum` with `decimals`,
/// named like every input, its tooltip ending with the valid range.
RangeSpinBox* makeNumberField(QWidget* parent, const QString& objectName,
                              const QString& accessibleName, const QString& toolTip, double minimum,
                              double maximum, int decimals);

/// A plain text edit about `lines` lines high, for long texts and one-item-per-line lists.
QPlainTextEdit* makeTextEdit(QWidget* parent, const QString& objectName,
                             const QString& accessibleName, const QString& toolTip, int lines);

/// Gives the label columns of several forms (one per group box) the same width, so the fields
/// of consecutive groups line up.
void alignFormLabels(std::initializer_list<QFormLayout*> forms);

/// Gives the widgets the width of the widest one (combo boxes and number fields in one form).
void equalizeWidths(std::initializer_list<QWidget*> widgets);

/// The common look and keyboard behaviour of the editor's tables: whole-row selection, Tab
/// leaves the table (arrows move between cells), typing starts editing, room for `visibleRows`.
void setUpTable(QTableView* view, const QString& objectName, const QString& accessibleName,
                int visibleRows);

/// Fixes the width of a column edited with a combo box so that the longest of `texts` (every
/// choice, as translated, not only those in the rows now) shows whole, in the cell and in the
/// open combo box: the column neither truncates "Influencer" nor jumps as rows change.
void fitColumnToChoices(QTableView* view, int column, const QStringList& texts);

template <typename E> QStringList enumDisplayNames()
{
    QStringList names;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        names << displayName(static_cast<E>(i));
    return names;
}

template <typename E> void fillEnumCombo(QComboBox* combo)
{
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const auto value = static_cast<E>(i);
        combo->addItem(displayName(value), static_cast<int>(i));
        combo->setItemData(combo->count() - 1, description(value), Qt::ToolTipRole);
    }
}

template <typename E> void setEnumQuietly(QComboBox* combo, E value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E> E enumValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace b2x
