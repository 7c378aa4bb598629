// Fuzz target: a whole CSV import as the console does it: sniff the dialect, choose the ID column, read every record.
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace callstop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    QBuffer planBuffer;
    planBuffer.setData(bytes);
    planBuffer.open(QIODevice::ReadOnly);
    const CsvPlan plan = CsvImporter::plan(&planBuffer, {});
    if (!plan.ok())
        return 0;
    (void)plan.describe();

    QBuffer runBuffer;
    runBuffer.setData(bytes);
    runBuffer.open(QIODevice::ReadOnly);
    const int column = plan.choice.column >= 0 ? plan.choice.column : 0;
    const CsvImportResult result = CsvImporter::run(&runBuffer, plan.dialect, column);
    if (result.ok() && result.extraction.ids.size() > result.rows)
        __builtin_trap(); // at most one ID per data row

    // Every field of every record, with a small field limit so that the limit path is reached too.
    QBuffer allBuffer;
    allBuffer.setData(bytes);
    allBuffer.open(QIODevice::ReadOnly);
    CsvReader reader(&allBuffer, plan.dialect);
    reader.setMaxFieldBytes(4096);
    qsizetype total = 0;
    reader.read([&total](const CsvRecord& record) {
        for (int i = 0; i < record.size(); ++i)
            total += record.field(i).size();
        return true;
    });
    return 0;
}
