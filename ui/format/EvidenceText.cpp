// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceText.h"

#include "format/Formatting.h"
#include "model/EvidenceValues.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace b2x {

namespace {
// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("b2x", text, comment, n);
}

QString plain(double value)
{
    return Formatting::locale().toString(value, 'f', QLocale::FloatingPointShortest);
}

bool isWhole(double value)
{
    return value == std::trunc(value) && std::fabs(value) < 1e9;
}

QString one(EvidenceField field, double v, const QString& currency)
{
    switch (field) {
    case EvidenceField::Price:
    case EvidenceField::MonthlySpend:
        return Formatting::money(v, currency);
    case EvidenceField::MonthlyVolume:
        return tr("%1 a month", "entries at the top of the funnel").arg(plain(v));
    case EvidenceField::GrossMargin:
    case EvidenceField::ConversionRates:
        return tr("%1%", "a percentage").arg(plain(v));
    case EvidenceField::PurchasesPerYear:
        return tr("%1 a year", "purchases").arg(plain(v));
    case EvidenceField::Lifetime:
        return isWhole(v) ? tr("%n year(s)", nullptr, static_cast<int>(v))
                          : tr("%1 years").arg(plain(v));
    case EvidenceField::DecisionUnitSize:
        return isWhole(v) ? tr("%n person(s)", nullptr, static_cast<int>(v))
                          : tr("%1 people").arg(plain(v));
    case EvidenceField::StageDurations:
        return plain(v);
    }
    return plain(v);
}

} // namespace

QString evidenceValuesText(EvidenceField field, const std::vector<double>& values,
                           const QString& currency)
{
    if (values.empty())
        return field == EvidenceField::ConversionRates || field == EvidenceField::StageDurations
                   ? tr("no stages")
                   : tr("no value");
    QStringList parts;
    if (field == EvidenceField::StageDurations) {
        // min–likely–max per stage. A list that is not whole triples (a damaged or hand-edited
        // file) is still shown, number by number.
        if (values.size() % 3 != 0) {
            for (double v : values)
                parts << plain(v);
            return tr("%1 days", "a list of stage durations").arg(parts.join(QStringLiteral(", ")));
        }
        for (std::size_t i = 0; i + 2 < values.size(); i += 3)
            parts << tr("%1–%2–%3", "minimum, likely and maximum days of one stage")
                         .arg(plain(values[i]), plain(values[i + 1]), plain(values[i + 2]));
        return tr("%1 days", "a list of stage durations").arg(parts.join(QStringLiteral(", ")));
    }
    for (double v : values)
        parts << one(field, v, currency);
    return parts.join(QStringLiteral(", "));
}

QString staleEvidenceText(const Persona& persona, EvidenceField field, const QString& currency)
{
    const auto it = persona.evidence.find(field);
    if (it == persona.evidence.end())
        return {};
    const std::vector<double>& was = it->second.writtenFor;
    const std::vector<double> now = evidenceValues(persona, field);
    // Per-stage lists with the same stages: name only the stages that changed, so a reader does
    // not have to compare two rows of eighteen numbers.
    const std::size_t perStage = field == EvidenceField::ConversionRates  ? 1
                                 : field == EvidenceField::StageDurations ? 3
                                                                          : 0;
    if (perStage > 0 && was.size() == now.size() &&
        now.size() == perStage * persona.pipeline.size()) {
        QStringList changes;
        for (std::size_t i = 0; i < persona.pipeline.size(); ++i) {
            const auto from = static_cast<std::ptrdiff_t>(i * perStage);
            const auto to = from + static_cast<std::ptrdiff_t>(perStage);
            const std::vector<double> a(was.begin() + from, was.begin() + to);
            const std::vector<double> b(now.begin() + from, now.begin() + to);
            if (sameEvidenceValues(a, b))
                continue;
            const std::string& name = persona.pipeline[i].name;
            changes << tr("Stage “%1”: written for %2, now %3.")
                           .arg(name.empty() ? Formatting::count(static_cast<long long>(i + 1))
                                             : QString::fromStdString(name),
                                evidenceValuesText(field, a, currency),
                                evidenceValuesText(field, b, currency));
        }
        if (!changes.isEmpty())
            return changes.join(QLatin1Char(' '));
    }
    return tr("Written for %1; the persona now has %2.")
        .arg(evidenceValuesText(field, was, currency), evidenceValuesText(field, now, currency));
}

} // namespace b2x
