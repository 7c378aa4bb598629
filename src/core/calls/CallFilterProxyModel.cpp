#include "CallFilterProxyModel.h"

#include "CallListModel.h"

#include <algorithm>

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
    // IDs are ASCII: a filter with other characters can only match details.
    const bool ascii = std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.unicode() < 128; });
    m_needle = ascii ? trimmed.toLower().toLatin1() : QByteArray();
    refilter();
}

void CallFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_calls = qobject_cast<const CallListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CallFilterProxyModel::setState(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

void CallFilterProxyModel::refilter()
{
    // invalidate() rebuilds the mapping in one go; an incremental filter update removes hundreds of thousands of
    // scattered ranges one by one from the view, which takes minutes on a million rows.
    invalidate();
}

bool CallFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_calls)
        return true;
    if (m_state >= 0 && int(m_calls->stateAt(sourceRow)) != m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    return m_calls->rowContains(sourceRow, m_text, m_needle);
}

} // namespace callstop
