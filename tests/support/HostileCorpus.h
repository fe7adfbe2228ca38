// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace b2x::test {

/// One file a user might try to open that is not a workspace, or a damaged or malicious one.
struct HostileFile {
    QString name;   ///< what it is, for failure messages
    QString path;   ///< where it is
    QString expect; ///< part of the first problem (Problem::toString()) every front end must show
    bool isFifo = false;
};

/// Writes the hostile files corpus into `folder` (an existing, empty, writable folder) and
/// returns it. Shared by the reader, CLI and window tests so that all three front ends face the
/// same files. Big files are generated or sparse, never committed. Cases that cannot work for
/// the current user (a permission-denied file when running as root, which ignores permissions)
/// are left out and listed in `skipped`.
std::vector<HostileFile> writeHostileCorpus(const QString& folder, QStringList* skipped = nullptr);

/// Opening a FIFO for reading blocks until a writer appears. While alive, this opens `fifo` for
/// writing after `after` if a reader is stuck on it, so a regression makes the test fail
/// (`fired()`) instead of hanging until the test timeout.
class FifoUnblocker {
public:
    explicit FifoUnblocker(const QString& fifo,
                           std::chrono::milliseconds after = std::chrono::seconds(10));
    ~FifoUnblocker();
    FifoUnblocker(const FifoUnblocker&) = delete;
    FifoUnblocker& operator=(const FifoUnblocker&) = delete;

    bool fired() const { return m_fired; }

private:
    std::string m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_fired = false;
    std::thread m_thread;
};

} // namespace b2x::test
