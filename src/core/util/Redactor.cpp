#include "Redactor.h"

#include <QMutex>
#include <QMutexLocker>

namespace callstop {

namespace {

// Process-wide on purpose: a message handler installed at start-up must redact whatever any part of the
// program logs, and it cannot be handed an object.
struct Secrets
{
    QMutex mutex;
    QStringList values;
};

Secrets& secrets()
{
    static Secrets s;
    return s;
}

} // namespace

void Redactor::addSecret(const QString& secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secrets().mutex);
    if (!secrets().values.contains(secret))
        secrets().values.append(secret);
}

void Redactor::removeSecret(const QString& secret)
{
    QMutexLocker lock(&secrets().mutex);
    secrets().values.removeAll(secret);
}

QString Redactor::redact(QString text)
{
    QMutexLocker lock(&secrets().mutex);
    for (const QString& s : std::as_const(secrets().values))
        text.replace(s, placeholder(), Qt::CaseInsensitive);
    return text;
}

QByteArray Redactor::redact(QByteArray text)
{
    QMutexLocker lock(&secrets().mutex);
    for (const QString& s : std::as_const(secrets().values)) {
        text.replace(s.toUtf8(), placeholder().toUtf8());
        text.replace(s.toLower().toUtf8(), placeholder().toUtf8());
        text.replace(s.toUpper().toUtf8(), placeholder().toUtf8());
    }
    return text;
}

} // namespace callstop
