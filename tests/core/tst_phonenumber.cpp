// One phone number read as operators write it, to E.164 or to the reason it is refused; the default-region helper.
#include "numbers/PhoneNumber.h"
#include "numbers/PhoneRegions.h"

#include <QLocale>
#include <QTest>

using namespace callstop;
using Refusal = PhoneNumber::Refusal;

Q_DECLARE_METATYPE(callstop::PhoneNumber::Refusal)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void reasonNamesTheValue_data();
    void reasonNamesTheValue();
    void reasonOfLongValueIsCut();
    void formats_data();
    void formats();
    void fromE164_data();
    void fromE164();
    void equalityAndHash();
    void defaultRegionFor_data();
    void defaultRegionFor();
    void systemDefaultRegionIsSupportedOrEmpty();
    void supportedRegions();
    void normalizedRegion_data();
    void normalizedRegion();
};

void TestPhoneNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164"); // empty when refused
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<QString>("numberRegion");

    const auto ok
        = [](const char* name, const QString& text, const char* region, const char* e164, const char* numberRegion) {
              QTest::newRow(name) << text << QString::fromLatin1(region) << QString::fromLatin1(e164) << Refusal::None
                                  << QString::fromLatin1(numberRegion);
          };
    const auto no = [](const char* name, const QString& text, const char* region, Refusal refusal) {
        QTest::newRow(name) << text << QString::fromLatin1(region) << QString() << refusal << QString();
    };

    // India
    ok("IN international spaced", QStringLiteral("+91 88828 76897"), "IN", "+918882876897", "IN");
    ok("IN national with 0", QStringLiteral("088828 76897"), "IN", "+918882876897", "IN");
    ok("IN bare ten digits", QStringLiteral("8882876897"), "IN", "+918882876897", "IN");
    ok("IN country code without plus", QStringLiteral("91 8882876897"), "IN", "+918882876897", "IN");
    ok("IN dashes, no region", QStringLiteral("+91-8882-876-897"), "", "+918882876897", "IN");
    ok("IN no-break spaces", QStringLiteral("+91\u00a088828\u00a076897"), "", "+918882876897", "IN");
    ok("IN narrow and ideographic spaces", QStringLiteral("+91\u202f88828\u300076897"), "", "+918882876897", "IN");
    ok("IN direction marks around", QStringLiteral("\u200e+91 88828 76897\u200f"), "", "+918882876897", "IN");
    ok("IN quoted", QStringLiteral(" '+91 88828 76897' "), "", "+918882876897", "IN");
    ok("IN region in lower case", QStringLiteral("88828 76897"), "in", "+918882876897", "IN");
    no("IN digit missing", QStringLiteral("+91 88828 7689"), "", Refusal::InvalidForRegion);
    // United States
    ok("US brackets", QStringLiteral("(415) 555-0100"), "US", "+14155550100", "US");
    ok("US tel link", QStringLiteral("tel:+1-415-555-0100"), "", "+14155550100", "US");
    ok("US TEL link in capitals", QStringLiteral("TEL:+14155550100"), "", "+14155550100", "US");
    ok("US tel link with phone-context", QStringLiteral("tel:555-0100;phone-context=+1-415"), "", "+14155550100", "US");
    ok("US dots", QStringLiteral("415.555.0100"), "US", "+14155550100", "US");
    ok("US vanity", QStringLiteral("1-800-FLOWERS"), "US", "+18003569377", "US");
    no("US tel link with extension", QStringLiteral("tel:+1-415-555-0100;ext=12"), "", Refusal::Extension);
    no("US extension", QStringLiteral("+1 415 555 0100 ext. 123"), "US", Refusal::Extension);
    no("US x extension", QStringLiteral("(415) 555-0100 x7"), "US", Refusal::Extension);
    no("US local only", QStringLiteral("555-0100"), "US", Refusal::LocalOnly);
    no("US digit too many", QStringLiteral("+1 415 555 01000"), "", Refusal::TooLong);
    no("US area code 123", QStringLiteral("+1 123 456 7890"), "", Refusal::InvalidForRegion);
    no("US 00 is no international prefix", QStringLiteral("0049 30 1234567"), "US", Refusal::TooLong);
    // United Kingdom
    ok("GB (0) after country code", QStringLiteral("+44 (0)20 7946 0958"), "", "+442079460958", "GB");
    ok("GB national", QStringLiteral("020 7946 0958"), "GB", "+442079460958", "GB");
    no("GB possible but invalid", QStringLiteral("+44 20 7946 095"), "", Refusal::InvalidForRegion);
    no("GB drama range is no real number", QStringLiteral("07700 900123"), "GB", Refusal::InvalidForRegion);
    no("GB too short", QStringLiteral("+44 1"), "", Refusal::TooShort);
    no("GB country code only", QStringLiteral("+44"), "", Refusal::NotANumber);
    // Germany
    ok("DE 00 from DE", QStringLiteral("0049 30 1234567"), "DE", "+49301234567", "DE");
    ok("DE 00 without region", QStringLiteral("0049 30 1234567"), "", "+49301234567", "DE");
    ok("DE 00 without region, ZZ", QStringLiteral("0049 30 1234567"), "ZZ", "+49301234567", "DE");
    ok("DE national", QStringLiteral("030 1234567"), "DE", "+49301234567", "DE");
    ok("DE plus from another region", QStringLiteral("+49 30 1234567"), "US", "+49301234567", "DE");
    ok("DE slash", QStringLiteral("030/1234567"), "DE", "+49301234567", "DE");
    no("DE national without region", QStringLiteral("030 1234567"), "", Refusal::MissingCountry);
    no("DE longer than E.164 allows", QStringLiteral("030 123456734567"), "DE", Refusal::TooLong);
    no("DE area code alone", QStringLiteral("+49 30"), "", Refusal::LocalOnly);
    // France
    ok("FR spaced pairs", QStringLiteral("01 23 45 67 89"), "FR", "+33123456789", "FR");
    ok("FR dotted mobile", QStringLiteral("06.12.34.56.78"), "FR", "+33612345678", "FR");
    no("FR digit missing", QStringLiteral("+33 1 23 45 67 8"), "", Refusal::TooShort);
    // Brazil, Australia, Japan
    ok("BR mobile", QStringLiteral("(11) 91234-5678"), "BR", "+5511912345678", "BR");
    ok("AU mobile", QStringLiteral("0412 345 678"), "AU", "+61412345678", "AU");
    ok("AU Sydney", QStringLiteral("+61 2 9876 5432"), "", "+61298765432", "AU");
    no("AU digit missing", QStringLiteral("+61 2 9876 543"), "", Refusal::InvalidForRegion);
    ok("JP full-width digits",
        QStringLiteral("\uff10\uff13\uff0d\uff11\uff12\uff13\uff14\uff0d\uff15\uff16\uff17\uff18"), "JP",
        "+81312345678", "JP");
    ok("JP full-width plus", QStringLiteral("\uff0b81 90 1234 5678"), "", "+819012345678", "JP");
    ok("JP mobile", QStringLiteral("090-1234-5678"), "JP", "+819012345678", "JP");
    // United Arab Emirates, Singapore, South Africa, Mexico, China, Russia
    ok("AE mobile", QStringLiteral("050 123 4567"), "AE", "+971501234567", "AE");
    no("AE digit missing", QStringLiteral("+971 50 123 456"), "", Refusal::InvalidForRegion);
    ok("SG mobile", QStringLiteral("9123 4567"), "SG", "+6591234567", "SG");
    no("SG wrong length", QStringLiteral("+65 1234 56789"), "", Refusal::WrongLength);
    no("SG no number starts with 1", QStringLiteral("+65 1234 5678"), "", Refusal::InvalidForRegion);
    ok("ZA mobile", QStringLiteral("082 123 4567"), "ZA", "+27821234567", "ZA");
    ok("MX Mexico City", QStringLiteral("55 1234 5678"), "MX", "+525512345678", "MX");
    ok("CN mobile", QStringLiteral("+86 138 0013 8000"), "", "+8613800138000", "CN");
    ok("RU mobile", QStringLiteral("+7 912 345 67 89"), "", "+79123456789", "RU");
    ok("non-geographic +800", QStringLiteral("+800 1234 5678"), "", "+80012345678", "001");
    // Not numbers at all
    no("empty", QString(), "IN", Refusal::Empty);
    no("only spaces", QStringLiteral(" \u00a0 "), "IN", Refusal::Empty);
    no("word", QStringLiteral("hello"), "IN", Refusal::NotANumber);
    no("two digits", QStringLiteral("12"), "IN", Refusal::TooShort);
    no("too long", QStringLiteral("+91 1234567890123456"), "", Refusal::TooLong);
    no("too long to read", QString(300, u'9'), "IN", Refusal::TooLong);
    no("unknown country code", QStringLiteral("+999 1234 5678"), "", Refusal::UnknownCountryCode);
    no("unknown country code after 00", QStringLiteral("00999 1234 5678"), "DE", Refusal::UnknownCountryCode);
    no("unknown country code after 00, no region", QStringLiteral("00999 1234 5678"), "", Refusal::UnknownCountryCode);
    no("national, no region", QStringLiteral("88828 76897"), "", Refusal::MissingCountry);
    no("national, unknown region", QStringLiteral("88828 76897"), "XX", Refusal::MissingCountry);
}

void TestPhoneNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(Refusal, refusal);
    QFETCH(QString, numberRegion);

    const ParsedPhoneNumber parsed = PhoneNumber::parse(text, region);
    QCOMPARE(parsed.refusal, refusal);
    QCOMPARE(bool(parsed), !e164.isEmpty());
    if (parsed) {
        QCOMPARE(parsed.number->toString(), e164);
        QCOMPARE(parsed.number->regionCode(), numberRegion);
        QVERIFY(parsed.reason.isEmpty());
        // What comes out reads back as itself.
        QCOMPARE(PhoneNumber::fromE164(e164), parsed.number);
    } else {
        QVERIFY2(!parsed.reason.isEmpty(), qPrintable(text));
    }
}

void TestPhoneNumber::reasonNamesTheValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not a number") << QStringLiteral("hello") << QStringLiteral("IN")
                                  << QStringLiteral("'hello' is not a phone number");
    QTest::newRow("too short, region named")
        << QStringLiteral("+33 1 23 45 67 8") << QString()
        << QStringLiteral("'+33 1 23 45 67 8' is too short for a phone number of France");
    QTest::newRow("invalid, region named")
        << QStringLiteral("+91 88828 7689") << QString()
        << QStringLiteral(
               "'+91 88828 7689' has the length of a phone number of India, but no such number exists there");
    QTest::newRow("missing country")
        << QStringLiteral("030 1234567") << QString()
        << QStringLiteral(
               "'030 1234567' has no country code: write it with + and the country code, or set a default region");
    QTest::newRow("extension")
        << QStringLiteral("(415) 555-0100 x7") << QStringLiteral("US")
        << QStringLiteral("'(415) 555-0100 x7' has an extension; a campaign calls numbers without extensions");
    QTest::newRow("local only") << QStringLiteral("555-0100") << QStringLiteral("US")
                                << QStringLiteral(
                                       "'555-0100' is a local number of United States without its area code");
    QTest::newRow("unknown country code")
        << QStringLiteral("+999 1234 5678") << QString()
        << QStringLiteral("'+999 1234 5678' does not start with a known country calling code");
    QTest::newRow("wrong length") << QStringLiteral("+65 1234 56789") << QString()
                                  << QStringLiteral("'+65 1234 56789' has a number of digits no phone number of "
                                                    "Singapore has");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("the value is empty, not a phone number");
}

