#include "JobBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace callstop {

namespace {

// Background and text colour per tone: dark text on light tints, readable in light and dark palettes alike
// (the band sets both colours, so the palette does not decide the contrast).
struct ToneColours
{
    const char* background;
    const char* border;
};

ToneColours coloursOf(JobBanner::Tone tone)
{
    switch (tone) {
    case JobBanner::Tone::Success:
        return {"#d7f0dd", "#2e7d32"};
    case JobBanner::Tone::Warning:
        return {"#fff1c7", "#b26a00"};
    case JobBanner::Tone::Failure:
        return {"#fbd9d7", "#c62828"};
    case JobBanner::Tone::Info:
        break;
    }
    return {"#dde8f6", "#1f5fa8"};
}

} // namespace

JobBanner::JobBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
    , m_copy(new QPushButton(tr("Copy Failed &IDs"), this))
    , m_export(new QPushButton(tr("E&xport Results…"), this))
{
    setObjectName(QStringLiteral("jobBanner"));
    setAccessibleName(tr("Result of the job"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("jobBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(QStringLiteral("bannerRetryButton"));
    m_retry->setToolTip(tr("Send the failed and unknown calls again, after a confirmation"));
    m_copy->setObjectName(QStringLiteral("bannerCopyButton"));
    m_copy->setToolTip(tr("Copy the failed and unknown call IDs to the clipboard"));
    m_export->setObjectName(QStringLiteral("bannerExportButton"));
    m_export->setToolTip(tr("Write every row with its state to a CSV file"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerCloseButton"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the result"));
    close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_copy);
    layout->addWidget(m_export);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, &JobBanner::retryRequested);
    connect(m_copy, &QPushButton::clicked, this, &JobBanner::copyFailedRequested);
    connect(m_export, &QPushButton::clicked, this, &JobBanner::exportRequested);
    connect(close, &QToolButton::clicked, this, &JobBanner::dismiss);
    hide();
}

void JobBanner::showResult(Tone tone, const QString& text, bool offerRetry, bool offerExport)
{
    m_tone = tone;
    const ToneColours colours = coloursOf(tone);
    setStyleSheet(QStringLiteral("#jobBanner { background: %1; border: 1px solid %2; border-left: 6px solid %2; }"
                                 "#jobBanner QLabel { color: #1a1a1a; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.border)));
    m_text->setText(text);
    setAccessibleDescription(text);
    m_retry->setVisible(offerRetry);
    m_copy->setVisible(offerRetry);
    m_export->setVisible(offerExport);
    show();
}

void JobBanner::appendText(const QString& text)
{
    if (!isVisible())
        return;
    m_text->setText(m_text->text() + QLatin1Char(' ') + text);
    setAccessibleDescription(m_text->text());
}

void JobBanner::dismiss()
{
    hide();
}

QString JobBanner::text() const
{
    return m_text->text();
}

} // namespace callstop
