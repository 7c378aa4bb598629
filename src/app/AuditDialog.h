#pragma once

#include "jobs/AuditLog.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <memory>

namespace Ui {
class AuditDialog;
}

namespace callstop {

class AuditRecordModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRecords(QList<AuditRecord> records);
    const QList<AuditRecord>& records() const { return m_records; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

// The audit log, newest first, filtered by call ID, outcome and date, exportable as CSV.
class AuditDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(const QString& path, QWidget* parent = nullptr);
    ~AuditDialog() override;

    int shownRecords() const { return m_model.rowCount(); }
    bool exportTo(const QString& path, QString* error) const;

private:
    void applyFilter();

    std::unique_ptr<Ui::AuditDialog> m_ui;
    QList<AuditRecord> m_all;
    AuditRecordModel m_model;
};

} // namespace callstop
