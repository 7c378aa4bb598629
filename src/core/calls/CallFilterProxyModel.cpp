#include "CallFilterProxyModel.h"

#include "CallListModel.h"

namespace callstop {

CallFilterProxyModel::CallFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void CallFilterProxyModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void CallFilterProxyModel::setState(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool CallFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* model = qobject_cast<const CallListModel*>(sourceModel());
    if (!model)
        return true;
    if (m_state >= 0 && int(model->stateAt(sourceRow)) != m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    return model->textAt(sourceRow).contains(m_text, Qt::CaseInsensitive)
        || model->detailAt(sourceRow).contains(m_text, Qt::CaseInsensitive);
}

} // namespace callstop
