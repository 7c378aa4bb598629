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
    <name>callstop::MainWindow</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s)</source>
        <translation>
            <numerusform>, %n duplicate</numerusform>
            <numerusform>, %n duplicates</numerusform>
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
        <translation>
            <numerusform>Terminating %n call on %1…</numerusform>
            <numerusform>Terminating %n calls on %1…</numerusform>
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
        <source>, %n ID(s)</source>
        <translation>
            <numerusform>, %n ID</numerusform>
            <numerusform>, %n IDs</numerusform>
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
        <source>Dry run: %n call(s) in %1 batch(es) would be sent to %2; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n call in %1 batch would be sent to %2; nothing was sent.</numerusform>
            <numerusform>Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About to terminate %n call(s) in %1 batch(es) on %2 (%3).</source>
        <translation>
            <numerusform>About to terminate %n call in %1 batch on %2 (%3).</numerusform>
            <numerusform>About to terminate %n calls in %1 batches on %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n call(s) in %1 batch(es) on %2, %3 in flight.</source>
        <translation>
            <numerusform>Terminating %n call in %1 batch on %2, %3 in flight.</numerusform>
            <numerusform>Terminating %n calls in %1 batches on %2, %3 in flight.</numerusform>
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
</context>
</TS>
