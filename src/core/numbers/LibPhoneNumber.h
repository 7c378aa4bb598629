#pragma once

// Private to src/core/numbers: the one place that includes libphonenumber, so that its headers (protobuf, abseil)
// stay out of the public headers and out of every consumer's include path.
#include <phonenumbers/phonenumberutil.h>

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <string>

namespace callstop::numbers_detail {

namespace pn = i18n::phonenumbers;

// The library's singleton: built on first use, thread-safe for its const methods, never destroyed.
inline const pn::PhoneNumberUtil& phoneUtil()
{
    return *pn::PhoneNumberUtil::GetInstance();
}

inline std::string toStd(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

inline QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace callstop::numbers_detail
