#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace callstop {

// A region phone numbers can be read for, as offered in the Preferences.
struct PhoneRegion
{
    QString code; // ISO 3166 alpha-2, upper case ("IN")
    QString name; // English name ("India"); the code itself when Qt has no name for it
    int callingCode = 0; // 91

    friend bool operator==(const PhoneRegion& a, const PhoneRegion& b)
    {
        return a.code == b.code && a.name == b.name && a.callingCode == b.callingCode;
    }
};

// The default region for numbers written without a country code, and the regions libphonenumber knows.
class PhoneRegions final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::PhoneRegions)

public:
    // The country of the system locale, when libphonenumber knows it; otherwise empty, which takes only numbers
    // written with + or 00.
    static QString systemDefaultRegion();
    // The same for any locale ("de_DE" -> "DE", "en_IN" -> "IN", "C" -> "").
    static QString defaultRegionFor(const QLocale& locale);

    // Every region libphonenumber has metadata for, sorted by name.
    static QList<PhoneRegion> supportedRegions();
    // True for a code libphonenumber has metadata for (any case: "in" counts).
    static bool isSupported(QStringView code);
    // The upper-case code when supported, else an empty string ("ZZ", "XX", "", "001" -> "").
    static QString normalized(QStringView code);
    // English name of a region code, the code itself when Qt has none; "001" names non-geographic numbers.
    static QString name(QStringView code);
    // 91 for "IN"; 0 when unknown.
    static int callingCode(QStringView code);
};

} // namespace callstop
