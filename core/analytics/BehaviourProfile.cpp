// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourProfile.h"

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

double clamp100(double value)
{
    return std::isfinite(value) ? std::clamp(value, 0.0, 100.0) : 0.0;
}

double finiteNonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

// --- decision formality: tender 40 + approval levels up to 40 + buy class up to 20 ----------

double buyClassPoints(BuyClass c)
{
    switch (c) {
    case BuyClass::NewTask:
        return 20;
    case BuyClass::ModifiedRebuy:
        return 10;
    case BuyClass::StraightRebuy:
        return 0;
    }
    return 0;
}

QString buyClassText(BuyClass c)
{
    switch (c) {
    case BuyClass::NewTask:
        return tr("new task");
    case BuyClass::ModifiedRebuy:
        return tr("modified rebuy");
    case BuyClass::StraightRebuy:
        return tr("straight rebuy");
    }
    return {};
}

// Each further approval level adds less: 1 → 20, 2 → 31.7, 3 or more → 40.
double approvalPoints(int levels)
{
    const double l = std::max(0, levels);
    return 40.0 * std::min(1.0, std::log2(1.0 + l) / 2.0);
}

// --- relationship depth: the mean of four 0–100 levels --------------------------------------

double points(AccountManagement v)
{
    return v == AccountManagement::Dedicated ? 100 : v == AccountManagement::Pooled ? 50 : 0;
}
double points(Training v)
{
    return v == Training::Guided ? 100 : v == Training::SelfServe ? 25 : 0;
}
double points(TechnicalSupport v)
{
    return v == TechnicalSupport::Dedicated ? 100 : v == TechnicalSupport::Standard ? 25 : 0;
}
double points(ServiceLevel v)
{
    return v == ServiceLevel::Contractual ? 100 : v == ServiceLevel::Standard ? 25 : 0;
}
double points(Personalisation v)
{
    return v == Personalisation::OneToOne ? 100 : v == Personalisation::Segment ? 30 : 0;
}

QString levelText(std::string_view name)
{
    // The file spellings are stable identifiers; the UI has its own display names.
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

DimensionScore channelMix(const Persona& p, const ChannelCatalogue& catalogue)
{
    DimensionScore d;
    double weighted = 0;
    double shares = 0;
    double plain = 0;
    int known = 0;
    for (const auto& use : p.channels) {
        const Channel* c = catalogue.find(use.channelId);
        if (!c)
            continue;
        const double share = finiteNonNegative(use.budgetSharePercent);
        weighted += share * c->b2bAffinity;
        shares += share;
        plain += c->b2bAffinity;
        ++known;
    }
    if (known == 0) {
        d.applicable = false;
        d.score = 50;
        d.explanation = tr("No channel from the catalogue: this dimension is left out of the "
                           "index and its weight is spread over the others.");
        return d;
    }
    // Without budget shares every channel counts the same.
    d.input = shares > 0 ? weighted / shares : plain / known;
    d.score = clamp100(d.input);
    d.explanation = tr("Budget-weighted B2B affinity of the persona's %1 catalogue channel(s) is "
                       "%2; each channel's affinity (0 consumer platform, 100 business "
                       "platform) comes from the channel catalogue (docs/channels.md).")
                        .arg(known)
                        .arg(number(d.input, 1));
    return d;
}

} // namespace

double decisionUnitSizeScore(double people)
{
    return clamp100(100.0 * std::log10(std::max(1.0, people)));
}

double salesCycleScore(double days)
{
    return clamp100(100.0 * std::log1p(finiteNonNegative(days)) / std::log1p(180.0));
}

double pricePointScore(double price)
{
    const double p = finiteNonNegative(price);
    return p > 0 ? clamp100(25.0 * std::log10(p / 5.0)) : 0.0;
}

