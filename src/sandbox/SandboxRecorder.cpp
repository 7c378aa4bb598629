#include "SandboxRecorder.h"

#include <QJsonDocument>

namespace callstop::sandbox {

SandboxRecorder::~SandboxRecorder()
{
    if (m_file)
        std::fclose(m_file);
}

bool SandboxRecorder::open(const std::string& path, std::string* error)
{
    if (m_file)
        return true;
    m_file = std::fopen(path.c_str(), "a");
    if (!m_file && error)
        *error = "cannot write " + path;
    return m_file != nullptr;
}

void SandboxRecorder::write(const QJsonObject& line)
{
    if (!m_file)
        return;
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::lock_guard lock(m_mutex);
    std::fwrite(text.constData(), 1, std::size_t(text.size()), m_file);
    std::fputc('\n', m_file);
    std::fflush(m_file);
}

} // namespace callstop::sandbox
