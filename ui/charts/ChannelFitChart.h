// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace b2x::charts {

/// The best channels of the compared personas or groups: one row per channel, one bar per subject
/// for its fit (0–100), and a diamond on the bar at the share of the subject's budget spent there,
/// so a well-fitting channel without budget (or budget on a poor fit) shows at a glance.
class ChannelFitChart : public ComparisonChart {
    Q_OBJECT

public:
    /// Rows shown at most; each subject contributes its three best channels and its largest
    /// budget, so nobody's favourite is hidden behind another subject's.
    static constexpr int maxChannels = 8;
    static constexpr double barWidth = 0.8;

    explicit ChannelFitChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::ChannelFit; }
    ChartTable table() const override;
    QString notes() const override;
    int preferredHeight() const override;

    /// The channel ids shown, top row first.
    const QStringList& channelIds() const { return m_channelIds; }
    static QStringList pickChannels(const std::vector<SubjectFigures>& subjects);
    QBarSet* fitSet(int subject) const;

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    /// Category of a channel: the first channel is the top row (the last category).
    int categoryOf(int channel) const;
    void fillSubject(std::size_t index);
    static const ChannelFigure* find(const SubjectFigures& subject, const QString& channelId);
    void showBarTip(int subject, int category);

    QBarCategoryAxis* m_y;
    QValueAxis* m_x;
    QHorizontalBarSeries* m_bars;
    QScatterSeries* m_shareLegend; ///< no points: the legend entry for every subject's diamonds
    std::vector<QBarSet*> m_sets;
    std::vector<QScatterSeries*> m_shares;
    QStringList m_channelIds;
};

} // namespace b2x::charts
