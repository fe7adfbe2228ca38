// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectivesText.h"

#include "format/Formatting.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cmath>

namespace b2x::objectives {

namespace {

QString tr(const char* text, const char* comment = nullptr)
{
    return QCoreApplication::translate("b2x::objectives", text, comment);
}

} // namespace

QString bandWord(plan::Band band)
{
    switch (band) {
    case plan::Band::Green:
        return tr("green", "OKR grading band");
    case plan::Band::Yellow:
        return tr("yellow", "OKR grading band");
    case plan::Band::Red:
        return tr("red", "OKR grading band");
    }
    return {};
}

QString bandMeaning(plan::Band band)
{
    switch (band) {
    case plan::Band::Green:
        return tr("green, 70% or more: on track");
    case plan::Band::Yellow:
        return tr("yellow, 40% to below 70%: progress, short of the target");
    case plan::Band::Red:
        return tr("red, below 40%: off track");
    }
    return {};
}

QColor bandColour(plan::Band band)
{
    // Light tints of Material's green 500, amber 500 and red 500: black text stays readable on
    // them, and the word beside the bar says the band for whoever cannot tell the hues apart.
    switch (band) {
    case plan::Band::Green:
        return {0x81, 0xc7, 0x84};
    case plan::Band::Yellow:
        return {0xff, 0xd5, 0x4f};
    case plan::Band::Red:
        return {0xe5, 0x73, 0x73};
    }
    return {};
}

QString progressText(const std::optional<double>& progress, const std::optional<plan::Band>& band)
{
    if (!progress || !band)
        return tr("no progress yet");
    return tr("%1 · %2", "progress, then the band's colour word")
        .arg(Formatting::percent(*progress), bandWord(*band));
}

QString commitmentName(Commitment commitment)
{
    return commitment == Commitment::Committed ? tr("committed") : tr("aspirational");
}

QString quantityName(DerivedQuantity quantity)
{
    switch (quantity) {
    case DerivedQuantity::Customers:
        return tr("New customers in the period");
    case DerivedQuantity::StageEntries:
        return tr("Entries into a pipeline stage over the period");
    case DerivedQuantity::MonthlyVolume:
        return tr("Monthly volume needed");
    case DerivedQuantity::MonthlySpend:
        return tr("Monthly spend needed");
    }
    return {};
}

QString number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 3;
    QString text = Formatting::number(value, decimals);
    const QChar point = Formatting::locale().decimalPoint().at(0);
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(Formatting::locale().zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString startCurrentTarget(double start, double current, const QString& target,
                           const std::string& unit)
{
    const QString arrow = QGuiApplication::layoutDirection() == Qt::RightToLeft
                              ? QStringLiteral("←")
                              : QStringLiteral("→");
    QString text =
        QStringLiteral("%1 %4 %2 %4 %3").arg(number(start), number(current), target, arrow);
    if (!unit.empty())
        text += QLatin1Char(' ') + QString::fromStdString(unit);
    return text;
}

QString derivedExplanation(const DerivedTarget& derived, const std::optional<double>& liveTarget,
                           double keptTarget, const Workspace& workspace)
{
    const Persona* persona = nullptr;
    for (const auto& p : workspace.personas)
        if (p.id == derived.personaId)
            persona = &p;
    if (!persona)
        return tr("Derived from the reverse funnel of a persona that is not in the workspace "
                  "(deleted?); the target kept at the last check-in, %1, counts.")
            .arg(number(keptTarget));
    const QString name = QString::fromStdString(persona->name);
    if (!liveTarget)
        return tr("Derived from the reverse funnel of %1, which gives no number now (no target, "
                  "no volume, or a stage that is gone); the target kept at the last check-in, "
                  "%2, counts.")
            .arg(name, number(keptTarget));
    const QString value = number(*liveTarget);
    switch (derived.quantity) {
    case DerivedQuantity::Customers:
        return tr("From the reverse funnel of %1: %2 new customers in the period.")
            .arg(name, value);
    case DerivedQuantity::StageEntries: {
        const auto i = static_cast<std::size_t>(derived.stageIndex);
        const QString stage = i < persona->pipeline.size()
                                  ? QString::fromStdString(persona->pipeline[i].name)
                                  : QString::number(derived.stageIndex + 1);
        return tr("From the reverse funnel of %1: %2 entries into “%3” over the period.")
            .arg(name, value, stage);
    }
    case DerivedQuantity::MonthlyVolume:
        return tr("From the reverse funnel of %1: a monthly volume of %2.").arg(name, value);
    case DerivedQuantity::MonthlySpend:
        return tr("From the reverse funnel of %1: a monthly spend of %2.")
            .arg(name, Formatting::money(*liveTarget, QString::fromStdString(workspace.currency)));
    }
    return {};
}

} // namespace b2x::objectives
