#pragma once

#include "BatchResult.h"
#include "api/ApiResponse.h"

#include <QString>

namespace callstop {

struct JobSummary;

// Something that keeps a record of a job as it runs: the journal (to resume after a crash) and the audit log.
// The job calls these synchronously as things happen. Then it syncs what they wrote (group commit: one sync for all
// the records written meanwhile, on a worker thread) before any request of theirs leaves and before anyone is told:
// what the operator sees, and what reached the server, is on disk.
class JobRecorder
{
public:
    virtual ~JobRecorder() = default;
    virtual void attemptStarted(const BatchResult& batch, int attempt) = 0;
    // One attempt's answer; final is false when the batch will be sent again.
    virtual void attemptFinished(const BatchResult& batch, const ApiResponse& response, bool final) = 0;
    // A batch that ends without an attempt of its own (not sent, or stopped while waiting for a retry).
    virtual void batchClosed(const BatchResult& batch) = 0;
    virtual void jobFinished(const JobSummary& summary) = 0;
    // The file descriptor to sync for what was written since the last call, or -1 when nothing was. The job syncs it
    // (fdatasync) on a worker thread while it goes on with other answers.
    virtual int takeUnsyncedFile() { return -1; }
    // The sync of that file failed with this errno; the recorder keeps the error for the operator.
    virtual void syncFailed(int error) { Q_UNUSED(error) }
    // Set once a record could not be written or synced (disk full, a write error, a file that became unwritable);
    // empty while every record reached the file. The job checks it after each call and each sync: a failure stops it
    // from sending anything more (a recording failure).
    virtual QString writeError() const { return {}; }
};

} // namespace callstop
