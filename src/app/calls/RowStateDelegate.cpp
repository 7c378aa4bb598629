#include "RowStateDelegate.h"

#include "calls/CallListModel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

#include <cmath>

namespace callstop {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double RowStateDelegate::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

RowStateColours RowStateDelegate::colours(RowState state, const QPalette& palette)
{
    const bool dark = isDark(palette);
    const auto pick
        = [dark](const char* light, const char* darkTint) { return QColor(QLatin1String(dark ? darkTint : light)); };
    QColor background;
    switch (state) {
    case RowState::Terminated:
        background = pick("#d4edda", "#1e4620");
        break;
    case RowState::NotTerminable:
        background = pick("#e2e3e5", "#3a3b3c");
        break;
    case RowState::Failed:
        background = pick("#f8d7da", "#5c1f24");
        break;
    case RowState::Unknown:
        background = pick("#fff3cd", "#5c4a12");
        break;
    case RowState::Cancelled:
        background = pick("#ececec", "#363636");
        break;
    case RowState::Invalid:
        background = pick("#ffe5d0", "#5c3310");
        break;
    case RowState::Duplicate:
        background = pick("#ececf6", "#34344a");
        break;
    case RowState::Sending:
    case RowState::Checking:
        background = pick("#d6e9f8", "#163a5c");
        break;
    case RowState::ProbablyApplied:
        background = pick("#e3f1d4", "#2f4a1a");
        break;
    case RowState::Queued:
        background = pick("#eef5fc", "#1f3040");
        break;
    default:
        // Ready, and states added later until they are given a colour: the view's own.
        return {};
    }
    return {background, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1a, 0x1a, 0x1a)};
}

QIcon RowStateDelegate::icon(RowState state, const QStyle* style)
{
    if (!style)
        return {};
    switch (state) {
    case RowState::Terminated:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RowState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RowState::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case RowState::ProbablyApplied:
        return style->standardIcon(QStyle::SP_DialogYesButton);
    case RowState::Checking:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case RowState::Invalid:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RowState::NotTerminable:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case RowState::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    default:
        return {};
    }
}

void RowStateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant stateValue = index.data(CallListModel::StateRole);
    if (!stateValue.isValid())
        return;
    const auto state = RowState(stateValue.toInt());
    const RowStateColours c = colours(state, option->palette);
    if (c.background.isValid()) {
        option->backgroundBrush = c.background;
        option->palette.setColor(QPalette::Text, c.foreground);
        option->palette.setColor(QPalette::WindowText, c.foreground);
    }
    if (index.column() == CallListModel::StateColumn) {
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        const QIcon i = icon(state, style);
        if (!i.isNull()) {
            const int side = std::max(8, option->fontMetrics.height() - 2);
            option->icon = i;
            option->decorationSize = QSize(side, side);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
}

} // namespace callstop
