// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace b2x {

/// Runs one piece of work off the UI thread and calls `done` on the UI thread when it finished,
/// unless it was cancelled. Cancelling returns at once: the work is told (it looks at the flag
/// between its steps) and whatever it still produces is dropped. Destroying the object cancels
/// and waits for the thread.
class BackgroundWork : public QObject {
    Q_OBJECT

public:
    explicit BackgroundWork(QObject* parent = nullptr);
    ~BackgroundWork() override;

    /// Starts `work` (any earlier work is cancelled first).
    void start(std::function<void(const std::atomic<bool>& cancel)> work,
               std::function<void()> done);
    void cancel();
    bool busy() const { return m_thread != nullptr; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    QThread* m_thread = nullptr;
    std::vector<QThread*> m_cancelled; ///< cancelled threads not yet ended
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace b2x
