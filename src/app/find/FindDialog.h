#pragma once

#include "lookup/LookupReader.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace callstop {

class ApiClient;

// Finds calls in the call history of the current profile: a date range (today by default, in the operator's time
// zone), statuses (those a termination can still stop by default), a campaign and an agent chosen from the
// workspace's lists, phone numbers. Pages are read in the background at a bounded rate with progress and Cancel;
// each page's calls go straight into the call list (callsFound), where they are reviewed and terminated through the
// call-ID path. Not modal: the list fills while the dialog stays open.
class FindDialog final : public QDialog
{
    Q_OBJECT

public:
    FindDialog(std::unique_ptr<ApiClient> client, const QString& profileName, const QString& region,
        QWidget* parent = nullptr);
    ~FindDialog() override;

    // The filter as the form says; false with error naming the field when it cannot be used.
    bool filter(HistoryFilter* filter, QSet<QString>* numbers, QString* error) const;
    bool isReading() const { return m_reader->isRunning(); }
    // Starts a reading with the form's filter (what Find does); false after showing why not.
    bool find();
    // Page size and pace of the readings (LookupReader's defaults unless set; benchmarks read without a pause).
    void setReadOptions(const LookupReader::Options& options) { m_readOptions = options; }

signals:
    void callsFound(const QList<callstop::HistoryCall>& calls);
    void readingFinished(const callstop::LookupResult& result);

protected:
    void reject() override;

private:
    void loadPickers();
    void setReading(bool reading);
    void onFinished(const LookupResult& result);

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LookupReader> m_reader;
    std::unique_ptr<LookupReader> m_campaignReader;
    std::unique_ptr<LookupReader> m_agentReader;
    QString m_region;
    LookupReader::Options m_readOptions;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QList<QCheckBox*> m_statuses;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_agent = nullptr;
    QLineEdit* m_numbers = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_findButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    int m_found = 0;
};

} // namespace callstop
