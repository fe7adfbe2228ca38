// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupComparison.h"

#include <algorithm>
#include <map>

namespace b2x::analytics {

namespace {

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

} // namespace

std::size_t groupIndex(Label label, BehavesAs behavesAs, GroupBy groupBy)
{
    if (groupBy == GroupBy::Label)
        return label == Label::B2B ? 0 : label == Label::Hybrid ? 1 : 2;
    return behavesAs == BehavesAs::B2B ? 0 : behavesAs == BehavesAs::Mixed ? 1 : 2;
}

std::string groupKey(std::size_t index, GroupBy groupBy)
{
    if (index == 1)
        return groupBy == GroupBy::Label ? "hybrid" : "mixed";
    return index == 0 ? "B2B" : "B2C";
}

GroupComparison compareGroups(std::span<const PersonaAnalysis> analyses, GroupBy groupBy)
{
    GroupComparison result;
    result.groupBy = groupBy;
    for (std::size_t g = 0; g < result.groups.size(); ++g)
        result.groups[g].group = groupKey(g, groupBy);

    // Output names in first-seen order: the channel fits come best first per persona, so the
    // same name can sit at different positions.
    std::vector<std::string> names;
    std::map<std::string, std::size_t> position;
    // values[group][output] = the defined values of that output in that group
    std::array<std::vector<std::vector<double>>, 3> values;
    for (const auto& a : analyses) {
        const std::size_t g = groupIndex(a.label, a.behaviour.behavesAs, groupBy);
        ++result.groups[g].personas;
        for (auto& [name, value] : scalarOutputs(a)) {
            auto [it, inserted] = position.try_emplace(name, names.size());
            if (inserted) {
                names.push_back(name);
                for (auto& group : values)
                    group.emplace_back();
            }
            if (value)
                values[g][it->second].push_back(*value);
        }
    }

    for (std::size_t g = 0; g < 3; ++g) {
        auto& outputs = result.groups[g].outputs;
        outputs.reserve(names.size());
        for (std::size_t i = 0; i < names.size(); ++i) {
            const auto& v = values[g][i];
            OutputStats s;
            s.name = names[i];
            s.count = v.size();
            if (!v.empty()) {
                double sum = 0;
                for (double x : v)
                    sum += x;
                s.mean = sum / static_cast<double>(v.size());
                s.median = median(v);
            }
            outputs.push_back(std::move(s));
        }
    }

    constexpr std::array<std::pair<std::size_t, std::size_t>, 3> pairs{{{0, 2}, {0, 1}, {1, 2}}};
    for (std::size_t d = 0; d < pairs.size(); ++d) {
        const auto& from = result.groups[pairs[d].first];
        const auto& to = result.groups[pairs[d].second];
        auto& diff = result.differences[d];
        diff.minuend = from.group;
        diff.subtrahend = to.group;
        for (std::size_t i = 0; i < names.size(); ++i)
            diff.outputs.push_back({names[i], difference(from.outputs[i].mean, to.outputs[i].mean),
                                    difference(from.outputs[i].median, to.outputs[i].median)});
    }
    return result;
}

} // namespace b2x::analytics
