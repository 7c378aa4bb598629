#pragma once

#include "BatchResult.h"
#include "api/ApiResponse.h"
#include "util/JsonLine.h"

#include <QMetaEnum>
#include <QString>

namespace callstop {

struct JobSummary;

// Something that keeps a record of a job as it runs: the journal (to resume after a crash) and the audit log.
// The job calls these synchronously as things happen. Then it syncs what they wrote (group commit: one sync for all
// the records written meanwhile, on a worker thread) before anyone is told, and before any request leaves that a
// synced lease does not cover: what the operator sees, and what may have reached the server, is on disk.
class JobRecorder
{
public:
    virtual ~JobRecorder() = default;
    // These batches' first attempts may be sent from now on (the job's lease): until its final record, a batch named
    // here may have reached the server. Indexes are BatchResult::index.
    virtual void batchesLeased(const QList<int>& indexes) { Q_UNUSED(indexes) }
    // Written before the request leaves (a killed process loses none); synced with the next group commit, before it
    // for a retry, after it for a first attempt that a synced lease covers.
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

    // The HTTP status of the whole answer that arrived, 0 when none did. A connection dropped after the status line
    // received no answer: it is never recorded as that status (a drop after "200" is no success).
    static int receivedStatus(const ApiResponse& response)
    {
        return response.gotCompleteAnswer() ? response.httpStatus : 0;
    }
    // What went wrong on the wire, for the record: the network error by name (RemoteHostClosedError, ...), a timeout,
    // and the status of an answer cut after its status line. Nothing when a whole answer arrived.
    static void addNetworkError(JsonLine& record, const ApiResponse& response)
    {
        if (response.gotCompleteAnswer())
            return;
        if (response.networkError != QNetworkReply::NoError)
            record.addString("network_error",
                QString::fromLatin1(
                    QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(int(response.networkError))));
        if (response.timedOut)
            record.addBool("timed_out", true);
        if (response.tooLarge)
            record.addBool("too_large", true);
        if (response.httpStatus > 0)
            record.addInt("cut_after_status", response.httpStatus);
    }
};

} // namespace callstop
