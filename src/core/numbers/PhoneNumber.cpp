#include "PhoneNumber.h"

#include "LibPhoneNumber.h"
#include "PhoneRegions.h"

namespace callstop {

using namespace numbers_detail;

namespace {

// Longest value named in full in a reason; longer ones are cut with an ellipsis so that a pasted paragraph does not
// become the message.
constexpr qsizetype MaxShownLength = 40;

bool isTrimmable(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'`' || c == u'\u201c' || c == u'\u201d' || c == u'\u2018'
        || c == u'\u2019';
}

bool isPlus(QChar c)
{
    return c == u'+' || c == u'\uff0b';
}

bool isZeroDigit(QChar c)
{
    return c.isDigit() && c.digitValue() == 0;
}

QStringView trimmed(QStringView text)
{
    while (!text.isEmpty() && isTrimmable(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && isTrimmable(text.back()))
        text.chop(1);
    return text;
}

// What libphonenumber should see: every kind of space as an ASCII space, invisible format characters (zero-width
// spaces, soft hyphens, the direction marks that messengers put around numbers in right-to-left text) removed, and
// a "TEL:" link written in capitals turned into the lower-case prefix the library recognises.
QString cleaned(QStringView text)
{
    text = trimmed(text);
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Separator_Space || c == u'\t')
            out.append(u' ');
        else if (category != QChar::Other_Format)
            out.append(c);
    }
    if (out.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        out.replace(0, 4, QStringLiteral("tel:"));
    return out;
}

// True when the first thing before any digit is a plus sign: the number carries its country code.
bool startsWithPlus(QStringView text)
{
    for (QChar c : text) {
        if (isPlus(c))
            return true;
        if (c.isDigit())
            return false;
    }
    return false;
}

// Without a default region libphonenumber knows no international prefix, yet "00" is the one most of the world
// dials (ITU-T E.164 recommends it); it stands for "+" here. Returns whether it replaced one.
bool replaceLeadingDoubleZero(QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isPlus(c))
            return false;
        if (!c.isDigit())
            continue;
        if (i + 1 < text.size() && isZeroDigit(c) && isZeroDigit(text.at(i + 1))) {
            text.replace(i, 2, QStringLiteral("+"));
            return true;
        }
        return false;
    }
    return false;
}

QString regionOfCountryCode(int countryCode)
{
    std::string region;
    phoneUtil().GetRegionCodeForCountryCode(countryCode, &region);
    return fromStd(region);
}

ParsedPhoneNumber refused(PhoneNumber::Refusal refusal, QStringView text, QStringView region)
{
    return {std::nullopt, refusal, PhoneNumber::reasonText(refusal, text, region)};
}

} // namespace

QString PhoneNumber::reasonText(Refusal refusal, QStringView text, QStringView regionCode)
{
    QString shown = trimmed(text).toString();
    if (shown.size() > MaxShownLength)
        shown = shown.left(MaxShownLength - 1) + u'\u2026';
    const QString region
        = regionCode.isEmpty() || regionCode == QLatin1String("ZZ") ? QString() : PhoneRegions::name(regionCode);

    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Empty:
        return tr("the value is empty, not a phone number");
    case Refusal::NotANumber:
        return tr("'%1' is not a phone number").arg(shown);
    case Refusal::TooShort:
        return region.isEmpty() ? tr("'%1' is too short for a phone number").arg(shown)
                                : tr("'%1' is too short for a phone number of %2").arg(shown, region);
    case Refusal::TooLong:
        return region.isEmpty() ? tr("'%1' is too long for a phone number").arg(shown)
                                : tr("'%1' is too long for a phone number of %2").arg(shown, region);
    case Refusal::WrongLength:
        return region.isEmpty() ? tr("'%1' has a number of digits no phone number has").arg(shown)
                                : tr("'%1' has a number of digits no phone number of %2 has").arg(shown, region);
    case Refusal::LocalOnly:
        return region.isEmpty() ? tr("'%1' is a local number without its area code").arg(shown)
                                : tr("'%1' is a local number of %2 without its area code").arg(shown, region);
    case Refusal::UnknownCountryCode:
        return tr("'%1' does not start with a known country calling code").arg(shown);
    case Refusal::MissingCountry:
        return tr("'%1' has no country code: write it with + and the country code, or set a default region").arg(shown);
    case Refusal::Extension:
        return tr("'%1' has an extension; a campaign calls numbers without extensions").arg(shown);
    case Refusal::InvalidForRegion:
        return region.isEmpty()
            ? tr("'%1' has the length of a phone number, but no such number exists").arg(shown)
            : tr("'%1' has the length of a phone number of %2, but no such number exists there").arg(shown, region);
    }
    return {};
}

