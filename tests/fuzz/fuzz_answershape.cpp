// Fuzz target: the check that decides whether a 2xx answer is the API's own (and so whether a batch counts as
// accepted), and the text that describes an answer that is not: any bytes, any content type.
#include "api/ApiError.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace callstop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first line is the content type, the rest the body.
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline >= 0 ? input.left(newline) : QByteArray();
    const QByteArray body = newline >= 0 ? input.mid(newline + 1) : input;
    for (auto answer : {ApiError::Answer::TerminateSuccess, ApiError::Answer::Workspace, ApiError::Answer::CallDetails,
             ApiError::Answer::NotFound})
        (void)ApiError::hasDocumentedShape(answer, body);
    const QString text = ApiError::unexpectedAnswerText(200, contentType, body);
    if (text.size() > 1024) // the excerpt is short: the message fits a line of the batch view and the report
        __builtin_trap();
    for (const QChar c : text) {
        if (!c.isPrint()) // nothing a terminal or a CSV cell could take as a control character
            __builtin_trap();
    }
    const QString excerpt = ApiError::excerpt(body);
    if (excerpt.size() > 200)
        __builtin_trap();
    return 0;
}
