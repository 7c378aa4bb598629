#include "ScopeCounter.h"

namespace callstop {

ScopeEffect ScopeEffect::between(const ScopeCounts& before, const ScopeCounts& after)
{
    ScopeEffect e;
    e.stopped = qMax(0, before.notConnected() - after.notConnected());
    e.stillNotConnected = after.notConnected();
    e.alreadyConnected = after.connected();
    return e;
}

QString ScopeEffect::text() const
{
    QString out = ScopeCounter::tr("%n call(s) stopped", nullptr, stopped)
        + ScopeCounter::tr(", %n already connected (not hung up)", nullptr, alreadyConnected);
    if (stillNotConnected > 0)
        out += ScopeCounter::tr(
            "; %n still waiting to be called (added since, or not stopped)", nullptr, stillNotConnected);
    return out;
}

ScopeCounter::ScopeCounter(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_reader(client)
{
    qRegisterMetaType<ScopeCounts>();
    connect(&m_reader, &LookupReader::historyPage, this, [this](const QList<HistoryCall>& calls) {
        for (const HistoryCall& c : calls) {
            ++m_counts.byStatus[c.status];
            ++m_counts.total;
        }
    });
    connect(&m_reader, &LookupReader::campaignsPage, this, [this](const QList<CampaignInfo>& campaigns) {
        for (const CampaignInfo& c : campaigns) {
            if (c.id != m_campaignId || !c.hasCounts())
                continue;
            m_counts.byStatus = c.callsByStatus;
            m_counts.total = c.totalCalls;
            m_counts.ok = true;
            m_reader.cancel(); // found: the other pages are not needed
        }
    });
    connect(&m_reader, &LookupReader::finished, this, [this](const LookupResult& result) {
        if (m_fromCampaigns) {
            if (!m_counts.ok)
                m_counts.error = result.ending == LookupResult::Ending::Complete
                    ? tr("The campaign %1 is not among the workspace's campaigns.").arg(m_campaignId)
                    : result.message;
        } else {
            m_counts.ok = result.ok();
            m_counts.error = result.ok() ? QString() : result.message;
        }
        emit counted(m_counts);
    });
}

void ScopeCounter::count(const BatchPayload& scope, const QDateTime& now)
{
    m_counts = {};
    m_fromCampaigns = scope.kind == ScopeKind::Campaign;
    LookupReader::Options options;
    options.minIntervalMs = 100;
    if (m_fromCampaigns) {
        m_campaignId = scope.campaignId;
        options.pageSize = LookupReader::MaxCampaignsPageSize;
        m_reader.readCampaigns(options);
        return;
    }
    HistoryFilter filter;
    filter.from = now.addDays(-HistoryWindowDays);
    filter.to = now.addDays(1);
    options.pageSize = LookupReader::MaxHistoryPageSize;
    if (scope.kind == ScopeKind::Agent)
        filter.agentId = scope.agentId;
    if (scope.kind == ScopeKind::CampaignNumbers)
        filter.campaignId = scope.campaignId;
    if (scope.kind == ScopeKind::Numbers || scope.kind == ScopeKind::CampaignNumbers) {
        for (const QString& n : scope.numbers)
            options.numbers.insert(n);
    }
    if (scope.kind == ScopeKind::CallIds) {
        m_counts.error = tr("Call IDs are checked one by one, not counted.");
        QMetaObject::invokeMethod(
            this, [this] { emit counted(m_counts); }, Qt::QueuedConnection);
        return;
    }
    m_reader.readHistory(filter, options);
}

} // namespace callstop
