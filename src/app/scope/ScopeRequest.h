#pragma once

#include "jobs/BatchPayload.h"
#include "lookup/ScopeCounter.h"

#include <QString>

namespace callstop {

// A termination by phone numbers, campaign or agent as the operator chose and confirmed it: what the job sends, what
// it was called, on which profile, and the calls of the scope counted just before (to measure the effect after).
struct ScopeRequest
{
    BatchPayload scope;
    QString name; // the campaign's or the agent's name (numbers in one campaign: the campaign's); empty for numbers
    QString profileId;
    int notConnectedFromList = -1; // a campaign's "not connected" count from /campaign/all, -1 when not known
    ScopeCounts before;
};

} // namespace callstop
