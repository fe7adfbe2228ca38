// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDataBuilder.h"

#include "analytics/Triangular.h"
#include "format/EnumLabels.h"
#include "model/ChannelNames.h"

#include <QCoreApplication>
#include <unordered_map>
#include <unordered_set>

namespace b2x::charts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("b2x::charts::ChartDataBuilder", text);
}

QString channelName(const ChannelCatalogue& catalogue, const std::string& id)
{
    const Channel* c = catalogue.find(id);
    return c ? channelDisplayName(*c) : QString::fromStdString(id);
}

/// Sums values and counts how many were defined, for means over a group.
struct Mean {
    double sum = 0;
    int count = 0;
    void add(double v)
    {
        sum += v;
        ++count;
    }
    void add(const std::optional<double>& v)
    {
        if (v)
            add(*v);
    }
    double value(double fallback = 0) const { return count ? sum / count : fallback; }
    std::optional<double> optional() const
    {
        return count ? std::optional<double>(sum / count) : std::nullopt;
    }
};

/// The key roles the decision-unit model checks, in its order.
constexpr std::array<Role, 4> keyRoles{Role::Decider, Role::User, Role::Specifier, Role::Buyer};

/// Accumulates one group's members; figures() turns the sums into means.
class GroupAccumulator {
public:
    explicit GroupAccumulator(const ChannelCatalogue& catalogue) : m_catalogue(catalogue)
    {
        const auto channels = catalogue.channels();
        m_fit.resize(channels.size());
        m_share.resize(channels.size());
        m_windows.resize(channels.size());
        m_windowShort.resize(channels.size());
        for (std::size_t i = 0; i < channels.size(); ++i)
            m_channelIndex.emplace(channels[i].id, i);
    }

    void add(const Persona& p, const analytics::PersonaAnalysis& a)
    {
        ++m_members;
        const auto& dims = a.behaviour.dimensions;
        for (std::size_t d = 0; d < dims.size(); ++d)
            if (dims[d].applicable)
                m_dimensions[d].add(dims[d].score);
        m_index.add(a.behaviour.b2bIndex);
        m_unitSize.add(a.decisionUnit.size);
        m_consensus.add(a.decisionUnit.consensusProbability);
        for (std::size_t r = 0; r < keyRoles.size(); ++r)
            for (Role role : a.decisionUnit.uncoveredRoles)
                if (role == keyRoles[r])
                    ++m_uncovered[r];
        m_mean.add(a.salesCycle.meanDays);
        m_min.add(a.salesCycle.minDays);
        m_max.add(a.salesCycle.maxDays);
        m_p50.add(a.salesCycle.p50Days);
        m_p90.add(a.salesCycle.p90Days);
        m_top.add(a.funnel.stages.empty() ? p.economics.monthlyVolume
                                          : a.funnel.stages.front().count);
        m_customers.add(a.funnel.customersPerMonth);
        for (std::size_t m = 0; m < m_revenue.size(); ++m)
            m_revenue[m].add(a.timeToRevenue.monthlyRevenue[m]);
        for (std::size_t m = 0; m < m_new.size(); ++m)
            m_new[m].add(a.timeToRevenue.newCustomerRevenue[m]);
        m_recurring = m_recurring || p.economics.revenueModel != RevenueModel::OneOff;
        m_steady.add(a.timeToRevenue.steadyStateRevenue);
        if (a.timeToRevenue.monthsTo50Percent)
            m_to50.add(*a.timeToRevenue.monthsTo50Percent);
        for (const auto& fit : a.channelFit)
            if (const auto it = m_channelIndex.find(fit.channelId); it != m_channelIndex.end())
                m_fit[it->second].add(fit.score);
        for (const auto& use : p.channels)
            if (const auto it = m_channelIndex.find(use.channelId); it != m_channelIndex.end())
                m_share[it->second].sum += use.budgetSharePercent;
        for (const auto& check : a.attribution)
            if (const auto it = m_channelIndex.find(check.channelId); it != m_channelIndex.end()) {
                m_windows[it->second].add(check.windowDays);
                m_windowShort[it->second] += check.coversP90 ? 0 : 1;
            }
        m_cac.add(a.economics.cac);
        m_clv.add(a.economics.clv);
        m_ratio.add(a.economics.clvToCac);
        m_payback.add(a.economics.paybackMonths);
    }

    bool empty() const { return m_members == 0; }

