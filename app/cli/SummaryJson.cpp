// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryJson.h"

#include <nlohmann/json.hpp>

namespace b2x::cli {

std::string summaryJson(const Workspace& ws)
{
    using Json = nlohmann::ordered_json;
    Json root;
    root["workspace"] = {{"name", ws.name}, {"currency", ws.currency}};
    Json personas = Json::array();
    for (const auto& p : ws.personas) {
        Json j;
        j["id"] = p.id;
        j["name"] = p.name;
        j["label"] = std::string(toString(p.label));
        j["decisionUnitMembers"] = p.decisionUnit.members.size();
        j["stages"] = p.pipeline.size();
        j["price"] = p.economics.price;
        j["channels"] = p.channels.size();
        personas.push_back(std::move(j));
    }
    root["personas"] = std::move(personas);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace b2x::cli
