// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionUnitAnalysis.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace b2x::analytics {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::analytics", text);
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Decider:
        return tr("decider or economic buyer");
    case Role::User:
        return tr("user");
    case Role::Specifier:
        return tr("technical evaluator (specifier)");
    case Role::Buyer:
        return tr("buyer");
    default:
        return QString::fromLatin1(toString(role).data());
    }
}

struct Point {
    double size;
    double probability;
};

// CEB / Challenger, docs/models.md, "Decision unit". The dip at 2 people is measured,
// not a typo: pairs deadlock more often than trios.
constexpr std::array<Point, 4> cebPoints{{{1, 0.81}, {2, 0.55}, {3, 0.60}, {6, 0.31}}};

} // namespace

double cebConsensusProbability(double size)
{
    if (!(size > 1))
        return cebPoints.front().probability;
    for (std::size_t i = 1; i < cebPoints.size(); ++i) {
        const Point& a = cebPoints[i - 1];
        const Point& b = cebPoints[i];
        if (size <= b.size)
            return a.probability +
                   (b.probability - a.probability) * (size - a.size) / (b.size - a.size);
    }
    // Past 6 people: continue the 3→6 slope (−9.67 points per person), which alone would reach 0
    // at 9.2 people although groups of ten and more still buy; hence the floor.
    const Point& a = cebPoints[2];
    const Point& b = cebPoints[3];
    const double slope = (b.probability - a.probability) / (b.size - a.size);
    return std::max(consensusFloor, b.probability + slope * (size - b.size));
}

DecisionUnitAnalysis analyseDecisionUnit(const DecisionUnit& unit)
{
    DecisionUnitAnalysis r;
    r.size = std::max<int>(1, static_cast<int>(unit.members.size()));
    r.cebProbability = cebConsensusProbability(r.size);
    r.consensusProbability = r.cebProbability;
    if (unit.decisionProbabilityOverride && std::isfinite(*unit.decisionProbabilityOverride)) {
        r.consensusProbability = std::clamp(*unit.decisionProbabilityOverride, 0.0, 1.0);
        r.overridden = true;
    }

    auto covered = [&](Role role) {
        return std::any_of(unit.members.begin(), unit.members.end(), [&](const auto& m) {
            return m.holds(role) || (role == Role::Decider && m.economicBuyer);
        });
    };
    // One person (or nobody recorded) holds every role: nothing is uncovered.
    if (unit.members.size() > 1) {
        for (Role role : {Role::Decider, Role::User, Role::Specifier, Role::Buyer}) {
            if (!covered(role))
                r.uncoveredRoles.push_back(role);
        }
    }
    for (const auto& m : unit.members) {
        r.champions += m.stance == Stance::Champion ? 1 : 0;
        r.blockers += m.stance == Stance::Blocker ? 1 : 0;
    }
    r.blockersWithoutChampion = r.blockers > 0 && r.champions == 0;

    for (Role role : r.uncoveredRoles)
        r.warnings.push_back(tr("Nobody in the decision unit is the %1: an uncovered role is a "
                                "red flag in sales practice (Miller Heiman).")
                                 .arg(roleText(role)));
    if (r.blockersWithoutChampion)
        r.warnings.push_back(
            tr("%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).")
                .arg(r.blockers));
    return r;
}

} // namespace b2x::analytics
