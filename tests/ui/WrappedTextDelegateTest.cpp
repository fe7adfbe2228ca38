// SPDX-License-Identifier: GPL-3.0-or-later
// The plan checks' delegate remembers each wrapped text's size: a list that lays out again after
// one item changed measures only that item, and every remembered size is the one the style gives
// for that text at that width.
#include "plan/WrappedTextDelegate.h"

#include <QApplication>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QTest>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

QString check(int i)
{
    return QStringLiteral("Check %1: the tactic starts after the latest date a lead can enter and "
                          "still close inside the period, so it cannot count towards the key "
                          "result it serves.")
        .arg(i);
}

/// Lets the list run the layout it scheduled (QAbstractItemView lays out on a timer).
void settle(QListWidget& list)
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    list.doItemsLayout();
}

} // namespace

TEST(WrappedTextDelegate, AChangedItemIsTheOnlyOneMeasuredAgain)
{
    QListWidget list;
    list.setWordWrap(true);
    auto* delegate = new WrappedTextDelegate(&list);
    list.setItemDelegate(delegate);
    for (int i = 0; i < 300; ++i)
        list.addItem(check(i));
    list.resize(400, 300);
    list.show();
    settle(list);
    const int first = delegate->computedCount();
    EXPECT_GE(first, 300); // every text measured once

    list.item(7)->setText(check(1000));
    list.resize(400, 301); // a wrapping list lays every item out again on any resize
    settle(list);
    EXPECT_LE(delegate->computedCount() - first, 2);
}

TEST(WrappedTextDelegate, RememberedSizesAreTheStylesSizeAtEachWidth)
{
    QListWidget list;
    list.setWordWrap(true);
    auto* delegate = new WrappedTextDelegate(&list);
    list.setItemDelegate(delegate);
    list.addItem(check(1));
    QStyledItemDelegate plain;
    const QModelIndex index = list.model()->index(0, 0);
    QStyleOptionViewItem option;
    option.initFrom(&list);
    option.features = QStyleOptionViewItem::WrapText;
    for (const int width : {400, 200, 400, 120}) {
        option.rect = QRect(0, 0, width, 10);
        EXPECT_EQ(delegate->sizeHint(option, index), plain.sizeHint(option, index)) << width;
    }
    EXPECT_EQ(delegate->computedCount(), 3); // 400 was remembered the second time
    // A narrower width wraps onto more lines: the size is not taken from another width.
    option.rect = QRect(0, 0, 400, 10);
    const int wide = delegate->sizeHint(option, index).height();
    option.rect = QRect(0, 0, 120, 10);
    EXPECT_GT(delegate->sizeHint(option, index).height(), wide);
}
