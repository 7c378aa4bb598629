#pragma once

#include "calls/RowState.h"

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

class QPalette;
class QStyle;

namespace callstop {

struct RowStateColours
{
    QColor background; // invalid: the row keeps the view's own colours
    QColor foreground;
};

// Tints each row of the call table by its state, with an icon beside the state's name: the name stays the first
// cue (colour-blind operators, screen readers); colour and icon let a long list be scanned at a glance.
class RowStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Light tints with dark text on a light palette, dark tints with light text on a dark one; either way the text
    // keeps a contrast of at least 4.5:1 (WCAG AA).
    static RowStateColours colours(RowState state, const QPalette& palette);
    static QIcon icon(RowState state, const QStyle* style);
    // WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor& a, const QColor& b);

    // Public so that a test can read what a cell is painted with.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace callstop
