#pragma once

#include "ScopeConfirmDialog.h"
#include "ScopeRequest.h"
#include "lookup/LookupReader.h"
#include "lookup/ScopeListModel.h"
#include "numbers/NumberExtractor.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace callstop {

class ApiClient;
class ScopeCounter;

// Stops calls by what the operator has instead of call IDs: phone numbers (pasted in any form, read with
// libphonenumber, in every campaign or in one), a whole campaign, or every call of an agent. Campaigns and agents
// are chosen from the workspace's lists (/campaign/all with counts, /agent/all), searchable and read page by page,
// never from a typed id. Review counts the calls of the scope (the blast radius) and opens the typed confirmation;
// confirmed() hands the request to the job engine and closes the dialog. Not modal, like Find Calls.
class ScopeTerminateDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Numbers, Campaign, Agent };

    ScopeTerminateDialog(
        std::unique_ptr<ApiClient> client, const Profile& profile, const QString& region, QWidget* parent = nullptr);
    ~ScopeTerminateDialog() override;

    void setPage(Page page);
    Page page() const;
    ScopeListModel* campaigns() { return &m_campaigns; }
    ScopeListModel* agents() { return &m_agents; }
    bool isLoadingLists() const;
    // The request the current page describes (the counts not yet taken); false with error naming the field.
    bool request(ScopeRequest* request, QString* error) const;
    // What Review does: checks the page, counts the scope, then opens the confirmation. False after showing why not.
    bool review();
    ScopeConfirmDialog* confirmDialog() const { return m_confirm; }
    // Page size and pace of the list readings (benchmarks and tests read without a pause).
    void setReadOptions(const LookupReader::Options& options) { m_readOptions = options; }
    // Reads the lists of campaigns and agents again (also done once at the start).
    void reloadLists();

signals:
    void confirmed(const callstop::ScopeRequest& request);
    // Both lists are read, or their reading ended.
    void listsLoaded();
    // The scope was counted and the confirmation is open.
    void confirmationOpened();

protected:
    void reject() override;

private:
    QWidget* numbersPage();
    QWidget* listPage(
        QSortFilterProxyModel* proxy, const QString& kindName, QLineEdit** search, QTableView** table, QLabel** status);
    void updateNumbersSummary();
    void showNumbersSummary(const NumberExtraction& found);
    // The numbers of the text with the region chosen: the last reading when it is of this text, else read now.
    NumberExtraction numbersNow() const;
    void onCounted(const ScopeCounts& counts);
    void showRefusal(const QString& text);
    QString chosenId(QTableView* table, int* sourceRow) const;

    std::unique_ptr<ApiClient> m_client;
    Profile m_profile;
    QString m_region;
    LookupReader::Options m_readOptions;
    std::unique_ptr<LookupReader> m_campaignReader;
    std::unique_ptr<LookupReader> m_agentReader;
    std::unique_ptr<ScopeCounter> m_counter;
    ScopeListModel m_campaigns {ScopeListModel::Kind::Campaigns};
    ScopeListModel m_agents {ScopeListModel::Kind::Agents};
    QSortFilterProxyModel m_campaignProxy;
    QSortFilterProxyModel m_agentProxy;
    QTimer m_summaryTimer;
    // The numbers are read on a worker thread (a pasted list of thousands takes a while); the last reading's result
    // and what it read.
    quint64 m_numbersGeneration = 0;
    NumberExtraction m_numbers;
    QString m_numbersTextRead;
    QString m_numbersRegionRead;
    ScopeRequest m_pending; // being counted
    QPointer<ScopeConfirmDialog> m_confirm;
    bool m_restarting = false;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_numbersText = nullptr;
    QComboBox* m_regionCombo = nullptr;
    QCheckBox* m_onlyCampaign = nullptr;
    QComboBox* m_numbersCampaign = nullptr;
    QLabel* m_numbersSummary = nullptr;
    QListWidget* m_rejected = nullptr;
    QLineEdit* m_campaignSearch = nullptr;
    QTableView* m_campaignTable = nullptr;
    QLabel* m_campaignStatus = nullptr;
    QLineEdit* m_agentSearch = nullptr;
    QTableView* m_agentTable = nullptr;
    QLabel* m_agentStatus = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_reviewButton = nullptr;
};

} // namespace callstop
