// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrettyJsonWriter.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace b2x {

namespace {
using Json = nlohmann::ordered_json;
constexpr std::size_t indentStep = 2;
} // namespace

struct PrettyJsonWriter::Library {
    explicit Library(std::string& out)
        : serializer(nlohmann::detail::output_adapter<char>(out), ' ',
                     Json::error_handler_t::replace)
    {
    }
    nlohmann::detail::serializer<Json> serializer;
    /// Strings that need escaping are copied here to reach the serializer; reusing one value
    /// keeps its capacity, so that costs no allocation after the first few.
    Json text = std::string();

    void dump(const Json& value) { serializer.dump(value, false, false, 0); }
};

PrettyJsonWriter::PrettyJsonWriter(std::string& out)
    : m_out(out), m_library(std::make_unique<Library>(out))
{
}

PrettyJsonWriter::~PrettyJsonWriter() = default;

void PrettyJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasElements.empty())
        return; // the document's top-level value
    m_out += m_hasElements.back() ? ",\n" : "\n";
    m_hasElements.back() = true;
    m_out.append(m_hasElements.size() * indentStep, ' ');
}

void PrettyJsonWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_hasElements.push_back(false);
}

void PrettyJsonWriter::close(char bracket)
{
    const bool hadElements = m_hasElements.back();
    m_hasElements.pop_back();
    if (hadElements) {
        m_out += '\n';
        m_out.append(m_hasElements.size() * indentStep, ' ');
    }
    m_out += bracket;
}

void PrettyJsonWriter::beginObject()
{
    open('{');
}
void PrettyJsonWriter::endObject()
{
    close('}');
}
void PrettyJsonWriter::beginArray()
{
    open('[');
}
void PrettyJsonWriter::endArray()
{
    close(']');
}

void PrettyJsonWriter::key(std::string_view name)
{
    beforeValue();
    escaped(name);
    m_out += ": ";
    m_afterKey = true;
}

void PrettyJsonWriter::escaped(std::string_view text)
{
    // Most text is printable ASCII with nothing to escape: copied as is. Anything else (quotes,
    // control characters, non-ASCII that must be checked as UTF-8) is the library's to write.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {
        m_out += '"';
        m_out += text;
        m_out += '"';
        return;
    }
    m_library->text.get_ref<std::string&>().assign(text);
    m_library->dump(m_library->text);
}

void PrettyJsonWriter::string(std::string_view text)
{
    beforeValue();
    escaped(text);
}

void PrettyJsonWriter::integer(std::int64_t value)
{
    beforeValue();
    m_library->dump(Json(value));
}

void PrettyJsonWriter::number(double value)
{
    beforeValue();
    m_library->dump(Json(value));
}

void PrettyJsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void PrettyJsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

} // namespace b2x
