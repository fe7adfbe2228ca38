// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonChart.h"

#include <QHash>
#include <optional>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QGraphicsPathItem;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace b2x::charts {

class PointLabels;

/// Cost to win a customer (CAC) against what the customer is worth (CLV) on log–log axes, with
/// the healthy 3:1 line and the 1:1 break-even line; each point is labelled with its payback.
///
/// The axes are linear in log10 of the amount with a label per decade ("1k", "100k", "1M"):
/// QLogValueAxis only takes printf formats, which print a million as "1e+06".
class UnitEconomicsChart : public ComparisonChart {
    Q_OBJECT

public:
    explicit UnitEconomicsChart(QObject* parent = nullptr);
    ChartId id() const override { return ChartId::UnitEconomics; }
    ChartTable table() const override;
    QString notes() const override;

    /// Where an amount is drawn: its decimal logarithm (amounts ≤ 0 are not drawn).
    static double position(double amount);
    /// The reference ratio (docs/models.md, Sources: CLV:CAC ≈ 3:1 is healthy).
    static constexpr double healthyRatio = 3.0;
    QString paybackText(const SubjectFigures& subject) const;
    /// The payback labels, placed so that they never overlap (PointLabels).
    const PointLabels* labels() const { return m_labels; }

    /// The p10–p90 range of a subject's CAC and CLV (docs/models.md, "Uncertainty"), drawn as
    /// a horizontal and a vertical whisker through its point.
    struct Whisker {
        double cacLow = 0;
        double cacHigh = 0;
        double clvLow = 0;
        double clvHigh = 0;
        int runs = 0;
        /// The subject changed since the range was computed: drawn dotted until the new one comes.
        bool stale = false;
        bool operator==(const Whisker&) const = default;
    };
    /// Sets (or with nothing, removes) the whiskers of the subject with `key`; only they are
    /// redrawn. setData() drops the whiskers of keys it no longer holds.
    void setWhisker(const QString& key, const std::optional<Whisker>& whisker);
    std::optional<Whisker> whisker(const QString& key) const;
    void setWhiskersShown(bool shown);
    bool whiskersShown() const { return m_whiskersShown; }
    /// The drawn whiskers of subject `index` (an empty path when it has none), for tests.
    const QGraphicsPathItem* whiskerItem(std::size_t index) const;

protected:
    void rebuild() override;
    void refreshSubject(int index) override;

private:
    bool updateAxes();
    void fillSubject(std::size_t index);
    void placeLabels();
    void placeWhiskers();
    void placeWhisker(std::size_t index);

    QCategoryAxis* m_x;
    QCategoryAxis* m_y;
    QLineSeries* m_healthy;
    QLineSeries* m_breakEven;
    std::vector<QScatterSeries*> m_series;
    PointLabels* m_labels;
    std::vector<QGraphicsPathItem*> m_whiskerItems;
    QHash<QString, Whisker> m_whiskers;
    bool m_whiskersShown = true;
};

} // namespace b2x::charts
