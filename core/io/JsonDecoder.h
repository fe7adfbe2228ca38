// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace b2x {

/// Validating accessors over an untrusted JSON document. Every read checks type, range,
/// finiteness and size, and every problem is recorded with its path
/// (`personas[3].pipeline[1].likelyDays`). Reading goes on after a problem so that one pass
/// reports as many problems as possible (up to limits::maxProblemsReported).
///
/// Why not nlohmann's get<>/value(): they truncate 42.9 to 42, wrap −1 to 4294967295, throw on a
/// type mismatch in value(), and assert on a missing key in const operator[].
class JsonDecoder {
    Q_DECLARE_TR_FUNCTIONS(b2x::JsonDecoder)

public:
    using Json = nlohmann::json;
    enum class Need { Optional, Required };

    /// Scope guard that appends a path segment (".key" or "[i]") while it lives.
    class Scope {
    public:
        Scope(JsonDecoder& d, std::string_view key);
        Scope(JsonDecoder& d, std::size_t index);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        JsonDecoder& m_decoder;
        std::size_t m_previousLength;
    };

    void number(const Json& object, std::string_view key, double& out, double min, double max,
                Need need = Need::Optional);
    void integer(const Json& object, std::string_view key, int& out, int min, int max,
                 Need need = Need::Optional);
    void optionalNumber(const Json& object, std::string_view key, std::optional<double>& out,
                        double min, double max);
    void optionalInteger(const Json& object, std::string_view key, std::optional<int>& out, int min,
                         int max);
    void boolean(const Json& object, std::string_view key, bool& out, Need need = Need::Optional);
    void text(const Json& object, std::string_view key, std::string& out, std::size_t maxBytes,
              Need need = Need::Optional);
    void textList(const Json& object, std::string_view key, std::vector<std::string>& out,
                  std::size_t maxItems, std::size_t maxBytes);

    template <typename E>
    void enumeration(const Json& object, std::string_view key, E& out, Need need = Need::Optional)
    {
        const Json* v = field(object, key, need);
        if (!v)
            return;
        Scope s(*this, key);
        if (!v->is_string()) {
            fail(tr("must be one of %1, not %2").arg(choices<E>(), typeName(*v)));
            return;
        }
        if (const auto e = fromString<E>(v->get_ref<const std::string&>()))
            out = *e;
        else
            fail(tr("must be one of %1; found \"%2\"")
                     .arg(choices<E>(), QString::fromStdString(v->get<std::string>())));
    }

    /// The array at key (nullptr when absent or not an array, which is reported), with its size
    /// checked against maxItems.
    const Json* array(const Json& object, std::string_view key, std::size_t maxItems,
                      Need need = Need::Optional);
    /// The object at key (nullptr when absent or not an object, which is reported).
    const Json* object(const Json& parent, std::string_view key, Need need = Need::Optional);
    /// True when value is an object; otherwise reports it at the current path.
    bool expectObject(const Json& value);

    /// Records a problem at the current path.
    void fail(const QString& message);
    void warn(const QString& message);
    std::string currentPath() const { return m_path; }

    /// Appends another decoder's problems and warnings (up to the cap), as if found here.
    void absorb(JsonDecoder&& other);
    std::vector<Problem> takeProblems() { return std::move(m_problems); }
    std::vector<Problem> takeWarnings() { return std::move(m_warnings); }
    bool hasProblems() const { return !m_problems.empty(); }
    std::size_t problemCount() const { return m_problems.size(); }

    static QString typeName(const Json& v);
    static QString formatNumber(double v);

private:
    const Json* field(const Json& object, std::string_view key, Need need);

    template <typename E> static QString choices()
    {
        QStringList names;
        for (auto n : EnumNames<E>::names)
            names << QStringLiteral("\"%1\"").arg(QString::fromLatin1(n.data(), n.size()));
        return names.join(QStringLiteral(", "));
    }

    std::string m_path;
    std::vector<Problem> m_problems;
    std::vector<Problem> m_warnings;
};

} // namespace b2x
