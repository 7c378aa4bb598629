#pragma once

#include <QJsonObject>

#include <cstdio>
#include <mutex>
#include <string>

namespace callstop::sandbox {

// The --record file: one JSON object a line, flushed at once so that a test or an operator reads it while the
// sandbox runs, and a crash loses nothing already answered.
class SandboxRecorder final
{
public:
    SandboxRecorder() = default;
    ~SandboxRecorder();
    SandboxRecorder(const SandboxRecorder&) = delete;
    SandboxRecorder& operator=(const SandboxRecorder&) = delete;

    bool open(const std::string& path, std::string* error);
    bool isOpen() const { return m_file != nullptr; }
    void write(const QJsonObject& line);

private:
    std::FILE* m_file = nullptr;
    std::mutex m_mutex;
};

} // namespace callstop::sandbox
