#pragma once

#include "BatchPayload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace callstop {

enum class BatchOutcome {
    Pending, // not finished yet
    Accepted, // 2xx with the API's answer {"message": ...}: the server took the batch
    NothingTerminable, // 400 "no terminable calls": already finished, connected, cancelled, or unknown
    Unauthorized, // 401 / 403: the job stops
    Failed, // any other answer or a network error
    Unknown, // aborted in flight: may have been applied (re-sending is safe)
    NotSent, // the job stopped before this batch was sent
    // A whole 2xx answer that is not the API's (a proxy's login page, text, {"success": false}): it proves nothing.
    // Treated as Unknown: the batch may or may not have been applied, and is sent again by resume and retry.
    UnexpectedAnswer,
    // An earlier attempt may have been applied (its answer was lost: a dropped connection, a timeout, an answer cut,
    // too long or not the API's), and a later one was answered 400 "nothing terminable" or failed for good. Final but
    // uncertain: most likely the lost attempt stopped the calls. Not sent again by resume or "retry failed"; the
    // per-call check confirms it where it runs.
    ProbablyApplied,
};

class BatchOutcomes final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::BatchOutcomes)

public:
    static QString displayName(BatchOutcome outcome);
    static QString key(BatchOutcome outcome);
};

// The record of one batch, as a value: what was asked, what came back, how long it took.
struct BatchResult
{
    int index = -1; // 0-based number of the batch in its job (kept when a job is resumed)
    int slot = -1; // place in the running job's list of batches
    int firstPosition = 0; // position of the batch's first item in the running job's list of items
    BatchPayload payload; // what the request carries: call IDs, numbers, a campaign or an agent
    qsizetype itemCount() const { return payload.itemCount(); }
    BatchOutcome outcome = BatchOutcome::Pending;
    int httpStatus = 0;
    QString message;
    int attempts = 0;
    bool ambiguous = false; // the last attempt may have reached the server (timeout, dropped connection)
    // Some attempt of the batch may have reached the server without a whole answer coming back: in this run, or in
    // an earlier run of a resumed job (in flight at a crash, or answered ambiguously, as its journal shows).
    bool possiblyApplied = false;
    qint64 elapsedMs = 0;
    QDateTime finishedAt;
};

} // namespace callstop

Q_DECLARE_METATYPE(callstop::BatchResult)
