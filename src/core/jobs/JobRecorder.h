#pragma once

#include "BatchResult.h"
#include "api/ApiResponse.h"

namespace callstop {

struct JobSummary;

// Something that keeps a record of a job as it runs: the journal (to resume after a crash) and the audit log.
// The job calls these synchronously, before it tells anyone else, so that what the operator sees has been written.
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
};

} // namespace callstop
