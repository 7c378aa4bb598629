#include "ScopeTerminateDialog.h"

#include "ScopeConfirmDialog.h"
#include "api/ApiClient.h"
#include "lookup/ScopeCounter.h"
#include "numbers/NumberExtractor.h"
#include "numbers/PhoneRegions.h"
#include "util/Logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace callstop {

namespace {

// More text than anyone pastes by hand; a longer list belongs in a file for callstop-cli terminate --numbers.
constexpr qsizetype MaxNumbersText = 2 * 1024 * 1024;
constexpr int MaxRejectedShown = 200;
constexpr int SummaryDelayMs = 250;

} // namespace

ScopeTerminateDialog::ScopeTerminateDialog(
    std::unique_ptr<ApiClient> client, const Profile& profile, const QString& region, QWidget* parent)
    : QDialog(parent)
    , m_client(std::move(client))
    , m_profile(profile)
    , m_region(region)
    , m_campaignReader(std::make_unique<LookupReader>(m_client.get()))
    , m_agentReader(std::make_unique<LookupReader>(m_client.get()))
    , m_counter(std::make_unique<ScopeCounter>(m_client.get()))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("scopeTerminateDialog"));
    setWindowTitle(tr("Stop Calls by Number, Campaign or Agent — %1").arg(profile.name));
    m_readOptions.minIntervalMs = 200;

    m_campaignProxy.setSourceModel(&m_campaigns);
    m_agentProxy.setSourceModel(&m_agents);
    m_tabs->setObjectName(QStringLiteral("scopeTabs"));
    m_tabs->addTab(numbersPage(), tr("Phone &Numbers"));
    m_tabs->addTab(listPage(&m_campaignProxy, tr("campaigns"), &m_campaignSearch, &m_campaignTable, &m_campaignStatus),
        tr("Whole &Campaign"));
    m_tabs->addTab(
        listPage(&m_agentProxy, tr("agents"), &m_agentSearch, &m_agentTable, &m_agentStatus), tr("&Agent's Calls"));
    // The tab bar's own scroll buttons, shown when the pages do not fit.
    for (QToolButton* b : m_tabs->tabBar()->findChildren<QToolButton*>())
        b->setAccessibleDescription(tr("Shows the pages that do not fit"));
    m_campaignSearch->setObjectName(QStringLiteral("campaignSearch"));
    m_campaignTable->setObjectName(QStringLiteral("campaignTable"));
    m_campaignStatus->setObjectName(QStringLiteral("campaignListStatus"));
    m_agentSearch->setObjectName(QStringLiteral("agentSearch"));
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentStatus->setObjectName(QStringLiteral("agentListStatus"));
    m_campaignTable->setAccessibleName(tr("Campaigns"));
    m_agentTable->setAccessibleName(tr("Agents"));

    m_message
        = new QLabel(tr("Choose what to stop, then review it: the calls are counted and you confirm by typing."), this);
    m_message->setObjectName(QStringLiteral("scopeMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_reviewButton = buttons->addButton(tr("&Review and Terminate…"), QDialogButtonBox::AcceptRole);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setToolTip(tr("Count the calls this would stop, then confirm; nothing is sent before that"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("Close without terminating anything"));
    connect(m_reviewButton, &QPushButton::clicked, this, &ScopeTerminateDialog::review);
    connect(close, &QPushButton::clicked, this, &ScopeTerminateDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_campaignReader.get(), &LookupReader::campaignsPage, this, [this](const QList<CampaignInfo>& page) {
        m_campaigns.appendCampaigns(page);
        m_campaignStatus->setText(tr("%n campaign(s) read…", nullptr, m_campaigns.rowCount()));
    });
    connect(m_agentReader.get(), &LookupReader::agentsPage, this, [this](const QList<AgentInfo>& page) {
        m_agents.appendAgents(page);
        m_agentStatus->setText(tr("%n agent(s) read…", nullptr, m_agents.rowCount()));
    });
    const auto ended = [this](QLabel* status, const ScopeListModel* model, const LookupResult& result) {
        if (result.ok())
            status->setText(model->kind() == ScopeListModel::Kind::Campaigns
                    ? tr("%n campaign(s) in the workspace.", nullptr, model->rowCount())
                    : tr("%n agent(s) in the workspace.", nullptr, model->rowCount()));
        else if (result.ending != LookupResult::Ending::Cancelled)
            status->setText(tr("The list could not be read completely: %1").arg(result.message));
        if (!m_restarting && !isLoadingLists())
            emit listsLoaded();
    };
    connect(m_campaignReader.get(), &LookupReader::finished, this,
        [this, ended](const LookupResult& r) { ended(m_campaignStatus, &m_campaigns, r); });
    connect(m_agentReader.get(), &LookupReader::finished, this,
        [this, ended](const LookupResult& r) { ended(m_agentStatus, &m_agents, r); });
    connect(m_counter.get(), &ScopeCounter::counted, this, &ScopeTerminateDialog::onCounted);
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(SummaryDelayMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &ScopeTerminateDialog::updateNumbersSummary);
    resize(720, 520);
    m_numbersText->setFocus();
    QTimer::singleShot(0, this, &ScopeTerminateDialog::reloadLists);
}

ScopeTerminateDialog::~ScopeTerminateDialog()
{
    // The readers end (and signal) as they are destroyed, one after the other: nothing of this dialog may answer by
    // then, when the other reader may already be gone.
    m_campaignReader->disconnect(this);
    m_agentReader->disconnect(this);
    m_counter->disconnect(this);
}

QWidget* ScopeTerminateDialog::numbersPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Paste phone numbers in any form: +91 88828 76897, (415) 555-0100, 0049 30 1234567, "
                                "tel: links, or text that contains them."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_numbersText = new QPlainTextEdit(page);
    m_numbersText->setObjectName(QStringLiteral("numbersText"));
    m_numbersText->setAccessibleName(tr("Phone numbers"));
    m_numbersText->setAccessibleDescription(tr("The numbers whose calls are to be stopped, in any usual form"));
    m_numbersText->setTabChangesFocus(true);
    intro->setBuddy(m_numbersText);
    layout->addWidget(m_numbersText, 1);

    auto* form = new QFormLayout;
    m_regionCombo = new QComboBox(page);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->addItem(tr("None: only numbers with + or 00"), QString());
    for (const PhoneRegion& r : PhoneRegions::supportedRegions())
        m_regionCombo->addItem(QStringLiteral("%1 — %2 (+%3)").arg(r.code, r.name).arg(r.callingCode), r.code);
    m_regionCombo->setCurrentIndex(qMax(0, m_regionCombo->findData(m_region)));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->setToolTip(tr("The country of numbers written without their country code"));
    form->addRow(tr("Re&gion:"), m_regionCombo);
    m_onlyCampaign = new QCheckBox(tr("Only in &one campaign:"), page);
    m_onlyCampaign->setObjectName(QStringLiteral("onlyCampaignCheck"));
    m_onlyCampaign->setToolTip(tr("Stop the calls to these numbers in one campaign instead of in all of them"));
    m_numbersCampaign = new QComboBox(page);
    m_numbersCampaign->setObjectName(QStringLiteral("numbersCampaignCombo"));
    m_numbersCampaign->setModel(&m_campaigns);
    m_numbersCampaign->setModelColumn(ScopeListModel::CampaignName);
    m_numbersCampaign->setEnabled(false);
    m_numbersCampaign->setAccessibleName(tr("Campaign of the numbers"));
    m_numbersCampaign->setAccessibleDescription(tr("The one campaign in which the calls to these numbers stop"));
    m_numbersCampaign->setMinimumContentsLength(30);
    connect(m_onlyCampaign, &QCheckBox::toggled, m_numbersCampaign, &QWidget::setEnabled);
    form->addRow(m_onlyCampaign, m_numbersCampaign);
    layout->addLayout(form);

    m_numbersSummary = new QLabel(tr("No numbers yet."), page);
    m_numbersSummary->setObjectName(QStringLiteral("numbersSummary"));
    m_numbersSummary->setWordWrap(true);
    layout->addWidget(m_numbersSummary);
    m_rejected = new QListWidget(page);
    m_rejected->setObjectName(QStringLiteral("rejectedList"));
    m_rejected->setAccessibleName(tr("Numbers not taken"));
    m_rejected->setAccessibleDescription(tr("Each text that looks like a phone number but is not valid, with why"));
    m_rejected->setMaximumHeight(m_rejected->fontMetrics().height() * 6);
    m_rejected->hide();
    layout->addWidget(m_rejected);
    connect(m_numbersText, &QPlainTextEdit::textChanged, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &ScopeTerminateDialog::updateNumbersSummary);
    return page;
}

