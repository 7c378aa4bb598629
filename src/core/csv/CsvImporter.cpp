#include "CsvImporter.h"

#include "CsvSniffer.h"

#include "ids/CallIdIndex.h"

#include <array>

#include <QIODevice>

namespace callstop {

QString CsvPlan::describe() const
{
    return CsvImporter::tr("encoding %1%2, separator '%3', header %4")
        .arg(CsvDialect::encodingName(dialect.encoding), bom ? CsvImporter::tr(" (BOM)") : QString(),
            CsvDialect::separatorName(dialect.separator),
            dialect.hasHeader ? CsvImporter::tr("yes") : CsvImporter::tr("no"));
}

std::optional<CallId> CsvImporter::parseCell(QByteArrayView cell)
{
    if (cell.size() == CallId::TextLength)
        return CallId::fromCanonical(cell.data(), CallId::TextLength);
    auto trimmable = [](char c) { return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\r' || c == '\n'; };
    for (;;) {
        const qsizetype before = cell.size();
        while (!cell.isEmpty() && trimmable(cell.front()))
            cell = cell.sliced(1);
        while (!cell.isEmpty() && trimmable(cell.back()))
            cell.chop(1);
        if (cell.size() >= 2 && cell.front() == '{' && cell.back() == '}')
            cell = cell.sliced(1, cell.size() - 2);
        if (cell.size() == before)
            break;
    }
    return CallId::fromCanonical(cell.data(), int(cell.size()));
}

CsvPlan CsvImporter::plan(QIODevice* device, const CsvImportOptions& options)
{
    CsvPlan plan;
    const CsvSniff sniff = CsvSniffer::sniff(device);
    if (!sniff.ok() && !options.encoding) {
        plan.error = sniff.error;
        return plan;
    }
    plan.dialect = sniff.dialect;
    plan.bom = sniff.bom;
    if (options.encoding)
        plan.dialect.encoding = *options.encoding;
    bool truncated = false;
    const QByteArray sample = CsvSniffer::utf8Head(device, plan.dialect.encoding, &truncated);
    if (options.encoding || !sniff.ok())
        plan.dialect.separator = CsvSniffer::detectSeparator(sample);
    if (options.separator)
        plan.dialect.separator = *options.separator;
    QList<QList<QByteArray>> records
        = CsvSniffer::sampleRecords(sample, plan.dialect.separator, truncated, CsvSniffer::SampleRecords);
    plan.dialect.hasHeader = options.hasHeader ? *options.hasHeader : CsvSniffer::detectHeader(records);
    if (plan.dialect.hasHeader && !records.isEmpty())
        plan.header = records.takeFirst();
    plan.preview = records.mid(0, PreviewRows);
    plan.choice = IdColumnChooser::choose(plan.header, records);

    if (!options.column.isEmpty()) {
        bool isNumber = false;
        const int number = options.column.toInt(&isNumber);
        int column = -1;
        if (isNumber) {
            column = number - 1;
        } else {
            for (int c = 0; c < plan.header.size(); ++c) {
                if (QString::fromUtf8(plan.header.at(c))
                        .trimmed()
                        .compare(options.column.trimmed(), Qt::CaseInsensitive)
                    == 0)
                    column = c;
            }
            if (column < 0) {
                plan.error = plan.header.isEmpty()
                    ? tr("the file has no header, so no column is named '%1'; give its number").arg(options.column)
                    : tr("no column is named '%1'").arg(options.column);
                return plan;
            }
        }
        if (column < 0 || column >= qMax<qsizetype>(plan.choice.names.size(), 1)) {
            plan.error = tr("there is no column %1; the file has %n column(s)", nullptr, int(plan.choice.names.size()))
                             .arg(options.column);
            return plan;
        }
        plan.choice.column = column;
        plan.choice.reason = ColumnChoice::Reason::HeaderName;
    }
    return plan;
}

CsvImportResult CsvImporter::run(QIODevice* device, const CsvDialect& dialect, int column,
    const std::atomic<bool>* cancel, const std::function<void(qint64)>& progress)
{
    CsvImportResult result;
    ExtractionResult& out = result.extraction;
    CallIdIndex seen;
    const auto idAt = [&out](std::uint32_t i) -> const CallId& { return out.ids.at(qsizetype(i)); };
    // Room for the rows the file probably holds, from the line length of its head: no rehash on the way.
    if (!device->isSequential() && device->size() > 0) {
        const QByteArray head = device->peek(256 * 1024);
        const qsizetype lines = head.count('\n');
        if (lines > 10) {
            const qint64 estimate = device->size() / qMax<qint64>(1, head.size() / lines) * 11 / 10;
            const std::size_t capped = std::size_t(qMin<qint64>(estimate, CallIdIndex::MaxValue));
            seen.reserve(capped, idAt);
            out.ids.reserve(qsizetype(capped));
            out.lines.reserve(qsizetype(capped));
            // Only the index (read at random) is advised to use huge pages, in CallIdIndex. These two are written in
            // order, where huge pages gain nothing, and asking for them made the kernel compact memory at the first
            // touch: 0.30 s instead of 0.18 s in one run of five at a million rows.
        }
    }
    auto insert = [&](const CallId& id, int line) {
        const std::uint32_t first = seen.insert(id, std::uint32_t(out.ids.size()), idAt);
        if (first == CallIdIndex::NotFound) {
            out.ids.append(id);
            out.lines.append(line);
            return;
        }
        ++result.duplicateCount;
        if (out.duplicates.size() < IdExtractor::MaxStoredReports)
            out.duplicates.append({id, line, out.lines.at(qsizetype(first))});
    };
    // IDs go into the index a few at a time, in order, each slot prefetched when the ID is read: the inserts then
    // find their slots in the cache instead of waiting for memory one after the other (a third of the time at a
    // million rows).
    constexpr int Ahead = 16;
    struct Pending
    {
        CallId id;
        int line;
    };
    std::array<Pending, Ahead> pending;
    int pendingCount = 0;
    const auto flush = [&] {
        for (int i = 0; i < pendingCount; ++i)
            insert(pending[std::size_t(i)].id, pending[std::size_t(i)].line);
        pendingCount = 0;
    };
    auto add = [&](const CallId& id, int line) {
        seen.prefetch(id);
        pending[std::size_t(pendingCount++)] = {id, line};
        if (pendingCount == Ahead)
            flush();
    };
    bool header = dialect.hasHeader;
    CsvReader reader(device, dialect);
    reader.setOnlyField(column);
    reader.setCancelFlag(cancel);
    if (progress)
        reader.setProgressHandler(progress);
    result.status = reader.read([&](const CsvRecord& record) {
        if (header) {
            header = false;
            return true;
        }
        ++result.rows;
        const QByteArrayView cell = record.field(column);
        if (const auto id = parseCell(cell)) {
            add(*id, record.line());
            return true;
        }
        const QString text = dialect.decode(cell).trimmed();
        if (text.isEmpty()) {
            ++result.emptyCells;
            return true;
        }
        if (const auto id = CallId::parse(text)) { // quotes or spaces beyond ASCII
            add(*id, record.line());
            return true;
        }
        ++result.invalidCount;
        if (out.nearMisses.size() < IdExtractor::MaxStoredReports) {
            QString reason = IdExtractor::nearMissReason(text);
            if (reason.isEmpty())
                reason = tr("not a call ID");
            out.nearMisses.append({record.line(), text.left(80), reason});
        }
        return true;
    });
    flush();
    out.lineCount = result.rows;
    if (result.status == CsvReader::Status::Error)
        result.error = reader.errorString();
    return result;
}

} // namespace callstop
