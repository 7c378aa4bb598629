#include "LookupReader.h"

#include "api/ApiClient.h"
#include "numbers/PhoneNumber.h"
#include "util/Logging.h"

namespace callstop {

LookupReader::LookupReader(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<LookupResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LookupReader::sendPage);
}

LookupReader::~LookupReader()
{
    if (m_call)
        m_call->abort();
}

QList<std::pair<QString, QString>> LookupReader::historyQuery(
    const HistoryFilter& filter, const QString& status, int limit, int offset)
{
    QList<std::pair<QString, QString>> q {{QStringLiteral("start_date"), HistoryFilter::isoDate(filter.from)},
        {QStringLiteral("end_date"), HistoryFilter::isoDate(filter.to)},
        {QStringLiteral("limit"), QString::number(limit)}, {QStringLiteral("offset"), QString::number(offset)}};
    if (!status.isEmpty())
        q.append({QStringLiteral("status"), status});
    if (!filter.agentId.isEmpty())
        q.append({QStringLiteral("agent_id"), filter.agentId});
    if (!filter.campaignId.isEmpty())
        q.append({QStringLiteral("bulk_list_id"), filter.campaignId});
    return q;
}

QString LookupReader::plainE164(const QString& number)
{
    QString out;
    out.reserve(number.size());
    for (const QChar c : number) {
        const bool digit = c.isDigit() && c.unicode() < 128;
        if (digit || (c == QLatin1Char('+') && out.isEmpty()))
            out.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('(')
            && c != QLatin1Char(')'))
            return {};
    }
    if (!out.startsWith(QLatin1Char('+')) || out.size() < 8 || out.size() > PhoneNumber::MaxE164Digits + 1)
        return {};
    return out;
}

void LookupReader::readHistory(const HistoryFilter& filter, const Options& options)
{
    m_filter = filter;
    m_statuses = filter.statuses.isEmpty() ? QStringList {QString()} : filter.statuses;
    begin(Source::History, options);
}

void LookupReader::readCampaigns(const Options& options)
{
    m_statuses = {QString()};
    begin(Source::Campaigns, options);
}

void LookupReader::readAgents(const Options& options)
{
    m_statuses = {QString()};
    begin(Source::Agents, options);
}

void LookupReader::begin(Source source, const Options& options)
{
    Q_ASSERT(!m_running);
    m_source = source;
    m_options = options;
    const int maxPage = source == Source::Agents ? MaxAgentsPageSize
        : source == Source::Campaigns            ? MaxCampaignsPageSize
                                                 : MaxHistoryPageSize;
    m_options.pageSize = qBound(1, options.pageSize, maxPage);
    m_options.minIntervalMs = qMax(0, options.minIntervalMs);
    m_offset = 0;
    m_attempt = 1;
    m_total = -1;
    m_seen.clear();
    m_result = {};
    m_running = true;
    m_sinceLastSend.invalidate();
    schedule(0);
}

void LookupReader::schedule(qint64 delayMs)
{
    // The bounded rate: never two pages closer than minIntervalMs, whatever the caller or a retry asks.
    if (m_sinceLastSend.isValid())
        delayMs = qMax(delayMs, m_options.minIntervalMs - m_sinceLastSend.elapsed());
    m_timer.start(int(qBound(qint64(0), delayMs, qint64(24) * 3600 * 1000)));
}

void LookupReader::sendPage()
{
    if (!m_running)
        return;
    m_sinceLastSend.start();
    ++m_result.requests;
    const int limit = m_options.pageSize;
    switch (m_source) {
    case Source::History:
        m_call = m_client->fetchLookup(
            QStringLiteral("/calling/history"), historyQuery(m_filter, m_statuses.first(), limit, m_offset));
        break;
    case Source::Campaigns:
        m_call = m_client->fetchLookup(QStringLiteral("/campaign/all"),
            {{QStringLiteral("call_count"), QStringLiteral("true")}, {QStringLiteral("limit"), QString::number(limit)},
                {QStringLiteral("offset"), QString::number(m_offset)}});
        break;
    case Source::Agents:
        m_call = m_client->fetchLookup(QStringLiteral("/agent/all"),
            {{QStringLiteral("limit"), QString::number(limit)}, {QStringLiteral("offset"), QString::number(m_offset)}});
        break;
    }
    connect(m_call, &ApiCall::finished, this, &LookupReader::onAnswer);
}

