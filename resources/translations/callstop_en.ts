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
            <numerusform>Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n column</numerusform>
            <numerusform>Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n columns</numerusform>
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
    <message numerus="yes">
        <source>%n failed or unknown ID(s) copied</source>
        <translation>
            <numerusform>Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n failed or unknown ID copied</numerusform>
            <numerusform>Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n failed or unknown IDs copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new key is saved. Send the %n call(s) that the refused job did not send?</source>
        <translation>
            <numerusform>Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n failed or unknown ID copied&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n failed or unknown ID copied&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n failed or unknown IDs copied&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The new key is saved. Send the %n call that the refused job did not send?</numerusform>
            <numerusform>Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n failed or unknown IDs copied&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n failed or unknown ID copied&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batch of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n column&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminate %n call&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminate %n calls&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt; in %n batches of at most 100.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; in %n batch of at most 100.&lt;/numerusform&gt;
            &lt;numerusform&gt; in %n batches of at most 100.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;… and %n more&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
            &lt;numerusform&gt;… and %n more&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::CsvImporter&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;there is no column %1; the file has %n columns&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::IdExtractor&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n failed or unknown IDs copied&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;The new key is saved. Send the %n calls that the refused job did not send?</numerusform>
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
        <translation type="vanished">
            <numerusform>Dry run: %n call in %1 batch would be sent to %2; nothing was sent.</numerusform>
            <numerusform>Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About to terminate %n call(s) in %1 batch(es) on %2 (%3).</source>
        <translation type="vanished">
            <numerusform>About to terminate %n call in %1 batch on %2 (%3).</numerusform>
            <numerusform>About to terminate %n calls in %1 batches on %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n call(s) in %1 batch(es) on %2, %3 in flight.</source>
        <translation type="vanished">
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
    <message numerus="yes">
        <source>%n row(s) with an empty ID cell</source>
        <translation>
            <numerusform>not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::cli::Cli&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call ID found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n ID&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n ID, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batch: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n ID), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row with an empty ID cell</numerusform>
            <numerusform>not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::cli::Cli&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call IDs found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n IDs&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n IDs, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batches: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n IDs), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows with an empty ID cell</numerusform>
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
        <source>, %n attempt(s)</source>
        <translation>
            <numerusform>... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call ID found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n ID&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n ID, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batch: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n ID), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row with an empty ID cell&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::cli::Cli&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call ID found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n ID&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n ID, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batch: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n ID), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row with an empty ID cell&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::cli::Cli&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call IDs found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n IDs&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n IDs, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batches: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n IDs), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows with an empty ID cell&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Checked %n call: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Checked %n call: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.&lt;/numerusform&gt;
            &lt;numerusform&gt;Checked %n calls: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n attempt</numerusform>
            <numerusform>... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call IDs found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n IDs&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n IDs, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batches: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n IDs), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows with an empty ID cell&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n row?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::cli::Cli&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call ID found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicate skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n ID&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n ID, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batch: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n ID), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row with an empty ID cell&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
            &lt;numerusform&gt;not in the 8-4-4-4-12 form of a call ID (%n characters)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::MainWindow&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n added&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
            &lt;numerusform&gt;%n added&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows removed&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row removed&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows removed&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Remove all %n rows?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Remove all %n row?&lt;/numerusform&gt;
            &lt;numerusform&gt;Remove all %n rows?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls on %1…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call on %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls on %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;callstop::cli::Cli&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;... and %n more not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;... and %n more not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n call IDs found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n call ID found&lt;/numerusform&gt;
            &lt;numerusform&gt;%n call IDs found&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n duplicates skipped&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n duplicate skipped&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n duplicates skipped&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n not valid&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n not valid&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n IDs&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;, %n ID&lt;/numerusform&gt;
            &lt;numerusform&gt;, %n IDs&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;batch %1/%2: %n IDs, first %3&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;batch %1/%2: %n ID, first %3&lt;/numerusform&gt;
            &lt;numerusform&gt;batch %1/%2: %n IDs, first %3&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Dry run: %n call in %1 batch would be sent to %2; nothing was sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Dry run: %n calls in %1 batches would be sent to %2; nothing was sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About to terminate %n call in %1 batch on %2 (%3).&lt;/numerusform&gt;
            &lt;numerusform&gt;About to terminate %n calls in %1 batches on %2 (%3).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Terminating %n call in %1 batch on %2, %3 in flight.&lt;/numerusform&gt;
            &lt;numerusform&gt;Terminating %n calls in %1 batches on %2, %3 in flight.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n batches: &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n batch: &lt;/numerusform&gt;
            &lt;numerusform&gt;%n batches: &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 accepted (%n IDs), &lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 accepted (%n ID), &lt;/numerusform&gt;
            &lt;numerusform&gt;%1 accepted (%n IDs), &lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n rows with an empty ID cell&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Checked %n calls: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Checked %n call: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.&lt;/numerusform&gt;
            &lt;numerusform&gt;Checked %n calls: %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;, %n attempts</numerusform>
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
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n call(s)</source>
        <translation>
            <numerusform>Dry run: %n call</numerusform>
            <numerusform>Dry run: %n calls</numerusform>
        </translation>
    </message>
</context>
</TS>
