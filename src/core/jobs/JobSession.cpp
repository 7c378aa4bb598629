#include "JobSession.h"

#include "AuditLog.h"
#include "api/ApiClient.h"
#include "util/Logging.h"

#include <algorithm>

namespace callstop {

JobSession::JobSession(std::unique_ptr<ApiClient> client, SessionContext context, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_context(std::move(context))
{
    if (m_context.journalDirectory.isEmpty())
        m_context.journalDirectory = JobJournal::defaultDirectory();
    if (m_context.auditPath.isEmpty())
        m_context.auditPath = AuditLog::defaultPath();
}

JobSession::~JobSession()
{
    // Before the recorders and the client it points at.
    delete m_job;
}

bool JobSession::sameBaseUrl(const QUrl& a, const QUrl& b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    const auto normal = [](const QUrl& url) {
        QString path = url.path(QUrl::FullyDecoded);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const int defaultPort = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
        return QStringList {url.scheme().toLower(), url.host().toLower(), QString::number(url.port(defaultPort)), path,
            url.query(), url.userInfo()};
    };
    return normal(a) == normal(b);
}

QString JobSession::checkResumeUrl(const JournalHeader& header, const QUrl& ownerUrl, const QString& ownerName)
{
    const QUrl journalUrl(header.baseUrl, QUrl::StrictMode);
    if (sameBaseUrl(journalUrl, ownerUrl))
        return {};
    return tr("The journal was written for %1, but %2 sends to %3. Nothing was sent: the key goes only to the URL "
              "of the profile that holds it, never to one a file names. If the job is meant for %1, resume it "
              "with a profile (or a confirmed URL) for %1.")
        .arg(header.baseUrl.isEmpty() ? tr("no URL") : header.baseUrl, ownerName, ownerUrl.toString());
}

ResumePlan JobSession::planResume(const QString& path, QString* error)
{
    ResumePlan plan;
    plan.state = JobJournal::load(path, error);
    if (!error->isEmpty())
        return plan;
    for (int index : plan.state.batchesToResume()) {
        BatchResult b;
        b.index = index;
        b.payload = plan.state.header.batches.at(index);
        // Its earlier attempts count: a "nothing terminable" now, after one in flight at the crash, is probably
        // applied, not "not terminable".
        b.possiblyApplied = plan.state.possiblyApplied.value(index);
        plan.itemCount += int(b.itemCount());
        plan.batches.append(std::move(b));
    }
    return plan;
}

bool JobSession::start(const BatchPayload& whole, const JobOptions& options, QString* error)
{
    Q_ASSERT(!m_job);
    auto* job = new TerminationJob(m_client.get(), whole, options, this);
    const JournalHeader header = JournalHeader::forJob(*job, m_context.profileName, m_context.baseUrl.toString());
    m_jobId = header.jobId;
    auto journal = std::make_unique<JobJournal>();
    const QString path = m_context.journalPath.isEmpty() ? JobJournal::newPath(m_context.journalDirectory, m_jobId)
                                                         : m_context.journalPath;
    if (!journal->create(path, header, error)) {
        // Without a journal a crash would leave the outcome unknown: nothing is sent.
        delete job;
        return false;
    }
    attach(job, std::move(journal));
    return true;
}

bool JobSession::resume(const ResumePlan& plan, JobOptions options, QString* error)
{
    Q_ASSERT(!m_job);
    options.batchSize = plan.state.header.batchSize;
    auto journal = std::make_unique<JobJournal>();
    if (!journal->reopen(plan.state.path, error))
        return false;
    m_jobId = plan.state.header.jobId;
    attach(new TerminationJob(m_client.get(), plan.batches, options, this), std::move(journal));
    return true;
}

void JobSession::attach(TerminationJob* job, std::unique_ptr<JobJournal> journal)
{
    m_job = job;
    m_journal = std::move(journal);
    m_audit = std::make_unique<AuditLog>(m_context.auditPath, m_context.profileName, m_context.baseUrl.host(), m_jobId);
    m_job->addRecorder(m_journal.get());
    m_job->addRecorder(m_audit.get());
    // The session notes a check before anyone hears of it, so that stateAt() already tells it.
    connect(m_job, &TerminationJob::callChecked, this, [this](int position, RowState state, const QString& detail) {
        if (position >= 0) {
            if (std::size_t(position) >= m_checked.size())
                m_checked.resize(std::size_t(position) + 1);
            m_checked[std::size_t(position)] = {state, m_checkTexts.shared(detail) + 1};
        }
        emit callChecked(position, state, detail);
    });
    connect(m_job, &TerminationJob::batchStarted, this, &JobSession::batchStarted);
    connect(m_job, &TerminationJob::batchRetrying, this, &JobSession::batchRetrying);
    connect(m_job, &TerminationJob::batchFinished, this, &JobSession::batchFinished);
    connect(m_job, &TerminationJob::finished, this, &JobSession::finished);
    connect(m_job, &TerminationJob::recordingFailed, this, &JobSession::recordingFailed);
    qCInfo(lcJobs) << "session" << m_jobId << "on profile" << m_context.profileName << "journal" << m_journal->path();
    m_job->start();
}

void JobSession::cancel()
{
    if (m_job)
        m_job->cancel();
}

void JobSession::abort()
{
    if (m_job)
        m_job->abort();
}

QString JobSession::journalPath() const
{
    return m_journal ? m_journal->path() : QString();
}

QString JobSession::journalError() const
{
    return m_journal ? m_journal->writeError() : QString();
}

QString JobSession::auditError() const
{
    return m_audit ? m_audit->writeError() : QString();
}

QString JobSession::recordingError() const
{
    const QString journal = journalError();
    return journal.isEmpty() ? auditError() : journal;
}

QString JobSession::recordingFailureText() const
{
    const QString error = recordingError();
    if (error.isEmpty())
        return {};
    return tr("Recording failed: %1. Nothing was sent after that; the batches in flight were finished and their "
              "outcome is shown here, but it may be missing from the journal. Batches not sent stay not sent. Free "
              "the disk or fix the file, then resume the job from %2: it sends again what the journal does not show "
              "as confirmed, which is safe.")
        .arg(error, journalPath());
}

const BatchResult* JobSession::batchAt(int position) const
{
    if (!m_job || m_job->batchCount() == 0)
        return nullptr;
    // Batches lie in position order: the last one that starts at or before the position holds it.
    int lo = 0;
    int hi = m_job->batchCount() - 1;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (m_job->batch(mid).firstPosition <= position)
            lo = mid;
        else
            hi = mid - 1;
    }
    const BatchResult& b = m_job->batch(lo);
    return position >= b.firstPosition && position < b.firstPosition + b.itemCount() ? &b : nullptr;
}

RowState JobSession::stateAt(int position, QString* detail) const
{
    if (position >= 0 && std::size_t(position) < m_checked.size() && m_checked[std::size_t(position)].text != 0) {
        const CheckFound& c = m_checked[std::size_t(position)];
        if (detail)
            *detail = m_checkTexts.at(c.text - 1);
        return c.state;
    }
    const BatchResult* b = batchAt(position);
    if (!b)
        return RowState::Queued;
    if (detail)
        *detail = b->message;
    return TerminationJob::rowStateFor(b->outcome);
}

QList<ReportRow> JobSession::reportRows() const
{
    QList<ReportRow> rows;
    if (!m_job)
        return rows;
    rows.reserve(m_job->idCount());
    for (int slot = 0; slot < m_job->batchCount(); ++slot) {
        const BatchResult& b = m_job->batch(slot);
        for (qsizetype i = 0; i < b.itemCount(); ++i) {
            ReportRow row;
            row.id = b.payload.itemText(i);
            row.state = RowStates::key(stateAt(b.firstPosition + int(i), &row.message));
            row.batch = b.index;
            row.httpStatus = b.httpStatus;
            row.time = b.finishedAt;
            rows.append(row);
        }
    }
    return rows;
}

QList<int> JobSession::positionsToRetry() const
{
    QList<int> out;
    if (!m_job)
        return out;
    for (int position = 0; position < m_job->idCount(); ++position) {
        const RowState s = stateAt(position);
        if (s == RowState::Failed || s == RowState::Unknown)
            out.append(position);
    }
    return out;
}

int JobSession::acceptedItems() const
{
    int n = 0;
    for (int slot = 0; m_job && slot < m_job->batchCount(); ++slot) {
        if (m_job->batch(slot).outcome == BatchOutcome::Accepted)
            n += int(m_job->batch(slot).itemCount());
    }
    return n;
}

} // namespace callstop
