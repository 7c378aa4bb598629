#include "PastedTable.h"

#include "ids/CallId.h"
#include "util/Logging.h"

#include <algorithm>

namespace callstop {

namespace {

// The next line of text from pos (without its line end); pos moves past the line end.
QStringView nextLine(QStringView text, qsizetype& pos)
{
    const qsizetype start = pos;
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        end = text.size();
    pos = end + 1;
    QStringView line = text.mid(start, end - start);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

QList<QByteArray> cellsOf(QStringView line)
{
    QList<QByteArray> cells;
    for (QStringView cell : line.split(u'\t'))
        cells.append(cell.trimmed().toUtf8());
    return cells;
}

} // namespace

PastedTableColumn PastedTable::analyse(QStringView text)
{
    PastedTableColumn out;
    qsizetype pos = 0;
    QStringView first;
    while (pos < text.size() && first.trimmed().isEmpty())
        first = nextLine(text, pos);
    if (!first.contains(u'\t'))
        return out;
    const qsizetype headerEnd = pos;
    QList<QByteArray> header = cellsOf(first);
    QList<QList<QByteArray>> rows;
    while (pos < text.size() && rows.size() < SampleLines) {
        const QStringView line = nextLine(text, pos);
        if (line.trimmed().isEmpty())
            continue;
        // Text with lines of other kinds (a note, a bare list of IDs) is not a table: every UUID in it counts.
        if (!line.contains(u'\t'))
            return out;
        rows.append(cellsOf(line));
    }
    // A first line with a call ID in it is data, not a header.
    if (std::any_of(
            header.cbegin(), header.cend(), [](const QByteArray& c) { return CallId::parse(QString::fromUtf8(c)); })) {
        rows.prepend(header);
        header.clear();
    }
    out.choice = IdColumnChooser::choose(header, rows);
    if (out.choice.candidates.size() < 2)
        return out;
    out.severalIdColumns = true;
    qCInfo(lcInput) << "pasted table with" << out.choice.candidates.size() << "UUID columns;"
                    << out.choice.explanation();
    if (!out.choice.isSettled())
        return out;
    // Every line of the paste, on its own line number, so that Duplicate and Invalid rows name the right line.
    const int column = out.choice.column;
    pos = header.isEmpty() ? 0 : headerEnd;
    qsizetype skipped = 0;
    for (qsizetype p = 0; p < pos; ++p) {
        if (text.at(p) == u'\n')
            ++skipped;
    }
    out.columnText.fill(u'\n', skipped);
    while (pos < text.size()) {
        const QStringView line = nextLine(text, pos);
        qsizetype start = 0;
        for (int c = 0; c < column && start >= 0; ++c) {
            start = line.indexOf(u'\t', start);
            if (start >= 0)
                ++start;
        }
        if (start >= 0) {
            const qsizetype end = line.indexOf(u'\t', start);
            out.columnText += line.mid(start, end < 0 ? -1 : end - start);
        }
        out.columnText += u'\n';
    }
    return out;
}

QString PastedTableColumn::warning() const
{
    if (!severalIdColumns)
        return {};
    if (choice.isSettled()) {
        QStringList others;
        for (int c : choice.candidates) {
            if (c != choice.column)
                others.append(choice.names.value(c));
        }
        return PastedTable::tr("The pasted table has several columns of UUIDs. Only the call IDs of %1 were taken; "
                               "%2 were left out.")
            .arg(choice.explanation(), others.join(QStringLiteral(", ")));
    }
    return PastedTable::tr("The pasted table has several columns of UUIDs and no header names the call-ID column (%1). "
                           "Nothing was taken: paste the call-ID column alone, or import the table as a CSV file and "
                           "choose the column there.")
        .arg(choice.candidateList());
}

} // namespace callstop
