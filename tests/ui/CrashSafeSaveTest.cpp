// SPDX-License-Identifier: GPL-3.0-or-later
// Crash-safe saving, tested by crashing: tests/tools/save_stress saves workspace A and workspace B
// (generated, about 1 and 2.3 MB) alternately until it is killed with SIGKILL at a seeded random
// moment, hundreds of times. After every kill the file on disk must be exactly A or exactly B
// and open; the same for the recovery copy, which must also still be offered for restore.
//
// B2X_SAVE_KILLS=<n> changes the number of kills per test; B2X_SAVE_SEED=<n> the seed.
#include "../../bench/WorkspaceGenerator.h"
#include "UiTestSupport.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"
#include "window/RecoveryManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>
#include <poll.h>
#include <random>
#include <sys/inotify.h>
#include <thread>
#include <unistd.h>

using namespace b2x;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t personasA = 250; // ≈ 1 MB
constexpr std::size_t personasB = 500; // ≈ 2.3 MB
constexpr std::uint32_t workspaceSeed = 7;

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

/// The two workspaces the helper writes, and their files' bytes.
struct Pair {
    Workspace a = bench::generateWorkspace(personasA, workspaceSeed);
    Workspace b = bench::generateWorkspace(personasB, workspaceSeed + 1);
    QByteArray bytesA = QByteArray::fromStdString(WorkspaceWriter::serialise(a));
    QByteArray bytesB = QByteArray::fromStdString(WorkspaceWriter::serialise(b));
};

const Pair& pair()
{
    static const Pair p;
    return p;
}

/// What one kill left behind.
struct Outcome {
    bool a = false;
    bool b = false;
};

/// Both files are known to open as their workspace (checked once, up front), so after a kill
/// comparing bytes is enough; a file that matches neither is parsed to say what is wrong.
bool bothOpen()
{
    const LoadResult a = WorkspaceReader::readBytes(pair().bytesA.toStdString());
    const LoadResult b = WorkspaceReader::readBytes(pair().bytesB.toStdString());
    return a.ok() && b.ok() && *a.workspace == pair().a && *b.workspace == pair().b;
}

/// How long one save of each workspace takes here (same code and build as the helper).
struct SaveTimes {
    std::chrono::microseconds a{0};
    std::chrono::microseconds b{0};
};

SaveTimes measureSaves(const QString& scratch)
{
    const auto time = [&](const Workspace& ws) {
        const auto start = Clock::now();
        WorkspaceWriter::writeFile(ws, scratch);
        return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
    };
    time(pair().a); // warm up the page cache and the allocator
    const SaveTimes t{time(pair().a), time(pair().b)};
    QFile::remove(scratch);
    return t;
}

/// Reports changes in one folder (inotify): lets a kill land right when the save touches the
/// disk, which is a few milliseconds out of a save that mostly serialises in memory.
class FolderWatch {
public:
    explicit FolderWatch(const QString& folder) : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            ::inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
                                    IN_MOVED_TO | IN_DELETE);
    }
    ~FolderWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FolderWatch(const FolderWatch&) = delete;
    FolderWatch& operator=(const FolderWatch&) = delete;

    bool valid() const { return m_fd >= 0; }
    void drain()
    {
        char buffer[4096];
        while (::read(m_fd, buffer, sizeof buffer) > 0) {
        }
    }
    /// True when something changed in the folder within `timeout`.
    bool wait(std::chrono::milliseconds timeout)
    {
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, static_cast<int>(timeout.count())) > 0;
    }

private:
    int m_fd;
};

class Killer {
public:
    Killer(std::uint32_t seed, SaveTimes times) : m_rng(seed), m_times(times) {}