QWidget* ScopeTerminateDialog::listPage(
    QSortFilterProxyModel* proxy, const QString& kindName, QLineEdit** search, QTableView** table, QLabel** status)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    *search = new QLineEdit(page);
    (*search)->setPlaceholderText(tr("Search the %1 by name, status or id").arg(kindName));
    (*search)->setClearButtonEnabled(true);
    (*search)->setAccessibleName(tr("Search"));
    layout->addWidget(*search);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(*search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    *table = new QTableView(page);
    (*table)->setModel(proxy);
    (*table)->setSelectionBehavior(QAbstractItemView::SelectRows);
    (*table)->setSelectionMode(QAbstractItemView::SingleSelection);
    (*table)->setEditTriggers(QAbstractItemView::NoEditTriggers);
    (*table)->setSortingEnabled(true);
    (*table)->sortByColumn(0, Qt::AscendingOrder);
    (*table)->verticalHeader()->hide();
    (*table)->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    (*table)->setAccessibleDescription(tr("Choose one row; the list is read from the workspace"));
    layout->addWidget(*table, 1);
    *status = new QLabel(tr("Reading the %1…").arg(kindName), page);
    (*status)->setWordWrap(true);
    layout->addWidget(*status);
    // Down from the search field goes to the list; a double click reviews the row.
    connect(*search, &QLineEdit::returnPressed, *table, qOverload<>(&QWidget::setFocus));
    connect(*table, &QTableView::doubleClicked, this, &ScopeTerminateDialog::review);
    return page;
}

