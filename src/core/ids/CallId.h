#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace callstop {

// One call ID of the provider: a UUID, kept as its 16 bytes so that a million rows stay small.
// The canonical text form is lowercase 8-4-4-4-12, which is what the API expects.
class CallId final
{
public:
    static constexpr int TextLength = 36;

    CallId() = default;

    // Accepts one ID with any letter case, optional braces, surrounding whitespace or quotes.
    // Anything else (other text around it, glued hex digits, wrong grouping) is rejected.
    static std::optional<CallId> parse(QStringView text);

    // Exactly 36 characters in 8-4-4-4-12 form, hex digits of any case; no trimming.
    static std::optional<CallId> fromCanonical(QStringView text);
    static std::optional<CallId> fromCanonical(const char* text, int length);

    bool isNull() const;
    QString toString() const;
    // Writes the 36 canonical characters into out (no terminator).
    void writeCanonical(char* out) const;
    QByteArray toLatin1() const;

    const std::array<std::uint8_t, 16>& bytes() const { return m_bytes; }

    friend bool operator==(const CallId& a, const CallId& b) { return a.m_bytes == b.m_bytes; }
    friend bool operator!=(const CallId& a, const CallId& b) { return a.m_bytes != b.m_bytes; }
    friend bool operator<(const CallId& a, const CallId& b) { return a.m_bytes < b.m_bytes; }

private:
    std::array<std::uint8_t, 16> m_bytes {};
};

size_t qHash(const CallId& id, size_t seed = 0) noexcept;

// Where the dashes of a canonical ID stand.
constexpr bool isCallIdDashPosition(int i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

} // namespace callstop

Q_DECLARE_METATYPE(callstop::CallId)
