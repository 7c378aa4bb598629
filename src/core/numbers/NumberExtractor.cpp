#include "NumberExtractor.h"

#include "LibPhoneNumber.h"
#include "PhoneRegions.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace callstop {

using namespace numbers_detail;

namespace {

// The longest digit run written without separators that can still be a number: "00", a country code and a
// 15-digit national number. Longer runs are IDs.
constexpr int MaxBareDigits = 17;
// Letter-and-digit tokens from this length on are IDs (a call UUID is 36); shorter ones are left to the check for
// digits glued to letters.
constexpr int MinIdTokenLength = 16;
// Dash-and-digit tokens from this length on are IDs too: the longest number written with a dash between every
// digit group ("00-49-30-1234-5678") is shorter.
constexpr int MinDigitTokenLength = 24;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isIdTokenChar(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c) || c == u'-' || c == u'_';
}

bool isCellSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'|';
}

bool isPlus(QChar c)
{
    return c == u'+' || c == u'\uff0b';
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || c.category() == QChar::Separator_Space || c == u'"' || c == u'\'' || c == u'`'
        || c == u'\u201c' || c == u'\u201d' || c == u'\u2018' || c == u'\u2019';
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

void blank(QString& text, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < from + length; ++i)
        text[i] = u' ';
}

