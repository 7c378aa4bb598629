#include "ProfileDialog.h"

#include "ui_ProfileDialog.h"

#include "api/ApiClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/CredentialStore.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>

namespace callstop {

ProfileDialog::ProfileDialog(
    const AppServices& services, QHash<QString, QString>* keys, const QString& selectId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_services(services)
    , m_keys(keys)
{
    m_ui->setupUi(this);
    m_ui->storageLabel->setText(m_services.keychainAvailable
            ? tr("Keys are kept in the system keychain, never in a file.")
            : tr("No keychain is available: a key is kept for this session only and must be entered again after "
                 "a restart. (%1)")
                  .arg(m_services.keychainError));
    m_ui->keyEdit->setAccessibleDescription(tr("The API key of the profile; it is stored in the keychain"));
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfileDialog::showSelected);
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Extra CA Certificates"), m_ui->caFileEdit->text(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caFileEdit->setText(path);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ProfileDialog::forget);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload(selectId);
}

ProfileDialog::~ProfileDialog() = default;

QString ProfileDialog::selectedId() const
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::reload(const QString& selectId)
{
    m_ui->profileList->clear();
    for (const Profile& p : m_services.profiles->profiles()) {
        auto* item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_ui->profileList->currentItem())
        m_ui->profileList->setCurrentRow(0);
}

void ProfileDialog::setResult(const QString& text, bool error)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void ProfileDialog::showSelected()
{
    const auto profile = m_services.profiles->find(selectedId());
    setResult({}, false);
    m_ui->keyEdit->clear();
    if (!profile)
        return;
    m_ui->nameEdit->setText(profile->name);
    m_ui->urlEdit->setText(profile->baseUrl.toString());
    m_ui->caFileEdit->setText(profile->network.caFile);
    m_ui->proxyEdit->setText(profile->network.proxy);
    m_ui->nameEdit->setReadOnly(profile->isBuiltIn());
    m_ui->urlEdit->setReadOnly(profile->isBuiltIn());
    m_ui->removeButton->setEnabled(!profile->isBuiltIn());
    const bool sandbox = profile->isSandbox();
    m_ui->keyEdit->setEnabled(!sandbox);
    m_ui->caFileEdit->setEnabled(!sandbox); // the built-in sandbox is plain http on loopback
    m_ui->caBrowseButton->setEnabled(!sandbox);
    m_ui->proxyEdit->setEnabled(!sandbox);
    m_ui->forgetButton->setEnabled(!sandbox);
    m_ui->saveButton->setEnabled(!sandbox || !profile->isBuiltIn());
    const bool hasKey = m_keys->contains(profile->id);
    m_ui->keyEdit->setPlaceholderText(sandbox ? tr("The sandbox has its own key")
            : hasKey                          ? tr("A key is stored; type a new one to replace it")
                                              : tr("Paste the key from the dashboard"));
}

void ProfileDialog::save()
{
    auto profile = m_services.profiles->find(selectedId());
    if (!profile)
        return;
    if (!profile->isBuiltIn()) {
        Profile changed = *profile;
        changed.name = m_ui->nameEdit->text();
        changed.baseUrl = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
        QString error;
        if (!m_services.profiles->updateProfile(changed, &error)) {
            setResult(error, true);
            return;
        }
    }
    if (!profile->isSandbox()) {
        QString error;
        if (!m_services.profiles->setNetworkOptions(profile->id, networkOptions(), &error)) {
            setResult(error, true);
            return;
        }
    }
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty()) {
        setResult(tr("Profile saved."), false);
        return;
    }
    const QString id = profile->id;
    setResult(tr("Saving the key…"), false);
    m_services.credentials->writeKey(id, key, [self = QPointer(this), id, key](const CredentialResult& r) {
        if (self)
            self->onKeyWritten(id, key, r);
    });
}

NetworkOptions ProfileDialog::networkOptions() const
{
    return {m_ui->caFileEdit->text().trimmed(), m_ui->proxyEdit->text().trimmed()};
}

void ProfileDialog::onKeyWritten(const QString& id, const QString& key, const CredentialResult& r)
{
    if (!r.ok()) {
        setResult(tr("The key could not be stored: %1").arg(r.error), true);
        return;
    }
    m_keys->insert(id, key);
    m_ui->keyEdit->clear();
    emit keyChanged(id);
    showSelected();
    setResult(m_services.credentials->isPersistent() ? tr("Key saved in the keychain.")
                                                     : tr("Key kept for this session only."),
        false);
}

void ProfileDialog::forget()
{
    const QString id = selectedId();
    if (id.isEmpty() || id == ProfileStore::sandboxId())
        return;
    m_services.credentials->deleteKey(id, [self = QPointer(this), id](const CredentialResult& r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->setResult(tr("The key could not be deleted: %1").arg(r.error), true);
            return;
        }
        self->m_keys->remove(id);
        emit self->keyChanged(id);
        self->showSelected();
        self->setResult(tr("Key forgotten."), false);
    });
}

void ProfileDialog::testConnection()
{
    const auto profile = m_services.profiles->find(selectedId());
    if (!profile)
        return;
    const QUrl url = profile->isBuiltIn() ? profile->baseUrl : QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    const QString problem = ApiClient::checkBaseUrl(url);
    if (!problem.isEmpty()) {
        setResult(tr("Profile %1: %2").arg(profile->name, problem), true);
        return;
    }
    QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty())
        key = m_keys->value(profile->id);
    if (key.isEmpty()) {
        setResult(tr("Enter a key first."), true);
        return;
    }
    delete m_testClient;
    m_testClient = new ApiClient(nullptr, this); // its own network access manager: its proxy must not touch a job's
    QString networkError;
    if (!profile->isSandbox() && !m_testClient->setNetworkOptions(networkOptions(), &networkError)) {
        setResult(tr("Profile %1: %2").arg(profile->name, networkError), true);
        return;
    }
    m_testClient->setBaseUrl(url);
    m_testClient->setApiKey(key);
    m_testClient->setTimeoutMs(15000);
    m_ui->testButton->setEnabled(false);
    setResult(tr("Connecting to %1…").arg(url.host()), false);
    ApiCall* call = m_testClient->fetchWorkspace();
    connect(call, &ApiCall::finished, this, [this](const ApiResponse& r) {
        m_ui->testButton->setEnabled(true);
        if (r.isHttpSuccess()) {
            setResult(tr("Connected to workspace \"%1\"; %2 credits.")
                          .arg(r.data.value(QLatin1String("name")).toString(),
                              r.data.value(QLatin1String("credits")).toVariant().toString()),
                false);
        } else {
            setResult(tr("Connection failed: %1").arg(r.message), true);
        }
    });
}

void ProfileDialog::addProfile()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Add Profile"), tr("Name of the new profile:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString url = QInputDialog::getText(this, tr("Add Profile"), tr("Base URL (https://…/ca/api/v0):"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok)
        return;
    QString error;
    const QString id = m_services.profiles->addProfile(name, QUrl(url.trimmed(), QUrl::StrictMode), &error);
    if (id.isEmpty()) {
        setResult(error, true);
        return;
    }
    reload(id);
}

void ProfileDialog::removeProfile()
{
    const QString id = selectedId();
    const auto profile = m_services.profiles->find(id);
    if (!profile || profile->isBuiltIn())
        return;
    m_services.credentials->deleteKey(id, [](const CredentialResult&) {});
    m_keys->remove(id);
    m_services.profiles->removeProfile(id);
    emit keyChanged(id);
    reload(ProfileStore::sandboxId());
}

} // namespace callstop
