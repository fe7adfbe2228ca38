// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace b2x {

/// Writes JSON text straight into a string, event by event, byte for byte what nlohmann's
/// `dump(2)` would give for the same document (two-space indentation, `"key": value`, empty
/// containers as `{}`/`[]`, invalid UTF-8 replaced by U+FFFD). Saving a workspace this way never
/// builds a DOM: building and freeing one per persona cost more than writing the text.
///
/// Scalars and any string that needs escaping go through nlohmann's own serializer, so numbers
/// (shortest round-trip form) and escapes cannot drift from what the library writes.
class PrettyJsonWriter {
public:
    explicit PrettyJsonWriter(std::string& out);
    ~PrettyJsonWriter();
    PrettyJsonWriter(const PrettyJsonWriter&) = delete;
    PrettyJsonWriter& operator=(const PrettyJsonWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next value written belongs to this key of the enclosing object.
    void key(std::string_view name);

    void string(std::string_view text);
    void integer(std::int64_t value);
    /// Non-finite values are the caller's to refuse: nlohmann writes them as null.
    void number(double value);
    void boolean(bool value);
    void null();

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void escaped(std::string_view text);

    std::string& m_out;
    std::vector<bool> m_hasElements; ///< one per open container
    bool m_afterKey = false;
    struct Library; ///< nlohmann's serializer and a reusable string value
    std::unique_ptr<Library> m_library;
};

} // namespace b2x
