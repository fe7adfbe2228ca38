// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for the Layering test: a core header that includes Qt Gui (never compiled).
#pragma once
#include <QColor>
