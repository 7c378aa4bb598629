#include "BatchPayload.h"

#include "util/JsonLine.h"

namespace callstop {

QString ScopeKinds::key(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::CallIds:
        return QStringLiteral("call_ids");
    case ScopeKind::Numbers:
        return QStringLiteral("numbers");
    case ScopeKind::Campaign:
        return QStringLiteral("campaign");
    case ScopeKind::CampaignNumbers:
        return QStringLiteral("campaign_numbers");
    case ScopeKind::Agent:
        return QStringLiteral("agent");
    }
    return {};
}

bool ScopeKinds::fromKey(const QString& key, ScopeKind* kind)
{
    for (ScopeKind k :
        {ScopeKind::CallIds, ScopeKind::Numbers, ScopeKind::Campaign, ScopeKind::CampaignNumbers, ScopeKind::Agent}) {
        if (ScopeKinds::key(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ScopeKinds::displayName(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::CallIds:
        return tr("Call IDs");
    case ScopeKind::Numbers:
        return tr("Phone numbers, all campaigns");
    case ScopeKind::Campaign:
        return tr("Whole campaign");
    case ScopeKind::CampaignNumbers:
        return tr("Phone numbers in one campaign");
    case ScopeKind::Agent:
        return tr("Every call of an agent");
    }
    return {};
}

QString describeTermination(const BatchPayload& whole, const QString& name)
{
    const int count = int(whole.itemCount());
    switch (whole.kind) {
    case ScopeKind::CallIds:
        return ScopeKinds::tr("This stops %n call(s) by their IDs.", nullptr, count);
    case ScopeKind::Numbers:
        return ScopeKinds::tr(
            "This stops the calls to %n number(s) in ALL campaigns of the workspace, not only one.", nullptr, count);
    case ScopeKind::CampaignNumbers:
        return ScopeKinds::tr("This stops the calls to %n number(s) in the campaign %1 only.", nullptr, count)
            .arg(name.isEmpty() ? whole.campaignId : name);
    case ScopeKind::Campaign:
        return ScopeKinds::tr("This stops every call of the campaign %1 (%2) not connected yet.")
            .arg(name.isEmpty() ? whole.campaignId : name, whole.campaignId);
    case ScopeKind::Agent:
        return ScopeKinds::tr("This stops every call of the agent %1 (%2) not connected yet, in all its campaigns.")
            .arg(name.isEmpty() ? whole.agentId : name, whole.agentId);
    }
    return {};
}

BatchPayload BatchPayload::forCallIds(QList<CallId> ids)
{
    BatchPayload p;
    p.ids = std::move(ids);
    return p;
}

qsizetype BatchPayload::itemCount() const
{
    switch (kind) {
    case ScopeKind::CallIds:
        return ids.size();
    case ScopeKind::Numbers:
    case ScopeKind::CampaignNumbers:
        return numbers.size();
    case ScopeKind::Campaign:
    case ScopeKind::Agent:
        return 1;
    }
    return 0;
}

QString BatchPayload::itemText(qsizetype i) const
{
    switch (kind) {
    case ScopeKind::CallIds:
        return ids.at(i).toString();
    case ScopeKind::Numbers:
    case ScopeKind::CampaignNumbers:
        return numbers.at(i);
    case ScopeKind::Campaign:
        return campaignId;
    case ScopeKind::Agent:
        return agentId;
    }
    return {};
}

QStringList BatchPayload::itemTexts() const
{
    if (kind == ScopeKind::Numbers || kind == ScopeKind::CampaignNumbers)
        return numbers;
    QStringList out;
    const qsizetype n = itemCount();
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out.append(itemText(i));
    return out;
}

void BatchPayload::appendItemsJson(QByteArray& out) const
{
    out.append('[');
    if (kind == ScopeKind::CallIds) {
        out.reserve(out.size() + ids.size() * (CallId::TextLength + 3) + 1);
        char buffer[CallId::TextLength];
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append('"');
            ids.at(i).writeCanonical(buffer);
            out.append(buffer, CallId::TextLength);
            out.append('"');
        }
    } else if (ScopeKinds::hasItems(kind)) {
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            if (i > 0)
                out.append(',');
            JsonLine::appendString(out, numbers.at(i));
        }
    }
    out.append(']');
}

QString BatchPayload::scopeText() const
{
    switch (kind) {
    case ScopeKind::Campaign:
    case ScopeKind::CampaignNumbers:
        return campaignId;
    case ScopeKind::Agent:
        return agentId;
    default:
        return {};
    }
}

QList<BatchPayload> BatchPayload::split(const BatchPayload& whole, int batchSize)
{
    QList<BatchPayload> out;
    if (!ScopeKinds::hasItems(whole.kind)) {
        out.append(whole);
        return out;
    }
    batchSize = qMax(1, batchSize);
    const qsizetype n = whole.itemCount();
    out.reserve((n + batchSize - 1) / batchSize);
    for (qsizetype first = 0; first < n; first += batchSize) {
        BatchPayload part;
        part.kind = whole.kind;
        part.campaignId = whole.campaignId;
        part.agentId = whole.agentId;
        if (whole.kind == ScopeKind::CallIds)
            part.ids = whole.ids.mid(first, batchSize);
        else
            part.numbers = whole.numbers.mid(first, batchSize);
        out.append(std::move(part));
    }
    return out;
}

} // namespace callstop
