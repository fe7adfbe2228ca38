// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitEconomicsRanges.h"

#include "calibration/BackgroundWork.h"

namespace b2x {

UnitEconomicsRanges::UnitEconomicsRanges(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &UnitEconomicsRanges::startPending);
}

UnitEconomicsRanges::~UnitEconomicsRanges()
{
    clear(); // cancels and waits for the threads
}

void UnitEconomicsRanges::request(const QString& key, const Persona& persona)
{
    auto& entry = m_entries[key];
    if (!entry)
        entry = std::make_shared<Entry>();
    else if (entry->persona == persona &&
             (entry->computed || m_pending.contains(key) || (entry->work && entry->work->busy())))
        return;
    entry->persona = persona;
    entry->computed = false;
    if (entry->range)
        entry->range->stale = true;
    if (entry->work)
        entry->work->cancel();
    m_pending.insert(key);
    m_timer.start();
}

void UnitEconomicsRanges::startPending()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString& key : pending) {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd())
            continue;
        Entry* entry = it->get();
        if (!entry->work)
            entry->work = std::make_unique<BackgroundWork>();
        auto result = std::make_shared<budget::MonteCarloResult>();
        budget::MonteCarloOptions options;
        options.runs = runs;
        options.seed = seed;
        ++m_started;
        entry->work->start(
            [persona = entry->persona, options, result](const std::atomic<bool>& cancel) mutable {
                options.cancel = &cancel;
                *result = budget::runMonteCarlo(persona, options);
            },
            // Called on this thread only when not cancelled; the entry owns the work, so it
            // still exists.
            [this, entry, key, result] {
                entry->range = Range{*result, false};
                entry->computed = true;
                Q_EMIT rangeReady(key);
            });
    }
}

void UnitEconomicsRanges::retain(const QSet<QString>& keys)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (keys.contains(it.key())) {
            ++it;
        } else {
            m_pending.remove(it.key());
            it = m_entries.erase(it); // BackgroundWork's destructor cancels and waits
        }
    }
}

void UnitEconomicsRanges::clear()
{
    m_timer.stop();
    m_pending.clear();
    m_entries.clear();
}

std::optional<UnitEconomicsRanges::Range> UnitEconomicsRanges::range(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return (*it)->range;
}

bool UnitEconomicsRanges::busy() const
{
    if (!m_pending.isEmpty())
        return true;
    for (const auto& entry : m_entries)
        if (entry->work && entry->work->busy())
            return true;
    return false;
}

} // namespace b2x
