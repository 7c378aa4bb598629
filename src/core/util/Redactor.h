#pragma once

#include <QString>
#include <QStringList>

namespace callstop {

// The one step through which text that could carry a secret passes before it is logged, shown or written.
// Secrets are registered when they become known (a key read from the keychain, typed, or taken from the
// environment), so the redaction does not depend on guessing their shape: keys look like call IDs.
class Redactor final
{
public:
    static void addSecret(const QString& secret);
    static void removeSecret(const QString& secret);
    static QString redact(QString text);
    static QByteArray redact(QByteArray text);
    static QString placeholder() { return QStringLiteral("[redacted]"); }
};

} // namespace callstop
