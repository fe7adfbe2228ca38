// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "i18n/Language.h"

#include <QApplication>
#include <QLocale>
#include <QString>
#include <gtest/gtest.h>

namespace b2x::test {

/// The fixture of a test run once in each language it is instantiated with (language codes):
/// installs the language (its translations and number locale) and its layout direction before
/// the test, and puts English, the default locale and left to right back afterwards, so that
/// the suites that follow keep their source texts.
class InEachLanguage : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(i18n::installLanguage(code())) << GetParam();
        QApplication::setLayoutDirection(i18n::isRightToLeft(code()) ? Qt::RightToLeft
                                                                     : Qt::LeftToRight);
    }
    void TearDown() override
    {
        i18n::uninstallLanguage();
        QLocale::setDefault(m_locale);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
    QString code() const { return QString::fromLatin1(GetParam()); }

private:
    QLocale m_locale;
};

} // namespace b2x::test
