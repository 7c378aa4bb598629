#pragma once

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace callstop {

// Something in the text written like a phone number that is not one, so the operator can fix it.
struct RejectedNumber
{
    int line = 0; // 1-based
    QString text; // as it stood in the text, at most MaxShownLength characters
    PhoneNumber::Refusal refusal = PhoneNumber::Refusal::NotANumber;
    QString reason; // one sentence naming the value, translated
};

struct DuplicateNumber
{
    PhoneNumber number;
    QString text; // how it was written where it appeared again
    int line = 0; // where it appeared again
    int firstLine = 0; // where it appeared first; 0 for a number declared known beforehand
};

struct NumberExtraction
{
    QList<PhoneNumber> numbers; // unique, in order of first appearance
    QList<int> lines; // line of each entry in numbers
    QList<DuplicateNumber> duplicates;
    QList<RejectedNumber> rejected;
    int lineCount = 0;

    bool isEmpty() const { return numbers.isEmpty() && duplicates.isEmpty() && rejected.isEmpty(); }
};

// Pulls every phone number out of pasted text: dashboard rows, e-mails, CSV or TSV lines, tel: links, lists of one
// number a line. Numbers in running text are found by libphonenumber's PhoneNumberMatcher at leniency POSSIBLE and
// then validated one by one, so that a number with a wrong digit is reported with its reason instead of vanishing
// (VALID would drop it without a word, and the operator would believe its calls stopped). A cell written as one
// number (a list line, a CSV field of digits and phone punctuation) is read whole, for the same reason.
//
// Never taken for numbers, nor reported: call IDs and other long letter-and-digit tokens, digit runs of more than
// 17 digits, Unix timestamps (a bare 10- or 13-digit run starting with 1), dates (2026-12-03, 03.12.2026,
// 12/03/2026), times (10:15, 00:01:23), IPv4 addresses, e-mail addresses, digits glued to letters ("INV-4155550100")
// or after a currency sign. An invalid candidate is reported only when it is written as a phone number (a plus sign,
// brackets, a tel: link, punctuation between five or more digits) or is a line on its own; bare digits in running
// text ("ref 12345678") are taken when valid and otherwise passed over silently.
//
// Bounds: the text is read a line at a time, and a line in windows of at most MaxWindowLength characters cut at a
// field separator or a space, so the cost grows linearly with the text (the matcher's is quadratic within one
// window). At most MaxMatchesPerWindow candidates are tried in a window; stored reports are capped at
// MaxStoredReports (the counts go on). libphonenumber costs about 50 microseconds a number (ICU regular
// expressions): some 20,000 list lines or 10,000 dashboard rows a second on one core, so large pastes belong on a
// worker thread. The class is reentrant; libphonenumber's singleton is safe to share between threads.
class NumberExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::NumberExtractor)

public:
    static constexpr int MaxStoredReports = 10000;
    static constexpr int MaxWindowLength = 1024;
    static constexpr int MaxMatchesPerWindow = 256;
    static constexpr int MaxShownLength = 80;

    // defaultRegion as for PhoneNumber::parse(): ISO 3166 alpha-2; empty or "ZZ" takes only numbers with + or 00.
    explicit NumberExtractor(QStringView defaultRegion = {});

    // Scans text whose first line is firstLine; may be called repeatedly with consecutive pieces of text that are
    // split at line ends.
    void addText(QStringView text, int firstLine = 1);
    // Declares a number as already known (for instance, already in the table): it will count as a duplicate.
    void addKnown(const PhoneNumber& number);

    const QString& defaultRegion() const { return m_region; }
    const NumberExtraction& result() const { return m_result; }
    NumberExtraction takeResult();
    int duplicateCount() const { return m_duplicateCount; }
    int rejectedCount() const { return m_rejectedCount; }

    static NumberExtraction extract(QStringView text, QStringView defaultRegion = {});

private:
    void addLine(QStringView line, int lineNumber);
    void addWindow(QStringView original, QString masked, int lineNumber);
    void take(const PhoneNumber& number, QStringView text, int line);
    void reject(ParsedPhoneNumber parsed, QStringView text, int line);

    QString m_region;
    NumberExtraction m_result;
    QHash<QString, int> m_seen; // E.164 -> its position in m_result.numbers
    QSet<QString> m_known; // E.164 of numbers declared beforehand
    int m_duplicateCount = 0;
    int m_rejectedCount = 0;
};

} // namespace callstop
