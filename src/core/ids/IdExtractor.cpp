#include "IdExtractor.h"

namespace callstop {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTokenChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'-';
}

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString IdExtractor::nearMissReason(QStringView token)
{
    const qsizetype length = token.size();
    if (length < 30 || length > 200)
        return {};
    int dashes = 0;
    int hex = 0;
    int other = 0;
    QChar firstOther;
    for (QChar c : token) {
        if (c == u'-')
            ++dashes;
        else if (isHex(c.unicode()))
            ++hex;
        else if (other++ == 0)
            firstOther = c;
    }
    if (hex < 24)
        return {};

    if (length > CallId::TextLength && dashes >= 4) {
        for (qsizetype p = 0; p + CallId::TextLength <= length; ++p) {
            if (CallId::fromCanonical(token.mid(p, CallId::TextLength)))
                return tr("an ID joined to other letters, digits or dashes; separate it to use it");
        }
    }
    if (length == CallId::TextLength && other > 0) {
        bool dashesInPlace = true;
        for (int i = 0; i < CallId::TextLength; ++i) {
            if (isCallIdDashPosition(i) != (token[i] == u'-'))
                dashesInPlace = false;
        }
        if (dashesInPlace)
            return tr("contains '%1', which is not a hexadecimal digit").arg(firstOther);
    }
    if (dashes == 0 && other == 0 && length == 32)
        return tr("32 hexadecimal digits without dashes; call IDs are written 8-4-4-4-12");
    if (dashes >= 3 && other <= 2 && length <= 42)
        return tr("not in the 8-4-4-4-12 form of a call ID (%n characters)", nullptr, int(length));
    return {};
}

void IdExtractor::addKnown(const CallId& id, int line)
{
    Q_UNUSED(line)
    m_known.insert(id);
}

void IdExtractor::addId(const CallId& id, int line)
{
    const auto idAt = [this](std::uint32_t i) -> const CallId& { return m_result.ids.at(qsizetype(i)); };
    const std::uint32_t first = m_known.contains(id) ? std::uint32_t(CallIdIndex::NotFound - 1)
                                                     : m_seen.insert(id, std::uint32_t(m_result.ids.size()), idAt);
    if (first == CallIdIndex::NotFound) {
        m_result.ids.append(id);
        m_result.lines.append(line);
    } else {
        ++m_duplicateCount;
        const int firstLine = first < m_result.lines.size() ? m_result.lines.at(qsizetype(first)) : 0;
        if (m_result.duplicates.size() < MaxStoredReports)
            m_result.duplicates.append({id, line, firstLine});
    }
}

void IdExtractor::handleToken(QStringView token, int line)
{
    if (token.size() == CallId::TextLength) {
        if (auto id = CallId::fromCanonical(token)) {
            addId(*id, line);
            return;
        }
    }
    if (token.size() < 30)
        return;
    QString reason = nearMissReason(token);
    if (reason.isEmpty())
        return;
    ++m_nearMissCount;
    if (m_result.nearMisses.size() < MaxStoredReports)
        m_result.nearMisses.append({line, token.left(80).toString(), std::move(reason)});
}

void IdExtractor::addText(QStringView text, int firstLine)
{
    int line = firstLine;
    const qsizetype n = text.size();
    const char16_t* data = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = data[i];
        if (c == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= n || data[i + 1] != u'\n')
                ++line;
            ++i;
            continue;
        }
        if (!isTokenChar(c)) {
            // A percent-encoded character in a URL separates like the character it encodes.
            if (c == u'%' && i + 2 < n && isHex(data[i + 1]) && isHex(data[i + 2]))
                i += 3;
            else
                ++i;
            continue;
        }
        // A token starts here. Most often it is an ID standing alone (a list of IDs, a column of them): taken
        // at once, without scanning it for its end first and parsing it after.
        const qsizetype start = i;
        if (n - i >= CallId::TextLength
            && (n - i == CallId::TextLength || !isTokenChar(data[i + CallId::TextLength]))) {
            if (auto id = CallId::fromCanonical(QStringView(data + i, CallId::TextLength))) {
                addId(*id, line);
                i += CallId::TextLength;
                continue;
            }
        }
        while (i < n && isTokenChar(data[i]))
            ++i;
        handleToken(QStringView(data + start, i - start), line);
    }
    m_result.lineCount = qMax(m_result.lineCount, line - 1 + (n > 0 && data[n - 1] != u'\n' ? 1 : 0));
}

ExtractionResult IdExtractor::takeResult()
{
    ExtractionResult out = std::move(m_result);
    m_result = {};
    m_seen.clear();
    return out;
}

ExtractionResult IdExtractor::extract(QStringView text)
{
    IdExtractor extractor;
    extractor.addText(text);
    return extractor.takeResult();
}

} // namespace callstop