void TestPhoneNumber::reasonNamesTheValue()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, reason);
    QCOMPARE(PhoneNumber::parse(text, region).reason, reason);
}

void TestPhoneNumber::reasonOfLongValueIsCut()
{
    const QString text = QStringLiteral("+999 ") + QString(100, u'1');
    const QString reason = PhoneNumber::parse(text, {}).reason;
    QVERIFY2(reason.startsWith(QStringLiteral("'+999 1111")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("\u2026'")), qPrintable(reason));
    QVERIFY2(reason.size() < 100, qPrintable(reason));
}

void TestPhoneNumber::formats_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("regionName");

    QTest::newRow("IN") << QStringLiteral("+918882876897") << QStringLiteral("+91 88828 76897")
                        << QStringLiteral("088828 76897") << QStringLiteral("India");
    QTest::newRow("US") << QStringLiteral("+14155550100") << QStringLiteral("+1 415-555-0100")
                        << QStringLiteral("(415) 555-0100") << QStringLiteral("United States");
    QTest::newRow("GB") << QStringLiteral("+442079460958") << QStringLiteral("+44 20 7946 0958")
                        << QStringLiteral("020 7946 0958") << QStringLiteral("United Kingdom");
    QTest::newRow("DE") << QStringLiteral("+49301234567") << QStringLiteral("+49 30 1234567")
                        << QStringLiteral("030 1234567") << QStringLiteral("Germany");
    QTest::newRow("CA shares +1") << QStringLiteral("+16135550100") << QStringLiteral("+1 613-555-0100")
                                  << QStringLiteral("(613) 555-0100") << QStringLiteral("Canada");
    QTest::newRow("non-geographic") << QStringLiteral("+80012345678") << QStringLiteral("+800 1234 5678")
                                    << QStringLiteral("1234 5678") << QStringLiteral("non-geographic numbers");
}

