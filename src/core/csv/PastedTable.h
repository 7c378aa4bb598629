#pragma once

#include "IdColumnChooser.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace callstop {

// What to take from a pasted table (tab-separated lines, as a spreadsheet or a dashboard copies them).
struct PastedTableColumn
{
    // A table in which more than one column holds UUIDs: taking every UUID would put agent or list IDs in as
    // call IDs, so only the chosen column counts.
    bool severalIdColumns = false;
    ColumnChoice choice;
    // The chosen column's cells, one a line, on the lines they had in the paste (the header line is empty); empty
    // when no column is settled.
    QString columnText;

    // For the operator: which column was taken and which were left, or why nothing was taken.
    QString warning() const;
};

// Chooses the call-ID column of a pasted table the way the CSV import does (IdColumnChooser): by its header, or as
// the only column of UUIDs; with several UUID columns and no header that names one, nothing is taken.
class PastedTable final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::PastedTable)

public:
    // Lines looked at to choose the column.
    static constexpr int SampleLines = 200;

    // Cheap for text that is not a table: it stops at the first line without a tab.
    static PastedTableColumn analyse(QStringView text);

    friend struct PastedTableColumn;
};

} // namespace callstop
