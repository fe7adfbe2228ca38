// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

#include <QCoreApplication>

namespace b2x {

QString Problem::toString() const
{
    if (line > 0)
        return QCoreApplication::translate("b2x::Problem", "line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(message);
    if (path.empty())
        return message;
    return QStringLiteral("%1: %2").arg(QString::fromStdString(path), message);
}

} // namespace b2x
