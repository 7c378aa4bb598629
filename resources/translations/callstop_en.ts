<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>callstop::ConfirmDialog</name>
    <message numerus="yes">
        <source>Terminate %n call(s)</source>
        <translation>
            <numerusform>Terminate %n call</numerusform>
            <numerusform>Terminate %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n batch(es) of at most 100.</source>
        <translation>
            <numerusform> in %n batch of at most 100.</numerusform>
            <numerusform> in %n batches of at most 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::CsvImporter</name>
    <message numerus="yes">
        <source>there is no column %1; the file has %n column(s)</source>
        <translation>
            <numerusform>there is no column %1; the file has %n column</numerusform>
            <numerusform>there is no column %1; the file has %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::IdExtractor</name>
    <message numerus="yes">
        <source>not in the 8-4-4-4-12 form of a call ID (%n characters)</source>
        <translation>
            <numerusform>not in the 8-4-4-4-12 form of a call ID (%n characters)</numerusform>
            <numerusform>not in the 8-4-4-4-12 form of a call ID (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::InputController</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s)</source>
        <translation type="unfinished">
            <numerusform>, %n duplicate</numerusform>
            <numerusform>, %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation type="unfinished">
            <numerusform>, %n not valid</numerusform>
            <numerusform>, %n not valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid and already in the list</source>
        <translation>
            <numerusform>, %n not valid and already in the list</numerusform>
            <numerusform>, %n not valid and already in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::JobController</name>
    <message numerus="yes">
        <source>Terminating %n call(s) on %1…</source>
        <translation>
            <numerusform>Terminating %n call on %1…</numerusform>
            <numerusform>Terminating %n calls on %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unknown ID(s) copied</source>
        <translation>
            <numerusform>%n failed or unknown ID copied</numerusform>
            <numerusform>%n failed or unknown IDs copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new key is saved. Send the %n call(s) that the refused job did not send?</source>
        <translation>
            <numerusform>The new key is saved. Send the %n call that the refused job did not send?</numerusform>
            <numerusform>The new key is saved. Send the %n calls that the refused job did not send?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 request(s) accepted, %3 with nothing terminable, %4 failed, %5 unknown, %6 not sent.</source>
        <translation>
            <numerusform>%1 of %2 request accepted, %3 with nothing terminable, %4 failed, %5 unknown, %6 not sent.</numerusform>
            <numerusform>%1 of %2 requests accepted, %3 with nothing terminable, %4 failed, %5 unknown, %6 not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probably applied by an earlier attempt.</source>
        <translation>
            <numerusform>%n probably applied by an earlier attempt.</numerusform>
            <numerusform>%n probably applied by an earlier attempt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n row removed</numerusform>
            <numerusform>%n rows removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n row(s)?</source>
        <translation>
            <numerusform>Remove all %n row?</numerusform>
            <numerusform>Remove all %n rows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n call(s) on %1…</source>
        <translation type="vanished">
            <numerusform>Terminating %n call on %1…</numerusform>
            <numerusform>Terminating %n calls on %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unknown ID(s) copied</source>
        <translation type="vanished">
            <numerusform>%n failed or unknown ID copied</numerusform>
            <numerusform>%n failed or unknown IDs copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new key is saved. Send the %n call(s) that the refused job did not send?</source>
        <translation type="vanished">
            <numerusform>The new key is saved. Send the %n call that the refused job did not send?</numerusform>
            <numerusform>The new key is saved. Send the %n calls that the refused job did not send?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="vanished">
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s)</source>
        <translation type="vanished">
            <numerusform>, %n duplicate</numerusform>
            <numerusform>, %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation type="vanished">
            <numerusform>, %n not valid</numerusform>
            <numerusform>, %n not valid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::ScopeConfirmDialog</name>
    <message numerus="yes">
        <source>%n call(s) in this scope are not connected yet and would stop.</source>
        <translation>
            <numerusform>%n call in this scope are not connected yet and would stop.</numerusform>
            <numerusform>%n calls in this scope are not connected yet and would stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of the campaign are not connected yet and would stop.</source>
        <translation>
            <numerusform>%n call of the campaign are not connected yet and would stop.</numerusform>
            <numerusform>%n calls of the campaign are not connected yet and would stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress are not hung up.</source>
        <translation>
            <numerusform>%n call in progress are not hung up.</numerusform>
            <numerusform>%n calls in progress are not hung up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s). Calls in progress are not hung up. This cannot be undone.</source>
        <translation>
            <numerusform>%n request. Calls in progress are not hung up. This cannot be undone.</numerusform>
            <numerusform>%n requests. Calls in progress are not hung up. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::ScopeCounter</name>
    <message numerus="yes">
        <source>%n call(s) stopped</source>
        <translation>
            <numerusform>%n call stopped</numerusform>
            <numerusform>%n calls stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already connected (not hung up)</source>
        <translation>
            <numerusform>, %n already connected (not hung up)</numerusform>
            <numerusform>, %n already connected (not hung up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still waiting to be called (added since, or not stopped)</source>
        <translation>
            <numerusform>; %n still waiting to be called (added since, or not stopped)</numerusform>
            <numerusform>; %n still waiting to be called (added since, or not stopped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::ScopeKinds</name>
    <message numerus="yes">
        <source>This stops %n call(s) by their IDs.</source>
        <translation>
            <numerusform>This stops %n call by their IDs.</numerusform>
            <numerusform>This stops %n calls by their IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stops the calls to %n number(s) in ALL campaigns of the workspace, not only one.</source>
        <translation type="unfinished">
            <numerusform>This stops the calls to %n number in ALL campaigns of the workspace, not only one.</numerusform>
            <numerusform>This stops the calls to %n numbers in ALL campaigns of the workspace, not only one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stops the calls to %n number(s) in the campaign %1 only.</source>
        <translation type="unfinished">
            <numerusform>This stops the calls to %n number in the campaign %1 only.</numerusform>
            <numerusform>This stops the calls to %n numbers in the campaign %1 only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::ScopeTerminateDialog</name>
    <message numerus="yes">
        <source>%n campaign(s) read…</source>
        <translation>
            <numerusform>%n campaign read…</numerusform>
            <numerusform>%n campaigns read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) read…</source>
        <translation>
            <numerusform>%n agent read…</numerusform>
            <numerusform>%n agents read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) in the workspace.</source>
        <translation>
            <numerusform>%n campaign in the workspace.</numerusform>
            <numerusform>%n campaigns in the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in the workspace.</source>
        <translation>
            <numerusform>%n agent in the workspace.</numerusform>
            <numerusform>%n agents in the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid number(s)</source>
        <translation>
            <numerusform>%n valid number</numerusform>
            <numerusform>%n valid numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation type="unfinished">
            <numerusform>, %n not valid</numerusform>
            <numerusform>, %n not valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted: %n call(s) not connected yet.</source>
        <translation>
            <numerusform>Counted: %n call not connected yet.</numerusform>
            <numerusform>Counted: %n calls not connected yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::cli::Cli</name>
    <message numerus="yes">
        <source>... and %n more not valid</source>
        <translation>
            <numerusform>... and %n more not valid</numerusform>
            <numerusform>... and %n more not valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call ID(s) found</source>
        <translation>
            <numerusform>%n call ID found</numerusform>
            <numerusform>%n call IDs found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation>
            <numerusform>, %n not valid</numerusform>
            <numerusform>, %n not valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty ID cell</source>
        <translation>
            <numerusform>%n row with an empty ID cell</numerusform>
            <numerusform>%n rows with an empty ID cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ID(s)</source>
        <translation>
            <numerusform>, %n ID</numerusform>
            <numerusform>, %n IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s)</source>
        <translation>
            <numerusform>, %n attempt</numerusform>
            <numerusform>, %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About to terminate %n call(s)</source>
        <translation>
            <numerusform>About to terminate %n call</numerusform>
            <numerusform>About to terminate %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n batch(es)</source>
        <translation>
            <numerusform> in %n batch</numerusform>
            <numerusform> in %n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n call(s)</source>
        <translation>
            <numerusform>Terminating %n call</numerusform>
            <numerusform>Terminating %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es): </source>
        <translation>
            <numerusform>%n batch: </numerusform>
            <numerusform>%n batches: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted (%n ID(s)), </source>
        <translation>
            <numerusform>%1 accepted (%n ID), </numerusform>
            <numerusform>%1 accepted (%n IDs), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n call(s): %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.</source>
        <translation>
            <numerusform>Checked %n call: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.</numerusform>
            <numerusform>Checked %n calls: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>batch %1/%2: %n ID(s), first %3</source>
        <translation>
            <numerusform>batch %1/%2: %n ID, first %3</numerusform>
            <numerusform>batch %1/%2: %n IDs, first %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n call(s)</source>
        <translation>
            <numerusform>Dry run: %n call</numerusform>
            <numerusform>Dry run: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recording failed: %1; sending nothing more, finishing the %n request(s) in flight.</source>
        <translation>
            <numerusform>recording failed: %1; sending nothing more, finishing the %n request in flight.</numerusform>
            <numerusform>recording failed: %1; sending nothing more, finishing the %n requests in flight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n number(s)</source>
        <translation>
            <numerusform>, %n number</numerusform>
            <numerusform>, %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating by scope: %1, %n item(s)</source>
        <translation>
            <numerusform>Terminating by scope: %1, %n item</numerusform>
            <numerusform>Terminating by scope: %1, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n page(s)</source>
        <translation>
            <numerusform>%1 %2 in %n page</numerusform>
            <numerusform>%1 %2 in %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n request(s)</source>
        <translation>
            <numerusform>, %n request</numerusform>
            <numerusform>, %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more not taken</source>
        <translation>
            <numerusform>... and %n more not taken</numerusform>
            <numerusform>... and %n more not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found</source>
        <translation>
            <numerusform>%n number found</numerusform>
            <numerusform>%n numbers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid (region %1)</source>
        <translation>
            <numerusform>, %n not valid (region %1)</numerusform>
            <numerusform>, %n not valid (region %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this scope are not connected yet</source>
        <translation>
            <numerusform>%n call in this scope are not connected yet</numerusform>
            <numerusform>%n calls in this scope are not connected yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stops the calls to %n number(s) in ALL campaigns of the workspace, not only one.</source>
        <translation type="vanished">
            <numerusform>This stops the calls to %n number in ALL campaigns of the workspace, not only one.</numerusform>
            <numerusform>This stops the calls to %n numbers in ALL campaigns of the workspace, not only one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stops the calls to %n number(s) in the campaign %1 only.</source>
        <translation type="vanished">
            <numerusform>This stops the calls to %n number in the campaign %1 only.</numerusform>
            <numerusform>This stops the calls to %n numbers in the campaign %1 only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s), first %1</source>
        <translation>
            <numerusform>%n number, first %1</numerusform>
            <numerusform>%n numbers, first %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) would be sent; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n request would be sent; nothing was sent.</numerusform>
            <numerusform>Dry run: %n requests would be sent; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
