// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "io/WorkspaceReader.h"

#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

namespace b2x::test {

QString samplePath()
{
    return QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x");
}

AnalysedWorkspace analysedSample()
{
    const LoadResult r = WorkspaceReader::readFile(samplePath());
    EXPECT_TRUE(r.ok()) << r.problemText().toStdString();
    AnalysedWorkspace a{r.ok() ? *r.workspace : Workspace{}, {}};
    for (const auto& p : a.workspace.personas)
        a.analyses.push_back(analytics::analysePersona(p));
    return a;
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString runProgram(const QString& program, const QStringList& args, int* exitCode)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QStringList embeddedFonts(const QString& pdf)
{
    QStringList families;
    const QStringList rows = runProgram(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < rows.size(); ++i) {
        if (rows[i].trimmed().isEmpty())
            continue;
        EXPECT_TRUE(rows[i].contains(QStringLiteral(" yes "))) << rows[i].toStdString();
        QString name = rows[i].section(QLatin1Char(' '), 0, 0);
        name = name.mid(name.indexOf(QLatin1Char('+')) + 1);
        families << name;
    }
    return families;
}

} // namespace b2x::test
