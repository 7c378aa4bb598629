#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>

namespace callstop {

// The life of one row of the table. Ready, Duplicate and Invalid come from input; the others from a job.
enum class RowState : std::uint8_t {
    Ready,
    Duplicate,
    Invalid,
    Queued,
    Sending,
    Checking, // its batch was accepted; the check of the call has not answered yet
    Terminated,
    NotTerminable,
    Failed,
    Unknown,
    // Final but uncertain: an earlier attempt of the batch may have been applied (its answer was lost), and a later
    // one was answered "nothing terminable" or failed. The per-call check confirms it where it runs.
    ProbablyApplied,
    Cancelled,
};

constexpr int RowStateCount = int(RowState::Cancelled) + 1;

using RowStateCounts = std::array<int, RowStateCount>;

class RowStates final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::RowStates)

public:
    static QString displayName(RowState state);
    // A stable, untranslated name for files and the command line.
    static QString key(RowState state);
    static bool fromKey(QStringView key, RowState* state);
    // States in which a row will not change any more.
    static bool isFinal(RowState state);
};

} // namespace callstop
