// SPDX-License-Identifier: GPL-3.0-or-later
// --lang on the command line, shared by b2x and b2x-workbench.
#include "i18n/Language.h"

#include <gtest/gtest.h>

using b2x::i18n::takeLanguageOption;

TEST(LanguageOption, TakenOutWhereverItStandsAndTheLastOneCounts)
{
    QStringList args{QStringLiteral("b2x"),       QStringLiteral("--lang"),
                     QStringLiteral("pl"),        QStringLiteral("validate"),
                     QStringLiteral("--lang=ar"), QStringLiteral("a.b2x")};
    EXPECT_EQ(takeLanguageOption(args), QStringLiteral("ar"));
    EXPECT_EQ(args, (QStringList{QStringLiteral("b2x"), QStringLiteral("validate"),
                                 QStringLiteral("a.b2x")}));
}

TEST(LanguageOption, AbsentOrWithoutAValue)
{
    QStringList none{QStringLiteral("validate"), QStringLiteral("--language")};
    EXPECT_FALSE(takeLanguageOption(none).has_value());
    EXPECT_EQ(none.size(), 2);
    for (const QString& last : {QStringLiteral("--lang"), QStringLiteral("--lang=")}) {
        QStringList args{QStringLiteral("validate"), last};
        const auto code = takeLanguageOption(args);
        ASSERT_TRUE(code.has_value());
        EXPECT_TRUE(code->isEmpty());
        EXPECT_EQ(args, QStringList{QStringLiteral("validate")});
    }
}
