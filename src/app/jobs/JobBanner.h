#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace callstop {

// The end of a job, shown where it cannot be missed: a band above the job controls in the colour of how it went,
// with its counts (and, for a termination by numbers, campaign or agent, its measured effect) and the actions that
// follow: Retry failed, Copy failed IDs, Export results. The tone is in the text too ("Done", "Failed", ...), not in
// the colour alone. Dismissed with its close button, and when a new job starts or the list is cleared.
class JobBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Success, Warning, Failure, Info };

    explicit JobBanner(QWidget* parent = nullptr);

    void showResult(Tone tone, const QString& text, bool offerRetry, bool offerExport);
    // Adds to the text of the banner shown (the effect measured after a scope job).
    void appendText(const QString& text);
    void dismiss();
    Tone tone() const { return m_tone; }
    QString text() const;

signals:
    void retryRequested();
    void copyFailedRequested();
    void exportRequested();

private:
    Tone m_tone = Tone::Info;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace callstop
