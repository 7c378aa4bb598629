#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace callstop {

struct ParsedPhoneNumber;

// One valid phone number in E.164 form ("+918882876897"), what the terminate-by-number request expects, with the
// region it belongs to. Only parse() and fromE164() make one, so a PhoneNumber that is not null is always a number
// libphonenumber calls valid, without an extension.
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::PhoneNumber)

public:
    // Why a text is not taken as a number. The order is not meaningful.
    enum class Refusal {
        None,
        Empty,
        NotANumber,
        TooShort,
        TooLong,
        WrongLength, // between the shortest and the longest numbers of the region, but no number there has it
        LocalOnly, // a local number without its area code
        UnknownCountryCode,
        MissingCountry, // written nationally while no default region is set
        Extension, // a campaign calls a line, not an extension behind it
        InvalidForRegion, // of a possible length, but no such number exists in the region
    };

    // Libphonenumber refuses longer input; it is refused here before any conversion.
    static constexpr int MaxInputLength = 250;
    // ITU-T E.164: country code and national number together.
    static constexpr int MaxE164Digits = 15;

    PhoneNumber() = default;

    // Reads one number as an operator writes it: national or international, with spaces (also no-break and
    // full-width ones), dots, dashes, brackets, "(0)" after the country code, full-width or other Unicode digits, a
    // "tel:" link (with phone-context), surrounding quotes. defaultRegion is an ISO 3166 alpha-2 code of any case
    // ("IN", "us"), used for numbers written without their country code; with an empty, "ZZ" or unknown region only
    // numbers starting with + or 00 are taken.
    static ParsedPhoneNumber parse(QStringView text, QStringView defaultRegion);
    // Exactly the E.164 form of a valid number ("+" and digits, nothing else), as written by toString().
    static std::optional<PhoneNumber> fromE164(QStringView text);

    // The sentence for a refusal of the value text. regionCode names the region the number was read for, if known.
    static QString reasonText(Refusal refusal, QStringView text, QStringView regionCode = {});

    bool isNull() const { return m_e164.isEmpty(); }
    // "+918882876897"
    const QString& toString() const { return m_e164; }
    // ISO 3166 alpha-2 code of the region the number belongs to ("IN"), or "001" for a non-geographic number
    // (+800, +882, ...).
    const QString& regionCode() const { return m_region; }
    // The region's English name ("India"), for display.
    QString regionName() const;
    // "+91 88828 76897"
    QString internationalFormat() const;
    // "088828 76897", as dialled inside the region.
    QString nationalFormat() const;

    friend bool operator==(const PhoneNumber& a, const PhoneNumber& b) { return a.m_e164 == b.m_e164; }
    friend bool operator!=(const PhoneNumber& a, const PhoneNumber& b) { return a.m_e164 != b.m_e164; }
    friend bool operator<(const PhoneNumber& a, const PhoneNumber& b) { return a.m_e164 < b.m_e164; }

private:
    PhoneNumber(QString e164, QString region)
        : m_e164(std::move(e164))
        , m_region(std::move(region))
    { }

    QString m_e164;
    QString m_region;
};

// The outcome of reading one value: a number, or why there is none.
struct ParsedPhoneNumber
{
    std::optional<PhoneNumber> number;
    PhoneNumber::Refusal refusal = PhoneNumber::Refusal::Empty;
    QString reason; // one sentence for the operator naming the value, translated; empty when number is set

    explicit operator bool() const { return number.has_value(); }
};

inline size_t qHash(const PhoneNumber& number, size_t seed = 0) noexcept
{
    return qHash(number.toString(), seed);
}

} // namespace callstop

Q_DECLARE_METATYPE(callstop::PhoneNumber)
