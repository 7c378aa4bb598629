#pragma once

#include <QObject>

class QWidget;

namespace callstop {

class CallListModel;
class JobController;
class ProfileController;
class ProfileStore;
struct Profile;
struct ResumePlan;

// Jobs that did not finish (the application quit or crashed): offers to complete the newest from its journal,
// after the usual confirmation, on the profile it ran on.
class ResumeOffer final : public QObject
{
    Q_OBJECT

public:
    ResumeOffer(
        JobController* jobs, ProfileController* profiles, ProfileStore* store, CallListModel* calls, QWidget* window);

    // Looks for journals of jobs that did not finish and offers to complete the newest.
    void offerResume();
    void resumeJournal(const QString& path);

private:
    void resumeScope(const ResumePlan& plan, const Profile& profile);
    void showWarning(const QString& title, const QString& text);

    JobController* m_jobs;
    ProfileController* m_profiles;
    ProfileStore* m_store;
    CallListModel* m_calls;
    QWidget* m_window;
};

} // namespace callstop
