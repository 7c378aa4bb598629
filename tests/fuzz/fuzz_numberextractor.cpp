// Fuzz target: pulling phone numbers out of pasted text, fed as UTF-8 (invalid sequences included) in two pieces.
// The first byte picks the default region, so that national numbers of several numbering plans are read too.
#include "numbers/NumberExtractor.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace callstop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const char* const regions[] = {"", "IN", "US", "GB", "DE", "FR", "BR", "JP", "AE", "ZZ"};
    const QString region
        = size > 0 ? QString::fromLatin1(regions[data[0] % (sizeof regions / sizeof *regions)]) : QString();
    const QString text
        = size > 0 ? QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1)) : QString();

    const NumberExtraction whole = NumberExtractor::extract(text, region);
    if (whole.numbers.size() != whole.lines.size())
        __builtin_trap();
    for (qsizetype i = 0; i < whole.numbers.size(); ++i) {
        const PhoneNumber& number = whole.numbers.at(i);
        // Every number found is valid E.164 that reads back as itself, and reads back from its display forms.
        if (PhoneNumber::fromE164(number.toString()) != number)
            __builtin_trap();
        if (PhoneNumber::parse(number.internationalFormat(), {}).number != number)
            __builtin_trap();
        if (whole.lines.at(i) < 1 || whole.lines.at(i) > whole.lineCount)
            __builtin_trap();
    }
    for (const RejectedNumber& rejected : whole.rejected) {
        if (rejected.reason.isEmpty() || rejected.refusal == PhoneNumber::Refusal::None)
            __builtin_trap();
    }
    for (const DuplicateNumber& duplicate : whole.duplicates) {
        if (!whole.numbers.contains(duplicate.number) || duplicate.firstLine > duplicate.line)
            __builtin_trap();
    }

    // The same text added in two parts, the second as the following lines, finds the same numbers when the cut is
    // at a line break. (Lines are not compared: a lone CR ends a line too, which the count of LFs here ignores.)
    const qsizetype cut = text.indexOf(QLatin1Char('\n'), text.size() / 2);
    if (cut >= 0) {
        NumberExtractor parts(region);
        parts.addText(QStringView(text).left(cut), 1);
        const int linesBefore = int(QStringView(text).left(cut).count(QLatin1Char('\n')));
        parts.addText(QStringView(text).mid(cut + 1), linesBefore + 2);
        if (parts.result().numbers != whole.numbers)
            __builtin_trap();
    }

    // One value, as typed into a field.
    (void)PhoneNumber::parse(QStringView(text).left(PhoneNumber::MaxInputLength * 2), region);
    return 0;
}
