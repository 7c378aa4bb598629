// Fuzz target: the error-body parser that turns any server answer (JSON of any shape, HTML, text) into a message.
#include "api/ApiError.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace callstop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString message = ApiError::messageFromBody(body);
    if (message.size() > 4096) // messages are shortened for display and logs
        __builtin_trap();
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    (void)ApiError::httpErrorText(status, body);
    return 0;
}
