// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for the Layering test: a window file that includes Qt Charts (never compiled).
#include <QLineSeries>
