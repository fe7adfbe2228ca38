// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for the Layering test: a report file that includes the editor (never compiled).
#include "editor/PersonaEditor.h"
