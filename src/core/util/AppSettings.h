#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace callstop {

// The names under which the console and the CLI find the same settings and data folders.
namespace AppSettings {
inline QString organisation()
{
    return QStringLiteral("CallStop");
}
inline QString application()
{
    return QStringLiteral("CallStop");
}
inline QString keychainService()
{
    return QStringLiteral("CallStop");
}
// A job with more IDs than this asks once more before the confirmation (console) or needs --max-ids (CLI).
constexpr int DefaultJobSizeLimit = 1000000;
inline QString jobSizeLimitKey()
{
    return QStringLiteral("limits/jobSize");
}
inline int jobSizeLimit(const QSettings* settings)
{
    const int value = settings ? settings->value(jobSizeLimitKey(), DefaultJobSizeLimit).toInt() : 0;
    return value > 0 ? value : DefaultJobSizeLimit;
}
// The region of phone numbers written without their country code ("IN"); empty when the operator chose none, in
// which case the system locale's country applies (PhoneRegions::systemDefaultRegion()).
inline QString phoneRegionKey()
{
    return QStringLiteral("numbers/region");
}
inline QString phoneRegion(const QSettings* settings)
{
    return settings ? settings->value(phoneRegionKey()).toString() : QString();
}
// How the console cuts and sends a job (the CLI's --batch-size and --concurrency): the API's limit of 100 IDs per
// request and 4 requests in flight unless the operator chose otherwise; out-of-range values fall back to those.
constexpr int DefaultBatchSize = 100;
constexpr int MaxBatchSize = 100;
constexpr int DefaultConcurrency = 4;
constexpr int MaxConcurrency = 16;
inline QString batchSizeKey()
{
    return QStringLiteral("jobs/batchSize");
}
inline int batchSize(const QSettings* settings)
{
    const int value = settings ? settings->value(batchSizeKey(), DefaultBatchSize).toInt() : DefaultBatchSize;
    return value >= 1 && value <= MaxBatchSize ? value : DefaultBatchSize;
}
inline QString concurrencyKey()
{
    return QStringLiteral("jobs/concurrency");
}
inline int concurrency(const QSettings* settings)
{
    const int value = settings ? settings->value(concurrencyKey(), DefaultConcurrency).toInt() : DefaultConcurrency;
    return value >= 1 && value <= MaxConcurrency ? value : DefaultConcurrency;
}
inline std::unique_ptr<QSettings> open()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, organisation(), application());
}
} // namespace AppSettings

} // namespace callstop
