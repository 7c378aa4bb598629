#include "AuditLog.h"

#include "JobJournal.h"
#include "util/CsvOutput.h"
#include "util/JsonLine.h"
#include "util/Logging.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>

#include <cerrno>
#include <utility>

#include <unistd.h>

namespace callstop {

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

AuditLog::AuditLog(QString path, QString profile, QString baseUrlHost, QString jobId)
    : m_path(std::move(path))
    , m_profile(std::move(profile))
    , m_baseUrlHost(std::move(baseUrlHost))
    , m_jobId(std::move(jobId))
    , m_user(JobJournal::currentUser())
    , m_host(QSysInfo::machineHostName())
{ }

AuditLog::~AuditLog()
{
    flushPending();
}

JsonLine AuditLog::recordFor(const BatchResult& batch, int attempt) const
{
    JsonLine record;
    record.addString("time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .addString("user", m_user)
        .addString("host", m_host)
        .addString("profile", m_profile)
        .addString("base_url_host", m_baseUrlHost)
        .addString("job", m_jobId)
        .addInt("batch", batch.index)
        .addInt("attempt", attempt)
        .addString("scope", ScopeKinds::key(batch.payload.kind));
    // Call IDs under "ids" as before this file knew other scopes; numbers under "numbers"; a campaign or an agent by
    // id.
    const BatchPayload& p = batch.payload;
    if (p.kind == ScopeKind::CallIds)
        p.appendItemsJson(record.addKey("ids").text());
    else if (ScopeKinds::hasItems(p.kind))
        p.appendItemsJson(record.addKey("numbers").text());
    if (!p.scopeText().isEmpty())
        record.addString("scope_id", p.scopeText());
    return record;
}

void AuditLog::attemptStarted(const BatchResult& batch, int attempt)
{
    // Written before the request leaves: a request in flight when CallStop is killed is in the audit log too, as sent
    // without an answer. Synced with the next group commit (before a retry leaves; after a first attempt, which the
    // journal's synced lease covers). Readers of the first format see outcome "sent".
    JsonLine record = recordFor(batch, attempt);
    record.addString("event", u"sent").addInt("http", 0).addString("outcome", u"sent");
    write(record.takeLine(), Flush::Now);
}

void AuditLog::attemptFinished(const BatchResult& batch, const ApiResponse& response, bool final)
{
    JsonLine record = recordFor(batch, batch.attempts);
    record.addString("event", u"answer")
        .addInt("http", JobRecorder::receivedStatus(response))
        .addString("outcome", final ? BatchOutcomes::key(batch.outcome) : QStringLiteral("retry"))
        .addString("message", response.message)
        .addInt("duration_ms", response.elapsedMs);
    JobRecorder::addNetworkError(record, response);
    write(record.takeLine(), Flush::Later);
}

void AuditLog::write(QByteArray line, Flush when)
{
    line = Redactor::redact(line);
    // After a failure nothing more: a line glued to the rest of a cut one would spoil both.
    if (!m_writeError.isEmpty())
        return;
    // Opened once per job in append mode (O_APPEND): each write holds whole records, so the console and the CLI may
    // append to the same file at once. The job has it synced (takeUnsyncedFile) before it tells anyone.
    if (!m_file.isOpen()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            failed(tr("cannot open the audit log %1: %2").arg(m_path, m_file.errorString()));
            return;
        }
    }
    if (m_fault.nextWriteFails()) {
        flushPending(); // the records before this one reach the file, as if each had been written at once
        failed(tr("writing the audit log %1 failed: %2 (fault injected by %3)")
                   .arg(m_path, qt_error_string(ENOSPC), m_fault.variable()));
        return;
    }
    m_dirty = true;
    m_pending.append(line);
    if (when == Flush::Now)
        flushPending();
}

void AuditLog::flushPending()
{
    if (!m_pending.writeTo(m_file, !m_writeError.isEmpty()))
        failed(tr("writing the audit log %1 failed: %2").arg(m_path, m_file.errorString()));
}

void AuditLog::failed(const QString& error)
{
    if (!m_writeError.isEmpty())
        return;
    m_writeError = error;
    qCWarning(lcJobs) << m_writeError;
}

int AuditLog::takeUnsyncedFile()
{
    flushPending();
    if (!m_dirty || !m_file.isOpen())
        return -1;
    m_dirty = false;
    return m_file.handle();
}

void AuditLog::syncFailed(int error)
{
    failed(tr("syncing the audit log %1 failed: %2").arg(m_path, qt_error_string(error)));
}

QList<AuditRecord> AuditLog::read(const QString& path, QString* error)
{
    QList<AuditRecord> out;
    QFile file(path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    // A "sent" record waits for its answer: by job, batch and attempt. A resumed job numbers its attempts from 1
    // again, but one attempt of a batch is in flight at a time, so the next "sent" of the same key means the earlier
    // one never got its answer.
    QHash<QString, qsizetype> waiting;
    QList<bool> answered; // per record of out: a "sent" replaced by its answer, left out at the end
    const auto keyOf
        = [](const AuditRecord& a) { return QStringLiteral("%1/%2/%3").arg(a.jobId).arg(a.batch).arg(a.attempt); };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        if (r.isEmpty())
            continue; // a line cut by a crash
        AuditRecord a;
        a.time = QDateTime::fromString(r.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        a.user = r.value(QLatin1String("user")).toString();
        a.host = r.value(QLatin1String("host")).toString();
        a.profile = r.value(QLatin1String("profile")).toString();
        a.baseUrlHost = r.value(QLatin1String("base_url_host")).toString();
        a.jobId = r.value(QLatin1String("job")).toString();
        a.batch = r.value(QLatin1String("batch")).toInt(-1);
        a.attempt = r.value(QLatin1String("attempt")).toInt();
        a.scope = r.value(QLatin1String("scope")).toString(ScopeKinds::key(ScopeKind::CallIds));
        a.scopeId = r.value(QLatin1String("scope_id")).toString();
        const QJsonArray items = r.contains(QLatin1String("numbers")) ? r.value(QLatin1String("numbers")).toArray()
                                                                      : r.value(QLatin1String("ids")).toArray();
        for (const auto& v : items)
            a.ids.append(v.toString());
        // A whole campaign or agent: one line in the export, for the scope's id.
        if (a.ids.isEmpty() && !a.scopeId.isEmpty())
            a.ids.append(a.scopeId);
        a.httpStatus = r.value(QLatin1String("http")).toInt();
        a.outcome = r.value(QLatin1String("outcome")).toString();
        a.message = r.value(QLatin1String("message")).toString();
        a.durationMs = r.value(QLatin1String("duration_ms")).toInteger();
        a.networkError = r.value(QLatin1String("network_error")).toString();
        const QString event = r.value(QLatin1String("event")).toString();
        const QString key = keyOf(a);
        if (event == QLatin1String("sent")) {
            a.outcome = QString::fromLatin1(AuditRecord::NoAnswerOutcome);
            a.message = tr("Sent, no answer: in flight when CallStop stopped (or still in flight); it may have been "
                           "applied");
            waiting.insert(key, out.size());
        } else {
            // An answer (or a record of the first format, which had no "sent"): replaces its "sent".
            const auto it = waiting.constFind(key);
            if (it != waiting.constEnd()) {
                answered[it.value()] = true;
                waiting.erase(it);
            }
        }
        out.append(a);
        answered.append(false);
    }
    QList<AuditRecord> attempts;
    attempts.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!answered.at(i))
            attempts.append(std::move(out[i]));
    }
    return attempts;
}

bool AuditLog::exportCsv(const QList<AuditRecord>& records, const QString& path, QString* error)
{
    QByteArray out = CsvOutput::line({QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("host"),
        QStringLiteral("profile"), QStringLiteral("base_url_host"), QStringLiteral("job"), QStringLiteral("batch"),
        QStringLiteral("attempt"), QStringLiteral("call_id"), QStringLiteral("http_status"), QStringLiteral("outcome"),
        QStringLiteral("message"), QStringLiteral("duration_ms"), QStringLiteral("scope"), QStringLiteral("scope_id"),
        QStringLiteral("network_error")});
    for (const AuditRecord& a : records) {
        for (const QString& id : a.ids) {
            out += CsvOutput::line({a.time.toString(Qt::ISODateWithMs), a.user, a.host, a.profile, a.baseUrlHost,
                a.jobId, QString::number(a.batch + 1), QString::number(a.attempt), id, QString::number(a.httpStatus),
                a.outcome, a.message, QString::number(a.durationMs), a.scope, a.scopeId, a.networkError});
        }
    }
    return CsvOutput::write(path, out, error);
}

} // namespace callstop
