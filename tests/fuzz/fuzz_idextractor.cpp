// Fuzz target: pulling call IDs out of pasted text, fed as UTF-8 (invalid sequences included) in two pieces.
#include "ids/IdExtractor.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace callstop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const ExtractionResult whole = IdExtractor::extract(text);
    if (whole.ids.size() != whole.lines.size())
        __builtin_trap();
    for (const CallId& id : whole.ids) {
        if (CallId::parse(id.toString()) != id) // every ID found prints and parses back to itself
            __builtin_trap();
    }

    // The same text added in two parts, the second as the following lines, finds the same IDs when the cut is at a
    // line break.
    const qsizetype cut = text.indexOf(QLatin1Char('\n'), text.size() / 2);
    if (cut >= 0) {
        IdExtractor parts;
        parts.addText(QStringView(text).left(cut), 1);
        const int linesBefore = int(QStringView(text).left(cut).count(QLatin1Char('\n')));
        parts.addText(QStringView(text).mid(cut + 1), linesBefore + 2);
        if (parts.result().ids != whole.ids)
            __builtin_trap();
    }
    for (const NearMiss& miss : whole.nearMisses)
        (void)IdExtractor::nearMissReason(miss.text);
    return 0;
}
