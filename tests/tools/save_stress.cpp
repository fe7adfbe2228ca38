// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only helper for tests/ui/CrashSafeSaveTest.cpp: saves two different workspaces
// alternately, forever, until the test kills it with SIGKILL at a random moment.
//
//   save_stress file PATH PERSONAS_A PERSONAS_B SEED FIRST
//       WorkspaceWriter::writeFile to PATH, alternately; FIRST (A or B) is saved first (the test
//       has written the other one there)
//   save_stress recovery FOLDER PERSONAS_A PERSONAS_B SEED FIRST
//       RecoveryManager::writeNow into FOLDER for a modified document holding FIRST, then the
//       other, alternately
//
// Workspace A is bench::generateWorkspace(PERSONAS_A, SEED), B the same with SEED + 1, so the
// test can build identical copies to compare with. Prints "saving A" or "saving B" before each
// save (the test times its kill from there) and "saved" after each save that committed; exits
// with status 1 on the first failed save.
#include "../../bench/WorkspaceGenerator.h"
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceWriter.h"
#include "window/RecoveryManager.h"

#include <QGuiApplication>
#include <QUndoStack>
#include <cstdio>
#include <cstdlib>

using namespace b2x;

namespace {

void say(const char* line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the test reads this while the process runs
}

int saveFileForever(const QString& path, const Workspace& a, const Workspace& b, bool firstB)
{
    for (bool writeB = firstB;; writeB = !writeB) {
        say(writeB ? "saving B" : "saving A");
        const SaveResult r = WorkspaceWriter::writeFile(writeB ? b : a, path);
        if (!r.ok) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(r.message));
            return 1;
        }
        say("saved");
    }
}

int saveRecoveryForever(const QString& folder, const Workspace& a, const Workspace& b, bool firstB)
{
    WorkspaceDocument document;
    document.reset(Workspace{}, QString());
    // History: empty → other → first. Undo and redo switch between the two without ever reaching
    // the clean state, which would delete the recovery copy.
    document.replaceWorkspace(firstB ? a : b, QStringLiteral("other"));
    document.replaceWorkspace(firstB ? b : a, QStringLiteral("first"));
    RecoveryManager recovery(&document, folder);
    for (bool holdsB = firstB, holdsFirst = true;; holdsB = !holdsB, holdsFirst = !holdsFirst) {
        say(holdsB ? "saving B" : "saving A");
        if (!recovery.writeNow()) {
            std::fprintf(stderr, "recovery copy failed\n");
            return 1;
        }
        say("saved");
        if (holdsFirst)
            document.undoStack()->undo();
        else
            document.undoStack()->redo();
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::fprintf(stderr,
                     "usage: save_stress file|recovery PATH PERSONAS_A PERSONAS_B SEED A|B\n");
        return 2;
    }
    const QString mode = QString::fromUtf8(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    const auto personasA = std::strtoul(argv[3], nullptr, 10);
    const auto personasB = std::strtoul(argv[4], nullptr, 10);
    const auto seed = static_cast<std::uint32_t>(std::strtoul(argv[5], nullptr, 10));
    const Workspace a = bench::generateWorkspace(personasA, seed);
    const Workspace b = bench::generateWorkspace(personasB, seed + 1);
    const bool firstB = argv[6][0] == 'B';

    if (mode == QStringLiteral("file"))
        return saveFileForever(path, a, b, firstB);
    if (mode == QStringLiteral("recovery")) {
        // The document and the recovery manager are Qt Gui objects (QUndoStack, timers).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return saveRecoveryForever(path, a, b, firstB);
    }
    std::fprintf(stderr, "unknown mode %s\n", argv[1]);
    return 2;
}
