// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "ChartId.h"
#include "WrappingLegend.h"

#include <QObject>
#include <QPointer>
#include <QtCharts/QChart>
#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace b2x::charts {

/// One comparison chart: owns its QChart and keeps it in step with plain figures, changing series
/// in place (replace(), QBarSet values) so that typing never rebuilds a chart or blanks a frame.
///
/// The chart needs no window: put chart() in a QChartView to show it, or in a QGraphicsScene to
/// export it (docs/qt-pitfalls.md). Animations are off from the start, since with them an export
/// right after a change shows empty bars.
class ComparisonChart : public QObject {
    Q_OBJECT

public:
    ~ComparisonChart() override;

    virtual ChartId id() const = 0;
    QChart* chart() const { return m_chart; }
    QString title() const { return chartTitle(id()); }

    /// Everything may have changed (compare mode, selection, workspace): series are added or
    /// removed to match the subjects, the others are updated in place.
    void setData(const ChartData& data);
    /// Compared subject `index` changed (same count and order): only its series are touched.
    void updateSubject(const ChartData& data, int index);
    /// Persona `index` of the population changed (same count and order), and with it perhaps the
    /// figures of the compared subjects (same count and order).
    void updatePopulation(const ChartData& data, int index);

    /// The same numbers as a table, for screen readers and the "Table" view.
    virtual ChartTable table() const = 0;
    /// Text that belongs to the chart but is not drawn in it (e.g. uncovered roles).
    virtual QString notes() const { return {}; }
    /// Nothing to draw: the card shows emptyText() instead.
    virtual bool isEmpty() const { return m_subjects.empty(); }
    virtual QString emptyText() const { return m_emptyHint; }
    /// Whether the chart draws the compared subjects (all but the B2B index, which draws the
    /// population); tells the panel which updates the chart needs.
    virtual bool showsSubjects() const { return true; }
    /// Height in device-independent pixels at which the chart reads well in a narrow dock
    /// (bar charts grow with their rows).
    virtual int preferredHeight() const { return 320; }
    /// Room the legend takes below the plot at the current width.
    int legendHeight() const { return m_legend->height(); }
    /// On screen, markers are cached as device pixmaps so that moving one point does not repaint
    /// a thousand. Off for charts drawn into a PDF, SVG or print (the default): a cached item
    /// would be embedded as a bitmap there.
    void setItemCaching(bool on);

    const std::vector<SubjectFigures>& subjects() const { return m_subjects; }
    const QString& currency() const { return m_currency; }
    bool groups() const { return m_groups; }

    /// Sets a value axis to 0 … a round number ≥ largest, with round tick steps (4–6 ticks).
    static void fitZeroBasedAxis(QValueAxis* axis, double largest, double minimumStep = 1);

Q_SIGNALS:
    /// Exact values of what the pointer is over; an empty text hides the tooltip.
    void toolTipRequested(const QString& text);
    /// The notes or the empty state changed.
    void contentChanged();

protected:
    /// Takes ownership of `chart` until a view or scene takes it.
    explicit ComparisonChart(QChart* chart, QObject* parent = nullptr);

    /// Redraw from subjects() after setData(); may add and remove series.
    virtual void rebuild() = 0;
    /// Redraw subject `index` after updateSubject(); the default redraws everything.
    virtual void refreshSubject(int index);
    virtual void setPopulation(const std::vector<PopulationPoint>&) {}
    virtual void refreshPopulation(const std::vector<PopulationPoint>& population, int)
    {
        setPopulation(population);
    }

    QString money(double amount) const;
    /// Category labels must be unique (QBarCategoryAxis drops repeats): "Name", "Name (2)".
    static QStringList uniqueLabels(const QStringList& labels);
    void showTip(const QString& text) { Q_EMIT toolTipRequested(text); }
    void hideTip() { Q_EMIT toolTipRequested(QString()); }

    /// Attaches a new series to the chart and to the given axes.
    void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
    /// Replaces a series' points only when they differ: an unchanged series is not repainted.
    static void replacePoints(QXYSeries* series, const QList<QPointF>& points);
    /// Detaches and deletes a series (removeSeries hands ownership back, docs/qt-pitfalls.md).
    void destroySeries(QAbstractSeries* series);
    /// The legend below the plot (hide helper series' entries there).
    WrappingLegend& legend() { return *m_legend; }
    /// Caches scatter markers as pixmaps when item caching is on (see the definition for why).
    void cacheItems();
    /// Lays the legend out again after series or names changed; the card makes room for new rows.
    void layoutLegend();

    static QFont labelFont();
    static QFont titleFont();
    /// Styles an axis the same way everywhere (fonts, grid, title).
    static void styleAxis(QAbstractAxis* axis, const QString& title);

private:
    QPointer<QChart> m_chart;
    std::vector<SubjectFigures> m_subjects;
    QString m_currency;
    QString m_emptyHint;
    bool m_groups = false;
    std::unique_ptr<WrappingLegend> m_legend;
    bool m_itemCaching = false;
};

} // namespace b2x::charts
