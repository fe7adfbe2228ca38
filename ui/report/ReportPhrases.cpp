// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPhrases.h"

#include "format/EnumLabels.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"

#include <QLocale>
#include <cmath>
#include <map>
#include <tuple>

namespace b2x {

// Counts of one (and of none) get their own sentences, so the English reads right before any
// translation file supplies plural forms; the %n texts carry the count for every other number,
// so each language can choose its plural forms.

QString ReportPhrases::people(double count)
{
    if (count != std::round(count))
        return tr("%1 people").arg(Formatting::number(count, 1));
    const int n = static_cast<int>(count);
    return n == 1 ? tr("one person") : tr("%Ln people", nullptr, n);
}

QString ReportPhrases::perMonth(double count)
{
    return Formatting::number(count, count >= 10 ? 0 : count >= 1 ? 1 : 2);
}

QString ReportPhrases::approvalLevels(int levels)
{
    if (levels <= 0)
        return tr("no approval levels");
    return levels == 1 ? tr("one approval level") : tr("%Ln approval levels", nullptr, levels);
}

namespace {

int catalogueChannels(const Persona& p, const ChannelCatalogue& catalogue)
{
    int known = 0;
    for (const auto& use : p.channels)
        known += catalogue.find(use.channelId) ? 1 : 0;
    return known;
}

} // namespace

QString ReportPhrases::explanation(const analytics::DimensionScore& d, const Persona& p,
                                   const QString& currency, const ChannelCatalogue& catalogue)
{
    using analytics::Dimension;
    const Relationship& rel = p.relationship;
    switch (d.dimension) {
    case Dimension::DecisionUnitSize:
        return tr("The decision unit has %1. On a log scale one person scores 0 and ten or more "
                  "score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for "
                  "a complex solution).")
            .arg(people(d.input));
    case Dimension::DecisionFormality:
        return tr("%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight "
                  "rebuy 0 (Robinson, Faris & Wind: new tasks involve more people than rebuys); "
                  "a formal tender adds 40 and approval levels up to 40, three or more scoring "
                  "all 40.")
            .arg(displayName(p.decisionUnit.buyClass),
                 p.decisionUnit.formalTender ? tr("formal tender") : tr("no formal tender"),
                 approvalLevels(p.decisionUnit.approvalLevels));
    case Dimension::SalesCycleLength:
        return tr("Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 "
                  "days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; "
                  "consumer decisions take hours to weeks).")
            .arg(Formatting::days(d.input));
    case Dimension::PricePoint:
        return tr("Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score "
                  "100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. "
                  "Prices are read in the workspace currency, not converted.")
            .arg(Formatting::money(d.input, currency));
    case Dimension::RationalMotive:
        return tr("The rational-motive slider stands at %1 and is used as it is. It weighs "
                  "little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B "
                  "buyers personal value had twice the impact of business value).")
            .arg(Formatting::number(d.input));
    case Dimension::RelationshipDepth:
        return tr("Mean of account management (%1), training (%2), technical support (%3) and "
                  "service level (%4). Standard levels score low because consumers get them "
                  "too; dedicated, guided and contractual levels mark B2B relationships.")
            .arg(displayName(rel.accountManagement), displayName(rel.training),
                 displayName(rel.technicalSupport), displayName(rel.serviceLevel));
    case Dimension::Personalisation:
        return tr("Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), "
                  "one-to-one 100 (account-based marketing, the B2B norm).")
            .arg(displayName(rel.personalisation));
    case Dimension::ChannelMix: {
        if (!d.applicable)
            return tr("No channel from the catalogue: this dimension is left out of the index "
                      "and its weight is spread over the others.");
        const int n = catalogueChannels(p, catalogue);
        const QString affinity = Formatting::number(d.input, 1);
        const QString rule =
            tr("Each channel's affinity (0 a consumer platform, 100 a business platform) comes "
               "from the channel catalogue; its sources are in the appendix.");
        return (n == 1 ? tr("B2B affinity of the persona's one catalogue channel: %1.")
                       : tr("Budget-weighted B2B affinity of the persona's %Ln catalogue "
                            "channels: %1.",
                            nullptr, n))
                   .arg(affinity) +
               QLatin1Char(' ') + rule;
    }
    }
    return {};
}

QString ReportPhrases::wholeDays(long long days)
{
    return days == 1 ? tr("one day") : tr("%Ln days", nullptr, static_cast<int>(days));
}

QStringList ReportPhrases::warnings(const analytics::PersonaAnalysis& a,
                                    const ChannelCatalogue& catalogue)
{
    enum Kind { TooLong, MissesHalf, MissesHalfCrm, MissesTenth, MissesTenthCrm };
    const double p90 = std::ceil(a.salesCycle.p90Days);
    const QString p50Text = Formatting::days(a.salesCycle.p50Days);
    const QString p90Text = Formatting::days(a.salesCycle.p90Days);
    const QString extend = tr("Extend to at least %1.").arg(wholeDays(std::llround(p90)));
    // Channels that fail the same way with the same window share one sentence, in the order
    // the persona lists them.
    std::map<std::tuple<Kind, int, std::string, int>, QStringList> groups;
    std::vector<std::tuple<Kind, int, std::string, int>> order;
    for (const auto& check : a.attribution) {
        Kind kind;
        if (check.exceedsPlatformMax)
            kind = TooLong;
        else if (check.coversP90)
            continue;
        else {
            const bool canExtend = check.platformMaxDays && *check.platformMaxDays >= p90;
            kind = !check.coversP50 ? (canExtend ? MissesHalf : MissesHalfCrm)
                                    : (canExtend ? MissesTenth : MissesTenthCrm);
        }
        const auto key = std::make_tuple(kind, check.windowDays,
                                         kind == TooLong ? check.platform : std::string(),
                                         kind == TooLong ? check.platformMaxDays.value_or(0) : 0);
        auto [it, added] = groups.try_emplace(key);
        if (added)
            order.push_back(key);
        it->second << channelDisplayName(check.channelId, catalogue);
    }
    QStringList out;
    for (const auto& key : order) {
        const auto& [kind, window, platform, max] = key;
        const QStringList& names = groups[key];
        const int n = static_cast<int>(names.size());
        const QString list = QLocale().createSeparatedList(names);
        const QString w = Formatting::count(window);
        QString text;
        switch (kind) {
        case TooLong:
            text = n == 1 ? tr("The %1-day window of %2 is longer than %3 allows (%4 days); "
                               "reports will use the shorter window.")
                          : tr("The %1-day windows of %2 are longer than %3 allows (%4 days); "
                               "reports will use the shorter window.",
                               nullptr, n);
            text = text.arg(
                w, list, QCoreApplication::translate("b2x::AttributionPlatform", platform.c_str()),
                Formatting::count(max));
            break;
        case MissesHalf:
        case MissesHalfCrm: {
            const QString half =
                n == 1 ? tr("The %1-day window of %2 misses more than half of the deals (median "
                            "cycle %3, 90% within %4).")
                       : tr("The %1-day windows of %2 miss more than half of the deals (median "
                            "cycle %3, 90% within %4).",
                            nullptr, n);
            text = half.arg(w, list, p50Text, p90Text);
            text += QLatin1Char(' ');
            text += kind == MissesHalf
                        ? extend
                        : tr("The platform cannot cover the cycle: attribute in the CRM.");
            break;
        }
        case MissesTenth:
        case MissesTenthCrm: {
            const QString tenth =
                n == 1 ? tr("The %1-day window of %2 misses the slowest tenth of deals (90% "
                            "close within %3).")
                       : tr("The %1-day windows of %2 miss the slowest tenth of deals (90% "
                            "close within %3).",
                            nullptr, n);
            text = tenth.arg(w, list, p90Text);
            text += QLatin1Char(' ');
            text += kind == MissesTenth
                        ? extend
                        : tr("The platform cannot cover them: attribute in the CRM.");
            break;
        }
        }
        out << text;
    }

    const auto& du = a.decisionUnit;
    if (!du.uncoveredRoles.empty()) {
        QStringList roles;
        for (Role r : du.uncoveredRoles)
            roles << displayName(r);
        const QString list = QLocale().createSeparatedList(roles);
        out << (roles.size() == 1 ? tr("Key role nobody in the decision unit covers: %1. An "
                                       "uncovered role is a red flag in sales practice (Miller "
                                       "Heiman).")
                                  : tr("Key roles nobody in the decision unit covers: %1. An "
                                       "uncovered role is a red flag in sales practice (Miller "
                                       "Heiman)."))
                   .arg(list);
    }
    if (du.blockersWithoutChampion)
        out << (du.blockers == 1
                    ? tr("One blocker and no champion: nobody inside argues for the purchase "
                         "(MEDDIC).")
                    : tr("%Ln blockers and no champion: nobody inside argues for the purchase "
                         "(MEDDIC).",
                         nullptr, du.blockers));
    return out;
}

} // namespace b2x