BehaviourProfile computeBehaviourProfile(const Persona& p, double meanCycleDays,
                                         const ChannelCatalogue& catalogue)
{
    BehaviourProfile r;
    auto& dims = r.dimensions;

    const double people = std::max<double>(1, static_cast<double>(p.decisionUnit.members.size()));
    dims[0].input = people;
    dims[0].score = decisionUnitSizeScore(people);
    dims[0].explanation =
        tr("%1 people in the decision unit. On a log scale one person scores 0 and ten or more "
           "score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a "
           "complex solution).")
            .arg(people);

    const DecisionUnit& du = p.decisionUnit;
    const double classPoints = buyClassPoints(du.buyClass);
    const double tenderPoints = du.formalTender ? 40 : 0;
    const double levelPoints = approvalPoints(du.approvalLevels);
    dims[1].input = du.approvalLevels;
    dims[1].score = clamp100(classPoints + tenderPoints + levelPoints);
    dims[1].explanation =
        tr("Buy class %1: %2 of 20 points (Robinson, Faris & Wind: new tasks involve more "
           "people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more "
           "score all 40).")
            .arg(buyClassText(du.buyClass), number(classPoints),
                 du.formalTender ? tr("Formal tender") : tr("No formal tender"),
                 number(tenderPoints))
            .arg(du.approvalLevels)
            .arg(QString::number(levelPoints, 'g', 3));

    dims[2].input = meanCycleDays;
    dims[2].score = salesCycleScore(meanCycleDays);
    dims[2].explanation =
        tr("Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 "
           "days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer "
           "decisions take hours to weeks).")
            .arg(number(meanCycleDays, 1));

    dims[3].input = finiteNonNegative(p.economics.price);
    dims[3].score = pricePointScore(p.economics.price);
    dims[3].explanation =
        tr("Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 "
           "(the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 "
           "points. Prices are read in the workspace currency, not converted.")
            .arg(number(dims[3].input, 2));

    dims[4].input = clamp100(p.motives.rational);
    dims[4].score = dims[4].input;
    dims[4].explanation =
        tr("The rational-motive slider stands at %1 and is used as it is. It weighs little: "
           "rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal "
           "value had twice the impact of business value).")
            .arg(number(dims[4].input));

    const Relationship& rel = p.relationship;
    const std::array<double, 4> parts{points(rel.accountManagement), points(rel.training),
                                      points(rel.technicalSupport), points(rel.serviceLevel)};
    dims[5].score = (parts[0] + parts[1] + parts[2] + parts[3]) / 4.0;
    dims[5].input = dims[5].score;
    dims[5].explanation =
        tr("Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and "
           "service level %7 (%8). Standard levels score low because consumers get them too; "
           "dedicated, guided and contractual levels mark B2B relationships.")
            .arg(levelText(toString(rel.accountManagement)), number(parts[0]),
                 levelText(toString(rel.training)), number(parts[1]),
                 levelText(toString(rel.technicalSupport)), number(parts[2]),
                 levelText(toString(rel.serviceLevel)), number(parts[3]));

    dims[6].score = points(rel.personalisation);
    dims[6].input = dims[6].score;
    dims[6].explanation = tr("Personalisation is %1: mass scores 0, segment level 30 (the B2C "
                             "norm), one-to-one 100 (account-based marketing, the B2B norm).")
                              .arg(levelText(toString(rel.personalisation)));

    dims[7] = channelMix(p, catalogue);

    double sum = 0;
    double weights = 0;
    for (std::size_t i = 0; i < dimensionCount; ++i) {
        dims[i].dimension = static_cast<Dimension>(i);
        dims[i].weight = dimensionWeights[i];
        if (!dims[i].applicable)
            continue;
        sum += dims[i].score * dims[i].weight;
        weights += dims[i].weight;
    }
    r.b2bIndex = weights > 0 ? sum / weights : 50.0;
    r.behavesAs = r.b2bIndex >= b2bFloor     ? BehavesAs::B2B
                  : r.b2bIndex <= b2cCeiling ? BehavesAs::B2C
                                             : BehavesAs::Mixed;
    r.labelMismatch = (p.label == Label::B2B && r.behavesAs == BehavesAs::B2C) ||
                      (p.label == Label::B2C && r.behavesAs == BehavesAs::B2B);

    const QString behaviour = r.behavesAs == BehavesAs::B2B   ? tr("behaves as B2B")
                              : r.behavesAs == BehavesAs::B2C ? tr("behaves as B2C")
                                                              : tr("behaves in a mixed way");
    const QString index = number(r.b2bIndex, 1);
    if (r.labelMismatch)
        r.verdict = tr("Labelled %1 but %2 (B2B index %3): plan channels, content and sales "
                       "for the behaviour, not the label.")
                        .arg(levelText(toString(p.label)), behaviour, index);
    else if (p.label == Label::Hybrid)
        r.verdict = tr("Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that "
                       "sells both ways, so it never conflicts with one audience's behaviour.")
                        .arg(behaviour, index);
    else
        r.verdict = tr("Labelled %1 and %2 (B2B index %3).")
                        .arg(levelText(toString(p.label)), behaviour, index);
    return r;
}

} // namespace b2x::analytics