void TestPhoneNumber::formats()
{
    QFETCH(QString, e164);
    QFETCH(QString, international);
    QFETCH(QString, national);
    QFETCH(QString, regionName);

    const std::optional<PhoneNumber> number = PhoneNumber::fromE164(e164);
    QVERIFY(number);
    QCOMPARE(number->internationalFormat(), international);
    QCOMPARE(number->nationalFormat(), national);
    QCOMPARE(number->regionName(), regionName);
}

void TestPhoneNumber::fromE164_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("E.164") << QStringLiteral("+918882876897") << true;
    QTest::newRow("spaces") << QStringLiteral("+91 88828 76897") << false;
    QTest::newRow("no plus") << QStringLiteral("918882876897") << false;
    QTest::newRow("00") << QStringLiteral("00918882876897") << false;
    QTest::newRow("invalid") << QStringLiteral("+91888287689") << false;
    QTest::newRow("national prefix kept") << QStringLiteral("+4402079460958") << false;
    QTest::newRow("full-width digits") << QStringLiteral("+\uff19\uff11") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plus only") << QStringLiteral("+") << false;
}

void TestPhoneNumber::fromE164()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const std::optional<PhoneNumber> number = PhoneNumber::fromE164(text);
    QCOMPARE(bool(number), accepted);
    if (number)
        QCOMPARE(number->toString(), text);
}

void TestPhoneNumber::equalityAndHash()
{
    const auto a = PhoneNumber::parse(QStringLiteral("+91 88828 76897"), {}).number;
    const auto b = PhoneNumber::parse(QStringLiteral("088828-76897"), QStringLiteral("IN")).number;
    const auto c = PhoneNumber::parse(QStringLiteral("+1 415 555 0100"), {}).number;
    QVERIFY(a && b && c);
    QCOMPARE(*a, *b);
    QCOMPARE(qHash(*a), qHash(*b));
    QVERIFY(*a != *c);
    QVERIFY(*c < *a);
    QVERIFY(PhoneNumber().isNull());
    QVERIFY(PhoneNumber().regionName().isEmpty());
    QVERIFY(PhoneNumber().internationalFormat().isEmpty());
}

