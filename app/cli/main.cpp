// SPDX-License-Identifier: GPL-3.0-or-later
// b2x: the headless command line of B2X Workbench. It never needs a display: QCoreApplication
// for everything but `export`, which draws charts (Graphics View items need a QApplication) and
// so runs a QApplication on the offscreen platform.
#include "AllocateCommand.h"
#include "CalibrateCommand.h"
#include "CliCommands.h"
#include "ExportCommand.h"
#include "PlanCommand.h"
#include "UncertaintyCommand.h"
#include "i18n/Language.h"

#include <QApplication>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace b2x::cli;

namespace {

QString languageCodes()
{
    QStringList codes;
    for (const auto& l : b2x::i18n::availableLanguages())
        codes << l.code;
    return codes.join(QStringLiteral(", "));
}

} // namespace

/// glibc's malloc backs its heaps with transparent huge pages (Debian's kernels give them to
/// memory that asks, "madvise" mode) only when GLIBC_TUNABLES says so at start-up
/// (https://www.gnu.org/software/libc/manual/html_node/Memory-Allocation-Tunables.html): the
/// process starts itself once more with glibc.malloc.hugetlb=1. A command over 10,000 personas
/// touches some 200 MB, and faulting it in 4 KB pages was a third of `b2x export --csv`
/// (docs/performance.md). Starting again costs some 30 ms, so only a command naming a file of
/// 8 MB or more (about 1,800 personas) does. A GLIBC_TUNABLES already set, even empty, is left
/// as it is.
void startWithHugePages(int argc, char* argv[])
{
    if (std::getenv("GLIBC_TUNABLES"))
        return;
    constexpr off_t largeFile = 8 << 20;
    bool large = false;
    for (int i = 1; i < argc && !large; ++i) {
        struct stat info {};
        large = ::stat(argv[i], &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= largeFile;
    }
    if (!large)
        return;
    ::setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 0);
    ::execv("/proc/self/exe", argv);
    ::unsetenv("GLIBC_TUNABLES"); // exec failed (no /proc?): carry on as we are
}

int main(int argc, char* argv[])
{
    startWithHugePages(argc, argv);
    // The command is the first argument that is not --lang (with its value).
    int first = 1;
    while (first < argc && (std::strcmp(argv[first], "--lang") == 0 ||
                            std::strncmp(argv[first], "--lang=", 7) == 0))
        first += std::strcmp(argv[first], "--lang") == 0 ? 2 : 1;
    const bool exporting = first < argc && std::strcmp(argv[first], "export") == 0;
    if (exporting)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        exporting ? std::make_unique<QApplication>(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("b2x"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B2X_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang CODE (or --lang=CODE) may stand anywhere; without it the messages follow the system
    // locale (LANG, LC_MESSAGES). Output stays UTF-8 and numbers in files stay locale-independent.
    const std::optional<QString> requested = b2x::i18n::takeLanguageOption(args);
    const QString lang = requested.value_or(QString());
    const bool langMissing = requested && requested->isEmpty();
    const bool langKnown = lang.isEmpty() || b2x::i18n::isAvailable(lang);
    b2x::i18n::installLanguage(b2x::i18n::resolveLanguage(langKnown ? lang : QString()));
    if (langMissing || !langKnown) {
        printErr(
            QCoreApplication::translate("b2x::cli", "b2x: --lang needs one of the languages %1\n")
                .arg(languageCodes()));
        return UsageError;
    }
    if (args.isEmpty()) {
        printErr(usageText());
        return UsageError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        printOut(usageText());
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        printOut(QStringLiteral("b2x %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (command == QLatin1String("validate")) {
        if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
            printErr(
                QCoreApplication::translate("b2x::cli", "b2x validate: name at least one file\n"));
            return UsageError;
        }
        return runValidate(args);
    }
    if (command == QLatin1String("summary")) {
        const bool json = args.removeAll(QStringLiteral("--json")) > 0;
        if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
            printErr(QCoreApplication::translate(
                "b2x::cli", "b2x summary: name exactly one file (and optionally --json)\n"));
            return UsageError;
        }
        return runSummary(args.first(), json);
    }
    if (command == QLatin1String("plan")) {
        const bool json = args.removeAll(QStringLiteral("--json")) > 0;
        if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
            printErr(QCoreApplication::translate(
                "b2x::cli", "b2x plan: name exactly one file (and optionally --json)\n"));
            return UsageError;
        }
        return runPlan(args.first(), json);
    }
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("calibrate"))
        return runCalibrate(args);
    if (command == QLatin1String("allocate"))
        return runAllocate(args);
    if (command == QLatin1String("uncertainty"))
        return runUncertainty(args);
    printErr(
        QCoreApplication::translate("b2x::cli", "b2x: unknown command \"%1\"\n\n").arg(command));
    printErr(usageText());
    return UsageError;
}