    SubjectFigures figures() const
    {
        SubjectFigures s;
        s.group = true;
        s.members = m_members;
        for (std::size_t d = 0; d < m_dimensions.size(); ++d) {
            s.applicable[d] = m_dimensions[d].count > 0;
            s.dimensions[d] = m_dimensions[d].value(50);
        }
        s.b2bIndex = m_index.value();
        s.unitSize = m_unitSize.value(1);
        s.consensusProbability = m_consensus.value();
        for (std::size_t r = 0; r < keyRoles.size(); ++r)
            if (m_uncovered[r] > 0)
                s.uncoveredRoles << QCoreApplication::translate("b2x::charts::ChartDataBuilder",
                                                                "%1 (%2 of %3)")
                                        .arg(displayName(keyRoles[r]))
                                        .arg(m_uncovered[r])
                                        .arg(m_members);
        s.meanDays = m_mean.value();
        s.p50Days = m_p50.value();
        s.p90Days = m_p90.value();
        s.stages.push_back(
            {QCoreApplication::translate("b2x::charts::ChartDataBuilder", "Mean cycle"), s.meanDays,
             m_min.value(), m_max.value(), 0});
        s.funnel.push_back(
            {QCoreApplication::translate("b2x::charts::ChartDataBuilder", "Top of funnel"), 0, 0, 0,
             m_top.value()});
        s.customersPerMonth = m_customers.value();
        for (std::size_t m = 0; m < m_revenue.size(); ++m)
            s.monthlyRevenue[m] = m_revenue[m].value();
        for (std::size_t m = 0; m < m_new.size(); ++m)
            s.newCustomerRevenue[m] = m_new[m].value();
        s.recurring = m_recurring;
        s.steadyStateRevenue = m_steady.optional();
        s.monthsTo50Percent = m_to50.optional();
        const auto channels = m_catalogue.channels();
        for (std::size_t i = 0; i < channels.size(); ++i)
            s.channels.push_back({QString::fromStdString(channels[i].id),
                                  channelDisplayName(channels[i]), m_fit[i].value(),
                                  m_share[i].sum / std::max(m_members, 1)});
        std::stable_sort(
            s.channels.begin(), s.channels.end(),
            [](const ChannelFigure& a, const ChannelFigure& b) { return a.fit > b.fit; });
        for (std::size_t i = 0; i < channels.size(); ++i) {
            if (m_windows[i].count == 0)
                continue;
            WindowFigure w;
            w.channelId = QString::fromStdString(channels[i].id);
            w.channelName = channelDisplayName(channels[i]);
            w.windowDays = m_windows[i].value();
            w.coversP50 = w.windowDays >= s.p50Days;
            w.coversP90 = w.windowDays >= s.p90Days;
            w.members = m_windows[i].count;
            w.membersShort = m_windowShort[i];
            s.windows.push_back(w);
        }
        s.cac = m_cac.optional();
        s.clv = m_clv.value();
        s.clvToCac = m_ratio.optional();
        s.paybackMonths = m_payback.optional();
        return s;
    }

private:
    const ChannelCatalogue& m_catalogue;
    std::unordered_map<std::string, std::size_t> m_channelIndex;
    int m_members = 0;
    std::array<Mean, analytics::dimensionCount> m_dimensions;
    Mean m_index, m_unitSize, m_consensus, m_mean, m_min, m_max, m_p50, m_p90, m_top, m_customers;
    std::array<int, keyRoles.size()> m_uncovered{};
    std::array<Mean, 24> m_revenue, m_new;
    bool m_recurring = false;
    Mean m_steady, m_to50, m_cac, m_clv, m_ratio, m_payback;
    std::vector<Mean> m_fit;
    std::vector<Mean> m_share; ///< sums only: members without the channel spend 0 on it
    std::vector<Mean> m_windows;
    std::vector<int> m_windowShort;
};

} // namespace

