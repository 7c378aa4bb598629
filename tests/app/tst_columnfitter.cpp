// ColumnFitter: columns as wide as their content, fitted at most once per interval however many changes come.
#include "widgets/ColumnFitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace callstop;

namespace {

// Counts how often a column is measured.
class CountingView : public QTableView
{
public:
    int sizeHintForColumn(int column) const override
    {
        ++measured;
        return QTableView::sizeHintForColumn(column);
    }
    mutable int measured = 0;
};

} // namespace

class TestColumnFitter : public QObject
{
    Q_OBJECT

private slots:
    void fitsNewRowsAtOnce();
    void burstOfChangesIsFittedOnceMoreAfterTheInterval();
    void dataChangesIgnoredWhenOnlyRowsAreWatched();
    void shrinksWhenTheWideTextGoes();
};

void TestColumnFitter::fitsNewRowsAtOnce()
{
    QStandardItemModel model(0, 2);
    CountingView view;
    view.setModel(&model);
    view.show();
    new ColumnFitter(&view, {0}, ColumnFitter::Watch::RowsAndData, 200);
    model.appendRow({new QStandardItem(QStringLiteral("a fairly long piece of text in the first column")),
        new QStandardItem(QStringLiteral("x"))});
    QVERIFY(view.horizontalHeader()->sectionSize(0) >= view.sizeHintForColumn(0));
    QCOMPARE(view.horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
}

void TestColumnFitter::burstOfChangesIsFittedOnceMoreAfterTheInterval()
{
    QStandardItemModel model(0, 1);
    model.appendRow(new QStandardItem(QStringLiteral("short")));
    CountingView view;
    view.setModel(&model);
    view.show();
    new ColumnFitter(&view, {0}, ColumnFitter::Watch::RowsAndData, 200);
    const int before = view.measured;
    // A thousand changes in a row, as a job's batches give: one fit within the interval, one after it.
    for (int i = 0; i < 1000; ++i)
        model.item(0)->setText(QStringLiteral("text %1 that grows wider and wider").arg(i));
    QVERIFY2(view.measured - before <= 1, qPrintable(QString::number(view.measured - before)));
    const int widthDuring = view.horizontalHeader()->sectionSize(0);
    QTRY_VERIFY(view.horizontalHeader()->sectionSize(0) > widthDuring);
    QCOMPARE(view.measured - before, 2); // the first change at once, the last after the interval
    QCOMPARE(view.horizontalHeader()->sectionSize(0),
        qMax(view.sizeHintForColumn(0), view.horizontalHeader()->sectionSizeHint(0)));
}

void TestColumnFitter::dataChangesIgnoredWhenOnlyRowsAreWatched()
{
    QStandardItemModel model(0, 1);
    model.appendRow(new QStandardItem(QStringLiteral("00000000-0000-4000-8000-000000000001")));
    CountingView view;
    view.setModel(&model);
    view.show();
    new ColumnFitter(&view, {0}, ColumnFitter::Watch::RowsOnly, 50);
    const int before = view.measured;
    for (int i = 0; i < 100; ++i)
        model.item(0)->setData(i, Qt::UserRole);
    QTest::qWait(120);
    QCOMPARE(view.measured, before);
    model.appendRow(new QStandardItem(QStringLiteral("a row added later, wider than the first one")));
    QTRY_VERIFY(view.measured > before);
    QTRY_VERIFY(view.horizontalHeader()->sectionSize(0) >= view.sizeHintForColumn(0));
}

void TestColumnFitter::shrinksWhenTheWideTextGoes()
{
    QStandardItemModel model(0, 1);
    model.appendRow(new QStandardItem(QStringLiteral("a very wide text that will be replaced by a short one")));
    CountingView view;
    view.setModel(&model);
    view.show();
    new ColumnFitter(&view, {0}, ColumnFitter::Watch::RowsAndData, 50);
    const int wide = view.horizontalHeader()->sectionSize(0);
    QTest::qWait(80);
    model.item(0)->setText(QStringLiteral("short"));
    QTRY_VERIFY(view.horizontalHeader()->sectionSize(0) < wide);
}

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
