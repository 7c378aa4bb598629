#include "CsvPreviewModel.h"

#include "csv/CsvImporter.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace callstop {

void CsvPreviewModel::setContent(
    const CsvDialect& dialect, const QList<QByteArray>& header, const QList<QList<QByteArray>>& rows)
{
    beginResetModel();
    m_dialect = dialect;
    // The preview rows are UTF-8 already (the sniffer transcodes the sample).
    m_dialect.encoding = CsvDialect::Encoding::Utf8;
    m_header = header;
    m_rows = rows;
    m_columns = int(header.size());
    for (const auto& r : rows)
        m_columns = qMax(m_columns, int(r.size()));
    endResetModel();
}

void CsvPreviewModel::setIdColumn(int column)
{
    if (column == m_idColumn)
        return;
    m_idColumn = column;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

bool CsvPreviewModel::isInvalidCell(int row, int column) const
{
    if (column != m_idColumn || row < 0 || row >= m_rows.size())
        return false;
    const QByteArray cell = m_rows.at(row).value(column);
    return !cell.trimmed().isEmpty() && !CsvImporter::parseCell(cell);
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString text = m_dialect.decode(m_rows.at(index.row()).value(index.column()));
    const bool invalid = isInvalidCell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return invalid ? QStringLiteral("\u2717 ") + text : text;
    case Qt::ToolTipRole:
        return invalid ? tr("Not a call ID: %1").arg(text) : text;
    case Qt::BackgroundRole:
        if (index.column() == m_idColumn)
            return QGuiApplication::palette().brush(QPalette::AlternateBase);
        break;
    case Qt::ForegroundRole:
        if (invalid)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    default:
        break;
    }
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const QString name = section < m_header.size() ? QString::fromUtf8(m_header.at(section)).trimmed() : QString();
    QString label = name.isEmpty() ? tr("Column %1").arg(section + 1) : name;
    if (section == m_idColumn)
        label = tr("%1 (call IDs)").arg(label);
    return label;
}

} // namespace callstop
