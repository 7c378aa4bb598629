#pragma once

#include "LookupTypes.h"

#include <QAbstractTableModel>

namespace callstop {

// The campaigns or the agents of a workspace, as the pickers of a scope termination show them: filled page by page
// from /campaign/all or /agent/all, searched through a QSortFilterProxyModel (every column), never edited. A
// campaign row shows its status and, when the API gave counts, how many of its calls are not connected yet (what a
// termination would stop) out of how many.
class ScopeListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Campaigns, Agents };
    enum CampaignColumn { CampaignName, CampaignStatus, CampaignNotConnected, CampaignTotal, CampaignId };
    enum AgentColumn { AgentName, AgentCalls, AgentId };
    // The id of the row's campaign or agent, whatever the column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ScopeListModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    void appendCampaigns(const QList<CampaignInfo>& campaigns);
    void appendAgents(const QList<AgentInfo>& agents);
    void clear();

    const CampaignInfo& campaignAt(int row) const { return m_campaigns.at(row); }
    const AgentInfo& agentAt(int row) const { return m_agents.at(row); }
    // The row of the campaign or agent with this id, -1 when there is none.
    int rowOf(const QString& id) const;
    // The name to show and to type in a confirmation: the name, or the id when the API gave none.
    QString nameAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<CampaignInfo> m_campaigns;
    QList<AgentInfo> m_agents;
};

} // namespace callstop
