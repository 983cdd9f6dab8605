#include "JsonWriter.h"

#include "Json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace steward::json {
namespace {

// Writes `value` (not negative) as `width` digits at least, and returns the end.
char* digits(char* out, qint64 value, int width)
{
    char reversed[20];
    int n = 0;
    do {
        reversed[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        *out++ = reversed[--n];
    return out;
}

// Days since 1970-01-01 to a proleptic Gregorian date (the usual era arithmetic: 400-year eras of
// 146097 days, years starting in March so the leap day comes last).
void civilDate(qint64 days, qint64& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

} // namespace

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name)
{
    // One append: a page of users writes some thousand keys.
    char buffer[64];
    char* out = buffer;
    if (m_needComma)
        *out++ = ',';
    if (name.size() > qsizetype(sizeof buffer) - 4) {
        m_out.append(buffer, out - buffer).append('"').append(name.data(), name.size()).append("\":", 2);
    } else {
        *out++ = '"';
        out = std::copy(name.begin(), name.end(), out);
        *out++ = '"';
        *out++ = ':';
        m_out.append(buffer, out - buffer);
    }
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::value(QStringView text)
{
    separate();
    writeString(text);
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    m_out.append(buffer, end - buffer);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter& JsonWriter::value(const QJsonValue& any)
{
    switch (any.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = any.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            separate();
            writeString(it.key());
            m_out.append(':');
            m_needComma = false;
            value(it.value());
        }
        return endObject();
    }
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue& item : any.toArray())
            value(item);
        return endArray();
    }
    case QJsonValue::String:
        return value(any.toString());
    case QJsonValue::Bool:
        return value(any.toBool());
    case QJsonValue::Double: {
        const double number = any.toDouble();
        if (!std::isfinite(number))
            return null(); // JSON has no infinities; Qt writes them as null too
        // Whole numbers JavaScript holds exactly print as integers, the rest in the shortest form
        // that reads back to the same double.
        if (std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
            return value(qint64(number));
        separate();
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
        return *this;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

JsonWriter& JsonWriter::id(const QUuid& id)
{
    if (id.isNull())
        return null();
    separate();
    m_out.append('"').append(id.toByteArray(QUuid::WithoutBraces)).append('"');
    return *this;
}

JsonWriter& JsonWriter::time(const QDateTime& time)
{
    if (!time.isValid())
        return null();
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 kDay = 86400000;
    qint64 days = ms / kDay;
    qint64 inDay = ms % kDay;
    if (inDay < 0) {
        inDay += kDay;
        --days;
    }
    qint64 year = 0;
    int month = 0, day = 0;
    civilDate(days, year, month, day);
    if (year < 0 || year > 9999) // outside what four digits say: Qt's own form
        return value(QStringView(formatTime(time)));
    separate();
    char buffer[32];
    char* out = buffer;
    *out++ = '"';
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    out = digits(out, day, 2);
    *out++ = 'T';
    out = digits(out, inDay / 3600000, 2);
    *out++ = ':';
    out = digits(out, inDay / 60000 % 60, 2);
    *out++ = ':';
    out = digits(out, inDay / 1000 % 60, 2);
    *out++ = '.';
    out = digits(out, inDay % 1000, 3);
    *out++ = 'Z';
    *out++ = '"';
    m_out.append(buffer, out - buffer);
    return *this;
}

void JsonWriter::writeString(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Room for the worst case (every unit a \u00XX escape), written through a pointer, then cut
    // back: appending byte by byte costs more than everything else here.
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 + text.size() * 6);
    char* out = m_out.data() + start;
    *out++ = '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *out++ = char(c);
                continue;
            }
            *out++ = '\\';
            switch (c) {
            case u'"':
            case u'\\':
                *out++ = char(c);
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            case u'\b':
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = 'f';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[c >> 4];
                *out++ = hex[c & 0xf];
            }
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            code = QChar::surrogateToUcs4(c, text[++i].unicode());
        } else if (QChar::isSurrogate(c)) {
            code = 0xfffd; // a lone half of a pair: the replacement character, as Qt writes it
        }
        if (code < 0x800) {
            *out++ = char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            *out++ = char(0xe0 | (code >> 12));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
        } else {
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
        }
        *out++ = char(0x80 | (code & 0x3f));
    }
    *out++ = '"';
    m_out.truncate(out - m_out.constData());
}

} // namespace steward::json
