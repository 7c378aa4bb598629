#pragma once

#include "AppServices.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

namespace Ui {
class ProfileDialog;
}

namespace callstop {

class ApiClient;
struct CredentialResult;
struct NetworkOptions;

// Profiles (name, base URL) and their keys: enter, save to the keychain, forget, test.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    // keys: the keys known this session, by profile id (the main window's cache); the dialog updates it.
    ProfileDialog(
        const AppServices& services, QHash<QString, QString>* keys, const QString& selectId, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    QString selectedId() const;

signals:
    void keyChanged(const QString& profileId);

private:
    void reload(const QString& selectId);
    void showSelected();
    void save();
    void onKeyWritten(const QString& id, const QString& key, const CredentialResult& result);
    void forget();
    void testConnection();
    void addProfile();
    void removeProfile();
    void setResult(const QString& text, bool error);
    NetworkOptions networkOptions() const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    AppServices m_services;
    QHash<QString, QString>* m_keys;
    QPointer<ApiClient> m_testClient;
};

} // namespace callstop
