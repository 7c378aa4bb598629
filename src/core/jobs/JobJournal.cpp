#include "JobJournal.h"

#include "TerminationJob.h"
#include "util/JsonLine.h"
#include "util/Logging.h"
#include "util/Redactor.h"

#include <QDir>
#include <QDirIterator>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <utility>

#include <unistd.h>

namespace callstop {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

JournalHeader JournalHeader::forJob(const TerminationJob& job, const QString& profile, const QString& baseUrl)
{
    JournalHeader header;
    header.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.profile = profile;
    header.baseUrl = baseUrl;
    header.user = JobJournal::currentUser();
    header.host = QSysInfo::machineHostName();
    header.created = QDateTime::currentDateTimeUtc();
    header.batchSize = job.options().batchSize;
    for (int slot = 0; slot < job.batchCount(); ++slot)
        header.batches.append(job.batch(slot).payload);
    return header;
}

QString JobJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
}

QString JobJournal::newPath(const QString& directory, const QString& jobId)
{
    return QStringLiteral("%1/%2-%3.jsonl")
        .arg(directory, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")), jobId.left(8));
}

QString JobJournal::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

JobJournal::~JobJournal()
{
    flushPending();
}

bool JobJournal::lock(const QString& path, QString* error)
{
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (!m_lock->tryLock(0)) {
        *error = tr("the job of %1 is running in another process").arg(path);
        m_lock.reset();
        return false;
    }
    return true;
}

bool JobJournal::create(const QString& path, const JournalHeader& header, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!lock(path, error))
        return false;
    m_file.setFileName(path);
    // Unbuffered: a record is one write of its own, and what a failed write left behind is never written later.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = tr("cannot create the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    const BatchPayload scope = header.batches.value(0);
    QJsonObject record {
        {QStringLiteral("type"), QStringLiteral("job")},
        {QStringLiteral("version"), JournalHeader::CurrentVersion},
        {QStringLiteral("scope"), ScopeKinds::key(scope.kind)},
        {QStringLiteral("job"), header.jobId},
        {QStringLiteral("profile"), header.profile},
        {QStringLiteral("base_url"), header.baseUrl},
        {QStringLiteral("user"), header.user},
        {QStringLiteral("host"), header.host},
        {QStringLiteral("time"), header.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("batch_size"), header.batchSize},
    };
    if (scope.kind == ScopeKind::Campaign || scope.kind == ScopeKind::CampaignNumbers)
        record.insert(QStringLiteral("campaign_id"), scope.campaignId);
    if (scope.kind == ScopeKind::Agent)
        record.insert(QStringLiteral("agent_id"), scope.agentId);
    // Each batch as the array of its items, as version 1 wrote call IDs; the scope and its campaign or agent once.
    // Written batch by batch into the one line rather than as one JSON document: a job of a million IDs would hold
    // them three times over (strings, JSON values, text) for a moment.
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line.chop(1); // the closing brace: "batches" follows
    qsizetype items = 0;
    for (const BatchPayload& batch : header.batches)
        items += batch.itemCount();
    line.reserve(line.size() + items * (CallId::TextLength + 3) + header.batches.size() * 3 + 16);
    line.append(",\"batches\":[");
    for (qsizetype b = 0; b < header.batches.size(); ++b) {
        const BatchPayload& batch = header.batches.at(b);
        if (b > 0)
            line.append(',');
        batch.appendItemsJson(line);
    }
    line.append("]}\n");
    writeLine(std::move(line));
    syncNow();
    if (!m_writeError.isEmpty()) {
        *error = m_writeError;
        return false;
    }
    return true;
}

