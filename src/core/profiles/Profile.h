#pragma once

#include "api/NetworkOptions.h"

#include <QString>
#include <QUrl>

namespace callstop {

// Where requests go and which key they carry. The key itself lives in the CredentialStore under the profile id.
struct Profile
{
    enum class Kind { Production, Sandbox, Custom };

    QString id; // stable; the keychain entry's name
    QString name; // shown to the operator
    QUrl baseUrl; // empty for the sandbox until it has started
    QString colour; // "#rrggbb", the banner across the main window
    Kind kind = Kind::Custom;
    NetworkOptions network; // CA file and proxy; any profile, built-in ones included, may set them

    bool isBuiltIn() const { return kind != Kind::Custom; }
    bool isSandbox() const { return kind == Kind::Sandbox; }
};

} // namespace callstop
