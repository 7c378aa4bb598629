#include "ScopeListModel.h"

#include <QLocale>

namespace callstop {

ScopeListModel::ScopeListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

void ScopeListModel::appendCampaigns(const QList<CampaignInfo>& campaigns)
{
    if (m_kind != Kind::Campaigns || campaigns.isEmpty())
        return;
    beginInsertRows({}, int(m_campaigns.size()), int(m_campaigns.size() + campaigns.size()) - 1);
    m_campaigns += campaigns;
    endInsertRows();
}

void ScopeListModel::appendAgents(const QList<AgentInfo>& agents)
{
    if (m_kind != Kind::Agents || agents.isEmpty())
        return;
    beginInsertRows({}, int(m_agents.size()), int(m_agents.size() + agents.size()) - 1);
    m_agents += agents;
    endInsertRows();
}

void ScopeListModel::clear()
{
    beginResetModel();
    m_campaigns.clear();
    m_agents.clear();
    endResetModel();
}

int ScopeListModel::rowOf(const QString& id) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if ((m_kind == Kind::Campaigns ? m_campaigns.at(r).id : m_agents.at(r).id) == id)
            return r;
    }
    return -1;
}

QString ScopeListModel::nameAt(int row) const
{
    if (m_kind == Kind::Campaigns) {
        const CampaignInfo& c = m_campaigns.at(row);
        return c.name.trimmed().isEmpty() ? c.id : c.name.trimmed();
    }
    const AgentInfo& a = m_agents.at(row);
    return a.name.trimmed().isEmpty() ? a.id : a.name.trimmed();
}

int ScopeListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Campaigns ? m_campaigns.size() : m_agents.size());
}

int ScopeListModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Campaigns ? CampaignId + 1 : AgentId + 1;
}

QVariant ScopeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    if (role == IdRole)
        return m_kind == Kind::Campaigns ? m_campaigns.at(row).id : m_agents.at(row).id;
    const bool numeric = m_kind == Kind::Campaigns
        ? index.column() == CampaignNotConnected || index.column() == CampaignTotal
        : index.column() == AgentCalls;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && m_kind == Kind::Campaigns && index.column() == CampaignNotConnected)
        return tr("Calls registered or waiting for a retry: what terminating the campaign would stop");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const auto count = [](int n) { return n < 0 ? tr("unknown") : QLocale().toString(n); };
    if (m_kind == Kind::Campaigns) {
        const CampaignInfo& c = m_campaigns.at(row);
        switch (index.column()) {
        case CampaignName:
            return nameAt(row);
        case CampaignStatus:
            return c.status;
        case CampaignNotConnected:
            return c.hasCounts() ? count(c.notConnected()) : tr("unknown");
        case CampaignTotal:
            return count(c.totalCalls);
        case CampaignId:
            return c.id;
        default:
            return {};
        }
    }
    const AgentInfo& a = m_agents.at(row);
    switch (index.column()) {
    case AgentName:
        return nameAt(row);
    case AgentCalls:
        return count(a.callCount);
    case AgentId:
        return a.id;
    default:
        return {};
    }
}

QVariant ScopeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_kind == Kind::Campaigns) {
        switch (section) {
        case CampaignName:
            return tr("Campaign");
        case CampaignStatus:
            return tr("Status");
        case CampaignNotConnected:
            return tr("Not connected");
        case CampaignTotal:
            return tr("Calls");
        case CampaignId:
            return tr("ID");
        default:
            return {};
        }
    }
    switch (section) {
    case AgentName:
        return tr("Agent");
    case AgentCalls:
        return tr("Calls");
    case AgentId:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace callstop