void ScopeTerminateDialog::reloadLists()
{
    m_restarting = true; // the readings cancelled here are not the end of the lists
    m_campaignReader->cancel();
    m_agentReader->cancel();
    m_restarting = false;
    m_campaigns.clear();
    m_agents.clear();
    LookupReader::Options options = m_readOptions;
    options.pageSize = qMin(options.pageSize, LookupReader::MaxCampaignsPageSize);
    m_campaignReader->readCampaigns(options);
    options.pageSize = qMin(options.pageSize, LookupReader::MaxAgentsPageSize);
    m_agentReader->readAgents(options);
}

bool ScopeTerminateDialog::isLoadingLists() const
{
    return m_campaignReader->isRunning() || m_agentReader->isRunning();
}

void ScopeTerminateDialog::setPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

ScopeTerminateDialog::Page ScopeTerminateDialog::page() const
{
    return Page(m_tabs->currentIndex());
}

void ScopeTerminateDialog::updateNumbersSummary()
{
    m_summaryTimer.stop();
    const QString text = m_numbersText->toPlainText();
    m_rejected->clear();
    if (text.size() > MaxNumbersText) {
        ++m_numbersGeneration; // a reading of an earlier text must not overwrite this
        m_numbersSummary->setText(tr("The text is longer than %1 characters; put the numbers in a file for "
                                     "'callstop-cli terminate --numbers FILE'.")
                                      .arg(QLocale().toString(MaxNumbersText)));
        m_rejected->hide();
        return;
    }
    const QString region = m_regionCombo->currentData().toString();
    if (text == m_numbersTextRead && region == m_numbersRegionRead) {
        showNumbersSummary(m_numbers);
        return;
    }
    // Read on a worker thread; a reading overtaken by a newer text is dropped.
    const quint64 generation = ++m_numbersGeneration;
    m_numbersSummary->setText(tr("Reading the numbers…"));
    m_rejected->hide();
    auto* watcher = new QFutureWatcher<NumberExtraction>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, text, region] {
        watcher->deleteLater();
        if (generation != m_numbersGeneration)
            return;
        m_numbers = watcher->result();
        m_numbersTextRead = text;
        m_numbersRegionRead = region;
        showNumbersSummary(m_numbers);
    });
    watcher->setFuture(QtConcurrent::run([text, region] { return NumberExtractor::extract(text, region); }));
}

void ScopeTerminateDialog::showNumbersSummary(const NumberExtraction& found)
{
    m_rejected->clear();
    if (found.isEmpty()) {
        m_numbersSummary->setText(tr("No numbers yet."));
        m_rejected->hide();
        return;
    }
    m_numbersSummary->setText(tr("%n valid number(s)", nullptr, int(found.numbers.size()))
        + tr(", %n duplicate(s) skipped", nullptr, int(found.duplicates.size()))
        + tr(", %n not valid", nullptr, int(found.rejected.size())) + QLatin1Char('.'));
    for (int i = 0; i < qMin<qsizetype>(MaxRejectedShown, found.rejected.size()); ++i) {
        const RejectedNumber& r = found.rejected.at(i);
        m_rejected->addItem(tr("Line %1: %2").arg(r.line).arg(r.reason));
    }
    m_rejected->setVisible(!found.rejected.isEmpty());
}

