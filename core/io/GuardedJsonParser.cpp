// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardedJsonParser.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace b2x {

namespace {

// The context is the one lupdate gives these calls (the enclosing scope), otherwise the
// translations would never be found (translations/check.sh compares them).
QString tr(const char* text)
{
    return QCoreApplication::translate("b2x", text);
}

using Json = nlohmann::json;
using DomParser = nlohmann::detail::json_sax_dom_parser<Json>;

/// The keys of one open object, to refuse a key seen twice. Most objects of a workspace have a
/// handful of keys, so they are compared in a list whose strings keep their storage from one
/// object to the next (a hash set allocated a node per key: 7% of reading 10,000 personas);
/// past `listed` keys they go to a hash set, so an object with a million keys stays linear.
class SeenKeys {
public:
    /// False when the key was seen before in this object.
    bool insert(const std::string& key)
    {
        if (m_count < listed) {
            for (std::size_t i = 0; i < m_count; ++i)
                if (m_list[i] == key)
                    return false;
            if (m_list.size() == m_count)
                m_list.emplace_back();
            m_list[m_count++].assign(key);
            return true;
        }
        if (m_count == listed) // the list is full: from now on, every key is hashed
            m_hashed.insert(m_list.begin(), m_list.end());
        ++m_count;
        return m_hashed.insert(key).second;
    }
    void clear()
    {
        m_count = 0;
        m_hashed.clear();
    }

private:
    static constexpr std::size_t listed = 32;
    std::vector<std::string> m_list;
    std::size_t m_count = 0;
    std::unordered_set<std::string> m_hashed;
};

/// Forwards every SAX event to nlohmann's own DOM builder, adding the depth and duplicate-key
/// checks. Returning false from an event stops the parse at once.
class GuardingSax {
public:
    GuardingSax(Json& result, int maxDepth, ArrayStream* stream)
        : m_root(result), m_dom(result, false), m_maxDepth(maxDepth), m_stream(stream)
    {
    }

