// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCalendar.h"

#include "io/ReportDecoder.h"

namespace b2x::plan {

QDate parseDate(const std::string& text)
{
    if (!isIsoDate(text))
        return {};
    return QDate::fromString(QString::fromStdString(text), Qt::ISODate);
}

std::string formatDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string();
}

PeriodDates resolvePeriod(const PlanPeriod& period, QDate today)
{
    PeriodDates out;
    out.start = parseDate(period.start);
    out.end = parseDate(period.end);
    if (!out.start.isValid() || !out.end.isValid() || out.end < out.start) {
        if (!today.isValid())
            today = QDate(2000, 1, 1);
        const int firstMonth = (today.month() - 1) / 3 * 3 + 1;
        out.start = QDate(today.year(), firstMonth, 1);
        out.end = out.start.addMonths(3).addDays(-1);
        out.assumed = true;
    }
    out.days = static_cast<int>(out.start.daysTo(out.end)) + 1;
    return out;
}

} // namespace b2x::plan