    /// Starts the helper saving `first` (A or B) first and waits until it begins save number
    /// `target` (0-based). Then kills it at a random moment of one of three kinds, a third each:
    /// anywhere from 30% to 120% of that save's expected duration (serialising, writing,
    /// syncing, renaming, the start of the next save); at most 5 ms after the save first
    /// changes something in `folder` (where an unsafe save would be half-written); or at most
    /// 1 ms after the helper reports the save committed. The last kind does not depend on the
    /// machine's speed: on a loaded machine the helper's saves take longer than the ones timed
    /// here, and the timed kills alone may all land before the commit. Returns false (with a
    /// failure recorded) if the helper stopped by itself.
    bool runAndKill(const QString& mode, const QString& path, const QString& folder, QChar first,
                    int target)
    {
        FolderWatch watch(folder);
        if (!watch.valid()) {
            ADD_FAILURE() << "inotify is not available";
            return false;
        }
        QProcess p;
        p.start(QStringLiteral(B2X_SAVE_STRESS),
                {mode, path, QString::number(personasA), QString::number(personasB),
                 QString::number(workspaceSeed), QString(first)});
        if (!p.waitForStarted(30000)) {
            ADD_FAILURE() << "save_stress did not start";
            return false;
        }
        QByteArray out;
        qsizetype at = -1;
        while (at < 0 || out.indexOf('\n', at) < 0) {
            if (!p.waitForReadyRead(60000)) {
                ADD_FAILURE() << "save_stress stopped before save " << target << ": "
                              << p.readAllStandardError().toStdString();
                return false;
            }
            out += p.readAllStandardOutput();
            at = -1;
            for (int n = 0; n <= target; ++n)
                if ((at = out.indexOf("saving ", at + 1)) < 0)
                    break;
        }
        watch.drain(); // changes made by earlier saves
        const QChar saving = QLatin1Char(out.at(at + 7));
        const auto expected = saving == QLatin1Char('B') ? m_times.b : m_times.a;
        m_committed = QChar();
        const auto kind = m_rng() % 3;
        if (kind == 2) {
            ++m_reported;
            while (out.indexOf("saved\n", at) < 0) {
                if (!p.waitForReadyRead(60000)) {
                    ADD_FAILURE() << "save_stress did not complete save " << target << ": "
                                  << p.readAllStandardError().toStdString();
                    return false;
                }
                out += p.readAllStandardOutput();
            }
            std::this_thread::sleep_for(std::chrono::microseconds(m_rng() % 1000));
        } else if (kind == 0) {
            ++m_timed;
            std::this_thread::sleep_for(std::chrono::microseconds(static_cast<long long>(
                static_cast<double>(expected.count()) * (0.3 + 0.9 * unit()))));
        } else {
            ++m_onDisk;
            const auto limit = std::chrono::duration_cast<std::chrono::milliseconds>(expected) * 3 +
                               std::chrono::milliseconds(2000);
            if (!watch.wait(limit))
                ADD_FAILURE() << "the save changed nothing on disk";
            // At once, or within 1 or 5 ms: a non-atomic save is half-written for about 1 ms.
            const unsigned spread[] = {0, 1000, 5000};
            if (const unsigned us = spread[m_rng() % 3]; us > 0)
                std::this_thread::sleep_for(std::chrono::microseconds(m_rng() % us));
        }
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(30000);
        out += p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::CrashExit) {
            ADD_FAILURE() << "save_stress exited by itself with status " << p.exitCode() << ": "
                          << p.readAllStandardError().toStdString();
            return false;
        }
        // Whether the targeted save had committed when the kill landed.
        const auto committed = out.count("saved\n");
        if (committed > target)
            ++m_afterCommit;
        else
            ++m_beforeCommit;
        // Killed after the targeted save and before the next one committed: the file is known.
        if (committed == target + 1)
            m_committed = saving;
        return true;
    }

    int pick(int lo, int hi) { return lo + static_cast<int>(m_rng() % unsigned(hi - lo + 1)); }
    std::string summary() const
    {
        return std::to_string(m_timed) + " at a random share of the save, " +
               std::to_string(m_onDisk) + " just after it touched the disk, " +
               std::to_string(m_reported) + " just after it reported the commit; " +
               std::to_string(m_beforeCommit) + " before the save completed, " +
               std::to_string(m_afterCommit) + " after";
    }
    int beforeCommit() const { return m_beforeCommit; }
    int afterCommit() const { return m_afterCommit; }
    /// A or B when the last kill landed after the targeted save committed and before the next
    /// save did: the file must then hold exactly that workspace. Null otherwise.
    QChar committed() const { return m_committed; }

private:
    double unit() { return static_cast<double>(m_rng()) / 4294967296.0; }

    std::mt19937 m_rng;
    SaveTimes m_times;
    int m_timed = 0;
    int m_onDisk = 0;
    int m_reported = 0;
    int m_beforeCommit = 0;
    int m_afterCommit = 0;
    QChar m_committed;
};

/// The file must be exactly A or B and open as that workspace.
Outcome checkFile(const QString& path)
{
    Outcome o;
    const QByteArray bytes = test::readBytes(path);
    o.a = bytes == pair().bytesA;
    o.b = bytes == pair().bytesB;
    if (o.a || o.b)
        return o;
    const LoadResult r = WorkspaceReader::readFile(path);
    ADD_FAILURE() << "the file is neither workspace: " << bytes.size() << " bytes (A "
                  << pair().bytesA.size() << ", B " << pair().bytesB.size() << "); it "
                  << (r.ok() ? "opens" : "does not open: " + r.problemText().toStdString());
    return o;
}

/// After a kill that followed a commit, the file holds the committed workspace, not the older one.
void expectCommitted(const Outcome& o, QChar committed)
{
    if (committed == QLatin1Char('A')) {
        EXPECT_TRUE(o.a) << "killed after A was saved, the file is not A";
    } else if (committed == QLatin1Char('B')) {
        EXPECT_TRUE(o.b) << "killed after B was saved, the file is not B";
    }
}