void LookupReader::onAnswer(const ApiResponse& response)
{
    m_call.clear();
    if (!m_running)
        return;
    if (!response.isHttpSuccess() || response.unexpectedAnswer) {
        if (!response.unexpectedAnswer && RetryPolicy::isRetryable(response)
            && m_attempt < m_options.retry.maxAttempts) {
            ++m_attempt;
            const qint64 wait = m_options.retry.delayMs(m_attempt, response, &m_random);
            qCInfo(lcLookup) << "page at offset" << m_offset << "failed (" << response.message << "); again in" << wait
                             << "ms";
            schedule(wait);
            return;
        }
        finish(LookupResult::Ending::Failed,
            tr("The page at offset %1 was not read: %2").arg(m_offset).arg(response.message), response.httpStatus);
        return;
    }
    m_attempt = 1;
    QString error;
    int received = 0;
    bool more = false;
    switch (m_source) {
    case Source::History: {
        LookupParser::HistoryPage page;
        if (!LookupParser::parseHistory(response.body, &page, &error))
            break;
        received = int(page.calls.size());
        m_total = page.totalIsMany ? -1 : page.total;
        more = takeHistory(page);
        break;
    }
    case Source::Campaigns: {
        LookupParser::CampaignsPage page;
        if (!LookupParser::parseCampaigns(response.body, &page, &error))
            break;
        received = int(page.campaigns.size());
        m_total = page.total;
        if (m_result.records + received > m_options.maxRecords)
            page.campaigns.resize(m_options.maxRecords - m_result.records);
        m_result.records += int(page.campaigns.size());
        if (!page.campaigns.isEmpty())
            emit campaignsPage(page.campaigns);
        more = received == m_options.pageSize && (m_total < 0 || m_offset + received < m_total);
        break;
    }
    case Source::Agents: {
        LookupParser::AgentsPage page;
        if (!LookupParser::parseAgents(response.body, &page, &error))
            break;
        received = int(page.agents.size());
        if (m_result.records + received > m_options.maxRecords)
            page.agents.resize(m_options.maxRecords - m_result.records);
        m_result.records += int(page.agents.size());
        if (!page.agents.isEmpty())
            emit agentsPage(page.agents);
        more = received == m_options.pageSize;
        break;
    }
    }
    // A receiver of the page may have cancelled the reading (it found what it looked for): it has ended.
    if (!m_running)
        return;
    if (!error.isEmpty()) {
        finish(LookupResult::Ending::Failed,
            tr("The page at offset %1 is not the API's answer: %2").arg(m_offset).arg(error), response.httpStatus);
        return;
    }
    ++m_result.pages;
    emit progress(m_result.records, m_total);
    if (m_result.records >= m_options.maxRecords && (more || m_statuses.size() > 1)) {
        finish(LookupResult::Ending::LimitReached,
            tr("Stopped at %1 records, the most one reading takes; narrow the dates or the filters.")
                .arg(m_options.maxRecords));
        return;
    }
    if (more) {
        m_offset += received;
        schedule(0);
        return;
    }
    // The last page of this status; the next status starts from its first page.
    m_statuses.removeFirst();
    if (m_statuses.isEmpty()) {
        finish(LookupResult::Ending::Complete);
        return;
    }
    m_offset = 0;
    m_total = -1;
    schedule(0);
}

bool LookupReader::takeHistory(const LookupParser::HistoryPage& page)
{
    QList<HistoryCall> kept;
    kept.reserve(page.calls.size());
    for (const HistoryCall& call : page.calls) {
        if (m_result.records + kept.size() >= m_options.maxRecords)
            break;
        // Pages shift while new calls arrive: a call seen on an earlier page is not delivered twice.
        if (m_seen.contains(call.id))
            continue;
        if (!m_options.numbers.isEmpty()) {
            QString e164 = plainE164(call.toNumber);
            if (e164.isEmpty()) {
                const ParsedPhoneNumber parsed = PhoneNumber::parse(call.toNumber, QString());
                e164 = parsed.number ? parsed.number->toString() : QString();
            }
            if (!m_options.numbers.contains(e164))
                continue;
        }
        m_seen.insert(call.id);
        kept.append(call);
    }
    m_result.records += int(kept.size());
    if (!kept.isEmpty())
        emit historyPage(kept);
    const int received = int(page.calls.size());
    return received == m_options.pageSize && received > 0 && (m_total < 0 || m_offset + received < m_total);
}

void LookupReader::cancel()
{
    if (!m_running)
        return;
    m_timer.stop();
    if (m_call)
        m_call->abort();
    finish(LookupResult::Ending::Cancelled, tr("Cancelled."));
}

void LookupReader::finish(LookupResult::Ending ending, const QString& message, int httpStatus)
{
    m_running = false;
    m_timer.stop();
    m_result.ending = ending;
    m_result.message = message;
    m_result.httpStatus = httpStatus;
    qCInfo(lcLookup) << "reading ended:" << int(ending) << m_result.records << "records in" << m_result.pages
                     << "pages," << m_result.requests << "requests" << message;
    emit finished(m_result);
}

} // namespace callstop
