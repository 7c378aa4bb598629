#include "Redactor.h"

#include <QByteArrayMatcher>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace callstop {

namespace {

// Process-wide on purpose: a message handler installed at start-up must redact whatever any part of the
// program logs, and it cannot be handed an object.
struct Secrets
{
    QMutex mutex;
    QStringList values;
    // The UTF-8 forms of the values as written, lower-case and upper-case, each with its search table, made once:
    // records and log lines are redacted many times a second during a job (each audit record holds 100 IDs, and a
    // matcher made per search cost as much as the search).
    QList<QByteArrayMatcher> matchers;

    void update()
    {
        matchers.clear();
        for (const QString& v : std::as_const(values)) {
            for (const QString& form : {v, v.toLower(), v.toUpper()}) {
                const QByteArray needle = form.toUtf8();
                const bool known = std::any_of(matchers.cbegin(), matchers.cend(),
                    [&needle](const QByteArrayMatcher& m) { return m.pattern() == needle; });
                if (!known)
                    matchers.append(QByteArrayMatcher(needle));
            }
        }
    }
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
    if (!secrets().values.contains(secret)) {
        secrets().values.append(secret);
        secrets().update();
    }
}

void Redactor::removeSecret(const QString& secret)
{
    QMutexLocker lock(&secrets().mutex);
    secrets().values.removeAll(secret);
    secrets().update();
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
    static const QByteArray replacement = placeholder().toUtf8();
    QMutexLocker lock(&secrets().mutex);
    for (const QByteArrayMatcher& matcher : std::as_const(secrets().matchers)) {
        if (matcher.indexIn(text) >= 0)
            text.replace(matcher.pattern(), replacement);
    }
    return text;
}

} // namespace callstop
