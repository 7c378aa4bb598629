#pragma once

#include "CallId.h"
#include "CallIdIndex.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace callstop {

// Something in the text that looks like a call ID but is not one, so the operator can fix it.
struct NearMiss
{
    int line = 0; // 1-based
    QString text; // the token as it stood in the text
    QString reason; // one human sentence, translated
};

struct DuplicateId
{
    CallId id;
    int line = 0; // where it appeared again
    int firstLine = 0; // where it appeared first
};

struct ExtractionResult
{
    QList<CallId> ids; // unique, in order of first appearance
    QList<int> lines; // line of each entry in ids
    QList<DuplicateId> duplicates;
    QList<NearMiss> nearMisses;
    int lineCount = 0;

    bool isEmpty() const { return ids.isEmpty() && duplicates.isEmpty() && nearMisses.isEmpty(); }
};

// Pulls every call ID out of arbitrary text: dashboard rows, CSV or TSV lines, JSON, URLs with query strings and
// percent-encoding, brackets and quotes. An ID counts only when it stands alone: a UUID glued to more letters,
// digits or dashes is reported as a near miss, never taken, because taking part of a longer token could stop a call
// the operator never named.
class IdExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::IdExtractor)

public:
    // Upper bound on stored near misses and duplicates; counts go on beyond it.
    static constexpr int MaxStoredReports = 10000;

    IdExtractor() = default;

    // Scans text whose first line is firstLine; may be called repeatedly with consecutive pieces of text that are
    // split at line ends.
    void addText(QStringView text, int firstLine = 1);
    // Declares an ID as already known (for instance, already in the table): it will count as a duplicate.
    void addKnown(const CallId& id, int line = 0);

    const ExtractionResult& result() const { return m_result; }
    ExtractionResult takeResult();
    int duplicateCount() const { return m_duplicateCount; }
    int nearMissCount() const { return m_nearMissCount; }

    static ExtractionResult extract(QStringView text);

    // Why a token that is not a call ID looks like one; an empty string when it does not look like one at all.
    static QString nearMissReason(QStringView token);

private:
    void handleToken(QStringView token, int line);
    void addId(const CallId& id, int line);

    ExtractionResult m_result;
    CallIdIndex m_seen; // id -> its position in m_result.ids
    QSet<CallId> m_known; // declared beforehand
    int m_duplicateCount = 0;
    int m_nearMissCount = 0;
};

} // namespace callstop
