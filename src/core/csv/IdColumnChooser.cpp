#include "IdColumnChooser.h"

#include "ids/CallId.h"

#include <algorithm>

namespace callstop {

int IdColumnChooser::headerRank(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('_'));
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('"'));
    if (n == QLatin1String("callid"))
        return 2;
    if (n == QLatin1String("id"))
        return 1;
    return 0;
}

QString IdColumnChooser::columnName(const QList<QByteArray>& header, int column)
{
    const QString name = column < header.size() ? QString::fromUtf8(header.at(column)).trimmed() : QString();
    return name.isEmpty() ? tr("column %1").arg(column + 1) : tr("column %1 \"%2\"").arg(column + 1).arg(name);
}

ColumnChoice IdColumnChooser::choose(const QList<QByteArray>& header, const QList<QList<QByteArray>>& rows)
{
    ColumnChoice choice;
    qsizetype columns = header.size();
    for (const auto& r : rows)
        columns = std::max(columns, r.size());
    for (int c = 0; c < columns; ++c)
        choice.names.append(columnName(header, c));

    choice.shares.fill(0.0, columns);
    for (const auto& r : rows) {
        for (int c = 0; c < r.size(); ++c) {
            if (CallId::parse(QString::fromUtf8(r.at(c))))
                choice.shares[c] += 1.0;
        }
    }
    for (double& s : choice.shares)
        s = rows.isEmpty() ? 0.0 : s / double(rows.size());

    for (int c = 0; c < columns; ++c) {
        if (choice.shares.at(c) >= CandidateShare)
            choice.candidates.append(c);
    }
    std::stable_sort(choice.candidates.begin(), choice.candidates.end(),
        [&](int a, int b) { return choice.shares.at(a) > choice.shares.at(b); });

    int bestRank = 0;
    for (int c = 0; c < header.size(); ++c) {
        const int rank = headerRank(QString::fromUtf8(header.at(c)));
        if (rank > bestRank) {
            bestRank = rank;
            choice.column = c;
        }
    }
    if (choice.column >= 0) {
        choice.reason = ColumnChoice::Reason::HeaderName;
        return choice;
    }
    if (choice.candidates.size() == 1) {
        choice.column = choice.candidates.first();
        choice.reason = ColumnChoice::Reason::ShareOfIds;
    } else if (choice.candidates.size() > 1) {
        choice.reason = ColumnChoice::Reason::Ambiguous;
    } else {
        choice.reason = ColumnChoice::Reason::NoIds;
    }
    return choice;
}

QString ColumnChoice::candidateList() const
{
    QStringList parts;
    for (int c : candidates)
        parts.append(IdColumnChooser::tr("%1 (%2% call IDs)").arg(names.value(c)).arg(qRound(shares.value(c) * 100)));
    return parts.join(QStringLiteral(", "));
}

QString ColumnChoice::explanation() const
{
    switch (reason) {
    case Reason::HeaderName:
        return IdColumnChooser::tr("%1, chosen by its header").arg(names.value(column));
    case Reason::ShareOfIds:
        return IdColumnChooser::tr("%1, the only column with call IDs (%2%)")
            .arg(names.value(column))
            .arg(qRound(shares.value(column) * 100));
    case Reason::Ambiguous:
        return IdColumnChooser::tr("several columns hold UUIDs and no header names the call-ID column: %1")
            .arg(candidateList());
    case Reason::NoIds:
        return IdColumnChooser::tr("no column holds call IDs");
    }
    return {};
}

} // namespace callstop
