#pragma once

// Reading a job's journal as a crash left it, for the crash tests: which batches were in flight.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace callstop::test {

// The batches with a "sent" record and no answer (nor "closed") after it: in flight when the journal ends.
inline QSet<int> batchesInFlight(const QString& journalPath)
{
    QSet<int> inFlight;
    QFile f(journalPath);
    if (!f.open(QIODevice::ReadOnly))
        return inFlight;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        const QString type = r.value(QLatin1String("type")).toString();
        const int batch = r.value(QLatin1String("batch")).toInt(-1);
        if (type == QLatin1String("sent"))
            inFlight.insert(batch);
        else if (type == QLatin1String("answer") || type == QLatin1String("closed"))
            inFlight.remove(batch);
    }
    return inFlight;
}

} // namespace callstop::test
