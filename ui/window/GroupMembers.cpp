// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupMembers.h"

#include "charts/ChartDataBuilder.h"
#include "format/Formatting.h"

#include <array>

namespace b2x {

namespace {

QString line(const QString& group, const QStringList& names, int total, int listed)
{
    QStringList shown = names.mid(0, listed);
    QString list = shown.join(GroupMembers::tr(", "));
    if (total > shown.size())
        list = GroupMembers::tr("%1 and %n more", nullptr, total - static_cast<int>(shown.size()))
                   .arg(list);
    return GroupMembers::tr("%1 (%2): %3").arg(group, Formatting::count(total), list);
}

} // namespace

GroupMembers::Text GroupMembers::describe(const std::vector<charts::PopulationPoint>& population,
                                          const std::vector<bool>& inScope,
                                          analytics::GroupBy groupBy)
{
    std::array<QStringList, 3> names;
    std::array<int, 3> counts{};
    for (std::size_t i = 0; i < population.size(); ++i) {
        if (!inScope.empty() && (i >= inScope.size() || !inScope[i]))
            continue;
        const std::size_t g = charts::ChartDataBuilder::groupIndex(population[i], groupBy);
        ++counts[g];
        if (names[g].size() < namesInToolTip)
            names[g] << population[i].name;
    }
    QStringList lines;
    QStringList tips;
    for (std::size_t g = 0; g < names.size(); ++g) {
        if (counts[g] == 0)
            continue;
        const QString group = charts::ChartDataBuilder::groupName(g, groupBy);
        lines << line(group, names[g], counts[g], namesShown);
        tips << line(group, names[g], counts[g], namesInToolTip);
    }
    return {lines.join(QLatin1Char('\n')), tips.join(QLatin1Char('\n'))};
}

} // namespace b2x
