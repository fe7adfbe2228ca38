// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace b2x::test {

/// A small but complete workspace: two personas with pipelines, members, channels and evidence.
Workspace smallWorkspace();

/// smallWorkspace() as the JSON document the writer produces, for tests that mutate one field.
nlohmann::json smallDocument();

/// One value of a JSON document: its pointer and the path the reader names it by in its messages
/// ("personas[0].pipeline[1].minDays"). The hostile-value tests replace each in turn.
struct JsonNode {
    nlohmann::ordered_json::json_pointer pointer;
    std::string path;
    nlohmann::ordered_json value;
};

/// Every value below `root` (not `root` itself), depth first; `pointer` and `path` are root's.
void collectNodes(const nlohmann::ordered_json& root,
                  const nlohmann::ordered_json::json_pointer& pointer, const std::string& path,
                  std::vector<JsonNode>& out);

QString sourcePath(const char* relative);
std::string readAll(const QString& path);

} // namespace b2x::test
