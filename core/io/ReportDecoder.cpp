// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDecoder.h"

#include "model/Limits.h"

#include <QCoreApplication>
#include <QDate>

namespace b2x {

bool isIsoDate(std::string_view text)
{
    // QDate alone would accept other shapes (no leading zeros, a sign); the shape comes first.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return false;
    return QDate::fromString(QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size())),
                             Qt::ISODate)
        .isValid();
}

void decodeReportSettings(JsonDecoder& d, const nlohmann::json& root, ReportSettings& report)
{
    const auto* object = d.object(root, "report");
    if (!object)
        return;
    JsonDecoder::Scope s(d, "report");
    for (auto [key, field] : {std::pair{"title", &report.title},
                              {"subtitle", &report.subtitle},
                              {"client", &report.client},
                              {"author", &report.author}})
        d.text(*object, key, *field, limits::maxShortText);
    d.text(*object, "date", report.date, limits::maxShortText);
    if (!report.date.empty() && !isIsoDate(report.date)) {
        JsonDecoder::Scope sd(d, "date");
        d.fail(QCoreApplication::translate("b2x::ReportDecoder",
                                           "must be a date written YYYY-MM-DD, such as "
                                           "2026-12-03, or empty for the day of the export"));
    }
    d.text(*object, "recommendations", report.recommendations, limits::maxLongText);
}

} // namespace b2x
