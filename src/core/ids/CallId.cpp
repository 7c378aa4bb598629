#include "CallId.h"

#include <cstring>

namespace callstop {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'`' || c == u'\u201c' || c == u'\u201d' || c == u'\u2018'
        || c == u'\u2019';
}

template<typename Char>
std::optional<CallId> parseCanonical(const Char* text, int length, std::array<std::uint8_t, 16>& out)
{
    if (length != CallId::TextLength)
        return std::nullopt;
    int byte = 0;
    for (int i = 0; i < CallId::TextLength; ++i) {
        if (isCallIdDashPosition(i)) {
            if (text[i] != '-')
                return std::nullopt;
            continue;
        }
        const int hi = hexValue(char16_t(text[i]));
        const int lo = hexValue(char16_t(text[i + 1]));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[std::size_t(byte++)] = std::uint8_t((hi << 4) | lo);
        ++i;
    }
    return CallId();
}

} // namespace

std::optional<CallId> CallId::fromCanonical(QStringView text)
{
    CallId id;
    if (!parseCanonical(text.utf16(), int(text.size()), id.m_bytes))
        return std::nullopt;
    return id;
}

std::optional<CallId> CallId::fromCanonical(const char* text, int length)
{
    CallId id;
    if (!parseCanonical(text, length, id.m_bytes))
        return std::nullopt;
    return id;
}

std::optional<CallId> CallId::parse(QStringView text)
{
    // Whitespace and quotes may wrap the ID in any order and number ("  '{…}' ", "\"{…}\"").
    for (;;) {
        const qsizetype before = text.size();
        while (!text.isEmpty() && isTrimmable(text.front()))
            text = text.mid(1);
        while (!text.isEmpty() && isTrimmable(text.back()))
            text.chop(1);
        if (text.size() >= 2 && text.front() == u'{' && text.back() == u'}')
            text = text.mid(1, text.size() - 2);
        if (text.size() == before)
            break;
    }
    return fromCanonical(text);
}

bool CallId::isNull() const
{
    for (auto b : m_bytes) {
        if (b != 0)
            return false;
    }
    return true;
}

void CallId::writeCanonical(char* out) const
{
    static constexpr char digits[] = "0123456789abcdef";
    int byte = 0;
    for (int i = 0; i < TextLength; ++i) {
        if (isCallIdDashPosition(i)) {
            out[i] = '-';
            continue;
        }
        const std::uint8_t b = m_bytes[std::size_t(byte++)];
        out[i] = digits[b >> 4];
        out[i + 1] = digits[b & 0xf];
        ++i;
    }
}

QByteArray CallId::toLatin1() const
{
    QByteArray out(TextLength, Qt::Uninitialized);
    writeCanonical(out.data());
    return out;
}

QString CallId::toString() const
{
    char buffer[TextLength];
    writeCanonical(buffer);
    return QString::fromLatin1(buffer, TextLength);
}

size_t qHash(const CallId& id, size_t seed) noexcept
{
    return qHashBits(id.bytes().data(), id.bytes().size(), seed);
}

} // namespace callstop
