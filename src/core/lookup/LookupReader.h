#pragma once

#include "LookupParser.h"
#include "LookupTypes.h"
#include "jobs/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace callstop {

class ApiCall;
class ApiClient;
struct ApiResponse;

// What a reading came to.
struct LookupResult
{
    enum class Ending { Complete, Cancelled, Failed, LimitReached };
    Ending ending = Ending::Complete;
    QString message; // why it failed, or where the limit stopped it
    int records = 0; // records delivered (history: after de-duplication and the number filter)
    int pages = 0;
    int requests = 0; // pages asked for, retries included
    int httpStatus = 0; // of the answer that ended a failed reading
    bool ok() const { return ending == Ending::Complete; }
};

// Reads a look-up page after page in the background (the event loop runs between pages): /calling/history for a
// filter, /campaign/all or /agent/all. Pages are asked for at a bounded rate (one each minIntervalMs at most),
// retried as the job's requests are (429, 5xx, timeouts; Retry-After honoured), and each is checked by
// LookupParser before its records are delivered. A reading stops at the last page, at maxRecords, at the first
// answer that cannot change (401, 422, a page of another shape), or on cancel(). One reading at a time.
class LookupReader final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 200; // history and campaigns 1..1000, agents 1..100
        int minIntervalMs = 200; // at most five pages a second
        int maxRecords = 1000000;
        RetryPolicy retry {4, 500, 10000};
        // History only: keep the calls to these numbers (E.164) and drop the others; empty keeps every call.
        QSet<QString> numbers;
    };
    static constexpr int MaxHistoryPageSize = 1000;
    static constexpr int MaxCampaignsPageSize = 1000;
    static constexpr int MaxAgentsPageSize = 100;

    explicit LookupReader(ApiClient* client, QObject* parent = nullptr);
    ~LookupReader() override;

    void readHistory(const HistoryFilter& filter, const Options& options);
    void readCampaigns(const Options& options);
    void readAgents(const Options& options);
    // Stops: the page in flight is abandoned, finished() follows with Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // The query items of one history page (both dates always, a status when given), as sent.
    static QList<std::pair<QString, QString>> historyQuery(
        const HistoryFilter& filter, const QString& status, int limit, int offset);
    // "+91 88828-76897" -> "+918882876897" when that is all it is; empty when the number needs libphonenumber.
    static QString plainE164(const QString& number);

signals:
    void historyPage(const QList<callstop::HistoryCall>& calls);
    void campaignsPage(const QList<callstop::CampaignInfo>& campaigns);
    void agentsPage(const QList<callstop::AgentInfo>& agents);
    // Records so far, and the total the API announced (-1 when it did not, or said "many").
    void progress(int records, qint64 total);
    void finished(const callstop::LookupResult& result);

private:
    enum class Source { History, Campaigns, Agents };
    void begin(Source source, const Options& options);
    void schedule(qint64 delayMs);
    void sendPage();
    void onAnswer(const ApiResponse& response);
    // Takes a parsed page; false when the reading is over.
    bool takeHistory(const LookupParser::HistoryPage& page);
    void finish(LookupResult::Ending ending, const QString& message = {}, int httpStatus = 0);

    ApiClient* m_client;
    QPointer<ApiCall> m_call;
    QTimer m_timer;
    QElapsedTimer m_sinceLastSend;
    QRandomGenerator m_random;
    Source m_source = Source::History;
    Options m_options;
    HistoryFilter m_filter;
    QStringList m_statuses; // still to walk; the first is being walked
    int m_offset = 0;
    int m_attempt = 1;
    qint64 m_total = -1;
    QSet<CallId> m_seen;
    LookupResult m_result;
    bool m_running = false;
};

} // namespace callstop

Q_DECLARE_METATYPE(callstop::LookupResult)
