#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace callstop {

// Texts named by a 32-bit index, so that many rows (a million calls) that say the same few things hold an index each
// rather than a copy. add() always appends (texts that belong together, one after the other); shared() gives an equal
// text added by shared() before its index again.
class TextPool final
{
public:
    quint32 add(const QString& text)
    {
        m_texts.append(text);
        return quint32(m_texts.size() - 1);
    }

    quint32 shared(const QString& text)
    {
        const auto found = m_shared.constFind(text);
        if (found != m_shared.cend())
            return found.value();
        const quint32 index = add(text);
        m_shared.insert(text, index);
        return index;
    }

    const QString& at(quint32 index) const { return m_texts.at(qsizetype(index)); }

    void clear()
    {
        m_texts.clear();
        m_shared.clear();
    }

    // What the texts themselves take.
    std::size_t memoryBytes() const
    {
        std::size_t bytes = 0;
        for (const QString& t : m_texts)
            bytes += sizeof(QString) + std::size_t(t.capacity()) * sizeof(QChar);
        return bytes;
    }

private:
    QStringList m_texts;
    QHash<QString, quint32> m_shared;
};

} // namespace callstop
