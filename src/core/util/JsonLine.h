#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace callstop {

// One JSON object written straight to text, for the records a job writes per batch (the journal's and the audit
// log's): what QJsonDocument::toJson(Compact) gives for the same object, fields in the order they are added, without
// building a document first (QJsonObject goes through QCborValue: several allocations per value). Keys are ASCII
// literals; strings are escaped as JSON requires and written as UTF-8.
class JsonLine
{
public:
    JsonLine();

    JsonLine& addString(const char* key, QStringView value);
    JsonLine& addInt(const char* key, qint64 value);
    JsonLine& addBool(const char* key, bool value);
    // A value that is JSON text already (an array written with appendString, say).
    JsonLine& addRaw(const char* key, QByteArrayView json);
    // The key of a value the caller appends to text() itself.
    JsonLine& addKey(const char* key);
    QByteArray& text() { return m_text; }

    // The whole object and a newline.
    QByteArray takeLine();

    // A JSON string, quotes included.
    static void appendString(QByteArray& out, QStringView value);

private:
    QByteArray m_text;
    bool m_first = true;
};

} // namespace callstop
