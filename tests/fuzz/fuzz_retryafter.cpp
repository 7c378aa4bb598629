// Fuzz target: the Retry-After header parser (delta seconds or any of the three HTTP date forms).
#include "jobs/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace callstop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char*>(data), qsizetype(size));
    QDateTime now = QDateTime::fromSecsSinceEpoch(1790000000);
    now.setTimeSpec(Qt::UTC);
    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, now);
    if (ms && *ms < 0) // a wait is never negative
        __builtin_trap();
    return 0;
}
