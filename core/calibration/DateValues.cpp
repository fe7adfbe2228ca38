// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateValues.h"

#include <QDate>
#include <array>
#include <cctype>

namespace b2x::calibration {

namespace {

constexpr int firstYear = 1970;
constexpr int lastYear = 2100;

/// A cursor over the text with the few reads the date forms need.
class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// 1 to `maxDigits` digits as a number; -1 when there is none.
    int number(int maxDigits, int* digits = nullptr)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (peek() - '0');
            ++m_pos;
            ++count;
        }
        if (digits)
            *digits = count;
        return count == 0 ? -1 : value;
    }
    void skipSpaces()
    {
        while (peek() == ' ')
            ++m_pos;
    }
    std::string_view rest() const { return m_text.substr(std::min(m_pos, m_text.size())); }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

/// The time of day after a date, as a fraction of a day (UTC offset applied); std::nullopt when
/// the rest is not a time. An empty rest is midnight.
std::optional<double> timeOfDay(Scanner& s)
{
    if (s.atEnd())
        return 0.0;
    if (!s.take('T') && !s.take(' '))
        return std::nullopt;
    s.skipSpaces();
    const int hour = s.number(2);
    if (hour < 0 || !s.take(':'))
        return std::nullopt;
    const int minute = s.number(2);
    double second = 0;
    if (s.take(':')) {
        const int whole = s.number(2);
        if (whole < 0)
            return std::nullopt;
        second = whole;
        if (s.take('.') || s.take(',')) {
            int digits = 0;
            const int fraction = s.number(9, &digits);
            if (fraction < 0)
                return std::nullopt;
            double scale = 1;
            for (int i = 0; i < digits; ++i)
                scale *= 10;
            second += fraction / scale;
        }
    }
    int h = hour;
    s.skipSpaces();
    const std::string_view rest = s.rest();
    double offsetMinutes = 0;
    if (rest.size() >= 2 && (equalsIgnoringCase(rest.substr(0, 2), "AM") ||
                             equalsIgnoringCase(rest.substr(0, 2), "PM"))) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = equalsIgnoringCase(rest.substr(0, 2), "PM");
        h = hour % 12 + (pm ? 12 : 0);
        if (rest.size() != 2)
            return std::nullopt;
    } else if (!rest.empty()) {
        if (rest == "Z") {
        } else if (rest.front() == '+' || rest.front() == '-') {
            Scanner o(rest.substr(1));
            int digits = 0;
            const int hh = o.number(2, &digits);
            if (hh < 0 || digits != 2)
                return std::nullopt;
            o.take(':');
            const int mm = o.number(2);
            if (mm < 0 || !o.atEnd() || hh > 14 || mm > 59)
                return std::nullopt;
            offsetMinutes = (rest.front() == '+' ? 1 : -1) * (hh * 60 + mm);
        } else {
            return std::nullopt;
        }
    }
    if (h > 23 || minute < 0 || minute > 59 || second >= 61)
        return std::nullopt;
    return (h * 3600 + minute * 60 + second - offsetMinutes * 60) / 86400.0;
}

std::optional<DayNumber> dayNumber(int year, int month, int day, std::optional<double> time)
{
    if (year < firstYear || year > lastYear || !time)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    static const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    return static_cast<double>(date.toJulianDay() - epoch) + *time;
}

/// Two numbers and a four-digit year separated by one of / . -, e.g. 04/03/2026.
struct NumericDate {
    int first = -1;
    int second = -1;
    int year = -1;
};

std::optional<NumericDate> numericDate(Scanner& s)
{
    NumericDate d;
    d.first = s.number(2);
    const char separator = s.peek();
    if (d.first < 0 || (separator != '/' && separator != '.' && separator != '-'))
        return std::nullopt;
    s.take(separator);
    d.second = s.number(2);
    if (d.second < 0 || !s.take(separator))
        return std::nullopt;
    int digits = 0;
    d.year = s.number(4, &digits);
    if (digits != 4)
        return std::nullopt;
    return d;
}

} // namespace

std::optional<DayNumber> parseDay(std::string_view text, DateOrder order)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    Scanner s(text);
    int digits = 0;
    const int lead = s.number(4, &digits);
    if (lead < 0)
        return std::nullopt;
    if (digits == 4 && (s.peek() == '-' || s.peek() == '/')) {
        const char separator = s.peek();
        s.take(separator);
        const int month = s.number(2);
        if (month < 0 || !s.take(separator))
            return std::nullopt;
        const int day = s.number(2);
        if (day < 0)
            return std::nullopt;
        return dayNumber(lead, month, day, timeOfDay(s));
    }
    Scanner again(text);
    const auto d = numericDate(again);
    if (!d)
        return std::nullopt;
    const auto time = timeOfDay(again);
    const bool firstIsDay = d->first > 12;
    const bool secondIsDay = d->second > 12;
    DateOrder use = order;
    if (use == DateOrder::Unknown) {
        if (firstIsDay == secondIsDay)
            return std::nullopt; // both fit, or neither: the order must be given
        use = firstIsDay ? DateOrder::DayFirst : DateOrder::MonthFirst;
    }
    return use == DateOrder::DayFirst ? dayNumber(d->year, d->second, d->first, time)
                                      : dayNumber(d->year, d->first, d->second, time);
}

void DateOrderEvidence::observe(std::string_view text)
{
    Scanner s(trimmed(text));
    const auto d = numericDate(s);
    if (!d)
        return;
    numeric = true;
    if (d->first > 12 && d->second <= 12)
        dayFirst = true;
    if (d->second > 12 && d->first <= 12)
        monthFirst = true;
}

DateOrder DateOrderEvidence::order() const
{
    if (dayFirst == monthFirst)
        return DateOrder::Unknown;
    return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

} // namespace b2x::calibration
