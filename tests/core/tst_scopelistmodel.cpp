#include "lookup/ScopeListModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace callstop;

// The pickers' model: rows appended page by page, each kind with its columns, ids behind every cell, names that fall
// back to the id, and a search across columns through a proxy.
class TestScopeListModel : public QObject
{
    Q_OBJECT

private slots:
    void campaignsShowCounts();
    void agentsFallBackToTheirId();
    void searchFindsAnyColumn();
    void kindsDoNotMix();
};

namespace {
CampaignInfo campaign(const QString& id, const QString& name, int registered, int retry, int total)
{
    CampaignInfo c;
    c.id = id;
    c.name = name;
    c.status = QStringLiteral("running");
    if (total >= 0) {
        c.totalCalls = total;
        c.callsByStatus.insert(QStringLiteral("registered"), registered);
        c.callsByStatus.insert(QStringLiteral("retry"), retry);
        c.callsByStatus.insert(QStringLiteral("completed"), total - registered - retry);
    }
    return c;
}
} // namespace

void TestScopeListModel::campaignsShowCounts()
{
    ScopeListModel model(ScopeListModel::Kind::Campaigns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendCampaigns({campaign(QStringLiteral("c1"), QStringLiteral("Winter sale"), 3, 2, 10)});
    model.appendCampaigns({campaign(QStringLiteral("c2"), QStringLiteral("  "), 0, 0, -1)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, ScopeListModel::CampaignName).data().toString(), QStringLiteral("Winter sale"));
    QCOMPARE(model.index(0, ScopeListModel::CampaignNotConnected).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(0, ScopeListModel::CampaignTotal).data().toString(), QStringLiteral("10"));
    // Without counts the blast radius is said to be unknown, never 0.
    QCOMPARE(model.index(1, ScopeListModel::CampaignNotConnected).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model.nameAt(1), QStringLiteral("c2"));
    QCOMPARE(
        model.index(1, ScopeListModel::CampaignStatus).data(ScopeListModel::IdRole).toString(), QStringLiteral("c2"));
    QCOMPARE(model.rowOf(QStringLiteral("c2")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.headerData(ScopeListModel::CampaignNotConnected, Qt::Horizontal).toString(),
        QStringLiteral("Not connected"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestScopeListModel::agentsFallBackToTheirId()
{
    ScopeListModel model(ScopeListModel::Kind::Agents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AgentInfo named {QStringLiteral("a1"), QStringLiteral("Riya"), 12};
    AgentInfo unnamed {QStringLiteral("a2"), QString(), -1};
    model.appendAgents({named, unnamed});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.nameAt(0), QStringLiteral("Riya"));
    QCOMPARE(model.nameAt(1), QStringLiteral("a2"));
    QCOMPARE(model.index(0, ScopeListModel::AgentCalls).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(1, ScopeListModel::AgentCalls).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model.agentAt(1).id, QStringLiteral("a2"));
}

void TestScopeListModel::searchFindsAnyColumn()
{
    ScopeListModel model(ScopeListModel::Kind::Campaigns);
    model.appendCampaigns({campaign(QStringLiteral("id-aaa"), QStringLiteral("Winter sale"), 1, 0, 1),
        campaign(QStringLiteral("id-bbb"), QStringLiteral("Renewals"), 0, 0, 4)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("winter"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ScopeListModel::IdRole).toString(), QStringLiteral("id-aaa"));
    proxy.setFilterFixedString(QStringLiteral("BBB")); // the id column
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Renewals"));
    proxy.setFilterFixedString(QStringLiteral("zzz"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestScopeListModel::kindsDoNotMix()
{
    ScopeListModel campaigns(ScopeListModel::Kind::Campaigns);
    campaigns.appendAgents({AgentInfo {QStringLiteral("a1"), QStringLiteral("Riya"), 1}});
    QCOMPARE(campaigns.rowCount(), 0);
    ScopeListModel agents(ScopeListModel::Kind::Agents);
    agents.appendCampaigns({campaign(QStringLiteral("c1"), QStringLiteral("x"), 0, 0, 0)});
    QCOMPARE(agents.rowCount(), 0);
}

QTEST_MAIN(TestScopeListModel)
#include "tst_scopelistmodel.moc"
