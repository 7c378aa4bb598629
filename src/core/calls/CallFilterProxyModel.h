#pragma once

#include "RowState.h"

#include <QSortFilterProxyModel>

namespace callstop {

// Filters the call table by a text (in the ID or detail) and by one state.
class CallFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    // -1 shows every state.
    void setState(int state);
    int state() const { return m_state; }
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    const class CallListModel* m_calls = nullptr; // the source model, looked up once rather than once a row
    QString m_text;
    QByteArray m_needle; // lower-case Latin-1 form, for matching IDs without building strings
    int m_state = -1;
};

} // namespace callstop
