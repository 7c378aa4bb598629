#include "ResumeOffer.h"

#include "ConfirmDialog.h"
#include "JobController.h"
#include "calls/CallListModel.h"
#include "jobs/JobJournal.h"
#include "jobs/JobSession.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileStore.h"
#include "scope/ScopeConfirmDialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace callstop {

ResumeOffer::ResumeOffer(
    JobController* jobs, ProfileController* profiles, ProfileStore* store, CallListModel* calls, QWidget* window)
    : QObject(window)
    , m_jobs(jobs)
    , m_profiles(profiles)
    , m_store(store)
    , m_calls(calls)
    , m_window(window)
{ }

void ResumeOffer::offerResume()
{
    if (m_jobs->isRunning())
        return;
    QList<JournalState> unfinished;
    for (const JournalState& j : JobJournal::list(m_jobs->journalDirectory())) {
        if (j.needsResume())
            unfinished.append(j);
    }
    if (unfinished.isEmpty())
        return;
    const JournalState j = unfinished.constLast();
    using S = JournalState::BatchState;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unfinished Job"),
        tr("A job started %1 on %2 by %3 did not finish.\n\n%4 batches applied, %5 failed, %6 unknown (in flight when "
           "it stopped: they may have been applied), %7 never sent, %8 probably applied by an earlier attempt (not "
           "sent again).\n\nResume sends the unknown and unsent batches "
           "again; sending a batch twice is harmless.")
            .arg(QLocale().toString(j.header.created.toLocalTime(), QLocale::ShortFormat), j.header.profile,
                j.header.user)
            .arg(j.count(S::Confirmed))
            .arg(j.count(S::Failed))
            .arg(j.count(S::Unknown))
            .arg(j.count(S::NotSent))
            .arg(j.count(S::ProbablyApplied)),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("resumeOffer"));
    QPushButton* resume = box->addButton(tr("&Resume…"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(resume, &QPushButton::clicked, this, [this, path = j.path] { resumeJournal(path); });
    box->open();
}

void ResumeOffer::resumeJournal(const QString& path)
{
    if (m_jobs->isRunning())
        return;
    QString error;
    const ResumePlan plan = JobSession::planResume(path, &error);
    if (!error.isEmpty()) {
        showWarning(tr("Cannot Resume"), error);
        return;
    }
    const JournalState& state = plan.state;
    const auto profile = m_store->findByName(state.header.profile);
    if (!profile || profile->isSandbox() || !m_profiles->hasKey(profile->id)) {
        showWarning(tr("Cannot Resume"),
            tr("The job ran on the profile %1, which has no key here (or is the sandbox, which was restarted). "
               "Enter its key in Settings › Profiles and Keys, then resume from Job › Resume.")
                .arg(state.header.profile));
        return;
    }
    // The key follows the profile, not the file: a journal naming another URL than its profile's is not resumed.
    const QString mismatch
        = JobSession::checkResumeUrl(state.header, profile->baseUrl, tr("the profile %1").arg(profile->name));
    if (!mismatch.isEmpty()) {
        showWarning(tr("Cannot Resume"), mismatch);
        return;
    }
    if (!plan.batches.isEmpty() && plan.batches.constFirst().payload.kind != ScopeKind::CallIds) {
        resumeScope(plan, *profile);
        return;
    }
    if (m_calls->rowCount() > 0) {
        showWarning(tr("Cannot Resume"), tr("Clear the list first: the resumed calls fill it."));
        return;
    }
    m_profiles->setCurrentProfile(profile->id);
    QList<CallId> ids;
    ids.reserve(plan.itemCount);
    for (const BatchResult& b : plan.batches)
        ids += b.payload.ids;
    m_calls->appendIds(ids);
    QList<int> rows;
    for (int r = 0; r < m_calls->rowCount(); ++r)
        rows.append(r);
    QPointer<ConfirmDialog> confirm = m_jobs->newConfirmDialog(*profile, ids, int(plan.batches.size()));
    connect(confirm, &QDialog::accepted, this, [this, confirm, rows, plan] {
        JobOptions options = m_jobs->jobOptions();
        options.checkCalls = confirm ? confirm->checkCalls() : true;
        auto session = m_jobs->makeSession(m_profiles->currentProfile());
        if (!session)
            return;
        QString error;
        if (!session->resume(plan, options, &error)) {
            showWarning(tr("Cannot Resume"), error);
            return;
        }
        m_jobs->runJob(rows, std::move(session));
    });
    confirm->open();
}

void ResumeOffer::resumeScope(const ResumePlan& plan, const Profile& profile)
{
    // A termination by numbers, campaign or agent: what is left of it is confirmed as a new one would be, typed; the
    // journal keeps ids, not names, so a campaign or an agent is confirmed by its id.
    ScopeRequest request;
    request.profileId = profile.id;
    request.scope = plan.batches.constFirst().payload;
    request.scope.numbers.clear();
    for (const BatchResult& b : plan.batches)
        request.scope.numbers += b.payload.numbers;
    request.name = request.scope.kind == ScopeKind::Agent ? request.scope.agentId : request.scope.campaignId;
    request.before.error = tr("not counted on resume");
    m_profiles->setCurrentProfile(profile.id);
    auto* confirm = new ScopeConfirmDialog(profile, request, int(plan.batches.size()), m_window);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this, [this, plan, request] {
        auto session = m_jobs->makeSession(m_profiles->currentProfile());
        if (!session)
            return;
        QString error;
        JobOptions options = m_jobs->jobOptions();
        options.checkCalls = false;
        if (!session->resume(plan, options, &error)) {
            showWarning(tr("Cannot Resume"), error);
            return;
        }
        m_jobs->runScopeSession(request, std::move(session));
    });
    confirm->open();
}

void ResumeOffer::showWarning(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("resumeRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace callstop
