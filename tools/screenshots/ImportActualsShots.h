// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QPixmap>
#include <QString>
#include <functional>

class QWidget;

namespace b2x {
class WorkspaceDocument;
}

/// Writes import-actuals-*.png: each step of File → Import actuals on a synthetic export.
bool writeImportActualsShots(b2x::WorkspaceDocument* document, QWidget* window,
                             const std::function<void(const QPixmap&, const QString&)>& write);