// The patterns are compiled once per thread: a QRegularExpression is reentrant, not meant to be shared.
struct Patterns
{
    QRegularExpression telUri {
        QStringLiteral(R"((?<![\p{L}\d])tel:[^\s<>"'|,]+)"), QRegularExpression::CaseInsensitiveOption};
    QRegularExpression email {QStringLiteral(R"([^\s@<>()\[\],;:"']+@[^\s@<>()\[\],;:"']+)")};
    // 2026-12-03, 2026/12/03, 2026.12.03 (also followed by a T and a time)
    QRegularExpression isoDate {QStringLiteral(R"((?<![\d./-])(?:1[89]|20)\d\d([-./])\d{1,2}\1\d{1,2}(?![\d./-]))")};
    // 03.12.2026, 12/03/2026, 03-12-26
    QRegularExpression date {QStringLiteral(R"((?<![\d./-])(\d{1,2})([-./])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d./-]))")};
    // 10:15, 10:15:22, 10:15:22.123, 00:01:23
    QRegularExpression time {QStringLiteral(R"((?<![\d:])\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,9})?(?![\d:]))")};
    QRegularExpression ipv4 {QStringLiteral(R"((?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))")};
    // Without a default region: 00 before a country code (which never starts with 0) stands for +.
    QRegularExpression internationalPrefix {QStringLiteral(R"((?<![\p{L}\d+])00(?=[ \-.(]*[1-9]))")};
    // One number alone in a cell: digits with the punctuation numbers are written with, perhaps a + or a tel:
    // prefix, perhaps an extension.
    QRegularExpression numberShaped {QStringLiteral(R"(^(?:tel:)?[+\x{ff0b}]?[\d\s\-\x{2010}-\x{2015}\x{2212}./()]*\d)"
                                                    R"([\d\s\-\x{2010}-\x{2015}\x{2212}./()]*)"
                                                    R"((?:(?:x|ext\.?|extn|extension|#)\s*\d{1,7})?$)"),
        QRegularExpression::CaseInsensitiveOption};
};

const Patterns& patterns()
{
    static thread_local const Patterns p;
    return p;
}

// A plus sign, brackets, a tel: link, or phone-number punctuation between at least five digits: written as a phone
// number, so worth a report when it is none. Bare digits ("12345678", "2026") are not: in running text they are
// order numbers and counts far more often than broken phone numbers.
bool writtenAsNumber(QStringView text)
{
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        return true;
    int digits = 0;
    bool digitBefore = false;
    bool separatorAfterDigit = false;
    bool grouped = false;
    for (QChar c : text) {
        if (isPlus(c) || c == u'(')
            return true;
        if (c.isDigit()) {
            ++digits;
            grouped = grouped || separatorAfterDigit;
            digitBefore = true;
            separatorAfterDigit = false;
        } else if (digitBefore
            && (c == u' ' || c == u'-' || c == u'.' || c == u'/' || (c >= u'\u2010' && c <= u'\u2015'))) {
            separatorAfterDigit = true;
        } else {
            separatorAfterDigit = false;
        }
    }
    return grouped && digits >= 5;
}

// Whether the digit run text[start, end) stands on its own: no digit group of the same number before or after it
// (only spaces between), no plus sign or bracket of a country code before it.
bool standsAlone(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype before = start - 1;
    while (before >= 0 && text[before] == u' ')
        --before;
    if (before >= 0) {
        const QChar c = text[before];
        if (c.isDigit() || isPlus(c) || c == u')' || c == u'(' || c == u'-' || c == u'.' || c == u'/')
            return false;
    }
    qsizetype after = end;
    while (after < text.size() && text[after] == u' ')
        ++after;
    if (after < text.size()) {
        const QChar c = text[after];
        if (c.isDigit() || c == u'(' || c == u'-' || c == u'.' || c == u'/')
            return false;
    }
    return true;
}

// Unix time in seconds (10 digits, 2001 to 2033) or milliseconds (13 digits) on its own: dashboards and logs are
// full of them, and libphonenumber takes "1764758400" for a valid Indian or German number. No national number is
// written that way: NANP area codes never start with 1, and regions whose numbers do write the trunk 0 before them.
bool isBareTimestamp(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype length = end - start;
    return (length == 10 || length == 13) && text[start] == u'1' && standsAlone(text, start, end);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'_';
}

// Digits that continue a word or an ID, directly or after a dash or underscore joining them to letters
// ("abc8005001234", "INV-4155550100", "4155550100-a"), or follow a currency sign, are no phone number.
bool gluedBefore(QStringView text, qsizetype pos)
{
    if (pos <= 0)
        return false;
    const QChar c = text[pos - 1];
    if (isWordChar(c) || c.category() == QChar::Symbol_Currency)
        return true;
    return isJoiner(c) && pos >= 2 && text[pos - 2].isLetter();
}

bool gluedAfter(QStringView text, qsizetype end)
{
    if (end >= text.size())
        return false;
    const QChar c = text[end];
    if (isWordChar(c))
        return true;
    return isJoiner(c) && end + 1 < text.size() && text[end + 1].isLetter();
}

// Blanks what is never a number, keeping every other character where it stands, so that positions in the result
// are positions in the original.
QString masked(QStringView original, bool noRegion)
{
    QString out = original.toString();
    const Patterns& p = patterns();
    const auto blankAll = [&out](const QRegularExpression& re, auto&& accept) {
        QRegularExpressionMatchIterator it = re.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (accept(m))
                blank(out, m.capturedStart(), m.capturedLength());
        }
    };
    const auto always = [](const QRegularExpressionMatch&) { return true; };

    blankAll(p.email, always);
    // Letter-and-digit IDs and long digit runs.
    for (qsizetype i = 0; i < out.size();) {
        if (!isIdTokenChar(out[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool letter = false;
        bool digit = false;
        while (i < out.size() && isIdTokenChar(out[i])) {
            letter = letter || isAsciiLetter(out[i]);
            digit = digit || isAsciiDigit(out[i]);
            ++i;
        }
        const qsizetype length = i - start;
        if ((letter && digit && length >= MinIdTokenLength) || (digit && length >= MinDigitTokenLength))
            blank(out, start, length);
    }
    for (qsizetype i = 0; i < out.size();) {
        if (!out[i].isDigit()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < out.size() && out[i].isDigit())
            ++i;
        if (i - start > MaxBareDigits || isBareTimestamp(out, start, i))
            blank(out, start, i - start);
    }
    blankAll(p.isoDate, always);
    blankAll(p.date, [](const QRegularExpressionMatch& m) {
        // Day and month, in either order: neither above 31, at least one up to 12.
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(3).toInt();
        return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
    });
    blankAll(p.time, always);
    blankAll(p.ipv4, always);
    if (noRegion) {
        QRegularExpressionMatchIterator it = p.internationalPrefix.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out[m.capturedStart()] = u' ';
            out[m.capturedStart() + 1] = u'+';
        }
    }
    return out;
}

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool alwaysReport = false; // a tel: link or a cell of its own, not a digit run in running text
    bool unmasked = false; // read from the original text (a tel: link, blanked in the mask once taken)

    qsizetype end() const { return start + length; }
};

QStringView trimmedView(QStringView text)
{
    while (!text.isEmpty() && isTrimmable(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && isTrimmable(text.back()))
        text.chop(1);
    return text;
}

// The original text of a span of the mask, with the "00" the mask turned into " +" given back.
QStringView shownText(QStringView original, QStringView mask, qsizetype start, qsizetype length)
{
    const qsizetype end = start + length;
    if (start > 0 && mask[start] == u'+' && original[start] == u'0' && original[start - 1] == u'0')
        --start;
    return original.mid(start, end - start).trimmed();
}

// Where to end a window of a long line: after the last field separator, else the last space, inside the limit.
qsizetype windowEnd(QStringView line, qsizetype from)
{
    const qsizetype limit = from + NumberExtractor::MaxWindowLength;
    if (limit >= line.size())
        return line.size();
    for (qsizetype i = limit - 1; i > from + NumberExtractor::MaxWindowLength / 2; --i) {
        if (isCellSeparator(line[i]))
            return i + 1;
    }
    for (qsizetype i = limit - 1; i > from + NumberExtractor::MaxWindowLength / 2; --i) {
        if (line[i].isSpace())
            return i + 1;
    }
    return limit;
}

} // namespace

NumberExtractor::NumberExtractor(QStringView defaultRegion)
    : m_region(PhoneRegions::normalized(defaultRegion))
{ }

void NumberExtractor::addKnown(const PhoneNumber& number)
{
    if (!number.isNull())
        m_known.insert(number.toString());
}

void NumberExtractor::take(const PhoneNumber& number, QStringView text, int line)
{
    const QString& key = number.toString();
    int firstLine = -1;
    if (m_known.contains(key)) {
        firstLine = 0;
    } else {
        const auto it = m_seen.constFind(key);
        if (it != m_seen.constEnd())
            firstLine = m_result.lines.at(*it);
    }
    if (firstLine < 0) {
        m_seen.insert(key, int(m_result.numbers.size()));
        m_result.numbers.append(number);
        m_result.lines.append(line);
        return;
    }
    ++m_duplicateCount;
    if (m_result.duplicates.size() < MaxStoredReports)
        m_result.duplicates.append({number, text.left(MaxShownLength).toString(), line, firstLine});
}

void NumberExtractor::reject(ParsedPhoneNumber parsed, QStringView text, int line)
{
    ++m_rejectedCount;
    if (m_result.rejected.size() < MaxStoredReports)
        m_result.rejected.append(
            {line, text.left(MaxShownLength).toString(), parsed.refusal, std::move(parsed.reason)});
}

void NumberExtractor::addWindow(QStringView original, QString mask, int lineNumber)
{
    std::vector<Span> spans;
    const Patterns& p = patterns();

    // A line that is one valid number and nothing else, the most common paste by far, needs no matcher: the cell
    // would be read whole anyway. Five times faster on a list of numbers.
    if (std::none_of(original.begin(), original.end(), isCellSeparator)) {
        const QStringView cell = trimmedView(mask);
        if (!cell.isEmpty() && p.numberShaped.match(cell).hasMatch()) {
            ParsedPhoneNumber parsed = PhoneNumber::parse(cell, m_region);
            if (parsed.number) {
                take(
                    *parsed.number, shownText(original, mask, cell.data() - mask.constData(), cell.size()), lineNumber);
                return;
            }
        }
    }

    // tel: links first and whole, parameters included: the matcher would read "tel:555-0100;phone-context=+1-415"
    // as the local number 555-0100.
    QRegularExpressionMatchIterator tel = p.telUri.globalMatch(mask);
    while (tel.hasNext() && spans.size() < std::size_t(MaxMatchesPerWindow)) {
        const QRegularExpressionMatch m = tel.next();
        spans.push_back({m.capturedStart(), m.capturedLength(), true, true});
        blank(mask, m.capturedStart(), m.capturedLength());
    }

    // Numbers in running text. POSSIBLE rather than VALID: a number with a digit too many or too few is still found
    // and then reported with its reason, instead of being left out without a word.
    const std::string utf8 = toStd(mask);
    pn::PhoneNumberMatcher matcher(phoneUtil(), utf8, m_region.isEmpty() ? std::string("ZZ") : toStd(m_region),
        pn::PhoneNumberMatcher::POSSIBLE, MaxMatchesPerWindow);
    qsizetype cursor = 0;
    while (spans.size() < std::size_t(MaxMatchesPerWindow) && matcher.HasNext()) {
        pn::PhoneNumberMatch match;
        if (!matcher.Next(&match))
            break;
        const QString raw = fromStd(match.raw_string());
        const qsizetype start = mask.indexOf(raw, cursor);
        if (raw.isEmpty() || start < 0)
            continue;
        cursor = start + raw.size();
        if (gluedBefore(mask, start) || gluedAfter(mask, cursor))
            continue;
        spans.push_back({start, raw.size(), false, false});
    }

    // Cells: a list of one number a line, a CSV field. A cell written as one number (digits and phone punctuation
    // only) is read whole, so that a broken number is reported as the operator wrote it ("0049 30 1234567" from the
    // US, not the "1234567" the matcher finds in it), unless the matcher found two numbers in it ("+91 88828 76897 /
    // 98765 43210").
    std::vector<Span> cells;
    for (qsizetype i = 0; i <= original.size();) {
        qsizetype end = i;
        while (end < original.size() && !isCellSeparator(original[end]))
            ++end;
        const bool filled
            = std::any_of(original.begin() + i, original.begin() + end, [](QChar c) { return !isTrimmable(c); });
        qsizetype s = i;
        qsizetype e = end;
        while (s < e && isTrimmable(mask[s]))
            ++s;
        while (e > s && isTrimmable(mask[e - 1]))
            --e;
        if (filled)
            cells.push_back({s, e - s, false, false});
        i = end + 1;
    }
    // A line that is one number and nothing else: reported whatever it looks like, it was meant as a number.
    const bool oneCell = cells.size() == 1;
    for (const Span& cell : cells) {
        if (cell.length == 0 || !p.numberShaped.match(QStringView(mask).mid(cell.start, cell.length)).hasMatch())
            continue;
        const auto inside
            = [&cell](const Span& s) { return !s.unmasked && s.start >= cell.start && s.end() <= cell.end(); };
        if (std::count_if(spans.begin(), spans.end(), inside) >= 2)
            continue;
        spans.erase(std::remove_if(spans.begin(), spans.end(), inside), spans.end());
        if (spans.size() < std::size_t(MaxMatchesPerWindow))
            spans.push_back({cell.start, cell.length, oneCell, false});
    }

    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    for (const Span& span : spans) {
        // Parsed as the matcher saw it (without a region, "00" there reads "+"), shown as the operator wrote it.
        const QStringView seen = QStringView(mask).mid(span.start, span.length);
        const QStringView shown = shownText(original, mask, span.start, span.length);
        ParsedPhoneNumber parsed = PhoneNumber::parse(span.unmasked ? shown : seen, m_region);
        if (parsed.number)
            take(*parsed.number, shown, lineNumber);
        else if (span.alwaysReport || writtenAsNumber(seen))
            reject(std::move(parsed), shown, lineNumber);
    }
}

void NumberExtractor::addLine(QStringView line, int lineNumber)
{
    if (!hasDigit(line))
        return;
    for (qsizetype from = 0; from < line.size();) {
        const qsizetype end = windowEnd(line, from);
        const QStringView window = line.mid(from, end - from);
        if (hasDigit(window))
            addWindow(window, masked(window, m_region.isEmpty()), lineNumber);
        from = end;
    }
}

void NumberExtractor::addText(QStringView text, int firstLine)
{
    int line = firstLine;
    const qsizetype n = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        addLine(text.mid(start, i - start), line);
        ++line;
        if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < n)
        addLine(text.mid(start), line);
    m_result.lineCount = qMax(m_result.lineCount, line - 1 + (start < n ? 1 : 0));
}

NumberExtraction NumberExtractor::takeResult()
{
    NumberExtraction out = std::move(m_result);
    m_result = {};
    m_seen.clear();
    return out;
}

NumberExtraction NumberExtractor::extract(QStringView text, QStringView defaultRegion)
{
    NumberExtractor extractor(defaultRegion);
    extractor.addText(text);
    return extractor.takeResult();
}

} // namespace callstop
