#include "RetryPolicy.h"

#include <QLocale>

namespace callstop {

namespace {
// A server asking for more than a day is not asking for a retry.
constexpr qint64 MaxRetryAfterMs = 24ll * 3600 * 1000;
} // namespace

bool RetryPolicy::isRetryable(const ApiResponse& response)
{
    if (response.aborted)
        return false;
    if (response.timedOut)
        return true;
    if (!response.gotCompleteAnswer()) {
        switch (response.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::InternalServerError:
        case QNetworkReply::ServiceUnavailableError:
        case QNetworkReply::UnknownServerError:
            return true;
        default:
            return false; // host not found, TLS errors, proxy refusals: retrying will not help
        }
    }
    switch (response.httpStatus) {
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

qint64 RetryPolicy::backoffBoundMs(int attempt) const
{
    const int exponent = qBound(0, attempt - 2, 30);
    const qint64 bound = qint64(baseDelayMs) << exponent;
    return qMin<qint64>(bound, maxDelayMs);
}

qint64 RetryPolicy::delayMs(
    int attempt, const ApiResponse& response, QRandomGenerator* random, const QDateTime& now) const
{
    const qint64 bound = backoffBoundMs(attempt);
    qint64 delay = bound > 0 ? qint64(random->bounded(quint64(bound) + 1)) : 0;
    if (const auto after = parseRetryAfterMs(response.retryAfter, now))
        delay = qMax(delay, *after);
    return delay;
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok) {
        if (seconds < 0 || seconds > MaxRetryAfterMs / 1000) // compared before multiplying: no overflow
            return std::nullopt;
        return seconds * 1000;
    }
    // An HTTP date: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
    // The weekday is left out: it only repeats the date (and a two-digit year would make it disagree).
    QString text = QString::fromLatin1(v).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    QDateTime when;
    for (const char* format : {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'", "MMM d HH:mm:ss yyyy"}) {
        when = c.toDateTime(text, QLatin1String(format));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    if (when.date().year() < 1970) // two-digit years of the RFC 850 form
        when = when.addYears(100);
    const qint64 ms = now.msecsTo(when);
    if (ms > MaxRetryAfterMs)
        return std::nullopt;
    return qMax<qint64>(0, ms);
}

} // namespace callstop