    bool null() { return handOver(m_dom.null()); }
    bool boolean(bool v) { return handOver(m_dom.boolean(v)); }
    bool number_integer(Json::number_integer_t v) { return handOver(m_dom.number_integer(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return handOver(m_dom.number_unsigned(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t& s)
    {
        return handOver(m_dom.number_float(v, s));
    }
    bool string(Json::string_t& v) { return handOver(m_dom.string(v)); }
    bool binary(Json::binary_t& v) { return handOver(m_dom.binary(v)); }

    bool start_object(std::size_t n)
    {
        if (!enter())
            return false;
        if (m_keys.size() < static_cast<std::size_t>(m_depth))
            m_keys.resize(static_cast<std::size_t>(m_depth));
        m_keys[static_cast<std::size_t>(m_depth) - 1].clear();
        return m_dom.start_object(n);
    }
    bool key(Json::string_t& k)
    {
        auto& seen = m_keys[static_cast<std::size_t>(m_depth) - 1];
        if (!seen.insert(k)) {
            m_failure = Failure::DuplicateKey;
            m_failureDetail = k;
            return false;
        }
        if (m_depth == 1) // every root key decides afresh whether its value is streamed
            m_streamNext = m_stream && k == m_stream->key && m_stream->accept(m_root);
        return m_dom.key(k);
    }
    bool end_object()
    {
        --m_depth;
        return handOver(m_dom.end_object());
    }
    bool start_array(std::size_t n)
    {
        if (!enter())
            return false;
        // The streamed array is the value right after its key, one level below the root.
        if (m_depth == 2)
            m_streaming = m_streamNext;
        return m_dom.start_array(n);
    }
    bool end_array()
    {
        --m_depth;
        if (m_depth == 1) {
            m_streaming = false; // the streamed array itself has ended
            return m_dom.end_array();
        }
        return handOver(m_dom.end_array());
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& ex)
    {
        m_failure = Failure::Syntax;
        m_position = position;
        m_failureDetail = ex.what();
        (void)token;
        return false;
    }

    enum class Failure { None, Syntax, TooDeep, DuplicateKey };
    Failure failure() const { return m_failure; }
    const std::string& detail() const { return m_failureDetail; }
    std::size_t position() const { return m_position; }

private:
    /// After a value is complete: when it is an element of the streamed array, whatever its
    /// type, it is handed over in list order (so problems come in the order of the file).
    bool handOver(bool ok)
    {
        if (!ok || m_depth != 2 || !m_streaming)
            return ok;
        Json& array = m_root[m_stream->key];
        Json& element = array.back();
        m_stream->take(element, array.size() - 1);
        element = nullptr;
        return true;
    }

    bool enter()
    {
        if (++m_depth > m_maxDepth) {
            m_failure = Failure::TooDeep;
            return false;
        }
        return true;
    }

    Json& m_root;
    DomParser m_dom;
    int m_maxDepth;
    ArrayStream* m_stream;
    bool m_streamNext = false; ///< the root key just read is the streamed one
    bool m_streaming = false;  ///< inside the streamed array
    int m_depth = 0;
    // Keys seen so far in each open object, by depth; reused to avoid allocations. Never only a
    // list searched linearly: an object with a million keys (14 MB, well under the file size
    // cap) took hours to check that way.
    std::vector<SeenKeys> m_keys;
    Failure m_failure = Failure::None;
    std::string m_failureDetail;
    std::size_t m_position = 0;
};

/// nlohmann's messages look like "[json.exception.parse_error.101] parse error at line 1,
/// column 5: syntax error while parsing value - invalid literal; last read: 'tru<U+000A>'".
/// Keep the part after "parse error ... : " which says what was wrong.
QString describeSyntaxError(const std::string& what)
{
    std::string_view text = what;
    if (text.starts_with("[json.exception.")) // "[json.exception.parse_error.101] "
        if (const auto end = text.find("] "); end != std::string_view::npos)
            text.remove_prefix(end + 2);
    if (text.starts_with("parse error")) // "parse error at line 1, column 5: "
        if (const auto colon = text.find(": "); colon != std::string_view::npos)
            text.remove_prefix(colon + 2);
    if (text.find("ill-formed UTF-8") != std::string_view::npos ||
        text.find("invalid string: surrogate") != std::string_view::npos)
        return tr("the text is not valid UTF-8 (save the file with UTF-8 encoding)");
    if (text.starts_with("number overflow"))
        return tr("a number is too large to represent (%1)")
            .arg(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto lastNewline = before.rfind('\n');
    const auto column = lastNewline == std::string_view::npos ? offset + 1 : offset - lastNewline;
    return {static_cast<int>(line), static_cast<int>(column)};
}

namespace {

std::optional<Json> parse(std::string_view bytes, int maxDepth, Problem& problem,
                          ArrayStream* stream)
{
    Json result;
    GuardingSax sax(result, maxDepth, stream);
    const bool ok = Json::sax_parse(bytes.begin(), bytes.end(), &sax,
                                    nlohmann::detail::input_format_t::json, true, false);
    if (ok && sax.failure() == GuardingSax::Failure::None)
        return result;

    problem = {};
    switch (sax.failure()) {
    case GuardingSax::Failure::TooDeep:
        problem.message =
            tr("lists and objects are nested more than %1 levels deep; a workspace never needs "
               "that many, so the file is damaged or not a workspace")
                .arg(maxDepth);
        break;
    case GuardingSax::Failure::DuplicateKey:
        problem.message = tr("the key \"%1\" appears twice in the same object; remove one of them")
                              .arg(QString::fromStdString(sax.detail()));
        break;
    case GuardingSax::Failure::Syntax:
    case GuardingSax::Failure::None: {
        // nlohmann reports the 1-based position of the last byte read.
        const auto offset = sax.position() > 0 ? sax.position() - 1 : 0;
        std::tie(problem.line, problem.column) = lineAndColumn(bytes, offset);
        problem.message = tr("this is not valid JSON: %1").arg(describeSyntaxError(sax.detail()));
        break;
    }
    }
    result = nullptr; // the partial DOM is at most maxDepth deep, so this is safe
    return std::nullopt;
}

} // namespace

std::optional<Json> parseGuardedJson(std::string_view bytes, int maxDepth, Problem& problem)
{
    return parse(bytes, maxDepth, problem, nullptr);
}

std::optional<Json> parseGuardedJson(std::string_view bytes, int maxDepth, Problem& problem,
                                     ArrayStream& stream)
{
    return parse(bytes, maxDepth, problem, &stream);
}

} // namespace b2x
