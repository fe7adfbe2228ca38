// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QString>
#include <functional>

namespace b2x {
class MainWindow;
}

/// Writes budget-*.png (View → Go to Budget at 1280 × 800 on the sample's enterprise persona):
/// the allocation table, the response curves, the step log and the uncertainty after a run.
/// `suffix` is added to each name ("@2x" for the 2× shots).
bool writeBudgetShots(b2x::MainWindow& window, const QString& suffix,
                      const std::function<void(const QPixmap&, const QString&)>& write);
