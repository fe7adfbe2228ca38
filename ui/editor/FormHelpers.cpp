// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormHelpers.h"

#include "RangeSpinBox.h"
#include "Utf8LengthValidator.h"
#include "format/Formatting.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <algorithm>

namespace b2x {

QString formatNumber(double value)
{
    // Formatting's locale, so the editor writes numbers as the charts and reports do.
    return Formatting::locale().toString(value, 'f', QLocale::FloatingPointShortest);
}

std::size_t utf8Size(const QString& text)
{
    return static_cast<std::size_t>(text.toUtf8().size());
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString joinLines(const std::vector<std::string>& items)
{
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(items.size()));
    for (const auto& item : items)
        lines << qstr(item);
    return lines.join(QLatin1Char('\n'));
}

std::vector<std::string> splitLines(const QString& text)
{
    std::vector<std::string> items;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.push_back(stdstr(item));
    }
    return items;
}

QString uniqueEditKey(const QString& base)
{
    static quint64 serial = 0;
    return QStringLiteral("%1#%2").arg(base).arg(++serial);
}

void setTextQuietly(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
    edit->setCursorPosition(0); // show the start of a long text, not its end
}

void setTextQuietly(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

void describeWidget(QWidget* widget, const QString& objectName, const QString& accessibleName,
                    const QString& toolTip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
}

QLineEdit* makeLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                        const QString& toolTip, std::size_t maxBytes)
{
    auto* edit = new QLineEdit(parent);
    describeWidget(edit, objectName, accessibleName, toolTip);
    edit->setValidator(new Utf8LengthValidator(maxBytes, edit));
    return edit;
}

RangeSpinBox* makeNumberField(QWidget* parent, const QString& objectName,
                              const QString& accessibleName, const QString& toolTip, double minimum,
                              double maximum, int decimals)
{
    auto* box = new RangeSpinBox(parent);
    box->setObjectName(objectName);
    box->setDecimals(decimals);
    box->setValidRange(minimum, maximum);
    box->describe(accessibleName, toolTip);
    return box;
}

QPlainTextEdit* makeTextEdit(QWidget* parent, const QString& objectName,
                             const QString& accessibleName, const QString& toolTip, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    describeWidget(edit, objectName, accessibleName, toolTip);
    // Tab moves focus on, as in every other field; a form is not a text editor.
    edit->setTabChangesFocus(true);
    const int height =
        edit->fontMetrics().lineSpacing() * lines +
        2 * (edit->frameWidth() + static_cast<int>(edit->document()->documentMargin()));
    // A fixed height keeps a form of many text fields compact; longer text scrolls inside.
    edit->setFixedHeight(height);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

void alignFormLabels(std::initializer_list<QFormLayout*> forms)
{
    int width = 0;
    std::vector<QWidget*> labels;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget* label = item ? item->widget() : nullptr) {
                labels.push_back(label);
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    for (QWidget* label : labels)
        label->setMinimumWidth(width);
}

void equalizeWidths(std::initializer_list<QWidget*> widgets)
{
    int width = 0;
    for (QWidget* w : widgets)
        width = std::max(width, w->sizeHint().width());
    for (QWidget* w : widgets) {
        w->setMinimumWidth(width);
        w->setSizePolicy(QSizePolicy::Fixed, w->sizePolicy().verticalPolicy());
    }
}

void setUpTable(QTableView* view, const QString& objectName, const QString& accessibleName,
                int visibleRows)
{
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Room for an editor's frame around one line of text; the style's default is much taller.
    const int rowHeight = view->fontMetrics().height() + 12;
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->setMinimumHeight(rowHeight * (visibleRows + 1) + 2 * view->frameWidth());
}

void fitColumnToChoices(QTableView* view, int column, const QStringList& texts)
{
    // A combo box holding every choice measures what the open editor needs (text, arrow, frame);
    // the cell itself needs less.
    QComboBox probe;
    probe.setFont(view->font());
    probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
    probe.addItems(texts);
    auto* header = view->horizontalHeader();
    const int width = std::max(probe.sizeHint().width(), header->sectionSizeHint(column));
    header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->resizeSection(column, width);
}

} // namespace b2x
