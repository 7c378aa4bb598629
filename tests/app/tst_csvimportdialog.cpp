#include "CsvImportDialog.h"
#include "CsvPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace callstop;

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void detectsAndPreviews();
    void separatorOverrideChangesPreview();
    void ambiguousAsksForColumn();
    void overridesRemembered();
    void cancelStopsScan();

private:
    static QString sample(const char* name) { return QStringLiteral(CALLSTOP_TEST_DATA "/csv/") + QLatin1String(name); }
    QTemporaryDir m_dir;
};

void TestCsvImportDialog::detectsAndPreviews()
{
    CsvImportDialog dialog(sample("semicolon_call_id.csv"), nullptr);
    QVERIFY(dialog.planError().isEmpty());
    QSignalSpy scanned(&dialog, &CsvImportDialog::scanFinished);
    dialog.show();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(dialog.findChild<QComboBox*>("separatorCombo")->currentData().toInt(), int(';'));
    QCOMPARE(dialog.findChild<QComboBox*>("encodingCombo")->currentText(), QStringLiteral("UTF-8"));
    QVERIFY(dialog.findChild<QCheckBox*>("headerCheck")->isChecked());
    auto* preview = qobject_cast<CsvPreviewModel*>(dialog.findChild<QTableView*>("previewTable")->model());
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 10);
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->idColumn(), 1);
    QVERIFY(preview->headerData(1, Qt::Horizontal).toString().contains(QLatin1String("call IDs")));
    QVERIFY(preview->data(preview->index(0, 1), Qt::BackgroundRole).isValid()); // highlighted
    QVERIFY(!preview->isInvalidCell(0, 1));
    auto* counts = dialog.findChild<QLabel*>("countsLabel");
    QVERIFY2(counts->text().startsWith(QLatin1String("10 call IDs")), qPrintable(counts->text()));
    QVERIFY(dialog.findChild<QPushButton*>("importButton")->isEnabled());
    QCOMPARE(dialog.result().extraction.ids.size(), 10);
}

void TestCsvImportDialog::separatorOverrideChangesPreview()
{
    CsvImportDialog dialog(sample("semicolon_call_id.csv"), nullptr);
    QSignalSpy scanned(&dialog, &CsvImportDialog::scanFinished);
    dialog.show();
    QVERIFY(scanned.wait(10000));
    auto* preview = qobject_cast<CsvPreviewModel*>(dialog.findChild<QTableView*>("previewTable")->model());
    auto* separator = dialog.findChild<QComboBox*>("separatorCombo");
    // With commas the decimal commas split rows unevenly and no column holds whole IDs any more... except the
    // ones that happen to sit alone; the preview changes either way.
    separator->setCurrentIndex(separator->findData(int(',')));
    QVERIFY(preview->columnCount() != 4);
    QTRY_VERIFY(!dialog.isScanning());
    separator->setCurrentIndex(separator->findData(int(';')));
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->idColumn(), 1);
    // Marking invalid cells: make the Name column the ID column.
    auto* column = dialog.findChild<QComboBox*>("columnCombo");
    column->setCurrentIndex(column->findData(0));
    QCOMPARE(preview->idColumn(), 0);
    QVERIFY(preview->isInvalidCell(0, 0));
    QVERIFY(preview->data(preview->index(0, 0)).toString().startsWith(QStringLiteral("\u2717")));
    QVERIFY(scanned.wait(10000) || !dialog.isScanning());
    QTRY_VERIFY(dialog.findChild<QLabel*>("countsLabel")->text().startsWith(QLatin1String("0 call IDs")));
    QVERIFY(dialog.findChild<QPushButton*>("importButton")->isEnabled()); // invalid rows can still be imported
}

void TestCsvImportDialog::ambiguousAsksForColumn()
{
    CsvImportDialog dialog(sample("two_uuid_columns_no_header.csv"), nullptr);
    dialog.show();
    auto* column = dialog.findChild<QComboBox*>("columnCombo");
    QCOMPARE(column->currentData().toInt(), -1);
    QVERIFY(dialog.findChild<QLabel*>("choiceLabel")->text().contains(QLatin1String("Choose the column")));
    QVERIFY(!dialog.findChild<QPushButton*>("importButton")->isEnabled());
    QVERIFY(!dialog.isScanning());
    QSignalSpy scanned(&dialog, &CsvImportDialog::scanFinished);
    column->setCurrentIndex(column->findData(0));
    QVERIFY(scanned.wait(10000));
    QVERIFY(dialog.findChild<QPushButton*>("importButton")->isEnabled());
    QCOMPARE(dialog.result().extraction.ids.size(), 10);
}

void TestCsvImportDialog::overridesRemembered()
{
    QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        CsvImportDialog dialog(sample("semicolon_call_id.csv"), &settings);
        dialog.show();
        QTRY_VERIFY(dialog.findChild<QPushButton*>("importButton")->isEnabled());
        dialog.findChild<QCheckBox*>("headerCheck")->setChecked(false);
        // Without the header, the Agent column of UUIDs competes with the IDs: the operator must choose.
        QVERIFY(!dialog.findChild<QPushButton*>("importButton")->isEnabled());
        QTest::qWait(200);
        QVERIFY(!dialog.findChild<QPushButton*>("importButton")->isEnabled());
        auto* column = dialog.findChild<QComboBox*>("columnCombo");
        QCOMPARE(column->currentData().toInt(), -1);
        column->setCurrentIndex(column->findData(1));
        QTRY_VERIFY(dialog.findChild<QPushButton*>("importButton")->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>("importButton"), Qt::LeftButton);
        QCOMPARE(dialog.result().rows, 11);
    }
    // The same kind of file again: the correction is applied.
    CsvImportDialog again(sample("semicolon_call_id.csv"), &settings);
    QVERIFY(!again.findChild<QCheckBox*>("headerCheck")->isChecked());
    // Another kind of file is not affected.
    CsvImportDialog other(sample("dashboard_export.csv"), &settings);
    QVERIFY(other.findChild<QCheckBox*>("headerCheck")->isChecked());
}

void TestCsvImportDialog::cancelStopsScan()
{
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < 300000; ++i)
            chunk += "id,x\n" + QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0')
                + ",some text to make the file larger than one chunk\n";
        f.write(chunk);
    }
    auto* dialog = new CsvImportDialog(path, nullptr);
    dialog->show();
    QVERIFY(dialog->isScanning());
    dialog->reject();
    delete dialog; // waits for the worker, which stops at the next chunk
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
