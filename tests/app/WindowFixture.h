#pragma once

// The console as main() assembles it, with an in-process sandbox, session-only keys and settings in a temporary
// folder: for GUI tests that need a whole window.
#include "AppServices.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "profiles/ProfileStore.h"
#include "secrets/CredentialStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace callstop::test {

struct WindowFixture
{
    static sandbox::SandboxOptions defaultSandbox()
    {
        sandbox::SandboxOptions options;
        options.calls = 600;
        options.seed = 21;
        return options;
    }

    explicit WindowFixture(const sandbox::SandboxOptions& options = defaultSandbox())
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        profiles = std::make_unique<ProfileStore>(settings.get());
        credentials = std::make_unique<MemoryCredentialStore>();
        sandboxServer = std::make_unique<sandbox::SandboxServer>(options);
        if (!sandboxServer->start())
            qFatal("the sandbox did not start");
        profiles->setSandboxUrl(QUrl(QString::fromStdString(sandboxServer->baseUrl())));
        network = std::make_unique<QNetworkAccessManager>();
        makeWindow();
    }

    ~WindowFixture()
    {
        window.reset();
        network.reset();
        sandboxServer.reset();
    }

    AppServices services()
    {
        AppServices s;
        s.profiles = profiles.get();
        s.credentials = credentials.get();
        s.dataDirectory = dir.filePath(QStringLiteral("data"));
        s.sandbox = sandboxServer.get();
        s.network = network.get();
        s.settings = settings.get();
        return s;
    }

    void makeWindow()
    {
        window.reset();
        window = std::make_unique<MainWindow>(services());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the main window was not shown");
    }

    QStringList idsWithStatus(const std::string& status, int count) const
    {
        QStringList out;
        for (const auto& c : sandboxServer->calls()) {
            if (c.status == status && out.size() < count)
                out.append(QString::fromStdString(c.id));
        }
        return out;
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<sandbox::SandboxServer> sandboxServer;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<MainWindow> window;
};

} // namespace callstop::test