SubjectFigures ChartDataBuilder::persona(const Persona& p, const analytics::PersonaAnalysis& a,
                                         const ChannelCatalogue& catalogue)
{
    SubjectFigures s;
    s.key = QString::fromStdString(p.id);
    s.name = QString::fromStdString(p.name);
    s.colour = QColor(QString::fromStdString(p.colour));
    if (!s.colour.isValid())
        s.colour = QColor(0x4e, 0x79, 0xa7);
    for (std::size_t d = 0; d < a.behaviour.dimensions.size(); ++d) {
        s.dimensions[d] = a.behaviour.dimensions[d].score;
        s.applicable[d] = a.behaviour.dimensions[d].applicable;
    }
    s.b2bIndex = a.behaviour.b2bIndex;
    s.unitSize = a.decisionUnit.size;
    s.consensusProbability = a.decisionUnit.consensusProbability;
    s.probabilityOverridden = a.decisionUnit.overridden;
    for (Role role : a.decisionUnit.uncoveredRoles)
        s.uncoveredRoles << displayName(role);

    for (std::size_t i = 0; i < p.pipeline.size(); ++i) {
        const Stage& st = p.pipeline[i];
        StageFigure f;
        f.name = QString::fromStdString(st.name);
        f.meanDays = analytics::Triangular::of(st).mean();
        f.minDays = st.minDays;
        f.maxDays = st.maxDays;
        f.entriesPerMonth = i < a.funnel.stages.size() ? a.funnel.stages[i].count : 0;
        s.stages.push_back(f);
    }
    s.meanDays = a.salesCycle.meanDays;
    s.p50Days = a.salesCycle.p50Days;
    s.p90Days = a.salesCycle.p90Days;
    s.funnel = s.stages;
    if (s.funnel.empty()) // no pipeline: every entry is a customer (Funnel.h)
        s.funnel.push_back({tr("Top of funnel"), 0, 0, 0, p.economics.monthlyVolume});
    s.customersPerMonth = a.funnel.customersPerMonth;

    std::copy(a.timeToRevenue.monthlyRevenue.begin(), a.timeToRevenue.monthlyRevenue.end(),
              s.monthlyRevenue.begin());
    std::copy(a.timeToRevenue.newCustomerRevenue.begin(), a.timeToRevenue.newCustomerRevenue.end(),
              s.newCustomerRevenue.begin());
    s.recurring = p.economics.revenueModel != RevenueModel::OneOff;
    s.steadyStateRevenue = a.timeToRevenue.steadyStateRevenue;
    if (a.timeToRevenue.monthsTo50Percent)
        s.monthsTo50Percent = *a.timeToRevenue.monthsTo50Percent;

    s.channels.reserve(a.channelFit.size());
    for (const auto& fit : a.channelFit) {
        double share = 0;
        for (const auto& use : p.channels)
            if (use.channelId == fit.channelId)
                share += use.budgetSharePercent;
        s.channels.push_back({QString::fromStdString(fit.channelId),
                              channelName(catalogue, fit.channelId), fit.score, share});
    }
    for (const auto& check : a.attribution) {
        WindowFigure w;
        w.channelId = QString::fromStdString(check.channelId);
        w.channelName = channelName(catalogue, check.channelId);
        w.windowDays = check.windowDays;
        w.coversP50 = check.coversP50;
        w.coversP90 = check.coversP90;
        w.membersShort = check.coversP90 ? 0 : 1;
        s.windows.push_back(w);
    }
    s.cac = a.economics.cac;
    s.clv = a.economics.clv;
    s.clvToCac = a.economics.clvToCac;
    s.paybackMonths = a.economics.paybackMonths;
    return s;
}

PopulationPoint ChartDataBuilder::populationPoint(const Persona& p,
                                                  const analytics::PersonaAnalysis& a)
{
    return {
        QString::fromStdString(p.id), QString::fromStdString(p.name), p.label,
        a.behaviour.behavesAs,        a.behaviour.b2bIndex,           a.behaviour.labelMismatch};
}

std::vector<SubjectFigures> ChartDataBuilder::groups(std::span<const AnalysedPersona> personas,
                                                     analytics::GroupBy groupBy,
                                                     const ChannelCatalogue& catalogue)
{
    std::array<GroupAccumulator, 3> acc{GroupAccumulator(catalogue), GroupAccumulator(catalogue),
                                        GroupAccumulator(catalogue)};
    for (const auto& ap : personas)
        if (ap.persona && ap.analysis)
            acc[groupIndex(*ap.analysis, groupBy)].add(*ap.persona, *ap.analysis);
    std::vector<SubjectFigures> result;
    for (std::size_t g = 0; g < acc.size(); ++g) {
        if (acc[g].empty())
            continue;
        SubjectFigures s = acc[g].figures();
        s.key = groupKey(g, groupBy);
        s.name = groupName(g, groupBy);
        s.colour = groupColour(g, groupBy);
        result.push_back(std::move(s));
    }
    return result;
}

