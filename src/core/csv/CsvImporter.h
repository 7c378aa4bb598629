#pragma once

#include "CsvDialect.h"
#include "CsvReader.h"
#include "IdColumnChooser.h"
#include "ids/IdExtractor.h"

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace callstop {

// What the operator (dialog) or the command line overrides; unset values are sniffed.
struct CsvImportOptions
{
    std::optional<CsvDialect::Encoding> encoding;
    std::optional<char> separator;
    std::optional<bool> hasHeader;
    QString column; // a header name or a 1-based number; empty: chosen
};

// Everything known before the full scan: the dialect, the header, the first rows and the chosen column.
struct CsvPlan
{
    CsvDialect dialect;
    bool bom = false;
    QList<QByteArray> header; // empty without a header
    QList<QList<QByteArray>> preview; // first rows after the header, as UTF-8
    ColumnChoice choice;
    QString error; // the file cannot be imported (binary, unreadable, bad column name)

    bool ok() const { return error.isEmpty(); }
    // "encoding UTF-8 (BOM), separator ';', header yes" for logs and stderr.
    QString describe() const;
};

struct CsvImportResult
{
    ExtractionResult extraction; // unique IDs in file order, duplicates and invalid cells with their lines
    int rows = 0; // data rows read (without the header)
    int emptyCells = 0; // rows whose ID cell was empty
    int duplicateCount = 0;
    int invalidCount = 0;
    CsvReader::Status status = CsvReader::Status::Ok;
    QString error;

    bool ok() const { return status == CsvReader::Status::Ok; }
};

class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::CsvImporter)

public:
    static constexpr int PreviewRows = 50;

    // Sniffs the dialect (unless overridden), reads the header and a sample, and chooses the ID column.
    // The device is left at its start.
    static CsvPlan plan(QIODevice* device, const CsvImportOptions& options);

    // Reads the whole file and collects the call IDs of one column.
    static CsvImportResult run(QIODevice* device, const CsvDialect& dialect, int column,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(qint64)>& progress = {});

    // Trims spaces, quotes and braces and parses; the fast path for a million cells.
    static std::optional<CallId> parseCell(QByteArrayView cell);
};

} // namespace callstop