/// QSaveFile's temporary files stay behind when the process dies mid-save; they are harmless to
/// the workspace but litter the folder. Counted (docs/reliability.md) and removed.
int removeLeftovers(const QDir& dir, const QStringList& keep)
{
    int removed = 0;
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        if (!keep.contains(name) && QFile::remove(dir.filePath(name)))
            ++removed;
    return removed;
}

void report(const char* what, int kills, const Outcome& seen, int leftovers, const Killer& killer)
{
    std::cout << "[ RESULTS  ] " << what << ": " << kills << " kills (" << killer.summary()
              << "); temporary files left behind: " << leftovers
              << (seen.a && seen.b ? "; both A and B seen" : "") << '\n';
}

} // namespace

TEST(CrashSafeSave, KillingASaveLeavesTheOldOrTheNewFileComplete)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_GT(pair().bytesA.size(), 800000);
    ASSERT_GT(pair().bytesB.size(), pair().bytesA.size() * 3 / 2);
    ASSERT_TRUE(bothOpen());
    const QString path = dir.filePath(QStringLiteral("work.b2x"));
    const SaveTimes times = measureSaves(dir.filePath(QStringLiteral("scratch.b2x")));
    ASSERT_TRUE(WorkspaceWriter::writeFile(pair().a, path).ok);

    const int kills = envNumber("B2X_SAVE_KILLS", 120);
    Killer killer(static_cast<std::uint32_t>(envNumber("B2X_SAVE_SEED", 20261123)), times);
    Outcome seen;
    int leftovers = 0;
    for (int i = 0; i < kills; ++i) {
        SCOPED_TRACE("kill " + std::to_string(i));
        // The helper's first save replaces whatever the last kill left (A or B) with A or B.
        const QChar first = killer.pick(0, 1) == 0 ? QLatin1Char('A') : QLatin1Char('B');
        ASSERT_TRUE(killer.runAndKill(QStringLiteral("file"), path, dir.path(), first, 0));
        const Outcome o = checkFile(path);
        expectCommitted(o, killer.committed());
        seen.a = seen.a || o.a;
        seen.b = seen.b || o.b;
        leftovers += removeLeftovers(QDir(dir.path()), {QStringLiteral("work.b2x")});
        if (HasFailure())
            break;
    }
    // Both outcomes must occur, or the kills never landed around a commit.
    EXPECT_TRUE(seen.a);
    EXPECT_TRUE(seen.b);
    EXPECT_GT(killer.beforeCommit(), 0);
    EXPECT_GT(killer.afterCommit(), 0);
    report("file saves", kills, seen, leftovers, killer);
}

TEST(CrashSafeSave, KillingARecoveryWriteLeavesACompleteCopyThatIsOffered)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(bothOpen());
    const QString folder = dir.filePath(QStringLiteral("recovery"));
    const SaveTimes times = measureSaves(dir.filePath(QStringLiteral("scratch.b2x")));

    const int kills = envNumber("B2X_SAVE_KILLS", 80);
    Killer killer(static_cast<std::uint32_t>(envNumber("B2X_SAVE_SEED", 20261123)) + 1, times);
    Outcome seen;
    int leftovers = 0;
    for (int i = 0; i < kills; ++i) {
        SCOPED_TRACE("kill " + std::to_string(i));
        QDir(folder).removeRecursively();
        ASSERT_TRUE(QDir().mkpath(folder));
        // Killed during the session's second copy (B over A or A over B): an older copy exists.
        const QChar first = killer.pick(0, 1) == 0 ? QLatin1Char('A') : QLatin1Char('B');
        ASSERT_TRUE(killer.runAndKill(QStringLiteral("recovery"), folder, folder, first, 1));

        // What the next start of the application does: look for copies of dead sessions.
        WorkspaceDocument probeDocument;
        RecoveryManager probe(&probeDocument, folder);
        const auto orphans = probe.orphans();
        ASSERT_EQ(orphans.size(), 1) << "the crashed session's copy is not offered";
        const Outcome o = checkFile(orphans.front().recoveryFile);
        expectCommitted(o, killer.committed());
        seen.a = seen.a || o.a;
        seen.b = seen.b || o.b;
        const QFileInfo copy(orphans.front().recoveryFile);
        const QFileInfo meta(orphans.front().metaFile);
        leftovers += removeLeftovers(QDir(folder), {copy.fileName(), meta.fileName()});
        if (HasFailure())
            break;
    }
    EXPECT_TRUE(seen.a);
    EXPECT_TRUE(seen.b);
    EXPECT_GT(killer.beforeCommit(), 0);
    EXPECT_GT(killer.afterCommit(), 0);
    report("recovery copies", kills, seen, leftovers, killer);
}