ChartData ChartDataBuilder::workspace(const Workspace& ws,
                                      std::span<const analytics::PersonaAnalysis> analyses,
                                      CompareMode mode,
                                      const std::vector<std::size_t>& personaIndices)
{
    ChartData data;
    const ChannelCatalogue catalogue = ws.catalogue();
    data.currency = QString::fromStdString(ws.currency);
    data.groups = mode != CompareMode::Personas;
    data.emptyHint = emptyHint(mode);
    const std::size_t n = std::min(ws.personas.size(), analyses.size());
    data.population.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        data.population.push_back(populationPoint(ws.personas[i], analyses[i]));
    if (mode == CompareMode::Personas) {
        std::vector<std::size_t> indices = personaIndices;
        if (indices.empty())
            for (const auto& id : ws.view.comparedPersonaIds)
                for (std::size_t i = 0; i < n; ++i)
                    if (ws.personas[i].id == id)
                        indices.push_back(i);
        for (std::size_t i : indices)
            if (i < n && data.subjects.size() < maxCompared)
                data.subjects.push_back(persona(ws.personas[i], analyses[i], catalogue));
        return data;
    }
    data.emptyHint = emptyHint(mode, ws.view.groupScope);
    const std::unordered_set<std::string> chosen(ws.view.comparedPersonaIds.begin(),
                                                 ws.view.comparedPersonaIds.end());
    std::vector<AnalysedPersona> members;
    members.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (ws.view.groupScope == GroupScope::All || chosen.count(ws.personas[i].id) > 0)
            members.push_back({&ws.personas[i], &analyses[i]});
    data.subjects = groups(members,
                           mode == CompareMode::GroupsByLabel ? analytics::GroupBy::Label
                                                              : analytics::GroupBy::Behaviour,
                           catalogue);
    return data;
}

QString ChartDataBuilder::emptyHint(CompareMode mode, GroupScope scope)
{
    if (mode == CompareMode::Personas)
        return tr("Select personas to compare: click one in the list, Ctrl+click to add up to "
                  "six.");
    if (scope == GroupScope::Selected)
        return tr("Select the personas to group: click one in the list, Ctrl+click to add more; "
                  "or group all personas.");
    return tr("Add personas to the workspace to compare their groups.");
}

SubjectFigures ChartDataBuilder::group(std::span<const AnalysedPersona> members, std::size_t index,
                                       analytics::GroupBy groupBy,
                                       const ChannelCatalogue& catalogue)
{
    GroupAccumulator acc(catalogue);
    for (const auto& ap : members)
        if (ap.persona && ap.analysis)
            acc.add(*ap.persona, *ap.analysis);
    SubjectFigures s = acc.figures();
    s.key = groupKey(index, groupBy);
    s.name = groupName(index, groupBy);
    s.colour = groupColour(index, groupBy);
    return s;
}

std::size_t ChartDataBuilder::groupIndex(const analytics::PersonaAnalysis& a,
                                         analytics::GroupBy groupBy)
{
    return analytics::groupIndex(a.label, a.behaviour.behavesAs, groupBy);
}

std::size_t ChartDataBuilder::groupIndex(const PopulationPoint& p, analytics::GroupBy groupBy)
{
    return analytics::groupIndex(p.label, p.behavesAs, groupBy);
}

QString ChartDataBuilder::groupKey(std::size_t index, analytics::GroupBy groupBy)
{
    return QString::fromStdString(analytics::groupKey(index, groupBy));
}

QString ChartDataBuilder::groupName(std::size_t index, analytics::GroupBy groupBy)
{
    if (groupBy == analytics::GroupBy::Label) {
        switch (index) {
        case 0:
            return tr("B2B label");
        case 1:
            return tr("Hybrid label");
        default:
            return tr("B2C label");
        }
    }
    switch (index) {
    case 0:
        return tr("Behaves as B2B");
    case 1:
        return tr("Behaves mixed");
    default:
        return tr("Behaves as B2C");
    }
}

QColor ChartDataBuilder::groupColour(std::size_t index, analytics::GroupBy groupBy)
{
    if (groupBy == analytics::GroupBy::Label)
        return labelColour(index == 0 ? Label::B2B : index == 1 ? Label::Hybrid : Label::B2C);
    return behaviourColour(index == 0   ? analytics::BehavesAs::B2B
                           : index == 1 ? analytics::BehavesAs::Mixed
                                        : analytics::BehavesAs::B2C);
}

QColor labelColour(Label label)
{
    switch (label) {
    case Label::B2B:
        return QColor(0x1f, 0x5f, 0x9f);
    case Label::B2C:
        return QColor(0xd9, 0x6c, 0x1e);
    case Label::Hybrid:
        return QColor(0x7b, 0x4f, 0xa6);
    }
    return Qt::gray;
}

QColor behaviourColour(analytics::BehavesAs behaviour)
{
    switch (behaviour) {
    case analytics::BehavesAs::B2B:
        return labelColour(Label::B2B);
    case analytics::BehavesAs::B2C:
        return labelColour(Label::B2C);
    case analytics::BehavesAs::Mixed:
        return QColor(0x6b, 0x7b, 0x8c);
    }
    return Qt::gray;
}

} // namespace b2x::charts