NumberExtraction ScopeTerminateDialog::numbersNow() const
{
    const QString text = m_numbersText->toPlainText();
    const QString region = m_regionCombo->currentData().toString();
    if (text == m_numbersTextRead && region == m_numbersRegionRead)
        return m_numbers;
    return NumberExtractor::extract(text, region);
}

QString ScopeTerminateDialog::chosenId(QTableView* table, int* sourceRow) const
{
    const QModelIndexList rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.size() != 1)
        return {};
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(table->model());
    *sourceRow = proxy->mapToSource(rows.constFirst()).row();
    return rows.constFirst().data(ScopeListModel::IdRole).toString();
}

bool ScopeTerminateDialog::request(ScopeRequest* request, QString* error) const
{
    *request = ScopeRequest();
    request->profileId = m_profile.id;
    BatchPayload& scope = request->scope;
    switch (page()) {
    case Page::Numbers: {
        const QString text = m_numbersText->toPlainText();
        if (text.size() > MaxNumbersText) {
            *error = tr("The text is too long for this box; use 'callstop-cli terminate --numbers FILE'.");
            return false;
        }
        const NumberExtraction found = numbersNow();
        if (found.numbers.isEmpty()) {
            *error = found.rejected.isEmpty() ? tr("Paste the phone numbers whose calls are to be stopped.")
                                              : tr("None of the numbers is valid: line %1: %2")
                                                    .arg(found.rejected.constFirst().line)
                                                    .arg(found.rejected.constFirst().reason);
            return false;
        }
        for (const PhoneNumber& n : found.numbers)
            scope.numbers.append(n.toString());
        scope.kind = ScopeKind::Numbers;
        if (m_onlyCampaign->isChecked()) {
            const int row = m_numbersCampaign->currentIndex();
            if (row < 0 || row >= m_campaigns.rowCount()) {
                *error = tr("Choose the campaign from the list, or clear 'Only in one campaign'.");
                return false;
            }
            scope.kind = ScopeKind::CampaignNumbers;
            scope.campaignId = m_campaigns.campaignAt(row).id;
            request->name = m_campaigns.nameAt(row);
        }
        return true;
    }
    case Page::Campaign: {
        int row = -1;
        scope.campaignId = chosenId(m_campaignTable, &row);
        if (scope.campaignId.isEmpty()) {
            *error = tr("Choose the campaign from the list.");
            return false;
        }
        scope.kind = ScopeKind::Campaign;
        request->name = m_campaigns.nameAt(row);
        const CampaignInfo& c = m_campaigns.campaignAt(row);
        request->notConnectedFromList = c.hasCounts() ? c.notConnected() : -1;
        return true;
    }
    case Page::Agent: {
        int row = -1;
        scope.agentId = chosenId(m_agentTable, &row);
        if (scope.agentId.isEmpty()) {
            *error = tr("Choose the agent from the list.");
            return false;
        }
        scope.kind = ScopeKind::Agent;
        request->name = m_agents.nameAt(row);
        return true;
    }
    }
    return false;
}

bool ScopeTerminateDialog::review()
{
    if (m_confirm || !m_reviewButton->isEnabled())
        return false;
    QString error;
    if (!request(&m_pending, &error)) {
        showRefusal(error);
        return false;
    }
    m_reviewButton->setEnabled(false);
    m_tabs->setEnabled(false);
    m_message->setText(tr("Counting the calls of this scope…"));
    m_counter->count(m_pending.scope);
    return true;
}

void ScopeTerminateDialog::onCounted(const ScopeCounts& counts)
{
    m_reviewButton->setEnabled(true);
    m_tabs->setEnabled(true);
    m_pending.before = counts;
    m_message->setText(counts.ok ? tr("Counted: %n call(s) not connected yet.", nullptr, counts.notConnected())
                                 : tr("The calls could not be counted: %1").arg(counts.error));
    const int requests = int(BatchPayload::split(m_pending.scope, ApiClient::MaxIdsPerRequest).size());
    m_confirm = new ScopeConfirmDialog(m_profile, m_pending, requests, this);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::accepted, this, [this] {
        qCInfo(lcJobs) << "scope termination confirmed:" << ScopeKinds::key(m_pending.scope.kind);
        emit confirmed(m_pending);
        accept();
    });
    m_confirm->open();
    emit confirmationOpened();
}

void ScopeTerminateDialog::showRefusal(const QString& text)
{
    m_message->setText(text);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Review"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("scopeRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ScopeTerminateDialog::reject()
{
    m_campaignReader->cancel();
    m_agentReader->cancel();
    m_counter->cancel();
    QDialog::reject();
}

} // namespace callstop
