#include "JsonLine.h"

#include <cstring>

namespace callstop {

JsonLine::JsonLine()
{
    m_text.reserve(256);
    m_text.append('{');
}

JsonLine& JsonLine::addKey(const char* key)
{
    if (!m_first)
        m_text.append(',');
    m_first = false;
    m_text.append('"');
    m_text.append(key, qsizetype(std::strlen(key)));
    m_text.append("\":", 2);
    return *this;
}

JsonLine& JsonLine::addString(const char* key, QStringView value)
{
    addKey(key);
    appendString(m_text, value);
    return *this;
}

JsonLine& JsonLine::addInt(const char* key, qint64 value)
{
    addKey(key);
    m_text.append(QByteArray::number(value));
    return *this;
}

JsonLine& JsonLine::addBool(const char* key, bool value)
{
    addKey(key);
    m_text.append(value ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonLine& JsonLine::addRaw(const char* key, QByteArrayView json)
{
    addKey(key);
    m_text.append(json);
    return *this;
}

QByteArray JsonLine::takeLine()
{
    m_text.append("}\n", 2);
    return std::exchange(m_text, {});
}

void JsonLine::appendString(QByteArray& out, QStringView value)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plain = 0; // start of the run of ASCII that needs no escape
    const char16_t* s = value.utf16();
    const qsizetype n = value.size();
    auto flushAscii = [&](qsizetype end) {
        for (qsizetype j = plain; j < end; ++j)
            out.append(char(s[j]));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\')
            continue;
        flushAscii(i);
        plain = i + 1;
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            break;
        case u'\\':
            out.append("\\\\", 2);
            break;
        case u'\b':
            out.append("\\b", 2);
            break;
        case u'\f':
            out.append("\\f", 2);
            break;
        case u'\n':
            out.append("\\n", 2);
            break;
        case u'\r':
            out.append("\\r", 2);
            break;
        case u'\t':
            out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                out.append(escape, 6);
            } else {
                // Everything from here to the next ASCII character, as UTF-8 (a lone surrogate becomes U+FFFD, as
                // QString::toUtf8 writes it).
                qsizetype end = i + 1;
                while (end < n && s[end] >= 0x80)
                    ++end;
                out.append(value.mid(i, end - i).toUtf8());
                i = end - 1;
                plain = end;
            }
        }
    }
    flushAscii(n);
    out.append('"');
}

} // namespace callstop
