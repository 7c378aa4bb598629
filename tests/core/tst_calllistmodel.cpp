#include "calls/CallFilterProxyModel.h"
#include "calls/CallListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace callstop;

namespace {
const QString A = QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab");
const QString B = QStringLiteral("9ab99d2d-595c-4ca1-bab7-07d13f253156");
const QString C = QStringLiteral("7251cb4b-3373-43a4-844c-b27a1d45e0c9");
} // namespace

class TestCallListModel : public QObject
{
    Q_OBJECT

private slots:
    void foundCallsKeepTheirColumns();
    void appendExtraction();
    void duplicatesAgainstTable();
    void invalidTextCountedOnce();
    void removeAndClear();
    void jobStates();
    void filterProxy();
    void compactRows();
    void perRowDetailsShared();
};

void TestCallListModel::appendExtraction()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &CallListModel::countsChanged);
    const auto summary = model.appendExtraction(IdExtractor::extract(QStringLiteral("%1\n%2\n%1\n%3x\n").arg(A, B, C)));
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.invalid, 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CallListModel::ColumnCount));
    QCOMPARE(model.count(RowState::Ready), 2);
    QCOMPARE(model.count(RowState::Duplicate), 1);
    QCOMPARE(model.count(RowState::Invalid), 1);
    QCOMPARE(model.data(model.index(0, CallListModel::IdColumn)).toString(), A);
    QCOMPARE(model.data(model.index(0, CallListModel::StateColumn)).toString(), QStringLiteral("Ready"));
    QCOMPARE(
        model.data(model.index(2, CallListModel::DetailColumn)).toString(), QStringLiteral("Line 3 repeats line 1"));
    QCOMPARE(model.data(model.index(3, CallListModel::IdColumn)).toString(), C + u'x');
    QVERIFY(model.data(model.index(3, CallListModel::DetailColumn)).toString().startsWith(QLatin1String("Line 4:")));
    QCOMPARE(model.data(model.index(3, 0), CallListModel::StateRole).toInt(), int(RowState::Invalid));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Call ID"));
    QCOMPARE(counts.count(), 1);
}

void TestCallListModel::invalidTextCountedOnce()
{
    // The same block pasted twice: its invalid tokens are one row each, as its valid IDs are Ready once.
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString block = QStringLiteral("%1\n%2x\n%3\n%2x\n").arg(A, B, C.left(35));
    auto summary = model.appendExtraction(IdExtractor::extract(block));
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.invalid, 2);
    QCOMPARE(summary.invalidRepeats, 1); // B + "x" twice in the same block
    QCOMPARE(model.count(RowState::Invalid), 2);
    summary = model.appendExtraction(IdExtractor::extract(block));
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.invalid, 0);
    QCOMPARE(summary.invalidRepeats, 3);
    QCOMPARE(model.count(RowState::Invalid), 2);
    QCOMPARE(model.rowCount(), 4);
    // Once removed, the text may come in again; after Clear too.
    model.removeRowList(model.rowsInState(RowState::Invalid));
    summary = model.appendExtraction(IdExtractor::extract(block));
    QCOMPARE(summary.invalid, 2);
    model.clear();
    summary = model.appendExtraction(IdExtractor::extract(block));
    QCOMPARE(summary.invalid, 2);
    QCOMPARE(model.count(RowState::Invalid), 2);
}

void TestCallListModel::duplicatesAgainstTable()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendIds({*CallId::parse(A)});
    const auto summary = model.appendIds({*CallId::parse(A), *CallId::parse(B)});
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(model.stateAt(1), RowState::Duplicate);
    QCOMPARE(model.detailAt(1), QStringLiteral("Already in the list"));
    QCOMPARE(model.idsInState(RowState::Ready), (QList<CallId> {*CallId::parse(A), *CallId::parse(B)}));
}

void TestCallListModel::removeAndClear()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendIds({*CallId::parse(A), *CallId::parse(B), *CallId::parse(C)});
    model.appendInvalid(QStringLiteral("junk"), QStringLiteral("not an ID"));
    model.removeRowList({3, 0, 0});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.textAt(0), B);
    QCOMPARE(model.textAt(1), C);
    QCOMPARE(model.count(RowState::Ready), 2);
    QCOMPARE(model.count(RowState::Invalid), 0);
    QVERIFY(!model.contains(*CallId::parse(A)));
    // A removed ID can be added again as Ready.
    QCOMPARE(model.appendIds({*CallId::parse(A)}).added, 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    for (int c : model.counts())
        QCOMPARE(c, 0);
    QVERIFY(!model.contains(*CallId::parse(B)));
}

