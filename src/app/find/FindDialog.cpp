#include "FindDialog.h"

#include "api/ApiClient.h"
#include "numbers/PhoneNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace callstop {

namespace {

// The statuses the API names, the terminable ones first.
const char* const Statuses[]
    = {"registered", "retry", "ongoing", "completed", "failed", "cancelled", "error", "forwarded"};

QComboBox* picker(const QString& objectName, const QString& anyText, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true); // searchable: typing filters the list
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->addItem(anyText, QString());
    box->setMinimumContentsLength(30);
    return box;
}

} // namespace

FindDialog::FindDialog(
    std::unique_ptr<ApiClient> client, const QString& profileName, const QString& region, QWidget* parent)
    : QDialog(parent)
    , m_client(std::move(client))
    , m_reader(std::make_unique<LookupReader>(m_client.get()))
    , m_campaignReader(std::make_unique<LookupReader>(m_client.get()))
    , m_agentReader(std::make_unique<LookupReader>(m_client.get()))
    , m_region(region)
    , m_numbers(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("findDialog"));
    setWindowTitle(tr("Find Calls — %1").arg(profileName));
    const HistoryFilter today = HistoryFilter::today();

    auto* form = new QFormLayout;
    m_from = new QDateTimeEdit(today.from, this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to = new QDateTimeEdit(today.to, this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setAccessibleName(tr("From"));
    m_from->setToolTip(tr("The first moment of the calls' creation to look at (your time zone)"));
    m_to->setAccessibleName(tr("To"));
    m_to->setToolTip(tr("The last moment of the calls' creation to look at (your time zone)"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);

    auto* statusGrid = new QGridLayout;
    int i = 0;
    for (const char* status : Statuses) {
        auto* box = new QCheckBox(QString::fromLatin1(status), this);
        box->setObjectName(QStringLiteral("status_") + QLatin1String(status));
        box->setChecked(HistoryFilter::terminableStatuses().contains(QLatin1String(status)));
        box->setToolTip(tr("Find the calls whose status is %1").arg(QLatin1String(status)));
        statusGrid->addWidget(box, i / 4, i % 4);
        m_statuses.append(box);
        ++i;
    }
    auto* statusLabel = new QLabel(tr("Status:"), this);
    statusLabel->setToolTip(tr("Only calls not connected yet (registered, retry) can be terminated."));
    form->addRow(statusLabel, statusGrid);

    m_campaign = picker(QStringLiteral("campaignCombo"), tr("Any campaign"), this);
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setToolTip(tr("Only the calls of this campaign; type to search the workspace's campaigns"));
    form->addRow(tr("&Campaign:"), m_campaign);
    m_agent = picker(QStringLiteral("agentCombo"), tr("Any agent"), this);
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setToolTip(tr("Only the calls of this agent; type to search the workspace's agents"));
    form->addRow(tr("&Agent:"), m_agent);
    m_numbers->setObjectName(QStringLiteral("numbersEdit"));
    m_numbers->setPlaceholderText(tr("Any number; or numbers separated by commas or semicolons"));
    m_numbers->setAccessibleName(tr("Phone numbers"));
    m_numbers->setToolTip(
        tr("Only the calls to these numbers, in any usual form; national ones in the region %1").arg(m_region));
    form->addRow(tr("&Numbers:"), m_numbers);

    m_progress->setObjectName(QStringLiteral("findProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Progress of the search"));
    m_progress->setToolTip(tr("Calls read from the call history so far"));
    m_message = new QLabel(tr("Found calls are added to the list, to be reviewed and terminated from there."), this);
    m_message->setObjectName(QStringLiteral("findMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_findButton = buttons->addButton(tr("&Find"), QDialogButtonBox::AcceptRole);
    m_findButton->setObjectName(QStringLiteral("findButton"));
    m_findButton->setDefault(true);
    m_findButton->setToolTip(tr("Read the call history with these filters and add the calls to the list"));
    m_stopButton = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setEnabled(false);
    m_stopButton->setToolTip(tr("Stop reading; the calls found until then stay in the list"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("Close, and stop reading if a search is running"));
    connect(m_findButton, &QPushButton::clicked, this, &FindDialog::find);
    connect(m_stopButton, &QPushButton::clicked, m_reader.get(), &LookupReader::cancel);
    connect(close, &QPushButton::clicked, this, &FindDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_reader.get(), &LookupReader::historyPage, this, [this](const QList<HistoryCall>& calls) {
        m_found += int(calls.size());
        emit callsFound(calls);
    });
    connect(m_reader.get(), &LookupReader::progress, this, [this](int records, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(qMin<int>(records, m_progress->maximum()));
            m_message->setText(tr("%1 of %2 calls read…").arg(records).arg(total));
        } else {
            m_progress->setRange(0, 0); // the API said "many": no total to show
            m_message->setText(tr("%1 calls read…").arg(records));
        }
    });
    connect(m_reader.get(), &LookupReader::finished, this, &FindDialog::onFinished);
    m_from->setFocus(); // the first field; Enter anywhere in the form finds
    loadPickers();
}

FindDialog::~FindDialog() = default;

void FindDialog::loadPickers()
{
    LookupReader::Options options;
    options.minIntervalMs = 200;
    options.pageSize = LookupReader::MaxCampaignsPageSize;
    connect(m_campaignReader.get(), &LookupReader::campaignsPage, this, [this](const QList<CampaignInfo>& page) {
        for (const CampaignInfo& c : page) {
            const QString text = c.hasCounts()
                ? tr("%1 (%2, %3 not connected)").arg(c.name.isEmpty() ? c.id : c.name, c.status).arg(c.notConnected())
                : tr("%1 (%2)").arg(c.name.isEmpty() ? c.id : c.name, c.status);
            m_campaign->addItem(text, c.id);
            m_campaign->setItemData(m_campaign->count() - 1, c.id, Qt::ToolTipRole);
        }
    });
    connect(m_agentReader.get(), &LookupReader::agentsPage, this, [this](const QList<AgentInfo>& page) {
        for (const AgentInfo& a : page) {
            m_agent->addItem(a.name.isEmpty() ? a.id : a.name, a.id);
            m_agent->setItemData(m_agent->count() - 1, a.id, Qt::ToolTipRole);
        }
    });
    const auto failed = [this](const LookupResult& result) {
        if (!result.ok() && result.ending != LookupResult::Ending::Cancelled)
            m_message->setText(tr("The lists of campaigns and agents could not be read: %1").arg(result.message));
    };
    connect(m_campaignReader.get(), &LookupReader::finished, this, failed);
    connect(m_agentReader.get(), &LookupReader::finished, this, failed);
    m_campaignReader->readCampaigns(options);
    options.pageSize = LookupReader::MaxAgentsPageSize;
    m_agentReader->readAgents(options);
}

bool FindDialog::filter(HistoryFilter* filter, QSet<QString>* numbers, QString* error) const
{
    filter->from = m_from->dateTime();
    filter->to = m_to->dateTime();
    if (filter->from > filter->to) {
        *error = tr("'From' is after 'To'.");
        return false;
    }
    filter->statuses.clear();
    for (QCheckBox* box : m_statuses) {
        if (box->isChecked())
            filter->statuses.append(box->text());
    }
    if (filter->statuses.isEmpty()) {
        *error = tr("Choose at least one status.");
        return false;
    }
    if (filter->statuses.size() == m_statuses.size())
        filter->statuses.clear(); // every status: one walk without a status parameter
    // A picker's text must be one of its items: a typed id alone is never taken.
    const auto chosen = [](const QComboBox* box, QString* id) {
        const int index = box->findText(box->currentText(), Qt::MatchExactly);
        if (index < 0)
            return false;
        *id = box->itemData(index).toString();
        return true;
    };
    if (!chosen(m_campaign, &filter->campaignId)) {
        *error = tr("'%1' is not one of the campaigns; choose one from the list.").arg(m_campaign->currentText());
        return false;
    }
    if (!chosen(m_agent, &filter->agentId)) {
        *error = tr("'%1' is not one of the agents; choose one from the list.").arg(m_agent->currentText());
        return false;
    }
    numbers->clear();
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    for (const QString& text : m_numbers->text().split(separators, Qt::SkipEmptyParts)) {
        if (text.trimmed().isEmpty())
            continue;
        const ParsedPhoneNumber parsed = PhoneNumber::parse(text.trimmed(), m_region);
        if (!parsed) {
            *error = parsed.reason;
            return false;
        }
        numbers->insert(parsed.number->toString());
    }
    return true;
}

bool FindDialog::find()
{
    if (m_reader->isRunning())
        return false;
    HistoryFilter f;
    LookupReader::Options options = m_readOptions;
    QString error;
    if (!filter(&f, &options.numbers, &error)) {
        m_message->setText(error);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Find"), error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("findRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_found = 0;
    setReading(true);
    m_message->setText(tr("Reading the call history…"));
    m_reader->readHistory(f, options);
    return true;
}

void FindDialog::setReading(bool reading)
{
    m_findButton->setEnabled(!reading);
    m_stopButton->setEnabled(reading);
    m_progress->setRange(0, reading ? 0 : 1);
    m_progress->setValue(reading ? 0 : 1);
}

void FindDialog::onFinished(const LookupResult& result)
{
    setReading(false);
    switch (result.ending) {
    case LookupResult::Ending::Complete:
        m_message->setText(
            tr("%1 calls found and added to the list; review them there, then terminate them.").arg(m_found));
        break;
    case LookupResult::Ending::Cancelled:
        m_message->setText(tr("Stopped: %1 calls found until then are in the list.").arg(m_found));
        break;
    case LookupResult::Ending::LimitReached:
    case LookupResult::Ending::Failed:
        m_message->setText(tr("%1 %2 calls found until then are in the list.").arg(result.message).arg(m_found));
        break;
    }
    emit readingFinished(result);
}

void FindDialog::reject()
{
    m_reader->cancel();
    m_campaignReader->cancel();
    m_agentReader->cancel();
    QDialog::reject();
}

} // namespace callstop
