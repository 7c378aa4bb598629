#pragma once

#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace callstop {
class CredentialStore;
class ProfileStore;
namespace sandbox {
class SandboxServer;
}

// What the windows need from the outside, handed in by main() or by a test; the windows create none of it.
struct AppServices
{
    ProfileStore* profiles = nullptr;
    CredentialStore* credentials = nullptr;
    bool keychainAvailable = false; // false: keys are kept for this session only
    QString keychainError;
    sandbox::SandboxServer* sandbox = nullptr; // the built-in simulator behind the Sandbox profile, if running
    QNetworkAccessManager* network = nullptr;
    QSettings* settings = nullptr; // recent files, import corrections; may be null in tests
    QString dataDirectory; // journals/ and audit.jsonl; empty: the application data folder
};

} // namespace callstop