bool JobJournal::reopen(const QString& path, QString* error)
{
    if (!lock(path, error))
        return false;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = tr("cannot write to the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // A line cut by a crash must not glue itself to the next record.
    if (m_file.size() > 0) {
        QFile check(path);
        if (check.open(QIODevice::ReadOnly) && check.seek(check.size() - 1) && check.read(1) != "\n"
            && !writeWhole(m_file, QByteArrayLiteral("\n")))
            failed(tr("writing the journal %1 failed: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    write({{QStringLiteral("type"), QStringLiteral("resume")}, {QStringLiteral("time"), now()},
        {QStringLiteral("user"), currentUser()}});
    syncNow();
    if (!m_writeError.isEmpty()) {
        *error = m_writeError;
        return false;
    }
    return true;
}

void JobJournal::write(const QJsonObject& record)
{
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line.append('\n');
    writeLine(std::move(line));
}

void JobJournal::writeLine(QByteArray line, Flush when)
{
    // After a failure nothing more: a record glued to the rest of a cut one would spoil both.
    if (!m_file.isOpen() || !m_writeError.isEmpty())
        return;
    // The journal never holds the key, whatever a server echoed into a message.
    line = Redactor::redact(line);
    // The job has it synced before it acts on it (takeUnsyncedFile).
    if (m_fault.nextWriteFails()) {
        flushPending(); // the records before this one reach the file, as if each had been written at once
        failed(tr("writing the journal %1 failed: %2 (fault injected by %3)")
                   .arg(m_file.fileName(), qt_error_string(ENOSPC), m_fault.variable()));
        return;
    }
    m_dirty = true;
    m_pending.append(line);
    if (when == Flush::Now)
        flushPending();
}

void JobJournal::flushPending()
{
    if (!m_pending.writeTo(m_file, !m_writeError.isEmpty()))
        failed(tr("writing the journal %1 failed: %2").arg(m_file.fileName(), m_file.errorString()));
}

void JobJournal::failed(const QString& error)
{
    if (!m_writeError.isEmpty())
        return;
    m_writeError = error;
    qCWarning(lcJobs) << m_writeError;
}

int JobJournal::takeUnsyncedFile()
{
    flushPending();
    if (!m_dirty || !m_file.isOpen())
        return -1;
    m_dirty = false;
    return m_file.handle();
}

void JobJournal::syncFailed(int error)
{
    failed(tr("syncing the journal %1 failed: %2").arg(m_file.fileName(), qt_error_string(error)));
}

void JobJournal::syncNow()
{
    // fdatasync: the records and the file length reach the disk; the file times need not.
    const int fd = takeUnsyncedFile();
    if (fd >= 0 && ::fdatasync(fd) != 0)
        syncFailed(errno);
}

void JobJournal::batchesLeased(const QList<int>& indexes)
{
    JsonLine record;
    record.addString("type", u"lease").addKey("batches");
    QByteArray& text = record.text();
    text.append('[');
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            text.append(',');
        text.append(QByteArray::number(indexes.at(i)));
    }
    text.append(']');
    record.addString("time", now());
    writeLine(record.takeLine(), Flush::Later);
}

void JobJournal::attemptStarted(const BatchResult& batch, int attempt)
{
    JsonLine record;
    record.addString("type", u"sent").addInt("batch", batch.index).addInt("attempt", attempt).addString("time", now());
    // In the file before the request leaves (a killed process keeps it), with the answers written since the last.
    writeLine(record.takeLine(), Flush::Now);
}

void JobJournal::attemptFinished(const BatchResult& batch, const ApiResponse& response, bool final)
{
    JsonLine record;
    record.addString("type", u"answer")
        .addInt("batch", batch.index)
        .addInt("attempt", batch.attempts)
        .addBool("final", final)
        .addString("outcome", final ? BatchOutcomes::key(batch.outcome) : QStringLiteral("retry"))
        .addBool("ambiguous", batch.ambiguous)
        .addInt("http", JobRecorder::receivedStatus(response))
        .addString("message", response.message)
        .addInt("elapsed_ms", response.elapsedMs)
        .addString("time", now());
    JobRecorder::addNetworkError(record, response);
    writeLine(record.takeLine(), Flush::Later);
}

void JobJournal::batchClosed(const BatchResult& batch)
{
    JsonLine record;
    record.addString("type", u"closed")
        .addInt("batch", batch.index)
        .addString("outcome", BatchOutcomes::key(batch.outcome))
        .addString("message", batch.message)
        .addString("time", now());
    writeLine(record.takeLine(), Flush::Later);
}

void JobJournal::jobFinished(const JobSummary& summary)
{
    write({{QStringLiteral("type"), QStringLiteral("end")},
        {QStringLiteral("ending"), JobSummary::endingKey(summary.ending)}, {QStringLiteral("time"), now()}});
    syncNow();
    m_lock.reset();
}

int JournalState::count(BatchState state) const
{
    return int(std::count(batches.cbegin(), batches.cend(), state));
}

QList<int> JournalState::batchesToResume() const
{
    QList<int> out;
    for (int i = 0; i < batches.size(); ++i) {
        if (batches.at(i) == BatchState::Unknown || batches.at(i) == BatchState::NotSent)
            out.append(i);
    }
    return out;
}

QString JournalState::stateKey(BatchState state)
{
    switch (state) {
    case BatchState::NotSent:
        return QStringLiteral("not_sent");
    case BatchState::Confirmed:
        return QStringLiteral("confirmed");
    case BatchState::Failed:
        return QStringLiteral("failed");
    case BatchState::Unknown:
        return QStringLiteral("unknown");
    case BatchState::ProbablyApplied:
        return QStringLiteral("probably_applied");
    }
    return {};
}

JournalState JobJournal::load(const QString& path, QString* error)
{
    JournalState state;
    state.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return state;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool haveHeader = false;
    QList<bool> inFlight; // per batch: a "sent" record without its answer so far
    for (const QByteArray& rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject r = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            // A crash in the middle of a write leaves a cut line; it can only be the last one of a run.
            state.damagedTail = true;
            continue;
        }
        ++state.records;
        const QString type = r.value(QLatin1String("type")).toString();
        if (type == QLatin1String("job")) {
            haveHeader = true;
            JournalHeader& h = state.header;
            h.jobId = r.value(QLatin1String("job")).toString();
            h.profile = r.value(QLatin1String("profile")).toString();
            h.baseUrl = r.value(QLatin1String("base_url")).toString();
            h.user = r.value(QLatin1String("user")).toString();
            h.host = r.value(QLatin1String("host")).toString();
            h.created = QDateTime::fromString(r.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            h.batchSize = r.value(QLatin1String("batch_size")).toInt(100);
            h.version = r.value(QLatin1String("version")).toInt(1);
            // Version 1 had no scope: its batches are call IDs.
            BatchPayload scope;
            const QString scopeKey = r.value(QLatin1String("scope")).toString(ScopeKinds::key(ScopeKind::CallIds));
            if (h.version > JournalHeader::CurrentVersion || !ScopeKinds::fromKey(scopeKey, &scope.kind)) {
                *error = tr("%1 was written by a newer CallStop (journal version %2, scope '%3')")
                             .arg(path)
                             .arg(h.version)
                             .arg(scopeKey);
                return state;
            }
            scope.campaignId = r.value(QLatin1String("campaign_id")).toString();
            scope.agentId = r.value(QLatin1String("agent_id")).toString();
            const QJsonArray batches = r.value(QLatin1String("batches")).toArray();
            for (const auto& b : batches) {
                BatchPayload payload;
                payload.kind = scope.kind;
                payload.campaignId = scope.campaignId;
                payload.agentId = scope.agentId;
                const QJsonArray texts = b.toArray();
                for (const auto& v : texts) {
                    if (scope.kind == ScopeKind::CallIds) {
                        if (const auto id = CallId::parse(v.toString()))
                            payload.ids.append(*id);
                    } else if (ScopeKinds::hasItems(scope.kind)) {
                        payload.numbers.append(v.toString());
                    }
                }
                h.batches.append(std::move(payload));
            }
            state.batches.fill(JournalState::BatchState::NotSent, h.batches.size());
            state.possiblyApplied.fill(false, h.batches.size());
            inFlight.fill(false, h.batches.size());
            continue;
        }
        if (!haveHeader)
            continue;
        const int batch = r.value(QLatin1String("batch")).toInt(-1);
        const bool valid = batch >= 0 && batch < state.batches.size();
        if (type == QLatin1String("lease")) {
            // May be sent from here on, until the batch's own records say otherwise: as "sent", for each batch. Only
            // batches not settled yet are leased; a lease never reopens one that is (a damaged or edited file).
            const QJsonArray leased = r.value(QLatin1String("batches")).toArray();
            for (const auto& v : leased) {
                const int b = v.toInt(-1);
                if (b < 0 || b >= state.batches.size())
                    continue;
                const JournalState::BatchState s = state.batches.at(b);
                if (s == JournalState::BatchState::NotSent || s == JournalState::BatchState::Unknown) {
                    state.batches[b] = JournalState::BatchState::Unknown;
                    inFlight[b] = true;
                }
            }
        } else if (type == QLatin1String("sent") && valid) {
            // Possibly sent: from here until its answer, the attempt may reach the server.
            state.batches[batch] = JournalState::BatchState::Unknown;
            inFlight[batch] = true;
        } else if ((type == QLatin1String("answer") || type == QLatin1String("closed")) && valid) {
            inFlight[batch] = false;
            const QString outcome = r.value(QLatin1String("outcome")).toString();
            JournalState::BatchState s = JournalState::BatchState::Unknown;
            if (outcome == QLatin1String("accepted") || outcome == QLatin1String("nothing_terminable"))
                s = JournalState::BatchState::Confirmed;
            else if (outcome == QLatin1String("failed"))
                s = JournalState::BatchState::Failed;
            else if (outcome == QLatin1String("not_sent") || outcome == QLatin1String("unauthorized"))
                s = JournalState::BatchState::NotSent;
            else if (outcome == QLatin1String("probably_applied"))
                s = JournalState::BatchState::ProbablyApplied;
            // "retry", "unknown", "unexpected_answer" (and any outcome a later version writes): the batch may have
            // been applied and will be (or must be) sent again.
            state.batches[batch] = s;
            // Version 1 wrote "ambiguous" too; an unknown outcome says the same.
            if (r.value(QLatin1String("ambiguous")).toBool() || outcome == QLatin1String("unknown")
                || outcome == QLatin1String("unexpected_answer") || outcome == QLatin1String("probably_applied"))
                state.possiblyApplied[batch] = true;
        } else if (type == QLatin1String("end")) {
            state.finished = true;
            state.ending = r.value(QLatin1String("ending")).toString();
        } else if (type == QLatin1String("resume")) {
            state.finished = false;
            // What was in flight when the earlier run stopped got no answer: it may have been applied.
            for (int b = 0; b < inFlight.size(); ++b) {
                if (std::exchange(inFlight[b], false))
                    state.possiblyApplied[b] = true;
            }
        }
    }
    for (int b = 0; b < inFlight.size(); ++b) {
        if (inFlight.at(b))
            state.possiblyApplied[b] = true;
    }
    if (!haveHeader)
        *error = tr("%1 is not a CallStop journal (no job header)").arg(path);
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    state.inUse = !lock.tryLock(0) && lock.error() == QLockFile::LockFailedError;
    return state;
}

QList<JournalState> JobJournal::list(const QString& directory)
{
    QList<JournalState> out;
    QDirIterator it(directory, {QStringLiteral("*.jsonl")}, QDir::Files);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        QString error;
        JournalState state = load(path, &error);
        if (error.isEmpty())
            out.append(state);
    }
    return out;
}

} // namespace callstop
