// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelFit.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace b2x::analytics {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::analytics", text);
}

QString number(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 0);
}

/// How much of the audience target comes from the label rather than from the behaviour: the
/// label says where the marketer will look for the audience, the behaviour how it buys.
constexpr double labelShare = 0.25;

double labelAnchor(Label label)
{
    return label == Label::B2B ? 100.0 : label == Label::B2C ? 0.0 : 50.0;
}

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

/// Top-of-funnel volume on a log scale: 10 a month → 0 (a handful of named accounts),
/// 10 million → 100 (a mass market).
double volumeScore(double monthlyVolume)
{
    const double v = std::log10(std::max(1.0, finiteNonNegative(monthlyVolume)));
    return std::clamp((v - 1.0) / 6.0, 0.0, 1.0) * 100.0;
}

double logMiddle(double low, double high)
{
    return (std::log10(std::max(low, 1e-3)) + std::log10(std::max(high, 1e-3))) / 2.0;
}

double bandFit(double decadesAway)
{
    return 1.0 - std::min(1.0, decadesAway / bandFalloffDecades);
}

// Agreement of two shares x, y in 0–1: the chance that both lean the same way, x·y + (1−x)(1−y).
// It rewards the strongest channel in the persona's direction and is neutral (½) for a 50/50
// persona.
double agreement(double x, double y)
{
    return x * y + (1.0 - x) * (1.0 - y);
}

struct PersonaSide {
    double audience;      // 0–100
    double price;         // > 0, or 0 when unknown
    double cycleDays;     // ≥ 0
    double emotional;     // 0–1
    double precisionNeed; // 0–1
    double volume;        // entries a month
    double volumeShare;   // 0–1
};

// The factors whose effect has the given sign, largest magnitude first (ties in factor order).
std::vector<FitFactorKind> strongestFirst(const std::array<FitFactor, fitFactorCount>& factors,
                                          double sign)
{
    std::vector<FitFactor> chosen;
    for (const auto& f : factors) {
        if (f.effect() * sign > 0)
            chosen.push_back(f);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [&](const auto& a, const auto& b) {
        return a.effect() * sign > b.effect() * sign;
    });
    std::vector<FitFactorKind> out;
    for (const auto& f : chosen)
        out.push_back(f.kind);
    return out;
}

} // namespace

std::vector<FitFactorKind> ChannelFitDetail::raisedBy() const
{
    return strongestFirst(factors, +1.0);
}

std::vector<FitFactorKind> ChannelFitDetail::loweredBy() const
{
    return strongestFirst(factors, -1.0);
}

namespace {

PersonaSide personaSide(const Persona& persona, const BehaviourProfile& behaviour,
                        double meanCycleDays)
{
    const double sizeScore =
        behaviour.dimensions[static_cast<std::size_t>(Dimension::DecisionUnitSize)].score;
    return {
        (1.0 - labelShare) * behaviour.b2bIndex + labelShare * labelAnchor(persona.label),
        finiteNonNegative(persona.economics.price),
        finiteNonNegative(meanCycleDays),
        (100.0 -
         std::clamp(std::isfinite(persona.motives.rational) ? persona.motives.rational : 50.0, 0.0,
                    100.0)) /
            100.0,
        sizeScore / 100.0,
        finiteNonNegative(persona.economics.monthlyVolume),
        volumeScore(persona.economics.monthlyVolume) / 100.0,
    };
}

/// Scores one channel for one persona. The factors' fits and the score are the same whether the
/// explanation is wanted or not; `explained` adds what explainFactor quotes (the band middles as
/// values, which cost a pow() each), so ranking 25 channels for 10,000 personas skips them.
template <bool explained>
double scoreChannel(const PersonaSide& p, double logPrice, double logCycle, const Channel& c,
                    std::array<FitFactor, fitFactorCount>& f)
{
    for (std::size_t i = 0; i < fitFactorCount; ++i) {
        f[i].kind = static_cast<FitFactorKind>(i);
        f[i].weight = fitWeights[i];
    }
    f[0] = {FitFactorKind::Audience, 1.0 - std::abs(c.b2bAffinity - p.audience) / 100.0,
            fitWeights[0], p.audience, c.b2bAffinity};

    const double priceMiddle = logMiddle(c.priceLow, c.priceHigh);
    f[1].fit = p.price > 0 ? bandFit(std::abs(logPrice - priceMiddle)) : 0.5;

    const double cycleMiddle = logMiddle(1.0 + c.cycleLowDays, 1.0 + c.cycleHighDays);
    f[2].fit = bandFit(std::abs(logCycle - cycleMiddle));
    f[3].fit = agreement(p.emotional, c.emotionalFit / 100.0);
    f[4].fit = 1.0 - std::max(0.0, p.precisionNeed - c.precision / 100.0);
    f[5].fit = agreement(p.volumeShare, c.reach / 100.0);
    if constexpr (explained) {
        f[1].personaValue = p.price;
        f[1].channelValue = std::pow(10.0, priceMiddle);
        f[2].personaValue = p.cycleDays;
        f[2].channelValue = std::pow(10.0, cycleMiddle) - 1.0;
        f[3].personaValue = 100.0 * p.emotional;
        f[3].channelValue = c.emotionalFit;
        f[4].personaValue = 100.0 * p.precisionNeed;
        f[4].channelValue = c.precision;
        f[5].personaValue = p.volume;
        f[5].channelValue = c.reach;
    }

    double score = 50.0;
    for (auto& factor : f) {
        factor.fit = std::clamp(factor.fit, 0.0, 1.0);
        score += factor.effect();
    }
    return std::clamp(score, 0.0, 100.0);
}

} // namespace

