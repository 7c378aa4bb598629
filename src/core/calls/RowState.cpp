#include "RowState.h"

namespace callstop {

QString RowStates::displayName(RowState state)
{
    switch (state) {
    case RowState::Ready:
        return tr("Ready");
    case RowState::Duplicate:
        return tr("Duplicate");
    case RowState::Invalid:
        return tr("Invalid");
    case RowState::Queued:
        return tr("Queued");
    case RowState::Sending:
        return tr("Sending");
    case RowState::Checking:
        return tr("Accepted, checking");
    case RowState::Terminated:
        return tr("Terminated");
    case RowState::NotTerminable:
        return tr("Not terminable");
    case RowState::Failed:
        return tr("Failed");
    case RowState::Unknown:
        return tr("Unknown");
    case RowState::ProbablyApplied:
        return tr("Probably applied");
    case RowState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString RowStates::key(RowState state)
{
    switch (state) {
    case RowState::Ready:
        return QStringLiteral("ready");
    case RowState::Duplicate:
        return QStringLiteral("duplicate");
    case RowState::Invalid:
        return QStringLiteral("invalid");
    case RowState::Queued:
        return QStringLiteral("queued");
    case RowState::Sending:
        return QStringLiteral("sending");
    case RowState::Checking:
        return QStringLiteral("checking");
    case RowState::Terminated:
        return QStringLiteral("terminated");
    case RowState::NotTerminable:
        return QStringLiteral("not_terminable");
    case RowState::Failed:
        return QStringLiteral("failed");
    case RowState::Unknown:
        return QStringLiteral("unknown");
    case RowState::ProbablyApplied:
        return QStringLiteral("probably_applied");
    case RowState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool RowStates::fromKey(QStringView text, RowState* state)
{
    for (int i = 0; i < RowStateCount; ++i) {
        if (key(RowState(i)) == text) {
            *state = RowState(i);
            return true;
        }
    }
    return false;
}

bool RowStates::isFinal(RowState state)
{
    switch (state) {
    case RowState::Terminated:
    case RowState::NotTerminable:
    case RowState::Failed:
    case RowState::Unknown:
    case RowState::ProbablyApplied:
    case RowState::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace callstop