ParsedPhoneNumber PhoneNumber::parse(QStringView text, QStringView defaultRegion)
{
    const QString region = PhoneRegions::normalized(defaultRegion);
    if (text.size() > MaxInputLength * 4)
        return refused(Refusal::TooLong, text, region);
    QString input = cleaned(text);
    if (input.isEmpty())
        return refused(Refusal::Empty, text, region);
    if (input.size() > MaxInputLength)
        return refused(Refusal::TooLong, text, region);
    const bool international = region.isEmpty() ? replaceLeadingDoubleZero(input) || startsWithPlus(input) : false;

    const pn::PhoneNumberUtil& util = phoneUtil();
    pn::PhoneNumber number;
    const pn::PhoneNumberUtil::ErrorType error
        = util.Parse(toStd(input), region.isEmpty() ? std::string("ZZ") : toStd(region), &number);
    switch (error) {
    case pn::PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        // Without a region the library gives this error for every nationally written number too.
        return refused(
            region.isEmpty() && !international ? Refusal::MissingCountry : Refusal::UnknownCountryCode, text, region);
    case pn::PhoneNumberUtil::NOT_A_NUMBER:
        return refused(Refusal::NotANumber, text, region);
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case pn::PhoneNumberUtil::TOO_SHORT_NSN:
        return refused(Refusal::TooShort, text, region);
    case pn::PhoneNumberUtil::TOO_LONG_NSN:
        return refused(Refusal::TooLong, text, region);
    }

    // From here on the number has a country code, so reasons name the country it stands for.
    const QString countryRegion = regionOfCountryCode(number.country_code());
    if (number.has_extension())
        return refused(Refusal::Extension, text, countryRegion);
    switch (util.IsPossibleNumberWithReason(number)) {
    case pn::PhoneNumberUtil::IS_POSSIBLE:
        break;
    case pn::PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return refused(Refusal::LocalOnly, text, countryRegion);
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return refused(Refusal::UnknownCountryCode, text, countryRegion);
    case pn::PhoneNumberUtil::TOO_SHORT:
        return refused(Refusal::TooShort, text, countryRegion);
    case pn::PhoneNumberUtil::INVALID_LENGTH:
        return refused(Refusal::WrongLength, text, countryRegion);
    case pn::PhoneNumberUtil::TOO_LONG:
        return refused(Refusal::TooLong, text, countryRegion);
    }
    // IsValidNumber() is exactly these two steps; done here so that the region, which for +1 means trying some
    // twenty regions, is looked up once.
    std::string numberRegion;
    util.GetRegionCodeForNumber(number, &numberRegion);
    if (!util.IsValidNumberForRegion(number, numberRegion))
        return refused(Refusal::InvalidForRegion, text, countryRegion);

    std::string e164;
    util.Format(number, pn::PhoneNumberUtil::E164, &e164);
    // libphonenumber accepts some German numbers of up to 17 national digits; E.164, and so the API, stops at 15.
    if (e164.size() > std::size_t(MaxE164Digits) + 1)
        return refused(Refusal::TooLong, text, countryRegion);
    return {PhoneNumber(fromStd(e164), fromStd(numberRegion)), Refusal::None, {}};
}

std::optional<PhoneNumber> PhoneNumber::fromE164(QStringView text)
{
    if (text.size() < 3 || text.size() > MaxE164Digits + 1 || text.front() != u'+')
        return std::nullopt;
    for (QChar c : text.mid(1)) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    ParsedPhoneNumber parsed = parse(text, {});
    if (!parsed.number || parsed.number->toString() != text)
        return std::nullopt;
    return std::move(parsed.number);
}

QString PhoneNumber::regionName() const
{
    return isNull() ? QString() : PhoneRegions::name(m_region);
}

namespace {

QString formatted(const QString& e164, pn::PhoneNumberUtil::PhoneNumberFormat format)
{
    if (e164.isEmpty())
        return {};
    const pn::PhoneNumberUtil& util = phoneUtil();
    pn::PhoneNumber number;
    if (util.Parse(toStd(e164), "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util.Format(number, format, &out);
    return fromStd(out);
}

} // namespace

QString PhoneNumber::internationalFormat() const
{
    return formatted(m_e164, pn::PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumber::nationalFormat() const
{
    return formatted(m_e164, pn::PhoneNumberUtil::NATIONAL);
}

} // namespace callstop
