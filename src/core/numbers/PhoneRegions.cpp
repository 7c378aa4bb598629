#include "PhoneRegions.h"

#include "LibPhoneNumber.h"

#include <algorithm>
#include <set>

namespace callstop {

using namespace numbers_detail;

namespace {

// The region code libphonenumber uses for non-geographic numbers (+800, +808, +870, +878, +881, +882, +883, +888,
// +979).
constexpr char16_t NonGeographic[] = u"001";

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString PhoneRegions::normalized(QStringView code)
{
    if (code.size() != 2 || !isAsciiLetter(code[0]) || !isAsciiLetter(code[1]))
        return {};
    const QString upper = code.toString().toUpper();
    // GetCountryCodeForRegion is 0 for "ZZ" and every code without metadata, and logs nothing.
    return phoneUtil().GetCountryCodeForRegion(toStd(upper)) != 0 ? upper : QString();
}

bool PhoneRegions::isSupported(QStringView code)
{
    return !normalized(code).isEmpty();
}

int PhoneRegions::callingCode(QStringView code)
{
    const QString region = normalized(code);
    return region.isEmpty() ? 0 : phoneUtil().GetCountryCodeForRegion(toStd(region));
}

QString PhoneRegions::name(QStringView code)
{
    if (code == QStringView(NonGeographic))
        return tr("non-geographic numbers");
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code.toString().toUpper();
    return QLocale::territoryToString(territory);
}

QString PhoneRegions::defaultRegionFor(const QLocale& locale)
{
    const QLocale::Territory territory = locale.territory();
    if (territory == QLocale::AnyTerritory)
        return {};
    // Qt codes continents and the world by UN M.49 numbers ("150", "001"); normalized() drops those.
    return normalized(QLocale::territoryToCode(territory));
}

QString PhoneRegions::systemDefaultRegion()
{
    return defaultRegionFor(QLocale::system());
}

QList<PhoneRegion> PhoneRegions::supportedRegions()
{
    std::set<std::string> codes;
    const pn::PhoneNumberUtil& util = phoneUtil();
    util.GetSupportedRegions(&codes);
    QList<PhoneRegion> out;
    out.reserve(qsizetype(codes.size()));
    for (const std::string& code : codes) {
        const QString region = fromStd(code);
        out.append({region, name(region), util.GetCountryCodeForRegion(code)});
    }
    std::sort(out.begin(), out.end(), [](const PhoneRegion& a, const PhoneRegion& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    return out;
}

} // namespace callstop
