// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budget/Uncertainty.h"
#include "model/Persona.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

namespace b2x {

class BackgroundWork;

/// The p10–p90 ranges of CAC and CLV that the comparison's Unit economics chart draws as
/// whiskers (docs/charts.md, "Unit economics"): a seeded Monte Carlo of `runs` runs per persona
/// (budget::runMonteCarlo), computed off the UI thread so that typing never waits for it.
///
/// Each persona's last result is kept while its Persona value is unchanged. A changed persona
/// keeps its old result, marked stale, and is computed again after a short pause (edits in a
/// burst start one computation); a computation that an edit, removal or reset overtakes is
/// cancelled and its result dropped.
class UnitEconomicsRanges : public QObject {
    Q_OBJECT

public:
    static constexpr int runs = 1000;
    static constexpr std::uint64_t seed = 1;

    struct Range {
        budget::MonteCarloResult result;
        bool stale = false; ///< computed for an earlier value of the persona
    };

    explicit UnitEconomicsRanges(QObject* parent = nullptr);
    ~UnitEconomicsRanges() override;

    /// Asks for the range of `persona` under `key` (its id); nothing happens when the range of
    /// this very value is known or being computed.
    void request(const QString& key, const Persona& persona);
    /// Forgets every key but these (cancelling their computations).
    void retain(const QSet<QString>& keys);
    /// Forgets everything (a new workspace), cancelling every computation.
    void clear();
    /// The latest range of `key`, perhaps stale; none before the first one arrives.
    std::optional<Range> range(const QString& key) const;
    /// Computations started so far (for tests).
    int computationsStarted() const { return m_started; }
    bool busy() const;
    /// The pause between a request and the start of its computation.
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    /// A fresh range of `key` arrived.
    void rangeReady(const QString& key);

private:
    struct Entry {
        Persona persona; ///< the value the latest request was for
        std::optional<Range> range;
        bool computed = false; ///< range is of `persona`
        std::unique_ptr<BackgroundWork> work;
    };
    void startPending();

    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QSet<QString> m_pending;
    QTimer m_timer;
    int m_started = 0;
};

} // namespace b2x
