#pragma once

#include "csv/CsvDialect.h"

#include <QAbstractTableModel>
#include <QList>

namespace callstop {

// The first rows of a CSV file as the import dialog shows them: the chosen column highlighted, cells of that column
// that are not call IDs marked (by a sign and a tooltip, not by colour alone).
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setContent(const CsvDialect& dialect, const QList<QByteArray>& header, const QList<QList<QByteArray>>& rows);
    void setIdColumn(int column);
    int idColumn() const { return m_idColumn; }
    bool isInvalidCell(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvDialect m_dialect;
    QList<QByteArray> m_header;
    QList<QList<QByteArray>> m_rows;
    int m_columns = 0;
    int m_idColumn = -1;
};

} // namespace callstop