void TestPhoneNumber::defaultRegionFor_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("region");

    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("DE");
    QTest::newRow("de_AT") << QLocale(QLocale::German, QLocale::Austria) << QStringLiteral("AT");
    QTest::newRow("en_IN") << QLocale(QLocale::English, QLocale::India) << QStringLiteral("IN");
    QTest::newRow("hi_IN") << QLocale(QLocale::Hindi, QLocale::India) << QStringLiteral("IN");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("US");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("GB");
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << QStringLiteral("BR");
    QTest::newRow("ar_AE") << QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates) << QStringLiteral("AE");
    QTest::newRow("C has no country") << QLocale::c() << QString();
    QTest::newRow("world is no region") << QLocale(QLocale::English, QLocale::World) << QString();
    QTest::newRow("Europe is no region") << QLocale(QLocale::English, QLocale::Europe) << QString();
}

void TestPhoneNumber::defaultRegionFor()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, region);
    QCOMPARE(PhoneRegions::defaultRegionFor(locale), region);
}

void TestPhoneNumber::systemDefaultRegionIsSupportedOrEmpty()
{
    const QString region = PhoneRegions::systemDefaultRegion();
    QVERIFY2(region.isEmpty() || PhoneRegions::isSupported(region), qPrintable(region));
    QCOMPARE(region, PhoneRegions::defaultRegionFor(QLocale::system()));
}

void TestPhoneNumber::supportedRegions()
{
    const QList<PhoneRegion> regions = PhoneRegions::supportedRegions();
    // libphonenumber 8.12 knows about 245 regions; a broken lookup would give none or a handful.
    QVERIFY2(regions.size() > 200, qPrintable(QString::number(regions.size())));
    QVERIFY(regions.contains(PhoneRegion {QStringLiteral("IN"), QStringLiteral("India"), 91}));
    QVERIFY(regions.contains(PhoneRegion {QStringLiteral("US"), QStringLiteral("United States"), 1}));
    QVERIFY(regions.contains(PhoneRegion {QStringLiteral("DE"), QStringLiteral("Germany"), 49}));
    QVERIFY(regions.contains(PhoneRegion {QStringLiteral("AE"), QStringLiteral("United Arab Emirates"), 971}));
    QSet<QString> codes;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const PhoneRegion& r = regions.at(i);
        QVERIFY2(r.code.size() == 2 && r.code == r.code.toUpper(), qPrintable(r.code));
        QVERIFY2(!r.name.isEmpty() && r.callingCode > 0, qPrintable(r.code));
        QVERIFY2(PhoneRegions::isSupported(r.code), qPrintable(r.code));
        QVERIFY2(!codes.contains(r.code), qPrintable(r.code));
        codes.insert(r.code);
        if (i > 0)
            QVERIFY2(QString::localeAwareCompare(regions.at(i - 1).name, r.name) <= 0, qPrintable(r.name));
    }
    QVERIFY(!codes.contains(QStringLiteral("ZZ")));
    QVERIFY(!codes.contains(QStringLiteral("001")));
}

void TestPhoneNumber::normalizedRegion_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("callingCode");

    QTest::newRow("IN") << QStringLiteral("IN") << QStringLiteral("IN") << 91;
    QTest::newRow("lower case") << QStringLiteral("de") << QStringLiteral("DE") << 49;
    QTest::newRow("ZZ") << QStringLiteral("ZZ") << QString() << 0;
    QTest::newRow("unknown") << QStringLiteral("XX") << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("three letters") << QStringLiteral("IND") << QString() << 0;
    QTest::newRow("world") << QStringLiteral("001") << QString() << 0;
    QTest::newRow("non-ASCII") << QStringLiteral("\u0130N") << QString() << 0;
}

void TestPhoneNumber::normalizedRegion()
{
    QFETCH(QString, code);
    QFETCH(QString, normalized);
    QFETCH(int, callingCode);
    QCOMPARE(PhoneRegions::normalized(code), normalized);
    QCOMPARE(PhoneRegions::isSupported(code), !normalized.isEmpty());
    QCOMPARE(PhoneRegions::callingCode(code), callingCode);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
