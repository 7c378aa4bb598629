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
inline std::unique_ptr<QSettings> open()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, organisation(), application());
}
} // namespace AppSettings

} // namespace callstop
