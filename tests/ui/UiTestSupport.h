// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "model/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace b2x::test {

/// The bundled sample workspace (resources/samples/b2b-vs-b2c.b2x).
QString samplePath();

/// The sample with every persona analysed, for the exports.
struct AnalysedWorkspace {
    Workspace workspace;
    std::vector<analytics::PersonaAnalysis> analyses;
};
AnalysedWorkspace analysedSample();

/// A file's bytes, or nothing when it cannot be read.
QByteArray readBytes(const QString& path);

/// Runs a program to its end (60 s at most): its standard output and error, and its exit code
/// (-1 when it crashed).
QString runProgram(const QString& program, const QStringList& args, int* exitCode = nullptr);

/// The font families a PDF embeds, from pdffonts, without the subset prefix ("ABCDEF+"); fails
/// the test for every font that is not embedded.
QStringList embeddedFonts(const QString& pdf);

} // namespace b2x::test
