// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundWork.h"

#include <QThread>

namespace b2x {

BackgroundWork::BackgroundWork(QObject* parent) : QObject(parent) {}

BackgroundWork::~BackgroundWork()
{
    cancel();
    // Their results go nowhere; the work looks at the flag between its steps, so this is short.
    for (QThread* thread : m_cancelled) {
        thread->wait();
        delete thread;
    }
}

void BackgroundWork::start(std::function<void(const std::atomic<bool>&)> work,
                           std::function<void()> done)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    QThread* thread = QThread::create([flag, work = std::move(work)] { work(*flag); });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, flag, done = std::move(done)] {
        thread->deleteLater();
        std::erase(m_cancelled, thread);
        if (*flag)
            return; // cancelled: already idle, the result is dropped
        m_thread = nullptr;
        Q_EMIT busyChanged(false);
        done();
    });
    thread->start();
    Q_EMIT busyChanged(true);
}

void BackgroundWork::cancel()
{
    if (!m_thread)
        return;
    *m_cancel = true;
    // The thread is deleted when it ends; nothing waits for it here.
    m_cancelled.push_back(m_thread);
    m_thread = nullptr;
    Q_EMIT busyChanged(false);
}

} // namespace b2x
