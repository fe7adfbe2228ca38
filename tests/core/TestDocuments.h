// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <string>

namespace b2x::test {

/// A small but complete workspace: two personas with pipelines, members, channels and evidence.
Workspace smallWorkspace();

/// smallWorkspace() as the JSON document the writer produces, for tests that mutate one field.
nlohmann::json smallDocument();

QString sourcePath(const char* relative);
std::string readAll(const QString& path);

} // namespace b2x::test
