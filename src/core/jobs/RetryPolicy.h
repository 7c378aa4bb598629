#pragma once

#include "api/ApiResponse.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <optional>

namespace callstop {

// When to send a batch again and how long to wait first. Retried: 429, 500, 502, 503, 504, timeouts and connections
// refused, reset or closed. Never retried: 400, 401, 403, 404, 422 and any other answer that will not change.
// Waits grow exponentially with full jitter (a random wait between zero and the bound, so that clients that failed
// together do not come back together); a Retry-After header is a minimum.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;

    static bool isRetryable(const ApiResponse& response);
    // The bound of the wait before attempt (attempt >= 2): min(max, base * 2^(attempt - 2)).
    qint64 backoffBoundMs(int attempt) const;
    // The wait before the given attempt, honouring Retry-After.
    qint64 delayMs(int attempt, const ApiResponse& response, QRandomGenerator* random,
        const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Retry-After as seconds or as an HTTP date; nothing for garbage, negative or absurd values.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& now);
};

} // namespace callstop
