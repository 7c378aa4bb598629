#include "CallId.h"

#include <array>
#include <cstring>
#include <type_traits>

namespace callstop {

namespace {

bool isTrimmable(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'`' || c == u'\u201c' || c == u'\u201d' || c == u'\u2018'
        || c == u'\u2019';
}

// Hex digit values for the bytes 0..255; 0xff for anything else. A table, because this runs for every cell of a
// million-row import.
struct HexTable
{
    std::uint8_t value[256];
    constexpr HexTable()
        : value()
    {
        for (std::uint8_t& v : value)
            v = 0xff;
        for (int i = 0; i < 10; ++i)
            value['0' + i] = std::uint8_t(i);
        for (int i = 0; i < 6; ++i) {
            value['a' + i] = std::uint8_t(10 + i);
            value['A' + i] = std::uint8_t(10 + i);
        }
    }
};
constexpr HexTable hexTable;

// Start of each byte's two hex digits in the 8-4-4-4-12 text.
constexpr int digitPositions[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};

template<typename Char> bool parseCanonical(const Char* text, int length, std::array<std::uint8_t, 16>& out)
{
    if (length != CallId::TextLength || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return false;
    unsigned bad = 0;
    for (int b = 0; b < 16; ++b) {
        const auto c1 = std::uint32_t(static_cast<std::make_unsigned_t<Char>>(text[digitPositions[b]]));
        const auto c2 = std::uint32_t(static_cast<std::make_unsigned_t<Char>>(text[digitPositions[b] + 1]));
        // Characters beyond Latin-1 are never hex digits.
        const std::uint8_t hi = c1 < 256 ? hexTable.value[c1] : 0xff;
        const std::uint8_t lo = c2 < 256 ? hexTable.value[c2] : 0xff;
        bad |= hi | lo;
        out[std::size_t(b)] = std::uint8_t((hi << 4) | (lo & 0xf));
    }
    return (bad & 0xf0) == 0;
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
    // Written for every ID of every request body and record (four times per ID in a job): unrolled, two digits
    // from one table lookup, the dashes at their fixed places.
    static constexpr char digits[] = "0123456789abcdef";
    static constexpr auto pairs = [] {
        std::array<char, 512> table {};
        for (std::size_t b = 0; b < 256; ++b) {
            table[2 * b] = digits[b >> 4];
            table[2 * b + 1] = digits[b & 0xf];
        }
        return table;
    }();
    for (std::size_t b = 0; b < 16; ++b) {
        const char* pair = pairs.data() + 2 * std::size_t(m_bytes[b]);
        out[digitPositions[b]] = pair[0];
        out[digitPositions[b] + 1] = pair[1];
    }
    out[8] = '-';
    out[13] = '-';
    out[18] = '-';
    out[23] = '-';
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
