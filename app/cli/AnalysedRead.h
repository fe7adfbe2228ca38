// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/PersonaAnalysis.h"
#include "io/WorkspaceReader.h"

#include <QString>
#include <vector>

namespace b2x::cli {

struct AnalysedWorkspace {
    LoadResult loaded;
    /// One per persona of loaded.workspace, in order; empty when the file did not load.
    std::vector<analytics::PersonaAnalysis> analyses;
};

/// Reads a workspace and analyses every persona, each as soon as the reader has decoded it, so
/// that the analyses run on the cores the parse leaves free (for 10,000 personas, reading and
/// analysing one after the other took twice as long).
///
/// The personas are analysed against the built-in channel catalogue while the file is read, since
/// a workspace's own channels follow its personas in the file: a workspace that has channels of
/// its own has its personas analysed again against its whole catalogue. The analyses are the
/// ones analytics::analysePersonas gives (the tests compare them).
AnalysedWorkspace readAndAnalyse(const QString& file);

} // namespace b2x::cli