std::vector<ChannelFit> rankChannels(const Persona& persona, const BehaviourProfile& behaviour,
                                     double meanCycleDays, const ChannelCatalogue& catalogue)
{
    const PersonaSide p = personaSide(persona, behaviour, meanCycleDays);
    const double logPrice = p.price > 0 ? std::log10(p.price) : 0.0;
    const double logCycle = std::log10(1.0 + p.cycleDays);
    const auto& channels = catalogue.channels();
    // Scores with their catalogue index, sorted as explainChannels sorts its details (stable,
    // best first), so both give the same order; only then are the ids copied.
    std::vector<std::pair<double, std::size_t>> scores;
    scores.reserve(channels.size());
    std::array<FitFactor, fitFactorCount> factors;
    for (std::size_t i = 0; i < channels.size(); ++i)
        scores.emplace_back(scoreChannel<false>(p, logPrice, logCycle, channels[i], factors), i);
    std::stable_sort(scores.begin(), scores.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ChannelFit> out;
    out.reserve(scores.size());
    for (const auto& [score, i] : scores)
        out.push_back({channels[i].id, score});
    return out;
}

std::vector<ChannelFitDetail> explainChannels(const Persona& persona,
                                              const BehaviourProfile& behaviour,
                                              double meanCycleDays,
                                              const ChannelCatalogue& catalogue)
{
    const PersonaSide p = personaSide(persona, behaviour, meanCycleDays);
    const double logPrice = p.price > 0 ? std::log10(p.price) : 0.0;
    const double logCycle = std::log10(1.0 + p.cycleDays);

    std::vector<ChannelFitDetail> out;
    out.reserve(catalogue.channels().size());
    for (const Channel& c : catalogue.channels()) {
        ChannelFitDetail fit;
        fit.channelId = c.id;
        fit.score = scoreChannel<true>(p, logPrice, logCycle, c, fit.factors);
        out.push_back(std::move(fit));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
    return out;
}

QString explainFactor(const FitFactor& f, const Channel& c)
{
    const QString name = QString::fromStdString(c.name);
    switch (f.kind) {
    case FitFactorKind::Audience:
        return tr("%1's B2B affinity is %2; this audience sits at %3 (three parts behaviour, "
                  "one part label): fit %4%.")
            .arg(name, number(f.channelValue), number(f.personaValue), percent(f.fit));
    case FitFactorKind::Price:
        if (!(f.personaValue > 0))
            return tr("No price is set: price neither raises nor lowers %1.").arg(name);
        return tr("The price of %1 is %2 powers of ten from the middle of %3's price band "
                  "(%4–%5, middle %6): fit %7%.")
            .arg(number(f.personaValue, 2),
                 number(std::abs(std::log10(f.personaValue) - std::log10(f.channelValue)), 2), name,
                 number(c.priceLow), number(c.priceHigh), number(f.channelValue), percent(f.fit));
    case FitFactorKind::Cycle:
        return tr("The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle "
                  "of %3's decision-time band (%4–%5 days, middle %6): fit %7%.")
            .arg(number(f.personaValue, 1),
                 number(
                     std::abs(std::log10(1.0 + f.personaValue) - std::log10(1.0 + f.channelValue)),
                     2),
                 name, number(c.cycleLowDays), number(c.cycleHighDays), number(f.channelValue, 1),
                 percent(f.fit));
    case FitFactorKind::Motives:
        return tr("This audience decides %1% on emotion (100 − rational) and %2's emotional fit "
                  "is %3: they agree %4% of the time.")
            .arg(number(f.personaValue), name, number(f.channelValue), percent(f.fit));
    case FitFactorKind::DecisionUnit:
        return tr("A decision unit of this size needs precision %1 (its size score) to reach "
                  "its roles; %2 offers %3: fit %4%.")
            .arg(number(f.personaValue), name, number(f.channelValue), percent(f.fit));
    case FitFactorKind::Reach:
        return tr("%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, "
                  "10 million → 100); %3 offers %4: they agree %5% of the time.")
            .arg(number(f.personaValue), number(volumeScore(f.personaValue)), name,
                 number(f.channelValue), percent(f.fit));
    }
    return {};
}

} // namespace b2x::analytics
