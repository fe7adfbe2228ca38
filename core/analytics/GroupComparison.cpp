// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupComparison.h"

#include <algorithm>
#include <unordered_map>

namespace b2x::analytics {

namespace {

// Selection, not a sort: a group of 10,000 personas has some 60 outputs to take the median of.
std::optional<double> median(std::vector<double>& values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t n = values.size();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2 == 1)
        return *middle;
    // The lower middle is the largest value left of the upper one.
    return (*std::max_element(values.begin(), middle) + *middle) / 2.0;
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

// Lets the name table be searched with a string_view, without making a string of it.
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const
    {
        return std::hash<std::string_view>{}(name);
    }
};

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
    std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> position;
    // values[group][output] = the defined values of that output in that group
    std::array<std::vector<std::vector<double>>, 3> values;
    // Where the previous persona's k-th output went: all but the channel fits come in the same
    // order every time, so the lookup is mostly one string comparison.
    std::vector<std::size_t> previous;
    for (const auto& a : analyses) {
        const std::size_t g = groupIndex(a.label, a.behaviour.behavesAs, groupBy);
        ++result.groups[g].personas;
        std::size_t k = 0;
        visitScalarOutputs(a, [&](std::string_view name, std::optional<double> value) {
            if (k == previous.size())
                previous.push_back(0);
            std::size_t& at = previous[k++];
            if (at >= names.size() || names[at] != name) {
                auto it = position.find(name);
                if (it == position.end()) {
                    it = position.emplace(std::string(name), names.size()).first;
                    names.emplace_back(name);
                    for (auto& group : values)
                        group.emplace_back();
                }
                at = it->second;
            }
            if (value)
                values[g][at].push_back(*value);
        });
    }

    for (std::size_t g = 0; g < 3; ++g) {
        auto& outputs = result.groups[g].outputs;
        outputs.reserve(names.size());
        for (std::size_t i = 0; i < names.size(); ++i) {
            auto& v = values[g][i];
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