void TestCallListModel::jobStates()
{
    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendIds({*CallId::parse(A), *CallId::parse(B), *CallId::parse(C)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRowsState({0, 2}, RowState::Terminated, 4, QStringLiteral("Accepted"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.count(RowState::Terminated), 2);
    QCOMPARE(model.count(RowState::Ready), 1);
    QCOMPARE(model.data(model.index(2, CallListModel::BatchColumn)).toInt(), 5);
    QCOMPARE(model.detailAt(0), QStringLiteral("Accepted"));
    QCOMPARE(model.rowsInState(RowState::Ready), QList<int> {1});
    QVERIFY(model.contains(*CallId::parse(A))); // a terminated ID is still a duplicate when pasted again
}

void TestCallListModel::filterProxy()
{
    CallListModel model;
    model.appendExtraction(IdExtractor::extract(QStringLiteral("%1 %2 %3 %1 %2x").arg(A, B, C)));
    model.setRowsState({1}, RowState::Failed, 0, QStringLiteral("HTTP 500"));
    CallFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setText(QStringLiteral("9AB99"));
    QCOMPARE(proxy.rowCount(), 2); // B and the invalid B-based token
    proxy.setText({});
    proxy.setState(int(RowState::Failed));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.data(proxy.index(0, 0)).toString(), B);
    proxy.setState(-1);
    proxy.setText(QStringLiteral("http 500"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestCallListModel::compactRows()
{
    CallListModel model;
    QVERIFY(model.memoryPerRow() <= 28);
}

void TestCallListModel::foundCallsKeepTheirColumns()
{
    CallListModel model;
    QSignalSpy inUse(&model, &CallListModel::foundColumnsInUseChanged);
    model.appendIds({*CallId::parse(QStringLiteral("3f2a1b4c-0000-4000-8000-000000000009"))});
    QCOMPARE(inUse.size(), 0);
    HistoryCall a;
    a.id = *CallId::parse(QStringLiteral("3f2a1b4c-0000-4000-8000-000000000001"));
    a.toNumber = QStringLiteral("+918882876897");
    a.status = QStringLiteral("registered");
    a.campaignId = QStringLiteral("c1");
    a.campaignName = QStringLiteral("Diwali");
    a.agentId = QStringLiteral("a1");
    HistoryCall b = a;
    b.id = *CallId::parse(QStringLiteral("3f2a1b4c-0000-4000-8000-000000000002"));
    b.campaignName.clear();
    const AppendSummary summary = model.appendFound({a, b, a});
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(inUse.size(), 1);
    QCOMPARE(inUse.first().first().toBool(), true);
    QCOMPARE(model.data(model.index(1, CallListModel::NumberColumn)).toString(), QStringLiteral("+918882876897"));
    QCOMPARE(model.data(model.index(1, CallListModel::FoundStatusColumn)).toString(), QStringLiteral("registered"));
    QCOMPARE(model.data(model.index(1, CallListModel::CampaignColumn)).toString(), QStringLiteral("Diwali"));
    QCOMPARE(model.data(model.index(2, CallListModel::CampaignColumn)).toString(), QStringLiteral("c1")); // no name
    QCOMPARE(model.data(model.index(1, CallListModel::AgentColumn)).toString(), QStringLiteral("a1"));
    QVERIFY(model.data(model.index(0, CallListModel::NumberColumn)).isNull()); // pasted, not found
    QCOMPARE(model.headerData(CallListModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Number"));
    model.clear();
    QCOMPARE(inUse.size(), 2);
    QCOMPARE(inUse.last().first().toBool(), false);
    QVERIFY(!model.hasFoundCalls());
}

// A job's per-call checks set the state of each row alone, with a handful of texts: a million checked rows must not
// keep a million copies of them.
void TestCallListModel::perRowDetailsShared()
{
    CallListModel model;
    QList<CallId> ids;
    for (int i = 0; i < 2000; ++i)
        ids.append(*CallId::parse(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    model.appendIds(ids);
    const std::size_t before = model.memoryPerRow();
    for (int row = 0; row < model.rowCount(); ++row)
        model.setRowsState({row}, row % 2 ? RowState::Terminated : RowState::NotTerminable, 0,
            row % 2 ? QStringLiteral("Terminated: the call is cancelled (USER_TERMINATED)")
                    : QStringLiteral("Not terminable: the call had completed"));
    QVERIFY2(model.memoryPerRow() <= before + 1,
        qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(model.memoryPerRow())));
    QCOMPARE(model.detailAt(0), QStringLiteral("Not terminable: the call had completed"));
    QCOMPARE(model.detailAt(1), QStringLiteral("Terminated: the call is cancelled (USER_TERMINATED)"));
    // After Clear, the shared texts go too: the same text set again is shown again.
    model.clear();
    model.appendIds(ids.mid(0, 1));
    model.setRowsState({0}, RowState::Failed, 0, QStringLiteral("Not terminable: the call had completed"));
    QCOMPARE(model.detailAt(0), QStringLiteral("Not terminable: the call had completed"));
}

QTEST_GUILESS_MAIN(TestCallListModel)
#include "tst_calllistmodel.moc"
