// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonDecoder.h"

#include "model/Limits.h"

#include <cmath>

namespace b2x {

JsonDecoder::Scope::Scope(JsonDecoder& d, std::string_view key)
    : m_decoder(d), m_previousLength(d.m_path.size())
{
    if (!d.m_path.empty())
        d.m_path += '.';
    d.m_path += key;
}

JsonDecoder::Scope::Scope(JsonDecoder& d, std::size_t index)
    : m_decoder(d), m_previousLength(d.m_path.size())
{
    d.m_path += '[';
    d.m_path += std::to_string(index);
    d.m_path += ']';
}

JsonDecoder::Scope::~Scope()
{
    m_decoder.m_path.resize(m_previousLength);
}

QString JsonDecoder::typeName(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return tr("null");
    case Json::value_t::boolean:
        return tr("true/false");
    case Json::value_t::string:
        return tr("text");
    case Json::value_t::array:
        return tr("a list");
    case Json::value_t::object:
        return tr("an object");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return tr("a number");
    default:
        return tr("an unsupported value");
    }
}

QString JsonDecoder::formatNumber(double v)
{
    return QString::number(v, 'g', 12);
}

void JsonDecoder::fail(const QString& message)
{
    if (m_problems.size() < limits::maxProblemsReported)
        m_problems.push_back({m_path, message, 0, 0});
}

void JsonDecoder::absorb(JsonDecoder&& other)
{
    for (auto& problem : other.m_problems)
        if (m_problems.size() < limits::maxProblemsReported)
            m_problems.push_back(std::move(problem));
    for (auto& warning : other.m_warnings)
        if (m_warnings.size() < limits::maxProblemsReported)
            m_warnings.push_back(std::move(warning));
    other.m_problems.clear();
    other.m_warnings.clear();
}

void JsonDecoder::warn(const QString& message)
{
    if (m_warnings.size() < limits::maxProblemsReported)
        m_warnings.push_back({m_path, message, 0, 0});
}

const JsonDecoder::Json* JsonDecoder::field(const Json& object, std::string_view key, Need need)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (need == Need::Required) {
            Scope s(*this, key);
            fail(tr("is missing"));
        }
        return nullptr;
    }
    return &*it;
}

void JsonDecoder::number(const Json& object, std::string_view key, double& out, double min,
                         double max, Need need)
{
    const Json* v = field(object, key, need);
    if (!v)
        return;
    Scope s(*this, key);
    if (!v->is_number()) {
        fail(tr("must be a number from %1 to %2, not %3")
                 .arg(formatNumber(min), formatNumber(max), typeName(*v)));
        return;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d)) {
        fail(tr("must be a finite number"));
        return;
    }
    if (d < min || d > max) {
        fail(tr("must be a number from %1 to %2; found %3")
                 .arg(formatNumber(min), formatNumber(max), formatNumber(d)));
        return;
    }
    out = d;
}

void JsonDecoder::integer(const Json& object, std::string_view key, int& out, int min, int max,
                          Need need)
{
    const Json* v = field(object, key, need);
    if (!v)
        return;
    Scope s(*this, key);
    if (!v->is_number_integer()) {
        if (v->is_number_float())
            fail(tr("must be a whole number from %1 to %2; found %3")
                     .arg(min)
                     .arg(max)
                     .arg(formatNumber(v->get<double>())));
        else
            fail(tr("must be a whole number from %1 to %2, not %3")
                     .arg(min)
                     .arg(max)
                     .arg(typeName(*v)));
        return;
    }
    // Compare in the type nlohmann stored (parsed non-negative integers are unsigned), so huge
    // or negative values never wrap.
    bool inRange = false;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        inRange = u <= static_cast<std::uint64_t>(max) &&
                  (min <= 0 || u >= static_cast<std::uint64_t>(min));
    } else {
        const auto i = v->get<std::int64_t>();
        inRange = i >= min && i <= max;
    }
    if (!inRange) {
        fail(tr("must be a whole number from %1 to %2; found %3")
                 .arg(min)
                 .arg(max)
                 .arg(QString::fromStdString(v->dump())));
        return;
    }
    out = static_cast<int>(v->get<std::int64_t>());
}

void JsonDecoder::optionalNumber(const Json& object, std::string_view key,
                                 std::optional<double>& out, double min, double max)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        out.reset();
        return;
    }
    double value = 0;
    const auto before = m_problems.size();
    number(object, key, value, min, max);
    if (m_problems.size() == before)
        out = value;
}

void JsonDecoder::optionalInteger(const Json& object, std::string_view key, std::optional<int>& out,
                                  int min, int max)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        out.reset();
        return;
    }
    int value = 0;
    const auto before = m_problems.size();
    integer(object, key, value, min, max);
    if (m_problems.size() == before)
        out = value;
}

void JsonDecoder::boolean(const Json& object, std::string_view key, bool& out, Need need)
{
    const Json* v = field(object, key, need);
    if (!v)
        return;
    Scope s(*this, key);
    if (!v->is_boolean()) {
        fail(tr("must be true or false, not %1").arg(typeName(*v)));
        return;
    }
    out = v->get<bool>();
}

void JsonDecoder::text(const Json& object, std::string_view key, std::string& out,
                       std::size_t maxBytes, Need need)
{
    const Json* v = field(object, key, need);
    if (!v)
        return;
    Scope s(*this, key);
    if (!v->is_string()) {
        fail(tr("must be text, not %1").arg(typeName(*v)));
        return;
    }
    const auto& str = v->get_ref<const std::string&>();
    if (str.size() > maxBytes) {
        fail(tr("is %1 bytes long; at most %2 are allowed").arg(str.size()).arg(maxBytes));
        return;
    }
    out = str;
}

void JsonDecoder::textList(const Json& object, std::string_view key, std::vector<std::string>& out,
                           std::size_t maxItems, std::size_t maxBytes)
{
    const Json* list = array(object, key, maxItems);
    if (!list)
        return;
    Scope s(*this, key);
    out.clear();
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        Scope si(*this, i);
        if (!item.is_string()) {
            fail(tr("must be text, not %1").arg(typeName(item)));
            continue;
        }
        const auto& str = item.get_ref<const std::string&>();
        if (str.size() > maxBytes) {
            fail(tr("is %1 bytes long; at most %2 are allowed").arg(str.size()).arg(maxBytes));
            continue;
        }
        out.push_back(str);
    }
}

const JsonDecoder::Json* JsonDecoder::array(const Json& object, std::string_view key,
                                            std::size_t maxItems, Need need)
{
    const Json* v = field(object, key, need);
    if (!v)
        return nullptr;
    Scope s(*this, key);
    if (!v->is_array()) {
        fail(tr("must be a list, not %1").arg(typeName(*v)));
        return nullptr;
    }
    if (v->size() > maxItems) {
        fail(tr("has %1 items; at most %2 are allowed").arg(v->size()).arg(maxItems));
        return nullptr;
    }
    return v;
}

const JsonDecoder::Json* JsonDecoder::object(const Json& parent, std::string_view key, Need need)
{
    const Json* v = field(parent, key, need);
    if (!v)
        return nullptr;
    Scope s(*this, key);
    return expectObject(*v) ? v : nullptr;
}

bool JsonDecoder::expectObject(const Json& value)
{
    if (value.is_object())
        return true;
    fail(tr("must be an object, not %1").arg(typeName(value)));
    return false;
}

} // namespace b2x
