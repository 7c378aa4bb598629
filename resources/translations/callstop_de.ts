<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Call &amp;ID:</source>
        <translation>Anruf-&amp;ID:</translation>
    </message>
    <message>
        <source>Filter by call ID</source>
        <translation>Nach Anruf-ID filtern</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the shown records as CSV</source>
        <translation>Die angezeigten Einträge als CSV exportieren</translation>
    </message>
    <message>
        <source>Shows only the records that include this call ID</source>
        <translation>Zeigt nur die Einträge, die diese Anruf-ID enthalten</translation>
    </message>
    <message>
        <source>Shows only the records with this outcome</source>
        <translation>Zeigt nur die Einträge mit diesem Ergebnis</translation>
    </message>
    <message>
        <source>Shows only the records from this day on</source>
        <translation>Zeigt nur die Einträge ab diesem Tag</translation>
    </message>
    <message>
        <source>Shows only the records up to this day</source>
        <translation>Zeigt nur die Einträge bis zu diesem Tag</translation>
    </message>
    <message>
        <source>One row per attempt sent to the server, newest last</source>
        <translation>Eine Zeile pro an den Server gesendetem Versuch, der neueste zuletzt</translation>
    </message>
    <message>
        <source>Writes the records shown to a CSV file</source>
        <translation>Schreibt die angezeigten Einträge in eine CSV-Datei</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm Termination</source>
        <translation>Beenden bestätigen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>First call IDs</source>
        <translation>Erste Anruf-IDs</translation>
    </message>
    <message>
        <source>Only calls that have not connected yet are stopped. Calls already in progress are not hung up; they are only kept from being retried. This cannot be undone.</source>
        <translation>Nur Anrufe, die noch nicht verbunden sind, werden beendet. Laufende Anrufe werden nicht aufgelegt; sie werden nur nicht erneut versucht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Check each call&apos;s status afterwards (one request per call)</source>
        <translation>Danach den Status jedes Anrufs prüfen (eine Anfrage pro Anruf)</translation>
    </message>
    <message>
        <source>Number of calls, typed to confirm</source>
        <translation>Anzahl der Anrufe, zur Bestätigung eingetippt</translation>
    </message>
    <message>
        <source>After a batch is accepted, asks the server for the status of each of its calls and shows it per row</source>
        <translation>Fragt nach der Annahme eines Stapels den Server nach dem Status jedes seiner Anrufe und zeigt ihn pro Zeile</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Erste Zeile ist eine &amp;Kopfzeile</translation>
    </message>
    <message>
        <source>Call-ID &amp;column:</source>
        <translation>Anruf-ID-&amp;Spalte:</translation>
    </message>
    <message>
        <source>Call-ID column</source>
        <translation>Anruf-ID-Spalte</translation>
    </message>
    <message>
        <source>Why this column</source>
        <translation>Warum diese Spalte</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>The character encoding of the file, detected and changeable</source>
        <translation>Die Zeichenkodierung der Datei, erkannt und änderbar</translation>
    </message>
    <message>
        <source>The character between fields, detected and changeable</source>
        <translation>Das Zeichen zwischen den Feldern, erkannt und änderbar</translation>
    </message>
    <message>
        <source>Whether the first row names the columns rather than holding data</source>
        <translation>Ob die erste Zeile die Spalten benennt, statt Daten zu enthalten</translation>
    </message>
    <message>
        <source>The column whose cells are taken as call IDs</source>
        <translation>Die Spalte, deren Zellen als Anruf-IDs genommen werden</translation>
    </message>
    <message>
        <source>How much of the file has been read</source>
        <translation>Wie viel der Datei gelesen wurde</translation>
    </message>
</context>
<context>
    <name>LookupParser</name>
    <message>
        <source>The page is not JSON (%1 at byte %2).</source>
        <translation>Die Seite ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The page is not a JSON object.</source>
        <translation>Die Seite ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The page has no &apos;%1&apos; list.</source>
        <translation>Die Seite hat keine Liste &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The page holds %1 records in &apos;%2&apos;; a page holds at most %3.</source>
        <translation>Die Seite enthält %1 Datensätze in &apos;%2&apos;; eine Seite enthält höchstens %3.</translation>
    </message>
    <message>
        <source>Record %1 of &apos;%2&apos;: %3</source>
        <translation>Datensatz %1 von &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>The page&apos;s &apos;total&apos; is neither a count nor &quot;many&quot;.</source>
        <translation>Das Feld &apos;total&apos; der Seite ist weder eine Anzahl noch &quot;many&quot;.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&apos;id&apos; is not a call ID</source>
        <translation>&apos;id&apos; ist keine Anruf-ID</translation>
    </message>
    <message>
        <source>no &apos;status&apos;</source>
        <translation>&apos;status&apos; fehlt</translation>
    </message>
    <message>
        <source>no &apos;id&apos;</source>
        <translation>&apos;id&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;total_count&apos; is not a count</source>
        <translation>&apos;total_count&apos; ist keine Anzahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a count</source>
        <translation>&apos;%1&apos; ist keine Anzahl</translation>
    </message>
    <message>
        <source>The answer&apos;s status is &apos;%1&apos;, not success.</source>
        <translation>Der Status der Antwort ist &apos;%1&apos;, nicht &apos;success&apos;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallStop</source>
        <translation>CallStop</translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation>Aktuelles Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Where requests go and which key they carry</source>
        <translation>Wohin die Anfragen gehen und welchen Schlüssel sie tragen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Paste IDs</source>
        <translation>IDs einfügen</translation>
    </message>
    <message>
        <source>Add the call IDs found in the clipboard (Ctrl+V)</source>
        <translation>Die Anruf-IDs aus der Zwischenablage hinzufügen (Strg+V)</translation>
    </message>
    <message>
        <source>Filter by ID or detail (Ctrl+F)</source>
        <translation>Nach ID oder Detail filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show state</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>Show only rows in one state</source>
        <translation>Nur Zeilen in einem Status anzeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Die Liste leeren</translation>
    </message>
    <message>
        <source>Call IDs</source>
        <translation>Anruf-IDs</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Den Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Send nothing more; batches in flight finish</source>
        <translation>Nichts mehr senden; laufende Stapel werden abgeschlossen</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Terminate the ready calls</source>
        <translation>Die bereiten Anrufe beenden</translation>
    </message>
    <message>
        <source>Terminate every Ready call (Ctrl+Return)</source>
        <translation>Jeden bereiten Anruf beenden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add Sample IDs from the Sandbox</source>
        <translation>Beispiel-IDs aus der Sandbox hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Paste IDs</source>
        <translation>IDs &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>Liste lee&amp;ren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>Anrufe &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Abort Job</source>
        <translation>Auftrag &amp;sofort abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed…</source>
        <translation>&amp;Fehlgeschlagene erneut senden…</translation>
    </message>
    <message>
        <source>Copy &amp;Failed IDs</source>
        <translation>Fehlgeschlagene IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Resume &amp;Unfinished Job…</source>
        <translation>Unvollendeten Auftrag fortset&amp;zen…</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>Prüf&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Profiles and Keys…</source>
        <translation>&amp;Profile und Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;What Terminating Does</source>
        <translation>&amp;Was Beenden bewirkt</translation>
    </message>
    <message>
        <source>&amp;About CallStop</source>
        <translation>Über &amp;CallStop</translation>
    </message>
    <message>
        <source>Removes every row of the list, after a question when rows are still to be sent</source>
        <translation>Entfernt alle Zeilen der Liste, nach einer Rückfrage, wenn noch Zeilen zu senden sind</translation>
    </message>
    <message>
        <source>How many batches of the running job have an answer</source>
        <translation>Wie viele Stapel des laufenden Auftrags eine Antwort haben</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>CallStop ein&amp;richten…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>CallStop einrichten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the console; the system&apos;s language when none is chosen</source>
        <translation>Die Sprache der Konsole; die des Systems, wenn keine gewählt ist</translation>
    </message>
    <message>
        <source>Ask again above (&amp;IDs):</source>
        <translation>Erneut fragen ab (&amp;IDs):</translation>
    </message>
    <message>
        <source>Job-size limit</source>
        <translation>Auftragsgrenze</translation>
    </message>
    <message>
        <source>A job with more IDs than this asks one more question before the confirmation</source>
        <translation>Ein Auftrag mit mehr IDs als diesen stellt vor der Bestätigung eine weitere Frage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A new language is used from the next start of CallStop.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CallStop.</translation>
    </message>
    <message>
        <source>Phone number &amp;region:</source>
        <translation>&amp;Region der Telefonnummern:</translation>
    </message>
    <message>
        <source>Phone number region</source>
        <translation>Region der Telefonnummern</translation>
    </message>
    <message>
        <source>The country of phone numbers written without their country code</source>
        <translation>Das Land der Telefonnummern, die ohne Landesvorwahl geschrieben sind</translation>
    </message>
    <message>
        <source>IDs per re&amp;quest:</source>
        <translation>IDs &amp;pro Anfrage:</translation>
    </message>
    <message>
        <source>IDs per request</source>
        <translation>IDs pro Anfrage</translation>
    </message>
    <message>
        <source>How many call IDs each request carries (at most 100, the API&apos;s limit); fewer make a failed request cost fewer calls</source>
        <translation>Wie viele Anruf-IDs jede Anfrage trägt (höchstens 100, die Grenze der API); weniger lassen eine gescheiterte Anfrage weniger Anrufe kosten</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>How many requests a job sends at once</source>
        <translation>Wie viele Anfragen ein Auftrag gleichzeitig sendet</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles and Keys</source>
        <translation>Profile und Schlüssel</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ein Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Das Profil entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key from the dashboard</source>
        <translation>Den Schlüssel aus dem Dashboard einfügen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Den Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted in addition to the system&apos;s, for a TLS-inspecting proxy</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird, für einen TLS-prüfenden Proxy</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Keine: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Die CA-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Empty for the system&apos;s proxy settings, direct for none, or http://host:port or socks5://host:port</source>
        <translation>Leer für die Proxy-Einstellungen des Systems, direct für keinen, oder http://host:port oder socks5://host:port</translation>
    </message>
    <message>
        <source>System settings (or: direct, http://host:port, socks5://host:port)</source>
        <translation>Systemeinstellungen (oder: direct, http://host:port, socks5://host:port)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the profile and key</source>
        <translation>Profil und Schlüssel speichern</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the stored key</source>
        <translation>Den gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation>Wo Schlüssel aufbewahrt werden</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The profiles: Production, the built-in Sandbox and those added here</source>
        <translation>Die Profile: Produktion, die eingebaute Sandbox und die hier hinzugefügten</translation>
    </message>
    <message>
        <source>Adds a profile with its own name and base URL</source>
        <translation>Fügt ein Profil mit eigenem Namen und eigener Basis-URL hinzu</translation>
    </message>
    <message>
        <source>Removes the selected profile and forgets its key</source>
        <translation>Entfernt das ausgewählte Profil und vergisst seinen Schlüssel</translation>
    </message>
    <message>
        <source>The name shown in the profile list and the banner</source>
        <translation>Der in der Profilliste und im Banner angezeigte Name</translation>
    </message>
    <message>
        <source>The base URL of the API, such as https://prod-api.revenueable.ai/ca/api/v0</source>
        <translation>Die Basis-URL der API, etwa https://prod-api.revenueable.ai/ca/api/v0</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the key being typed</source>
        <translation>Zeigt oder verbirgt die Zeichen des getippten Schlüssels</translation>
    </message>
    <message>
        <source>Opens a file chooser for the extra CA file</source>
        <translation>Öffnet eine Dateiauswahl für die zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>Saves the profile, its network settings and the key typed</source>
        <translation>Speichert das Profil, seine Netzwerkeinstellungen und den getippten Schlüssel</translation>
    </message>
    <message>
        <source>Deletes the stored key of the profile from the keychain</source>
        <translation>Löscht den gespeicherten Schlüssel des Profils aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Asks the server for the workspace with this key, to check the URL, key and network</source>
        <translation>Fragt den Server mit diesem Schlüssel nach dem Arbeitsbereich, um URL, Schlüssel und Netzwerk zu prüfen</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Operator console to stop calls of AI phone campaigns.</source>
        <translation>Bedienkonsole zum Beenden von Anrufen von KI-Telefonkampagnen.</translation>
    </message>
    <message>
        <source>A CSV export to import, or a text file of call IDs to load.</source>
        <translation>Ein CSV-Export zum Importieren oder eine Textdatei mit Anruf-IDs zum Laden.</translation>
    </message>
</context>
<context>
    <name>callstop::ApiCall</name>
    <message>
        <source>%1 (through the proxy %2:%3)</source>
        <translation>%1 (über den Proxy %2:%3)</translation>
    </message>
</context>
<context>
    <name>callstop::ApiClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: the key would travel unencrypted. Use https.</source>
        <translation>Unverschlüsseltes http wird für %1 abgelehnt: der Schlüssel würde unverschlüsselt übertragen. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>The URL scheme &apos;%1&apos; is not supported; use https.</source>
        <translation>Das URL-Schema „%1“ wird nicht unterstützt; verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>callstop::ApiError</name>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>Unprocessable Entity</source>
        <translation>Nicht verarbeitbarer Inhalt</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The API key was refused; it may have been regenerated in the dashboard.</source>
        <translation>Der API-Schlüssel wurde abgelehnt; er wurde vielleicht im Dashboard neu erzeugt.</translation>
    </message>
    <message>
        <source>The API key is valid but not allowed to do this.</source>
        <translation>Der API-Schlüssel ist gültig, darf dies aber nicht.</translation>
    </message>
    <message>
        <source>The server is limiting the request rate.</source>
        <translation>Der Server begrenzt die Anfragerate.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>The request timed out: no complete answer arrived in time.</source>
        <translation>Zeitüberschreitung: keine vollständige Antwort kam rechtzeitig an.</translation>
    </message>
    <message>
        <source>The server refused the connection; is the address right and the service running?</source>
        <translation>Der Server hat die Verbindung abgelehnt; stimmt die Adresse und läuft der Dienst?</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found; check the base URL and the network.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden; prüfen Sie die Basis-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Zeitüberschreitung der Verbindung.</translation>
    </message>
    <message>
        <source>The request was aborted before an answer arrived.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor eine Antwort ankam.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>sein Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>its certificate is not valid yet (is this computer&apos;s clock right?)</source>
        <translation>sein Zertifikat ist noch nicht gültig (geht die Uhr dieses Computers richtig?)</translation>
    </message>
    <message>
        <source>its certificate is for another host name</source>
        <translation>sein Zertifikat gilt für einen anderen Hostnamen</translation>
    </message>
    <message>
        <source>its certificate is issued by an authority this computer does not trust (behind a corporate proxy, add the proxy&apos;s CA to the profile)</source>
        <translation>sein Zertifikat stammt von einer Stelle, der dieser Computer nicht vertraut (hinter einem Firmen-Proxy die CA des Proxys zum Profil hinzufügen)</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>sein Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>The answer was announced as %1 bytes, more than the %2 an answer of the API can be; it was abandoned unread, so no complete answer arrived.</source>
        <translation>Die Antwort wurde mit %1 Bytes angekündigt, mehr als die %2, die eine Antwort der API haben kann; sie wurde ungelesen verworfen, es kam also keine vollständige Antwort an.</translation>
    </message>
    <message>
        <source>The answer grew longer than the %1 an answer of the API can be; it was abandoned, so no complete answer arrived.</source>
        <translation>Die Antwort wurde länger als die %1, die eine Antwort der API haben kann; sie wurde verworfen, es kam also keine vollständige Antwort an.</translation>
    </message>
    <message>
        <source>The request timed out: no complete answer within %1 ms.</source>
        <translation>Zeitüberschreitung der Anfrage: keine vollständige Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, a redirect; redirects are not followed, so that the key goes to the configured host only. Check the base URL.</source>
        <translation>Der Server antwortete HTTP %1, eine Umleitung; Umleitungen werden nicht verfolgt, damit der Schlüssel nur an den eingestellten Host geht. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, a redirect to %2; redirects are not followed, so that the key goes to the configured host only. Check the base URL.</source>
        <translation>Der Server antwortete HTTP %1, eine Umleitung nach %2; Umleitungen werden nicht verfolgt, damit der Schlüssel nur an den eingestellten Host geht. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Inhalt</translation>
    </message>
    <message>
        <source>an HTML page: probably a proxy or captive portal login, or a wrong base URL</source>
        <translation>eine HTML-Seite: wahrscheinlich die Anmeldung eines Proxys oder Captive Portals, oder eine falsche Basis-URL</translation>
    </message>
    <message>
        <source>JSON of another shape</source>
        <translation>JSON anderer Form</translation>
    </message>
    <message>
        <source>text that is not JSON</source>
        <translation>Text, der kein JSON ist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1, content type %2), not the API&apos;s answer: %3.</source>
        <translation>Unerwartete Antwort (HTTP %1, Inhaltstyp %2), nicht die Antwort der API: %3.</translation>
    </message>
    <message>
        <source>Excerpt: &quot;%1&quot;.</source>
        <translation>Auszug: „%1“.</translation>
    </message>
</context>
<context>
    <name>callstop::AuditDialog</name>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Export Audit Records</source>
        <translation>Prüfeinträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>callstop::AuditLog</name>
    <message>
        <source>writing the audit log %1 failed: %2</source>
        <translation>das Schreiben des Prüfprotokolls %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>syncing the audit log %1 failed: %2</source>
        <translation>das Synchronisieren des Prüfprotokolls %1 auf die Festplatte ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>writing the audit log %1 failed: %2 (fault injected by %3)</source>
        <translation>das Schreiben des Prüfprotokolls %1 ist fehlgeschlagen: %2 (Fehler eingespeist durch %3)</translation>
    </message>
    <message>
        <source>Sent, no answer: in flight when CallStop stopped (or still in flight); it may have been applied</source>
        <translation>Gesendet, keine Antwort: unterwegs, als CallStop endete (oder noch unterwegs); vielleicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>callstop::AuditRecordModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>callstop::BatchListModel</name>
    <message>
        <source>Sending (attempt %1)</source>
        <translation>Wird gesendet (Versuch %1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Attempt %1 in %2 s: %3</source>
        <translation>Versuch %1 in %2 s: %3</translation>
    </message>
</context>
<context>
    <name>callstop::BatchOutcomes</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Nothing terminable</source>
        <translation>Nichts zu beenden</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: may have been applied</source>
        <translation>Unbekannt: vielleicht ausgeführt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unexpected answer: may have been applied</source>
        <translation>Unerwartete Antwort: vielleicht ausgeführt</translation>
    </message>
    <message>
        <source>Probably applied by an earlier attempt</source>
        <translation>Wahrscheinlich von einem früheren Versuch ausgeführt</translation>
    </message>
</context>
<context>
    <name>callstop::CallListModel</name>
    <message>
        <source>Call ID</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Schon in der Liste</translation>
    </message>
    <message>
        <source>Line %1 repeats line %2</source>
        <translation>Zeile %1 wiederholt Zeile %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Found as</source>
        <translation>Gefunden als</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>State: %1. %2</source>
        <translation>Status: %1. %2</translation>
    </message>
</context>
<context>
    <name>callstop::ConfirmDialog</name>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n call(s)</source>
        <translation>
            <numerusform>%n Anruf beenden</numerusform>
            <numerusform>%n Anrufe beenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n batch(es) of at most 100.</source>
        <translation>
            <numerusform> in %n Stapel zu höchstens 100.</numerusform>
            <numerusform> in %n Stapeln zu höchstens 100.</numerusform>
        </translation>
    </message>
    <message>
        <source> This is the sandbox: no real call is affected.</source>
        <translation> Dies ist die Sandbox: kein echter Anruf ist betroffen.</translation>
    </message>
    <message>
        <source> These are real calls of your workspace.</source>
        <translation> Dies sind echte Anrufe Ihres Arbeitsbereichs.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The first call IDs that will be sent</source>
        <translation>Die ersten Anruf-IDs, die gesendet werden</translation>
    </message>
    <message>
        <source>Type the number of calls (%1) to confirm:</source>
        <translation>Tippen Sie die Anzahl der Anrufe (%1) zur Bestätigung:</translation>
    </message>
    <message>
        <source>Type %1 to enable the Terminate button</source>
        <translation>Tippen Sie %1, um die Schaltfläche „Beenden“ freizugeben</translation>
    </message>
    <message>
        <source>Sends the calls to the server to be terminated; this cannot be undone</source>
        <translation>Sendet die Anrufe zum Beenden an den Server; dies kann nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>callstop::CsvImportDialog</name>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>The first rows of the file; the call-ID column is highlighted and cells that are not call IDs are marked with a cross</source>
        <translation>Die ersten Zeilen der Datei; die Anruf-ID-Spalte ist hervorgehoben und Zellen, die keine Anruf-IDs sind, sind mit einem Kreuz markiert</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose the column…</source>
        <translation>Spalte wählen…</translation>
    </message>
    <message>
        <source>%1 (%2% call IDs)</source>
        <translation>%1 (%2 % Anruf-IDs)</translation>
    </message>
    <message>
        <source>Several columns hold UUIDs and no header names the call IDs. Choose the column: an agent or list column would stop the wrong calls, or none.</source>
        <translation>Mehrere Spalten enthalten UUIDs, und keine Kopfzeile benennt die Anruf-IDs. Wählen Sie die Spalte: eine Agenten- oder Listenspalte würde die falschen Anrufe beenden oder keine.</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation>%1, wie gewählt</translation>
    </message>
    <message>
        <source>Choose the call-ID column to count what the file holds.</source>
        <translation>Wählen Sie die Anruf-ID-Spalte, um zu zählen, was die Datei enthält.</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Die ganze Datei wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 call IDs, %2 duplicates, %3 not valid, %4 empty, in %5 rows.</source>
        <translation>%1 Anruf-IDs, %2 Duplikate, %3 ungültig, %4 leer, in %5 Zeilen.</translation>
    </message>
    <message>
        <source>First not valid: line %1, &quot;%2&quot; (%3).</source>
        <translation>Erste ungültige: Zeile %1, „%2“ (%3).</translation>
    </message>
    <message>
        <source>Adds the call IDs of the chosen column to the list</source>
        <translation>Fügt die Anruf-IDs der gewählten Spalte zur Liste hinzu</translation>
    </message>
</context>
<context>
    <name>callstop::CsvImporter</name>
    <message>
        <source>encoding %1%2, separator &apos;%3&apos;, header %4</source>
        <translation>Kodierung %1%2, Trennzeichen „%3“, Kopfzeile %4</translation>
    </message>
    <message>
        <source> (BOM)</source>
        <translation> (BOM)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the file has no header, so no column is named &apos;%1&apos;; give its number</source>
        <translation>die Datei hat keine Kopfzeile, daher heißt keine Spalte „%1“; geben Sie ihre Nummer an</translation>
    </message>
    <message>
        <source>no column is named &apos;%1&apos;</source>
        <translation>keine Spalte heißt „%1“</translation>
    </message>
    <message numerus="yes">
        <source>there is no column %1; the file has %n column(s)</source>
        <translation>
            <numerusform>es gibt keine Spalte %1; die Datei hat %n Spalte</numerusform>
            <numerusform>es gibt keine Spalte %1; die Datei hat %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>not a call ID</source>
        <translation>keine Anruf-ID</translation>
    </message>
</context>
<context>
    <name>callstop::CsvOutput</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>callstop::CsvPreviewModel</name>
    <message>
        <source>Not a call ID: %1</source>
        <translation>Keine Anruf-ID: %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 (call IDs)</source>
        <translation>%1 (Anruf-IDs)</translation>
    </message>
</context>
<context>
    <name>callstop::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a field is longer than %1 KiB; this is not a list of calls</source>
        <translation>ein Feld ist länger als %1 KiB; dies ist keine Liste von Anrufen</translation>
    </message>
    <message>
        <source>a quoted field that starts here is longer than %1 KiB</source>
        <translation>ein hier beginnendes Feld in Anführungszeichen ist länger als %1 KiB</translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is never closed</source>
        <translation>ein in dieser Zeile beginnendes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>callstop::FindDialog</name>
    <message>
        <source>Find Calls — %1</source>
        <translation>Anrufe finden — %1</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Only calls not connected yet (registered, retry) can be terminated.</source>
        <translation>Nur noch nicht verbundene Anrufe (registered, retry) können beendet werden.</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Jede Kampagne</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Jeder Agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>Any number; or numbers separated by commas or semicolons</source>
        <translation>Jede Nummer; oder Nummern, durch Kommas oder Semikolons getrennt</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Nummern:</translation>
    </message>
    <message>
        <source>Progress of the search</source>
        <translation>Fortschritt der Suche</translation>
    </message>
    <message>
        <source>Found calls are added to the list, to be reviewed and terminated from there.</source>
        <translation>Gefundene Anrufe werden der Liste hinzugefügt, um dort geprüft und beendet zu werden.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>%1 of %2 calls read…</source>
        <translation>%1 von %2 Anrufen gelesen…</translation>
    </message>
    <message>
        <source>%1 calls read…</source>
        <translation>%1 Anrufe gelesen…</translation>
    </message>
    <message>
        <source>%1 (%2, %3 not connected)</source>
        <translation>%1 (%2, %3 nicht verbunden)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The lists of campaigns and agents could not be read: %1</source>
        <translation>Die Listen der Kampagnen und Agenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;From&apos; is after &apos;To&apos;.</source>
        <translation>„Von“ liegt nach „Bis“.</translation>
    </message>
    <message>
        <source>Choose at least one status.</source>
        <translation>Wählen Sie mindestens einen Status.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the campaigns; choose one from the list.</source>
        <translation>„%1“ ist keine der Kampagnen; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the agents; choose one from the list.</source>
        <translation>„%1“ ist keiner der Agenten; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Cannot Find</source>
        <translation>Suche nicht möglich</translation>
    </message>
    <message>
        <source>Reading the call history…</source>
        <translation>Der Anrufverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>%1 calls found and added to the list; review them there, then terminate them.</source>
        <translation>%1 Anrufe gefunden und der Liste hinzugefügt; prüfen Sie sie dort und beenden Sie sie dann.</translation>
    </message>
    <message>
        <source>Stopped: %1 calls found until then are in the list.</source>
        <translation>Angehalten: Die %1 bis dahin gefundenen Anrufe stehen in der Liste.</translation>
    </message>
    <message>
        <source>%1 %2 calls found until then are in the list.</source>
        <translation>%1 Die %2 bis dahin gefundenen Anrufe stehen in der Liste.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The first moment of the calls&apos; creation to look at (your time zone)</source>
        <translation>Der früheste Erstellungszeitpunkt der gesuchten Anrufe (Ihre Zeitzone)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The last moment of the calls&apos; creation to look at (your time zone)</source>
        <translation>Der späteste Erstellungszeitpunkt der gesuchten Anrufe (Ihre Zeitzone)</translation>
    </message>
    <message>
        <source>Find the calls whose status is %1</source>
        <translation>Die Anrufe mit dem Status %1 finden</translation>
    </message>
    <message>
        <source>Only the calls of this campaign; type to search the workspace&apos;s campaigns</source>
        <translation>Nur die Anrufe dieser Kampagne; tippen Sie, um die Kampagnen des Arbeitsbereichs zu durchsuchen</translation>
    </message>
    <message>
        <source>Only the calls of this agent; type to search the workspace&apos;s agents</source>
        <translation>Nur die Anrufe dieses Agenten; tippen Sie, um die Agenten des Arbeitsbereichs zu durchsuchen</translation>
    </message>
    <message>
        <source>Only the calls to these numbers, in any usual form; national ones in the region %1</source>
        <translation>Nur die Anrufe an diese Nummern, in jeder üblichen Schreibweise; nationale Nummern in der Region %1</translation>
    </message>
    <message>
        <source>Calls read from the call history so far</source>
        <translation>Bisher aus dem Anrufverlauf gelesene Anrufe</translation>
    </message>
    <message>
        <source>Read the call history with these filters and add the calls to the list</source>
        <translation>Den Anrufverlauf mit diesen Filtern lesen und die Anrufe der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Stop reading; the calls found until then stay in the list</source>
        <translation>Das Lesen anhalten; die bis dahin gefundenen Anrufe bleiben in der Liste</translation>
    </message>
    <message>
        <source>Close, and stop reading if a search is running</source>
        <translation>Schließen und eine laufende Suche anhalten</translation>
    </message>
</context>
<context>
    <name>callstop::IdColumnChooser</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>Spalte %1 „%2“</translation>
    </message>
    <message>
        <source>%1 (%2% call IDs)</source>
        <translation>%1 (%2 % Anruf-IDs)</translation>
    </message>
    <message>
        <source>%1, chosen by its header</source>
        <translation>%1, nach ihrer Kopfzeile gewählt</translation>
    </message>
    <message>
        <source>%1, the only column with call IDs (%2%)</source>
        <translation>%1, die einzige Spalte mit Anruf-IDs (%2 %)</translation>
    </message>
    <message>
        <source>several columns hold UUIDs and no header names the call-ID column: %1</source>
        <translation>mehrere Spalten enthalten UUIDs, und keine Kopfzeile benennt die Anruf-ID-Spalte: %1</translation>
    </message>
    <message>
        <source>no column holds call IDs</source>
        <translation>keine Spalte enthält Anruf-IDs</translation>
    </message>
</context>
<context>
    <name>callstop::IdExtractor</name>
    <message>
        <source>an ID joined to other letters, digits or dashes; separate it to use it</source>
        <translation>eine ID, die an andere Buchstaben, Ziffern oder Bindestriche grenzt; trennen Sie sie ab, um sie zu verwenden</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;, which is not a hexadecimal digit</source>
        <translation>enthält „%1“, das keine Hexadezimalziffer ist</translation>
    </message>
    <message>
        <source>32 hexadecimal digits without dashes; call IDs are written 8-4-4-4-12</source>
        <translation>32 Hexadezimalziffern ohne Bindestriche; Anruf-IDs werden 8-4-4-4-12 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>not in the 8-4-4-4-12 form of a call ID (%n characters)</source>
        <translation>
            <numerusform>nicht in der Form 8-4-4-4-12 einer Anruf-ID (%n Zeichen)</numerusform>
            <numerusform>nicht in der Form 8-4-4-4-12 einer Anruf-ID (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::InputController</name>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Looking for call IDs…</source>
        <translation>Anruf-IDs werden gesucht…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV and text exports (*.csv *.tsv *.txt *.tab);;All files (*)</source>
        <translation>CSV- und Text-Exporte (*.csv *.tsv *.txt *.tab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot Import File</source>
        <translation>Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>Adding the rows…</source>
        <translation>Die Zeilen werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding the rows of %1…</source>
        <translation>Die Zeilen von %1 werden hinzugefügt…</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s)</source>
        <translation>
            <numerusform>, %n Duplikat</numerusform>
            <numerusform>, %n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation>
            <numerusform>, %n ungültig</numerusform>
            <numerusform>, %n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>No call ID found.</source>
        <translation>Keine Anruf-ID gefunden.</translation>
    </message>
    <message>
        <source> (see the Detail column of Duplicate and Invalid rows)</source>
        <translation> (siehe die Spalte Detail der Zeilen Duplikat und Ungültig)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Pasted Table</source>
        <translation>Eingefügte Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid and already in the list</source>
        <translation>
            <numerusform>, %n ungültig und schon in der Liste</numerusform>
            <numerusform>, %n ungültig und schon in der Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstop::JobBanner</name>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <source>Copy Failed &amp;IDs</source>
        <translation>Fehlgeschlagene &amp;IDs kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport Results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Result of the job</source>
        <translation>Ergebnis des Auftrags</translation>
    </message>
    <message>
        <source>Send the failed and unknown calls again, after a confirmation</source>
        <translation>Die fehlgeschlagenen und unbekannten Anrufe nach einer Bestätigung erneut senden</translation>
    </message>
    <message>
        <source>Copy the failed and unknown call IDs to the clipboard</source>
        <translation>Die fehlgeschlagenen und unbekannten Anruf-IDs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Write every row with its state to a CSV file</source>
        <translation>Jede Zeile mit ihrem Status in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the result</source>
        <translation>Das Ergebnis ausblenden</translation>
    </message>
</context>
<context>
    <name>callstop::JobController</name>
    <message>
        <source>%v of %m batches</source>
        <translation>%v von %m Stapeln</translation>
    </message>
    <message>
        <source>Cannot Send</source>
        <translation>Senden nicht möglich</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>The keychain has not answered yet; try again in a moment.</source>
        <translation>Der Schlüsselbund hat noch nicht geantwortet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No API Key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>There is no API key for the profile %1. Enter it in Settings › Profiles and Keys.</source>
        <translation>Für das Profil %1 gibt es keinen API-Schlüssel. Geben Sie ihn unter Einstellungen › Profile und Schlüssel ein.</translation>
    </message>
    <message>
        <source>Profile %1: %2. Correct it in Settings › Profiles and Keys.</source>
        <translation>Profil %1: %2. Korrigieren Sie es unter Einstellungen › Profile und Schlüssel.</translation>
    </message>
    <message>
        <source>Very Large Job</source>
        <translation>Sehr großer Auftrag</translation>
    </message>
    <message>
        <source>The list holds %1 calls to terminate, more than the limit of %2 set in Settings › Preferences.

Continue only if all of them are meant to be stopped.</source>
        <translation>Die Liste enthält %1 zu beendende Anrufe, mehr als die unter Einstellungen › CallStop einrichten gesetzte Grenze von %2.

Fahren Sie nur fort, wenn alle beendet werden sollen.</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Fortfahren…</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>The job&apos;s journal cannot be written, so the job was not started: %1</source>
        <translation>Das Journal des Auftrags kann nicht geschrieben werden, daher wurde der Auftrag nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again</source>
        <translation>Versuch %1 fehlgeschlagen (%2); neuer Versuch</translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n call(s) on %1…</source>
        <translation>
            <numerusform>%n Anruf wird auf %1 beendet…</numerusform>
            <numerusform>%n Anrufe werden auf %1 beendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unknown ID(s) copied</source>
        <translation>
            <numerusform>%n fehlgeschlagene oder unbekannte ID kopiert</numerusform>
            <numerusform>%n fehlgeschlagene oder unbekannte IDs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Ergebnisse nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Batch accepted; checking the call…</source>
        <translation>Stapel angenommen; der Anruf wird geprüft…</translation>
    </message>
    <message>
        <source>Batch accepted (calls already connected or finished are not affected)</source>
        <translation>Stapel angenommen (schon verbundene oder beendete Anrufe sind nicht betroffen)</translation>
    </message>
    <message>
        <source>Stopped: the API key was refused. Nothing more was sent.</source>
        <translation>Angehalten: der API-Schlüssel wurde abgelehnt. Es wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Cancelled: batches in flight finished, the others were not sent.</source>
        <translation>Abgebrochen: laufende Stapel wurden abgeschlossen, die anderen nicht gesendet.</translation>
    </message>
    <message>
        <source>Aborted: batches in flight may or may not have been applied (sending them again is safe).</source>
        <translation>Sofort abgebrochen: laufende Stapel wurden vielleicht ausgeführt (erneutes Senden ist sicher).</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>%1 terminated, %2 not terminable, %3 failed, %4 unknown, %5 not sent.</source>
        <translation>%1 beendet, %2 nicht beendbar, %3 fehlgeschlagen, %4 unbekannt, %5 nicht gesendet.</translation>
    </message>
    <message>
        <source>CallStop: job ended</source>
        <translation>CallStop: Auftrag beendet</translation>
    </message>
    <message>
        <source>Journal Not Written</source>
        <translation>Journal nicht geschrieben</translation>
    </message>
    <message>
        <source>Audit Log Not Written</source>
        <translation>Prüfprotokoll nicht geschrieben</translation>
    </message>
    <message>
        <source>API Key Refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the key of the profile %1: %2

The key may have been regenerated in the dashboard. Nothing more was sent; the calls that were not sent stay in the list. Enter the new key to send them.</source>
        <translation>Der Server hat den Schlüssel des Profils %1 abgelehnt: %2

Der Schlüssel wurde vielleicht im Dashboard neu erzeugt. Es wurde nichts mehr gesendet; die nicht gesendeten Anrufe bleiben in der Liste. Geben Sie den neuen Schlüssel ein, um sie zu senden.</translation>
    </message>
    <message>
        <source>&amp;Enter New Key…</source>
        <translation>Neuen Schlüssel &amp;eingeben…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Send the Remaining Calls?</source>
        <translation>Die übrigen Anrufe senden?</translation>
    </message>
    <message numerus="yes">
        <source>The new key is saved. Send the %n call(s) that the refused job did not send?</source>
        <translation>
            <numerusform>Der neue Schlüssel ist gespeichert. Den %n Anruf senden, den der abgelehnte Auftrag nicht gesendet hat?</numerusform>
            <numerusform>Der neue Schlüssel ist gespeichert. Die %n Anrufe senden, die der abgelehnte Auftrag nicht gesendet hat?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording failed: nothing was sent after that; batches in flight finished, the others were not sent.</source>
        <translation>Aufzeichnung fehlgeschlagen: danach wurde nichts mehr gesendet; laufende Stapel wurden abgeschlossen, die anderen nicht gesendet.</translation>
    </message>
    <message>
        <source>Job Records Not Written</source>
        <translation>Aufzeichnungen des Auftrags nicht geschrieben</translation>
    </message>
    <message>
        <source>A job is running; wait for it to end.</source>
        <translation>Ein Auftrag läuft; warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>The profile changed since the termination was confirmed; nothing was sent. Confirm it again on %1.</source>
        <translation>Das Profil hat sich seit der Bestätigung geändert; nichts wurde gesendet. Bestätigen Sie erneut auf %1.</translation>
    </message>
    <message>
        <source>Sending: %1 On %2.</source>
        <translation>Wird gesendet: %1 Auf %2.</translation>
    </message>
    <message>
        <source>Done, with failures.</source>
        <translation>Fertig, mit Fehlern.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 request(s) accepted, %3 with nothing terminable, %4 failed, %5 unknown, %6 not sent.</source>
        <translation>
            <numerusform>%1 von %2 Anfrage angenommen, %3 ohne Beendbares, %4 fehlgeschlagen, %5 unbekannt, %6 nicht gesendet.</numerusform>
            <numerusform>%1 von %2 Anfragen angenommen, %3 ohne Beendbares, %4 fehlgeschlagen, %5 unbekannt, %6 nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this scope was still terminable.</source>
        <translation>In diesem Umfang war nichts mehr beendbar.</translation>
    </message>
    <message>
        <source>The effect is not known: the calls could not be counted before.</source>
        <translation>Die Wirkung ist unbekannt: die Anrufe konnten vorher nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Effect: %1.</source>
        <translation>Wirkung: %1.</translation>
    </message>
    <message>
        <source>The effect could not be measured: %1</source>
        <translation>Die Wirkung konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Counting the calls of the scope again to measure the effect…</source>
        <translation>Die Anrufe des Umfangs werden erneut gezählt, um die Wirkung zu messen…</translation>
    </message>
    <message>
        <source>%v of %m steps (batches and call checks)</source>
        <translation>%v von %m Schritten (Stapel und Anrufprüfungen)</translation>
    </message>
    <message numerus="yes">
        <source>%n probably applied by an earlier attempt.</source>
        <translation>
            <numerusform>%n wahrscheinlich durch einen früheren Versuch ausgeführt.</numerusform>
            <numerusform>%n wahrscheinlich durch einen früheren Versuch ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch accepted; the call was not checked (the job stopped first)</source>
        <translation>Stapel angenommen; der Anruf wurde nicht geprüft (der Auftrag endete vorher)</translation>
    </message>
</context>
<context>
    <name>callstop::JobJournal</name>
    <message>
        <source>the job of %1 is running in another process</source>
        <translation>der Auftrag von %1 läuft in einem anderen Prozess</translation>
    </message>
    <message>
        <source>cannot create the journal %1: %2</source>
        <translation>das Journal %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write to the journal %1: %2</source>
        <translation>in das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing the journal %1 failed: %2</source>
        <translation>das Schreiben des Journals %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CallStop journal (no job header)</source>
        <translation>%1 ist kein CallStop-Journal (kein Auftragskopf)</translation>
    </message>
    <message>
        <source>syncing the journal %1 failed: %2</source>
        <translation>das Synchronisieren des Journals %1 auf die Festplatte ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer CallStop (journal version %2, scope &apos;%3&apos;)</source>
        <translation>%1 wurde von einem neueren CallStop geschrieben (Journal-Version %2, Bereich &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>writing the journal %1 failed: %2 (fault injected by %3)</source>
        <translation>das Schreiben des Journals %1 ist fehlgeschlagen: %2 (Fehler eingespeist durch %3)</translation>
    </message>
</context>
<context>
    <name>callstop::JobSession</name>
    <message>
        <source>The journal was written for %1, but %2 sends to %3. Nothing was sent: the key goes only to the URL of the profile that holds it, never to one a file names. If the job is meant for %1, resume it with a profile (or a confirmed URL) for %1.</source>
        <translation>Das Journal wurde für %1 geschrieben, aber %2 sendet an %3. Es wurde nichts gesendet: Der Schlüssel geht nur an die URL des Profils, in dem er gespeichert ist, nie an eine URL aus einer Datei. Wenn der Auftrag für %1 bestimmt ist, setzen Sie ihn mit einem Profil (oder einer bestätigten URL) für %1 fort.</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>Recording failed: %1. Nothing was sent after that; the batches in flight were finished and their outcome is shown here, but it may be missing from the journal. Batches not sent stay not sent. Free the disk or fix the file, then resume the job from %2: it sends again what the journal does not show as confirmed, which is safe.</source>
        <translation>Aufzeichnung fehlgeschlagen: %1. Danach wurde nichts mehr gesendet; die laufenden Stapel wurden abgeschlossen und ihr Ergebnis wird hier gezeigt, fehlt aber womöglich im Journal. Nicht gesendete Stapel bleiben nicht gesendet. Schaffen Sie Platz auf dem Datenträger oder beheben Sie das Problem mit der Datei und setzen Sie den Auftrag dann aus %2 fort: Dabei wird erneut gesendet, was das Journal nicht als bestätigt zeigt, und das ist unbedenklich.</translation>
    </message>
</context>
<context>
    <name>callstop::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>callstop::LookupReader</name>
    <message>
        <source>The page at offset %1 was not read: %2</source>
        <translation>Die Seite bei Offset %1 wurde nicht gelesen: %2</translation>
    </message>
    <message>
        <source>The page at offset %1 is not the API&apos;s answer: %2</source>
        <translation>Die Seite bei Offset %1 ist nicht die Antwort der API: %2</translation>
    </message>
    <message>
        <source>Stopped at %1 records, the most one reading takes; narrow the dates or the filters.</source>
        <translation>Bei %1 Datensätzen angehalten, dem Höchstwert eines Lesevorgangs; grenzen Sie den Zeitraum oder die Filter ein.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>callstop::MainWindow</name>
    <message>
        <source>Every pasted call ID with its state, batch and detail</source>
        <translation>Jede eingefügte Anruf-ID mit Status, Stapel und Detail</translation>
    </message>
    <message>
        <source>One row per request sent to the server</source>
        <translation>Eine Zeile pro an den Server gesendeter Anfrage</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Add the call IDs of one column of a CSV export</source>
        <translation>Die Anruf-IDs einer Spalte eines CSV-Exports hinzufügen</translation>
    </message>
    <message>
        <source>Add the call IDs found in the clipboard</source>
        <translation>Die Anruf-IDs aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
    <message>
        <source>Remove every row</source>
        <translation>Alle Zeilen entfernen</translation>
    </message>
    <message>
        <source>Terminate every Ready call, after a confirmation</source>
        <translation>Jeden bereiten Anruf nach einer Bestätigung beenden</translation>
    </message>
    <message>
        <source>Send nothing more; batches in flight finish</source>
        <translation>Nichts mehr senden; laufende Stapel werden abgeschlossen</translation>
    </message>
    <message>
        <source>Also abort the batches in flight; their outcome becomes unknown</source>
        <translation>Auch die laufenden Stapel abbrechen; ihr Ergebnis wird unbekannt</translation>
    </message>
    <message>
        <source>Profiles, API keys and connection test</source>
        <translation>Profile, API-Schlüssel und Verbindungstest</translation>
    </message>
    <message>
        <source>No call IDs yet: paste them (Ctrl+V) or drop text here.</source>
        <translation>Noch keine Anruf-IDs: einfügen (Strg+V) oder Text hierher ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n row(s)?</source>
        <translation>
            <numerusform>Die %n Zeile entfernen?</numerusform>
            <numerusform>Alle %n Zeilen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>What Terminating Does</source>
        <translation>Was Beenden bewirkt</translation>
    </message>
    <message>
        <source>Terminating stops calls that have not connected yet (status registered or retry): they end as cancelled and are not dialled.

A call already in progress is NOT hung up by the API; it is only kept from being retried. Calls that already finished are not affected.

The server answers per batch of up to 100 IDs, not per call. With &quot;Check each call&apos;s status afterwards&quot;, CallStop asks the server for the status of every call of an accepted batch and shows it per row.

Terminating cannot be undone. Sending the same IDs again is harmless.</source>
        <translation>Beenden stoppt Anrufe, die noch nicht verbunden sind (Status registered oder retry): sie enden als abgebrochen und werden nicht gewählt.

Ein bereits laufender Anruf wird von der API NICHT aufgelegt; er wird nur nicht erneut versucht. Bereits beendete Anrufe sind nicht betroffen.

Der Server antwortet pro Stapel von bis zu 100 IDs, nicht pro Anruf. Mit „Danach den Status jedes Anrufs prüfen“ fragt CallStop den Server nach dem Status jedes Anrufs eines angenommenen Stapels und zeigt ihn pro Zeile.

Beenden kann nicht rückgängig gemacht werden. Dieselben IDs erneut zu senden ist unschädlich.</translation>
    </message>
    <message>
        <source>About CallStop</source>
        <translation>Über CallStop</translation>
    </message>
    <message>
        <source>&lt;b&gt;CallStop %1&lt;/b&gt;&lt;p&gt;An operator console to stop calls of AI phone campaigns through the Revenueable AI API, in batches, with a built-in sandbox.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD) and cpp-httplib (MIT).&lt;/p&gt;</source>
        <translation>&lt;b&gt;CallStop %1&lt;/b&gt;&lt;p&gt;Eine Bedienkonsole, um Anrufe von KI-Telefonkampagnen über die Revenueable-AI-API zu beenden, in Stapeln, mit eingebauter Sandbox.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPLv3), QtKeychain (BSD) und cpp-httplib (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A Job Is Running</source>
        <translation>Ein Auftrag läuft</translation>
    </message>
    <message>
        <source>Batches are still being sent. Quit anyway? Batches in flight may or may not be applied.</source>
        <translation>Es werden noch Stapel gesendet. Trotzdem beenden? Laufende Stapel werden vielleicht ausgeführt.</translation>
    </message>
    <message>
        <source>Find Calls</source>
        <translation>Anrufe finden</translation>
    </message>
    <message>
        <source>The profile %1 has no key yet. Enter it in Settings › Profiles and Keys.</source>
        <translation>Das Profil %1 hat noch keinen Schlüssel. Geben Sie ihn unter Einstellungen › Profile und Schlüssel ein.</translation>
    </message>
    <message>
        <source>%1 found calls added, %2 already in the list.</source>
        <translation>%1 gefundene Anrufe hinzugefügt, %2 schon in der Liste.</translation>
    </message>
    <message>
        <source>Find &amp;Calls…</source>
        <translation>Anrufe &amp;finden…</translation>
    </message>
    <message>
        <source>Find calls in the call history by date, status, campaign, agent or number</source>
        <translation>Anrufe im Anrufverlauf nach Datum, Status, Kampagne, Agent oder Nummer finden</translation>
    </message>
    <message>
        <source>Stop Calls</source>
        <translation>Anrufe beenden</translation>
    </message>
    <message>
        <source>Stop by &amp;Number, Campaign or Agent…</source>
        <translation>Nach &amp;Nummer, Kampagne oder Agent beenden…</translation>
    </message>
    <message>
        <source>Stop the calls to phone numbers, of a whole campaign or of an agent, after a typed confirmation</source>
        <translation>Die Anrufe an Telefonnummern, einer ganzen Kampagne oder eines Agenten nach einer getippten Bestätigung beenden</translation>
    </message>
    <message>
        <source>Language, the job-size limit and the region of phone numbers</source>
        <translation>Sprache, Auftragsgrößen-Grenze und Region der Telefonnummern</translation>
    </message>
</context>
<context>
    <name>callstop::NetworkSetup</name>
    <message>
        <source>the proxy &apos;%1&apos; is not of the form http://host:port, socks5://host:port or &apos;direct&apos;</source>
        <translation>der Proxy „%1“ hat nicht die Form http://host:port, socks5://host:port oder „direct“</translation>
    </message>
    <message>
        <source>the proxy address %1 holds a password; CallStop does not keep proxy passwords: use the system&apos;s proxy settings for a proxy that needs one</source>
        <translation>die Proxy-Adresse %1 enthält ein Passwort; CallStop speichert keine Proxy-Passwörter: verwenden Sie für einen solchen Proxy die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>the proxy &apos;%1&apos; names no port</source>
        <translation>der Proxy „%1“ nennt keinen Port</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA file %1 is larger than 16 MiB; it is not a certificate bundle</source>
        <translation>die CA-Datei %1 ist größer als 16 MiB; sie ist keine Zertifikatsammlung</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>%1, extra CA file %2</source>
        <translation>%1, zusätzliche CA-Datei %2</translation>
    </message>
</context>
<context>
    <name>callstop::PastedTable</name>
    <message>
        <source>The pasted table has several columns of UUIDs. Only the call IDs of %1 were taken; %2 were left out.</source>
        <translation>Die eingefügte Tabelle hat mehrere Spalten mit UUIDs. Nur die Anruf-IDs aus %1 wurden übernommen; %2 wurden ausgelassen.</translation>
    </message>
    <message>
        <source>The pasted table has several columns of UUIDs and no header names the call-ID column (%1). Nothing was taken: paste the call-ID column alone, or import the table as a CSV file and choose the column there.</source>
        <translation>Die eingefügte Tabelle hat mehrere Spalten mit UUIDs, und keine Kopfzeile benennt die Anruf-ID-Spalte (%1). Es wurde nichts übernommen: Fügen Sie nur die Anruf-ID-Spalte ein, oder importieren Sie die Tabelle als CSV-Datei und wählen Sie dort die Spalte.</translation>
    </message>
</context>
<context>
    <name>callstop::PhoneNumber</name>
    <message>
        <source>the value is empty, not a phone number</source>
        <translation>der Wert ist leer, keine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>&apos;%1&apos; ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short for a phone number</source>
        <translation>&apos;%1&apos; ist zu kurz für eine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short for a phone number of %2</source>
        <translation>&apos;%1&apos; ist zu kurz für eine Telefonnummer aus %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for a phone number</source>
        <translation>&apos;%1&apos; ist zu lang für eine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for a phone number of %2</source>
        <translation>&apos;%1&apos; ist zu lang für eine Telefonnummer aus %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a number of digits no phone number has</source>
        <translation>&apos;%1&apos; hat eine Ziffernzahl, die keine Telefonnummer hat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a number of digits no phone number of %2 has</source>
        <translation>&apos;%1&apos; hat eine Ziffernzahl, die keine Telefonnummer aus %2 hat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local number without its area code</source>
        <translation>&apos;%1&apos; ist eine Ortsnummer ohne Vorwahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local number of %2 without its area code</source>
        <translation>&apos;%1&apos; ist eine Ortsnummer aus %2 ohne Vorwahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with a known country calling code</source>
        <translation>&apos;%1&apos; beginnt nicht mit einer bekannten Landesvorwahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: write it with + and the country code, or set a default region</source>
        <translation>&apos;%1&apos; hat keine Landesvorwahl: schreiben Sie sie mit + und Landesvorwahl, oder legen Sie eine Standardregion fest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an extension; a campaign calls numbers without extensions</source>
        <translation>&apos;%1&apos; hat eine Durchwahl; eine Kampagne ruft Nummern ohne Durchwahl an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the length of a phone number, but no such number exists</source>
        <translation>&apos;%1&apos; hat die Länge einer Telefonnummer, aber eine solche Nummer gibt es nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the length of a phone number of %2, but no such number exists there</source>
        <translation>&apos;%1&apos; hat die Länge einer Telefonnummer aus %2, aber eine solche Nummer gibt es dort nicht</translation>
    </message>
</context>
<context>
    <name>callstop::PhoneRegions</name>
    <message>
        <source>non-geographic numbers</source>
        <translation>nicht geografische Nummern</translation>
    </message>
</context>
<context>
    <name>callstop::PreferencesDialog</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>This system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>callstop::ProfileController</name>
    <message>
        <source>Sandbox: a simulator on this computer. No real call is affected.</source>
        <translation>Sandbox: ein Simulator auf diesem Computer. Kein echter Anruf ist betroffen.</translation>
    </message>
    <message>
        <source>PRODUCTION: real calls of your workspace will be stopped.</source>
        <translation>PRODUKTION: echte Anrufe Ihres Arbeitsbereichs werden beendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CallStop – %1</source>
        <translation>CallStop – %1</translation>
    </message>
    <message>
        <source>To connect to production: Settings › Profiles and Keys, choose Production, paste your API key and save.</source>
        <translation>Zur Verbindung mit der Produktion: Einstellungen › Profile und Schlüssel, Produktion wählen, den API-Schlüssel einfügen und speichern.</translation>
    </message>
    <message>
        <source>No key for %1 yet: Settings › Profiles and Keys.</source>
        <translation>Noch kein Schlüssel für %1: Einstellungen › Profile und Schlüssel.</translation>
    </message>
    <message>
        <source>No keychain is available: keys are kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Schlüssel gelten nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>callstop::ProfileDialog</name>
    <message>
        <source>Keys are kept in the system keychain, never in a file.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No keychain is available: a key is kept for this session only and must be entered again after a restart. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar: ein Schlüssel gilt nur für diese Sitzung und muss nach einem Neustart erneut eingegeben werden. (%1)</translation>
    </message>
    <message>
        <source>The API key of the profile; it is stored in the keychain</source>
        <translation>Der API-Schlüssel des Profils; er wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Extra CA Certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The sandbox has its own key</source>
        <translation>Die Sandbox hat einen eigenen Schlüssel</translation>
    </message>
    <message>
        <source>A key is stored; type a new one to replace it</source>
        <translation>Ein Schlüssel ist gespeichert; tippen Sie einen neuen, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the key from the dashboard</source>
        <translation>Den Schlüssel aus dem Dashboard einfügen</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Der Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Key saved in the keychain.</source>
        <translation>Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Key kept for this session only.</source>
        <translation>Schlüssel nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The key could not be deleted: %1</source>
        <translation>Der Schlüssel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Key forgotten.</source>
        <translation>Schlüssel vergessen.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Connected to workspace &quot;%1&quot;; %2 credits.</source>
        <translation>Mit Arbeitsbereich „%1“ verbunden; %2 Guthaben.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Name des neuen Profils:</translation>
    </message>
    <message>
        <source>Base URL (https://…/ca/api/v0):</source>
        <translation>Basis-URL (https://…/ca/api/v0):</translation>
    </message>
</context>
<context>
    <name>callstop::ProfileStore</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>There is no profile %1.</source>
        <translation>Es gibt kein Profil %1.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed.</source>
        <translation>Eingebaute Profile können nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>callstop::ResumeOffer</name>
    <message>
        <source>Unfinished Job</source>
        <translation>Unvollendeter Auftrag</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Cannot Resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message>
        <source>The job ran on the profile %1, which has no key here (or is the sandbox, which was restarted). Enter its key in Settings › Profiles and Keys, then resume from Job › Resume.</source>
        <translation>Der Auftrag lief auf dem Profil %1, das hier keinen Schlüssel hat (oder die Sandbox ist, die neu gestartet wurde). Geben Sie seinen Schlüssel unter Einstellungen › Profile und Schlüssel ein und setzen Sie dann über Auftrag › Fortsetzen fort.</translation>
    </message>
    <message>
        <source>Clear the list first: the resumed calls fill it.</source>
        <translation>Leeren Sie zuerst die Liste: die fortgesetzten Anrufe füllen sie.</translation>
    </message>
    <message>
        <source>the profile %1</source>
        <translation>das Profil %1</translation>
    </message>
    <message>
        <source>not counted on resume</source>
        <translation>beim Fortsetzen nicht gezählt</translation>
    </message>
    <message>
        <source>A job started %1 on %2 by %3 did not finish.

%4 batches applied, %5 failed, %6 unknown (in flight when it stopped: they may have been applied), %7 never sent, %8 probably applied by an earlier attempt (not sent again).

Resume sends the unknown and unsent batches again; sending a batch twice is harmless.</source>
        <translation>Ein Auftrag, gestartet %1 auf %2 von %3, wurde nicht beendet.

%4 Stapel ausgeführt, %5 fehlgeschlagen, %6 unbekannt (beim Abbruch unterwegs: vielleicht ausgeführt), %7 nie gesendet, %8 wahrscheinlich durch einen früheren Versuch ausgeführt (nicht erneut gesendet).

Fortsetzen sendet die unbekannten und nicht gesendeten Stapel erneut; einen Stapel zweimal zu senden ist unschädlich.</translation>
    </message>
</context>
<context>
    <name>callstop::RowStates</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Not terminable</source>
        <translation>Nicht beendbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Probably applied</source>
        <translation>Wahrscheinlich ausgeführt</translation>
    </message>
    <message>
        <source>Accepted, checking</source>
        <translation>Angenommen, wird geprüft</translation>
    </message>
</context>
<context>
    <name>callstop::ScopeConfirmDialog</name>
    <message>
        <source>Confirm Termination</source>
        <translation>Beenden bestätigen</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this scope are not connected yet and would stop.</source>
        <translation>
            <numerusform>%n Anruf in diesem Umfang ist noch nicht verbunden und würde beendet.</numerusform>
            <numerusform>%n Anrufe in diesem Umfang sind noch nicht verbunden und würden beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of the campaign are not connected yet and would stop.</source>
        <translation>
            <numerusform>%n Anruf der Kampagne ist noch nicht verbunden und würde beendet.</numerusform>
            <numerusform>%n Anrufe der Kampagne sind noch nicht verbunden und würden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls of this scope could not be counted (%1): how many would stop is not known, and the effect will not be measured.</source>
        <translation>Die Anrufe dieses Umfangs konnten nicht gezählt werden (%1): wie viele beendet würden, ist unbekannt, und die Wirkung wird nicht gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress are not hung up.</source>
        <translation>
            <numerusform>%n laufender Anruf wird nicht aufgelegt.</numerusform>
            <numerusform>%n laufende Anrufe werden nicht aufgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers to be sent</source>
        <translation>Zu sendende Nummern</translation>
    </message>
    <message>
        <source>The first phone numbers that will be sent, in E.164 form</source>
        <translation>Die ersten Telefonnummern, die gesendet werden, in E.164-Form</translation>
    </message>
    <message>
        <source>This is the sandbox: no real call is affected.</source>
        <translation>Dies ist die Sandbox: kein echter Anruf ist betroffen.</translation>
    </message>
    <message>
        <source>These are real calls of your workspace.</source>
        <translation>Dies sind echte Anrufe Ihres Arbeitsbereichs.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s). Calls in progress are not hung up. This cannot be undone.</source>
        <translation>
            <numerusform>%n Anfrage. Laufende Anrufe werden nicht aufgelegt. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Anfragen. Laufende Anrufe werden nicht aufgelegt. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the campaign&apos;s name (%1) to confirm:</source>
        <translation>Tippen Sie zur Bestätigung den Namen der Kampagne (%1):</translation>
    </message>
    <message>
        <source>Type the agent&apos;s name (%1) to confirm:</source>
        <translation>Tippen Sie zur Bestätigung den Namen des Agenten (%1):</translation>
    </message>
    <message>
        <source>Type the number of numbers (%1) to confirm:</source>
        <translation>Tippen Sie zur Bestätigung die Anzahl der Nummern (%1):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Type %1 to enable the Terminate button</source>
        <translation>Tippen Sie %1, um die Schaltfläche Beenden freizugeben</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sends the termination to the server; this cannot be undone</source>
        <translation>Sendet das Beenden an den Server; dies kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Closes without sending anything</source>
        <translation>Schließt, ohne etwas zu senden</translation>
    </message>
</context>
<context>
    <name>callstop::ScopeCounter</name>
    <message numerus="yes">
        <source>%n call(s) stopped</source>
        <translation>
            <numerusform>%n Anruf beendet</numerusform>
            <numerusform>%n Anrufe beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already connected (not hung up)</source>
        <translation>
            <numerusform>, %n schon verbunden (nicht aufgelegt)</numerusform>
            <numerusform>, %n schon verbunden (nicht aufgelegt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still waiting to be called (added since, or not stopped)</source>
        <translation>
            <numerusform>; %n wartet noch auf das Wählen (seither hinzugefügt oder nicht beendet)</numerusform>
            <numerusform>; %n warten noch auf das Wählen (seither hinzugefügt oder nicht beendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign %1 is not among the workspace&apos;s campaigns.</source>
        <translation>Die Kampagne %1 gehört nicht zu den Kampagnen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Call IDs are checked one by one, not counted.</source>
        <translation>Anruf-IDs werden einzeln geprüft, nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>callstop::ScopeKinds</name>
    <message>
        <source>Call IDs</source>
        <translation>Anruf-IDs</translation>
    </message>
    <message>
        <source>Phone numbers, all campaigns</source>
        <translation>Telefonnummern, alle Kampagnen</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Ganze Kampagne</translation>
    </message>
    <message>
        <source>Phone numbers in one campaign</source>
        <translation>Telefonnummern in einer Kampagne</translation>
    </message>
    <message>
        <source>Every call of an agent</source>
        <translation>Alle Anrufe eines Agenten</translation>
    </message>
    <message numerus="yes">
        <source>This stops %n call(s) by their IDs.</source>
        <translation>
            <numerusform>Dies beendet %n Anruf über seine ID.</numerusform>
            <numerusform>Dies beendet %n Anrufe über ihre IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stops the calls to %n number(s) in ALL campaigns of the workspace, not only one.</source>
        <translation>
            <numerusform>Dies beendet die Anrufe an %n Nummer in ALLEN Kampagnen des Arbeitsbereichs, nicht nur in einer.</numerusform>
            <numerusform>Dies beendet die Anrufe an %n Nummern in ALLEN Kampagnen des Arbeitsbereichs, nicht nur in einer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stops the calls to %n number(s) in the campaign %1 only.</source>
        <translation>
            <numerusform>Dies beendet die Anrufe an %n Nummer nur in der Kampagne %1.</numerusform>
            <numerusform>Dies beendet die Anrufe an %n Nummern nur in der Kampagne %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This stops every call of the campaign %1 (%2) not connected yet.</source>
        <translation>Dies beendet jeden noch nicht verbundenen Anruf der Kampagne %1 (%2).</translation>
    </message>
    <message>
        <source>This stops every call of the agent %1 (%2) not connected yet, in all its campaigns.</source>
        <translation>Dies beendet jeden noch nicht verbundenen Anruf des Agenten %1 (%2), in allen seinen Kampagnen.</translation>
    </message>
</context>
<context>
    <name>callstop::ScopeListModel</name>
    <message>
        <source>Calls registered or waiting for a retry: what terminating the campaign would stop</source>
        <translation>Registrierte oder auf Wiederholung wartende Anrufe: was das Beenden der Kampagne stoppen würde</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>callstop::ScopeTerminateDialog</name>
    <message>
        <source>Stop Calls by Number, Campaign or Agent — %1</source>
        <translation>Anrufe nach Nummer, Kampagne oder Agent beenden — %1</translation>
    </message>
    <message>
        <source>Phone &amp;Numbers</source>
        <translation>Telefon&amp;nummern</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Whole &amp;Campaign</source>
        <translation>Ganze &amp;Kampagne</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>&amp;Agent&apos;s Calls</source>
        <translation>Anrufe eines &amp;Agenten</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Choose what to stop, then review it: the calls are counted and you confirm by typing.</source>
        <translation>Wählen Sie, was beendet werden soll, und prüfen Sie es: die Anrufe werden gezählt, und Sie bestätigen durch Tippen.</translation>
    </message>
    <message>
        <source>&amp;Review and Terminate…</source>
        <translation>&amp;Prüfen und beenden…</translation>
    </message>
    <message>
        <source>Count the calls this would stop, then confirm; nothing is sent before that</source>
        <translation>Die Anrufe zählen, die dies beenden würde, dann bestätigen; vorher wird nichts gesendet</translation>
    </message>
    <message>
        <source>Close without terminating anything</source>
        <translation>Schließen, ohne etwas zu beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) read…</source>
        <translation>
            <numerusform>%n Kampagne gelesen…</numerusform>
            <numerusform>%n Kampagnen gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) read…</source>
        <translation>
            <numerusform>%n Agent gelesen…</numerusform>
            <numerusform>%n Agenten gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) in the workspace.</source>
        <translation>
            <numerusform>%n Kampagne im Arbeitsbereich.</numerusform>
            <numerusform>%n Kampagnen im Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in the workspace.</source>
        <translation>
            <numerusform>%n Agent im Arbeitsbereich.</numerusform>
            <numerusform>%n Agenten im Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read completely: %1</source>
        <translation>Die Liste konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>Paste phone numbers in any form: +91 88828 76897, (415) 555-0100, 0049 30 1234567, tel: links, or text that contains them.</source>
        <translation>Fügen Sie Telefonnummern in beliebiger Form ein: +91 88828 76897, (415) 555-0100, 0049 30 1234567, tel:-Links oder Text, der sie enthält.</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>The numbers whose calls are to be stopped, in any usual form</source>
        <translation>Die Nummern, deren Anrufe beendet werden sollen, in jeder üblichen Form</translation>
    </message>
    <message>
        <source>None: only numbers with + or 00</source>
        <translation>Keine: nur Nummern mit + oder 00</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The country of numbers written without their country code</source>
        <translation>Das Land der Nummern, die ohne Landesvorwahl geschrieben sind</translation>
    </message>
    <message>
        <source>Stop the calls to these numbers in one campaign instead of in all of them</source>
        <translation>Die Anrufe an diese Nummern in einer Kampagne statt in allen beenden</translation>
    </message>
    <message>
        <source>Campaign of the numbers</source>
        <translation>Kampagne der Nummern</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Noch keine Nummern.</translation>
    </message>
    <message>
        <source>Numbers not taken</source>
        <translation>Nicht übernommene Nummern</translation>
    </message>
    <message>
        <source>Each text that looks like a phone number but is not valid, with why</source>
        <translation>Jeder Text, der wie eine Telefonnummer aussieht, aber nicht gültig ist, mit dem Grund</translation>
    </message>
    <message>
        <source>Search the %1 by name, status or id</source>
        <translation>Die %1 nach Name, Status oder ID durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Choose one row; the list is read from the workspace</source>
        <translation>Wählen Sie eine Zeile; die Liste wird aus dem Arbeitsbereich gelesen</translation>
    </message>
    <message>
        <source>Reading the %1…</source>
        <translation>Die %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; put the numbers in a file for &apos;callstop-cli terminate --numbers FILE&apos;.</source>
        <translation>Der Text ist länger als %1 Zeichen; legen Sie die Nummern in eine Datei für &apos;callstop-cli terminate --numbers DATEI&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid number(s)</source>
        <translation>
            <numerusform>%n gültige Nummer</numerusform>
            <numerusform>%n gültige Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation>
            <numerusform>, %n ungültig</numerusform>
            <numerusform>, %n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The text is too long for this box; use &apos;callstop-cli terminate --numbers FILE&apos;.</source>
        <translation>Der Text ist zu lang für dieses Feld; verwenden Sie &apos;callstop-cli terminate --numbers DATEI&apos;.</translation>
    </message>
    <message>
        <source>Paste the phone numbers whose calls are to be stopped.</source>
        <translation>Fügen Sie die Telefonnummern ein, deren Anrufe beendet werden sollen.</translation>
    </message>
    <message>
        <source>None of the numbers is valid: line %1: %2</source>
        <translation>Keine der Nummern ist gültig: Zeile %1: %2</translation>
    </message>
    <message>
        <source>Choose the campaign from the list.</source>
        <translation>Wählen Sie die Kampagne aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the agent from the list.</source>
        <translation>Wählen Sie den Agenten aus der Liste.</translation>
    </message>
    <message>
        <source>Counting the calls of this scope…</source>
        <translation>Die Anrufe dieses Umfangs werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>Counted: %n call(s) not connected yet.</source>
        <translation>
            <numerusform>Gezählt: %n Anruf noch nicht verbunden.</numerusform>
            <numerusform>Gezählt: %n Anrufe noch nicht verbunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls could not be counted: %1</source>
        <translation>Die Anrufe konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot Review</source>
        <translation>Prüfen nicht möglich</translation>
    </message>
    <message>
        <source>Shows the pages that do not fit</source>
        <translation>Zeigt die Seiten, die keinen Platz haben</translation>
    </message>
    <message>
        <source>Only in &amp;one campaign:</source>
        <translation>Nur in &amp;einer Kampagne:</translation>
    </message>
    <message>
        <source>The one campaign in which the calls to these numbers stop</source>
        <translation>Die eine Kampagne, in der die Anrufe an diese Nummern beendet werden</translation>
    </message>
    <message>
        <source>Choose the campaign from the list, or clear &apos;Only in one campaign&apos;.</source>
        <translation>Wählen Sie die Kampagne aus der Liste, oder entfernen Sie &apos;Nur in einer Kampagne&apos;.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Die Nummern werden gelesen…</translation>
    </message>
</context>
<context>
    <name>callstop::TerminationJob</name>
    <message>
        <source>Unknown call ID: the server has no such call</source>
        <translation>Unbekannte Anruf-ID: der Server kennt keinen solchen Anruf</translation>
    </message>
    <message>
        <source>Batch accepted; the call&apos;s status could not be checked: %1</source>
        <translation>Stapel angenommen; der Status des Anrufs konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Cancelled by termination</source>
        <translation>Durch Beenden abgebrochen</translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation>Schon abgebrochen</translation>
    </message>
    <message>
        <source>Already cancelled (%1)</source>
        <translation>Schon abgebrochen (%1)</translation>
    </message>
    <message>
        <source>In progress: not hung up, only kept from being retried</source>
        <translation>Läuft: nicht aufgelegt, nur nicht erneut versucht</translation>
    </message>
    <message>
        <source>Still %1 after the batch was accepted</source>
        <translation>Noch %1, nachdem der Stapel angenommen wurde</translation>
    </message>
    <message>
        <source>The server did not say the call&apos;s status</source>
        <translation>Der Server hat den Status des Anrufs nicht genannt</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Schon %1</translation>
    </message>
    <message>
        <source>%1 The server may have applied it; sending it again is safe.</source>
        <translation>%1 Der Server hat ihn vielleicht ausgeführt; erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Aborted while in flight; the server may have applied it. Sending it again is safe.</source>
        <translation>Unterwegs abgebrochen; der Server hat ihn vielleicht ausgeführt. Erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Batch accepted; the check was refused: %1</source>
        <translation>Stapel angenommen; die Prüfung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Stopped before the next attempt: %1</source>
        <translation>Vor dem nächsten Versuch angehalten: %1</translation>
    </message>
    <message>
        <source>Not sent: the API key was refused</source>
        <translation>Nicht gesendet: der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>Not sent: the job was stopped</source>
        <translation>Nicht gesendet: der Auftrag wurde angehalten</translation>
    </message>
    <message>
        <source>Cancelled by the operator</source>
        <translation>Vom Bediener abgebrochen</translation>
    </message>
    <message>
        <source>Aborted by the operator</source>
        <translation>Vom Bediener sofort abgebrochen</translation>
    </message>
    <message>
        <source>%1 The batch may or may not have been applied; sending it again is safe.</source>
        <translation>%1 Der Stapel wurde vielleicht ausgeführt; erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Not sent: the job&apos;s records could not be written</source>
        <translation>Nicht gesendet: die Aufzeichnungen des Auftrags konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Probably applied by an earlier attempt; the call&apos;s status could not be checked: %1</source>
        <translation>Wahrscheinlich von einem früheren Versuch ausgeführt; der Status des Anrufs ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Still %1: no attempt of the batch stopped it</source>
        <translation>Noch %1: kein Versuch des Stapels hat ihn beendet</translation>
    </message>
    <message>
        <source>%1 An earlier attempt may have been applied; sending it again is safe.</source>
        <translation>%1 Ein früherer Versuch wurde vielleicht ausgeführt; erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Probably applied by an earlier attempt whose answer was lost: attempt %1 found nothing left to terminate (%2).</source>
        <translation>Wahrscheinlich von einem früheren Versuch ausgeführt, dessen Antwort verloren ging: Versuch %1 fand nichts mehr zu beenden (%2).</translation>
    </message>
    <message>
        <source>Probably applied by an earlier attempt whose answer was lost; the last attempt failed: %1</source>
        <translation>Wahrscheinlich von einem früheren Versuch ausgeführt, dessen Antwort verloren ging; der letzte Versuch schlug fehl: %1</translation>
    </message>
    <message>
        <source>An earlier attempt may have been applied; then the key was refused: %1 Sending it again is safe.</source>
        <translation>Ein früherer Versuch wurde vielleicht ausgeführt; dann wurde der Schlüssel abgelehnt: %1 Erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Probably applied by an earlier attempt; the check was refused: %1</source>
        <translation>Wahrscheinlich von einem früheren Versuch ausgeführt; die Prüfung wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>callstop::TextDecoding</name>
    <message>
        <source>this is a ZIP archive; extract the CSV file from it first</source>
        <translation>dies ist ein ZIP-Archiv; entpacken Sie zuerst die CSV-Datei daraus</translation>
    </message>
    <message>
        <source>this is a gzip archive; decompress it first</source>
        <translation>dies ist ein gzip-Archiv; entpacken Sie es zuerst</translation>
    </message>
    <message>
        <source>this is a PDF document, not text</source>
        <translation>dies ist ein PDF-Dokument, kein Text</translation>
    </message>
    <message>
        <source>this is an old Excel or Word file; save it as CSV first</source>
        <translation>dies ist eine alte Excel- oder Word-Datei; speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <source>it contains NUL bytes, so it is binary data, not text</source>
        <translation>sie enthält NUL-Bytes, ist also Binärdaten, kein Text</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it or import it as CSV</source>
        <translation>%1 ist größer als %2 MiB; teilen Sie sie oder importieren Sie sie als CSV</translation>
    </message>
</context>
<context>
    <name>callstop::cli::Cli</name>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>line %1: not valid: %2 (%3)</source>
        <translation>Zeile %1: ungültig: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more not valid</source>
        <translation>
            <numerusform>... und %n weitere ungültig</numerusform>
            <numerusform>... und %n weitere ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call ID(s) found</source>
        <translation>
            <numerusform>%n Anruf-ID gefunden</numerusform>
            <numerusform>%n Anruf-IDs gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid</source>
        <translation>
            <numerusform>, %n ungültig</numerusform>
            <numerusform>, %n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the call IDs from one column of a CSV file.</source>
        <translation>Die Anruf-IDs aus einer Spalte einer CSV-Datei lesen.</translation>
    </message>
    <message>
        <source>With --csv: the ID column, by header name or 1-based number.</source>
        <translation>Mit --csv: die ID-Spalte, nach Kopfzeilenname oder Nummer ab 1.</translation>
    </message>
    <message>
        <source>With --csv: the separator: , ; tab | (default: detected).</source>
        <translation>Mit --csv: das Trennzeichen: , ; tab | (Standard: erkannt).</translation>
    </message>
    <message>
        <source>With --csv: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected).</source>
        <translation>Mit --csv: UTF-8, UTF-16LE, UTF-16BE oder Windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>With --csv: yes or no (default: detected).</source>
        <translation>Mit --csv: yes oder no (Standard: erkannt).</translation>
    </message>
    <message>
        <source>--%1 goes with --csv FILE</source>
        <translation>--%1 gehört zu --csv DATEI</translation>
    </message>
    <message>
        <source>give either --csv FILE or a text FILE, not both</source>
        <translation>geben Sie entweder --csv DATEI oder eine Text-DATEI an, nicht beides</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;; use one of %2</source>
        <translation>unbekannte Kodierung „%1“; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a separator; use , ; tab or |</source>
        <translation>„%1“ kann kein Trennzeichen sein; verwenden Sie , ; tab oder |</translation>
    </message>
    <message>
        <source>--header takes yes or no, not &apos;%1&apos;</source>
        <translation>--header nimmt yes oder no, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; name the call-ID column with --column NAME or --column NUMBER</source>
        <translation>%1: %2; benennen Sie die Anruf-ID-Spalte mit --column NAME oder --column NUMMER</translation>
    </message>
    <message>
        <source>%1: %2; name it with --column if it is there</source>
        <translation>%1: %2; benennen Sie sie mit --column, falls es sie gibt</translation>
    </message>
    <message>
        <source>%1: call IDs from %2</source>
        <translation>%1: Anruf-IDs aus %2</translation>
    </message>
    <message>
        <source>%1: call IDs from %2, as asked</source>
        <translation>%1: Anruf-IDs aus %2, wie verlangt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty ID cell</source>
        <translation>
            <numerusform>%n Zeile mit leerer ID-Zelle</numerusform>
            <numerusform>%n Zeilen mit leerer ID-Zelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the unique call IDs found in FILE (or standard input), or in one column of a CSV file, normalised, one a line, in order of first appearance.
A summary and every value that is not a valid ID, with its line number, go to standard error.</source>
        <translation>Gibt die eindeutigen Anruf-IDs aus DATEI (oder der Standardeingabe) oder aus einer Spalte einer CSV-Datei aus, normalisiert, eine pro Zeile, in der Reihenfolge ihres ersten Auftretens.
Eine Zusammenfassung und jeder Wert, der keine gültige ID ist, mit seiner Zeilennummer, gehen auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Any text; - or nothing for standard input.</source>
        <translation>Beliebiger Text; - oder nichts für die Standardeingabe.</translation>
    </message>
    <message>
        <source>; see &apos;callstop-cli extract --help&apos;</source>
        <translation>; siehe „callstop-cli extract --help“</translation>
    </message>
    <message>
        <source>extract takes one FILE (or - for standard input)</source>
        <translation>extract nimmt eine DATEI (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>no valid call ID found</source>
        <translation>keine gültige Anruf-ID gefunden</translation>
    </message>
    <message>
        <source>%1 is not accepted: a key on the command line shows in the process list and the shell history. Set the environment variable CALLSTOP_API_KEY, or store the key in a profile with the console.</source>
        <translation>%1 wird nicht angenommen: ein Schlüssel auf der Befehlszeile erscheint in der Prozessliste und im Shell-Verlauf. Setzen Sie die Umgebungsvariable CALLSTOP_API_KEY oder speichern Sie den Schlüssel mit der Konsole in einem Profil.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;callstop-cli --help&apos;</source>
        <translation>unbekannter Befehl „%1“; siehe „callstop-cli --help“</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 nimmt eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>no key is stored for this profile</source>
        <translation>für dieses Profil ist kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>batch %1/%2: %3</source>
        <translation>Stapel %1/%2: %3</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
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
            <numerusform>, %n Versuch</numerusform>
            <numerusform>, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Requests in flight, 1 to 16 (default 4).</source>
        <translation>Gleichzeitige Anfragen, 1 bis 16 (Standard 4).</translation>
    </message>
    <message>
        <source>Attempts per batch, 1 to 20 (default 5).</source>
        <translation>Versuche pro Stapel, 1 bis 20 (Standard 5).</translation>
    </message>
    <message>
        <source>After each accepted batch, ask the status of each of its calls.</source>
        <translation>Nach jedem angenommenen Stapel den Status jedes seiner Anrufe erfragen.</translation>
    </message>
    <message>
        <source>Write the final state of every ID to FILE (CSV).</source>
        <translation>Den Endstatus jeder ID in DATEI schreiben (CSV).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM), e.g. a corporate proxy&apos;s.</source>
        <translation>Auch den CA-Zertifikaten in DATEI (PEM) vertrauen, z. B. denen eines Firmen-Proxys.</translation>
    </message>
    <message>
        <source>Proxy to use: http://host:port, socks5://host:port, or &apos;direct&apos; (default: the profile&apos;s, else the system&apos;s).</source>
        <translation>Zu verwendender Proxy: http://host:port, socks5://host:port oder „direct“ (Standard: der des Profils, sonst der des Systems).</translation>
    </message>
    <message>
        <source>profile %1: %2; set CALLSTOP_API_KEY or store the key in the console</source>
        <translation>Profil %1: %2; setzen Sie CALLSTOP_API_KEY oder speichern Sie den Schlüssel in der Konsole</translation>
    </message>
    <message>
        <source>no API key: set the environment variable CALLSTOP_API_KEY</source>
        <translation>kein API-Schlüssel: setzen Sie die Umgebungsvariable CALLSTOP_API_KEY</translation>
    </message>
    <message numerus="yes">
        <source>About to terminate %n call(s)</source>
        <translation>
            <numerusform>Gleich wird %n Anruf beendet</numerusform>
            <numerusform>Gleich werden %n Anrufe beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n batch(es)</source>
        <translation>
            <numerusform> in %n Stapel</numerusform>
            <numerusform> in %n Stapeln</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1 (%2).</source>
        <translation> auf %1 (%2).</translation>
    </message>
    <message>
        <source>Only calls not yet connected are stopped; calls in progress are not hung up. This cannot be undone.</source>
        <translation>Nur noch nicht verbundene Anrufe werden beendet; laufende Anrufe werden nicht aufgelegt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the number of calls (%1) to confirm: </source>
        <translation>Tippen Sie die Anzahl der Anrufe (%1) zur Bestätigung: </translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Interrupted: finishing the batches in flight, sending nothing new (press Ctrl+C again to abort them).</source>
        <translation>Unterbrochen: laufende Stapel werden abgeschlossen, nichts Neues gesendet (erneut Strg+C, um sie abzubrechen).</translation>
    </message>
    <message>
        <source>Aborting the batches in flight; they end as unknown.</source>
        <translation>Die laufenden Stapel werden abgebrochen; sie enden als unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n call(s)</source>
        <translation>
            <numerusform>%n Anruf wird beendet</numerusform>
            <numerusform>%n Anrufe werden beendet</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1, %2 in flight; journal %3</source>
        <translation> auf %1, %2 gleichzeitig; Journal %3</translation>
    </message>
    <message>
        <source>batch %1: attempt %2 in %3 ms after: %4</source>
        <translation>Stapel %1: Versuch %2 in %3 ms nach: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es): </source>
        <translation>
            <numerusform>%n Stapel: </numerusform>
            <numerusform>%n Stapel: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted (%n ID(s)), </source>
        <translation>
            <numerusform>%1 angenommen (%n ID), </numerusform>
            <numerusform>%1 angenommen (%n IDs), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n Anfrage.</numerusform>
            <numerusform>%n Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n call(s): %1 terminated, %2 not terminable (already connected, finished or unknown), %3 checks failed.</source>
        <translation>
            <numerusform>%n Anruf geprüft: %1 beendet, %2 nicht beendbar (schon verbunden, beendet oder unbekannt), %3 Prüfungen fehlgeschlagen.</numerusform>
            <numerusform>%n Anrufe geprüft: %1 beendet, %2 nicht beendbar (schon verbunden, beendet oder unbekannt), %3 Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches in an unknown state may have been applied; &apos;callstop-cli resume %1&apos; sends them again, which is safe.</source>
        <translation>Stapel in unbekanntem Zustand wurden vielleicht ausgeführt; „callstop-cli resume %1“ sendet sie erneut, was sicher ist.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>the API key was refused (%1); nothing more was sent</source>
        <translation>der API-Schlüssel wurde abgelehnt (%1); es wurde nichts mehr gesendet</translation>
    </message>
    <message>
        <source>stopped before the end: %1</source>
        <translation>vor dem Ende angehalten: %1</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Text with call IDs; - or nothing for standard input.</source>
        <translation>Text mit Anruf-IDs; - oder nichts für die Standardeingabe.</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://prod-api.revenueable.ai/ca/api/v0.</source>
        <translation>Basis-URL der API, z. B. https://prod-api.revenueable.ai/ca/api/v0.</translation>
    </message>
    <message>
        <source>A profile of the console (its URL and stored key).</source>
        <translation>Ein Profil der Konsole (seine URL und sein gespeicherter Schlüssel).</translation>
    </message>
    <message>
        <source>IDs per request, 1 to 100 (default 100).</source>
        <translation>IDs pro Anfrage, 1 bis 100 (Standard 100).</translation>
    </message>
    <message>
        <source>Show the batches that would be sent and send nothing.</source>
        <translation>Die Stapel zeigen, die gesendet würden, und nichts senden.</translation>
    </message>
    <message>
        <source>Largest job sent without a question (default 1000000, or the console&apos;s setting); with --yes a larger job is refused.</source>
        <translation>Größter Auftrag, der ohne Rückfrage gesendet wird (Standard 1000000 oder die Einstellung der Konsole); mit --yes wird ein größerer Auftrag abgelehnt.</translation>
    </message>
    <message>
        <source>The job&apos;s journal (default: a new file in the data folder).</source>
        <translation>Das Journal des Auftrags (Standard: eine neue Datei im Datenordner).</translation>
    </message>
    <message>
        <source>; see &apos;callstop-cli terminate --help&apos;</source>
        <translation>; siehe „callstop-cli terminate --help“</translation>
    </message>
    <message>
        <source>terminate takes one FILE (or - for standard input)</source>
        <translation>terminate nimmt eine DATEI (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>name exactly one of --base-url URL or --profile NAME</source>
        <translation>nennen Sie genau eines von --base-url URL oder --profile NAME</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>the Sandbox profile lives inside the console; start callstop-sandbox and pass its address with --base-url</source>
        <translation>das Sandbox-Profil lebt in der Konsole; starten Sie callstop-sandbox und übergeben Sie seine Adresse mit --base-url</translation>
    </message>
    <message>
        <source>no valid call ID found; nothing to do</source>
        <translation>keine gültige Anruf-ID gefunden; nichts zu tun</translation>
    </message>
    <message>
        <source>%1 IDs is more than the job-size limit of %2; nothing was sent. If all of them are meant, pass --max-ids %1.</source>
        <translation>%1 IDs sind mehr als die Auftragsgrenze von %2; es wurde nichts gesendet. Wenn alle gemeint sind, übergeben Sie --max-ids %1.</translation>
    </message>
    <message numerus="yes">
        <source>batch %1/%2: %n ID(s), first %3</source>
        <translation>
            <numerusform>Stapel %1/%2: %n ID, erste %3</numerusform>
            <numerusform>Stapel %1/%2: %n IDs, erste %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n call(s)</source>
        <translation>
            <numerusform>Probelauf: %n Anruf</numerusform>
            <numerusform>Probelauf: %n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source> would be sent to %1; nothing was sent.</source>
        <translation> würden an %1 gesendet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>standard input is not a terminal, so nobody can confirm; add --yes</source>
        <translation>die Standardeingabe ist kein Terminal, also kann niemand bestätigen; fügen Sie --yes hinzu</translation>
    </message>
    <message>
        <source>Warning: %1 IDs is more than the job-size limit of %2.</source>
        <translation>Warnung: %1 IDs sind mehr als die Auftragsgrenze von %2.</translation>
    </message>
    <message>
        <source>not confirmed; nothing was sent</source>
        <translation>nicht bestätigt; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Lists the job journals in DIR (default: the data folder) with their progress. Unfinished jobs can be completed with &apos;callstop-cli resume&apos;.</source>
        <translation>Listet die Auftragsjournale in VERZEICHNIS (Standard: der Datenordner) mit ihrem Fortschritt auf. Unvollendete Aufträge können mit „callstop-cli resume“ vollendet werden.</translation>
    </message>
    <message>
        <source>Folder of journals.</source>
        <translation>Ordner der Journale.</translation>
    </message>
    <message>
        <source>no journals in %1</source>
        <translation>keine Journale in %1</translation>
    </message>
    <message>
        <source>UNFINISHED</source>
        <translation>UNVOLLENDET</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>The job&apos;s journal.</source>
        <translation>Das Journal des Auftrags.</translation>
    </message>
    <message>
        <source>; see &apos;callstop-cli resume --help&apos;</source>
        <translation>; siehe „callstop-cli resume --help“</translation>
    </message>
    <message>
        <source>resume takes one JOURNAL; &apos;callstop-cli jobs&apos; lists them</source>
        <translation>resume nimmt ein JOURNAL; „callstop-cli jobs“ listet sie auf</translation>
    </message>
    <message>
        <source> (its last line was cut by a crash)</source>
        <translation> (seine letzte Zeile wurde durch einen Absturz abgeschnitten)</translation>
    </message>
    <message>
        <source>the job of %1 is running in another process right now</source>
        <translation>der Auftrag von %1 läuft gerade in einem anderen Prozess</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>nichts fortzusetzen</translation>
    </message>
    <message>
        <source>Deadline of each request in ms, from sending to the last byte of the answer, however slowly it comes (default 30000).</source>
        <translation>Frist jeder Anfrage in ms, vom Senden bis zum letzten Byte der Antwort, wie langsam sie auch kommt (Standard 30000).</translation>
    </message>
    <message numerus="yes">
        <source>, %n number(s)</source>
        <translation>
            <numerusform>, %n Nummer</numerusform>
            <numerusform>, %n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>  batch %1: %2</source>
        <translation>  Stapel %1: %2</translation>
    </message>
    <message>
        <source>  batches %1-%2: %3</source>
        <translation>  Stapel %1–%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Terminating by scope: %1, %n item(s)</source>
        <translation>
            <numerusform>Beenden nach Bereich: %1, %n Eintrag</numerusform>
            <numerusform>Beenden nach Bereich: %1, %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recording failed: %1; sending nothing more, finishing the %n request(s) in flight.</source>
        <translation>
            <numerusform>Aufzeichnung fehlgeschlagen: %1; es wird nichts mehr gesendet, die %n laufende Anfrage wird abgeschlossen.</numerusform>
            <numerusform>Aufzeichnung fehlgeschlagen: %1; es wird nichts mehr gesendet, die %n laufenden Anfragen werden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted, </source>
        <translation>%1 angenommen, </translation>
    </message>
    <message>
        <source>State of each batch:</source>
        <translation>Stand jedes Stapels:</translation>
    </message>
    <message>
        <source>recording failed; nothing was sent after that</source>
        <translation>Aufzeichnung fehlgeschlagen; danach wurde nichts mehr gesendet</translation>
    </message>
    <message>
        <source>Deadline of each page&apos;s request in ms (default 30000).</source>
        <translation>Frist der Anfrage jeder Seite in ms (Standard 30000).</translation>
    </message>
    <message>
        <source>At least this long between two pages, 0 to 60000 (default 200: five pages a second).</source>
        <translation>Mindestabstand zwischen zwei Seiten, 0 bis 60000 (Standard 200: fünf Seiten pro Sekunde).</translation>
    </message>
    <message>
        <source>Records asked for per page (default 200; agents at most 100).</source>
        <translation>Pro Seite angefragte Datensätze (Standard 200; Agenten höchstens 100).</translation>
    </message>
    <message>
        <source>Stop after this many records (default 1000000).</source>
        <translation>Nach so vielen Datensätzen anhalten (Standard 1000000).</translation>
    </message>
    <message>
        <source>Proxy to use: http://host:port, socks5://host:port, or &apos;direct&apos;.</source>
        <translation>Zu verwendender Proxy: http://host:port, socks5://host:port oder „direct“.</translation>
    </message>
    <message>
        <source>; see &apos;callstop-cli %1 --help&apos;</source>
        <translation>; siehe „callstop-cli %1 --help“</translation>
    </message>
    <message>
        <source>%1 takes no FILE; see &apos;callstop-cli %1 --help&apos;</source>
        <translation>%1 nimmt keine DATEI; siehe „callstop-cli %1 --help“</translation>
    </message>
    <message>
        <source>interrupted: stopping after the page in flight</source>
        <translation>unterbrochen: es wird nach der laufenden Seite angehalten</translation>
    </message>
    <message>
        <source>%1 of %2 %3…</source>
        <translation>%3: %1 von %2…</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n page(s)</source>
        <translation>
            <numerusform>%1 %2 auf %n Seite</numerusform>
            <numerusform>%1 %2 auf %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n request(s)</source>
        <translation>
            <numerusform>, %n Anfrage</numerusform>
            <numerusform>, %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the last page: what was printed is incomplete</source>
        <translation>vor der letzten Seite angehalten: die Ausgabe ist unvollständig</translation>
    </message>
    <message>
        <source> (what was printed is incomplete)</source>
        <translation> (die Ausgabe ist unvollständig)</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-12-03) or a date and time (2026-12-03T14:30:00+01:00), not &apos;%2&apos;</source>
        <translation>--%1 nimmt ein Datum (2026-12-03) oder ein Datum mit Uhrzeit (2026-12-03T14:30:00+01:00), nicht „%2“</translation>
    </message>
    <message>
        <source>Finds calls in the call history (GET /calling/history) and prints them as CSV, or as bare call IDs with --ids (to pipe into &apos;callstop-cli terminate -&apos;). Both dates are always sent; by default today, in this machine&apos;s time zone, and the calls a termination can still stop (registered, retry).
Exit codes: 0 every page read; 1 a page could not be read or --max was reached; 2 bad usage; 3 the key was refused; 4 interrupted.</source>
        <translation>Findet Anrufe im Anrufverlauf (GET /calling/history) und gibt sie als CSV aus, oder mit --ids nur als Anruf-IDs (zur Weitergabe per Pipe an „callstop-cli terminate -“). Beide Datumsangaben werden immer gesendet; Standard: heute, in der Zeitzone dieses Rechners, und die Anrufe, die sich noch beenden lassen (registered, retry).
Exit-Codes: 0 jede Seite gelesen; 1 eine Seite konnte nicht gelesen werden oder --max wurde erreicht; 2 falsche Verwendung; 3 der Schlüssel wurde abgelehnt; 4 unterbrochen.</translation>
    </message>
    <message>
        <source>From this date or time (default: today 00:00).</source>
        <translation>Ab diesem Datum oder dieser Uhrzeit (Standard: heute 00:00).</translation>
    </message>
    <message>
        <source>To this date or time (default: today 23:59:59).</source>
        <translation>Bis zu diesem Datum oder dieser Uhrzeit (Standard: heute 23:59:59).</translation>
    </message>
    <message>
        <source>Statuses, comma-separated (default registered,retry); &apos;all&apos; for every status.</source>
        <translation>Status, durch Kommas getrennt (Standard registered,retry); „all“ für alle Status.</translation>
    </message>
    <message>
        <source>Only the calls of this campaign (its id).</source>
        <translation>Nur die Anrufe dieser Kampagne (ihre ID).</translation>
    </message>
    <message>
        <source>Only the calls of this agent (its id).</source>
        <translation>Nur die Anrufe dieses Agenten (seine ID).</translation>
    </message>
    <message>
        <source>Only the calls to this number (repeatable), in any usual form.</source>
        <translation>Nur die Anrufe an diese Nummer (wiederholbar), in jeder üblichen Schreibweise.</translation>
    </message>
    <message>
        <source>Region for numbers written without their country code (default: this machine&apos;s, %1).</source>
        <translation>Region für Nummern ohne Landesvorwahl (Standard: die dieses Rechners, %1).</translation>
    </message>
    <message>
        <source>Print the call IDs only, one a line.</source>
        <translation>Nur die Anruf-IDs ausgeben, eine pro Zeile.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) liegt nach --to (%2)</translation>
    </message>
    <message>
        <source>--status names no status</source>
        <translation>--status nennt keinen Status</translation>
    </message>
    <message>
        <source>--number: %1</source>
        <translation>--number: %1</translation>
    </message>
    <message>
        <source>Calls from %1 to %2, %3%4</source>
        <translation>Anrufe von %1 bis %2, %3%4</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>alle Status</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Lists the campaigns (GET /campaign/all) as CSV with their calls per status; not_connected counts the calls a termination of the campaign can still stop (registered and retry).</source>
        <translation>Listet die Kampagnen (GET /campaign/all) als CSV mit ihren Anrufen pro Status auf; not_connected zählt die Anrufe, die sich durch Beenden der Kampagne noch stoppen lassen (registered und retry).</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Lists the agents (GET /agent/all) as CSV.</source>
        <translation>Listet die Agenten (GET /agent/all) als CSV auf.</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Usage: callstop-cli COMMAND [OPTIONS]

Commands:
  extract [FILE|-]     print the call IDs found in a text, one a line
  terminate [FILE|-]   terminate the calls whose IDs are in a text or a CSV column
  jobs [DIR]           list the job journals and their progress
  resume JOURNAL       complete an interrupted job from its journal
  find                 find calls in the call history (by date, status, campaign, agent, number)
  campaigns            list the campaigns with their calls per status
  agents               list the agents

Options:
  -h, --help           show this help; &apos;callstop-cli COMMAND --help&apos; for a command
  -v, --version        show the version

The API key is read from CALLSTOP_API_KEY or from a profile&apos;s keychain entry, never from an argument.</source>
        <translation>Aufruf: callstop-cli BEFEHL [OPTIONEN]

Befehle:
  extract [FILE|-]     die in einem Text gefundenen Anruf-IDs ausgeben, eine pro Zeile
  terminate [FILE|-]   die Anrufe beenden, deren IDs in einem Text oder einer CSV-Spalte stehen
  jobs [DIR]           die Auftragsjournale und ihren Fortschritt auflisten
  resume JOURNAL       einen unterbrochenen Auftrag aus seinem Journal vollenden
  find                 Anrufe im Anrufverlauf finden (nach Datum, Status, Kampagne, Agent, Nummer)
  campaigns            die Kampagnen mit ihren Anrufen pro Status auflisten
  agents               die Agenten auflisten

Optionen:
  -h, --help           diese Hilfe zeigen; „callstop-cli BEFEHL --help“ für einen Befehl
  -v, --version        die Version zeigen

Der API-Schlüssel wird aus CALLSTOP_API_KEY oder aus dem Schlüsselbund-Eintrag eines Profils gelesen, nie aus einem Argument.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more not taken</source>
        <translation>
            <numerusform>... und %n weitere nicht übernommen</numerusform>
            <numerusform>... und %n weitere nicht übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found</source>
        <translation>
            <numerusform>%n Nummer gefunden</numerusform>
            <numerusform>%n Nummern gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not valid (region %1)</source>
        <translation>
            <numerusform>, %n ungültig (Region %1)</numerusform>
            <numerusform>, %n ungültig (Region %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid phone number found in %1; nothing to do</source>
        <translation>keine gültige Telefonnummer in %1 gefunden; nichts zu tun</translation>
    </message>
    <message>
        <source>the %1 could not be read: %2</source>
        <translation>die %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Terminate the calls to the phone numbers in FILE (- for standard input), in every campaign unless --campaign names one.</source>
        <translation>Die Anrufe an die Telefonnummern in DATEI (- für die Standardeingabe) beenden, in jeder Kampagne, sofern --campaign keine nennt.</translation>
    </message>
    <message>
        <source>Region of numbers written without their country code (default: this machine&apos;s, %1).</source>
        <translation>Region für Nummern ohne Landesvorwahl (Standard: die dieses Rechners, %1).</translation>
    </message>
    <message>
        <source>Terminate every call of this campaign not yet connected (or, with --numbers, the calls to those numbers in it).</source>
        <translation>Jeden noch nicht verbundenen Anruf dieser Kampagne beenden (oder, mit --numbers, die Anrufe an diese Nummern darin).</translation>
    </message>
    <message>
        <source>Terminate every call of this agent not yet connected.</source>
        <translation>Jeden noch nicht verbundenen Anruf dieses Agenten beenden.</translation>
    </message>
    <message>
        <source>--agent stands alone: not with --numbers or --campaign</source>
        <translation>--agent steht allein: nicht mit --numbers oder --campaign</translation>
    </message>
    <message>
        <source>call IDs (FILE or --csv) and --numbers, --campaign or --agent are separate jobs; name one</source>
        <translation>Anruf-IDs (DATEI oder --csv) und --numbers, --campaign oder --agent sind getrennte Aufträge; geben Sie nur eines davon an</translation>
    </message>
    <message>
        <source>--region is for --numbers</source>
        <translation>--region gilt nur für --numbers</translation>
    </message>
    <message>
        <source>--campaign and --agent take an id</source>
        <translation>--campaign und --agent nehmen eine ID</translation>
    </message>
    <message>
        <source>no campaign with the id %1 in this workspace (&apos;callstop-cli campaigns&apos; lists them)</source>
        <translation>keine Kampagne mit der ID %1 in diesem Arbeitsbereich („callstop-cli campaigns“ listet sie auf)</translation>
    </message>
    <message>
        <source>%1 of its %2 calls are not connected yet and would stop</source>
        <translation>%1 ihrer %2 Anrufe sind noch nicht verbunden und würden beendet</translation>
    </message>
    <message>
        <source>no agent with the id %1 in this workspace (&apos;callstop-cli agents&apos; lists them)</source>
        <translation>kein Agent mit der ID %1 in diesem Arbeitsbereich („callstop-cli agents“ listet sie auf)</translation>
    </message>
    <message>
        <source>warning: the calls of this scope could not be counted (%1); the effect will not be measured</source>
        <translation>Warnung: die Anrufe dieses Bereichs konnten nicht gezählt werden (%1); die Wirkung wird nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this scope are not connected yet</source>
        <translation>
            <numerusform>%n Anruf in diesem Bereich ist noch nicht verbunden</numerusform>
            <numerusform>%n Anrufe in diesem Bereich sind noch nicht verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2).</source>
        <translation>Auf %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s), first %1</source>
        <translation>
            <numerusform>%n Nummer, erste %1</numerusform>
            <numerusform>%n Nummern, erste %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) would be sent; nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: %n Anfrage würde gesendet; es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Anfragen würden gesendet; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls in progress are not hung up. This cannot be undone.</source>
        <translation>Laufende Anrufe werden nicht aufgelegt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the name (%1) to confirm: </source>
        <translation>Tippen Sie den Namen (%1) zur Bestätigung: </translation>
    </message>
    <message>
        <source>Type the number of numbers (%1) to confirm: </source>
        <translation>Tippen Sie die Anzahl der Nummern (%1) zur Bestätigung: </translation>
    </message>
    <message>
        <source>Effect: %1.</source>
        <translation>Wirkung: %1.</translation>
    </message>
    <message>
        <source>warning: the effect could not be measured: %1</source>
        <translation>Warnung: die Wirkung konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Terminates the calls whose IDs are found in FILE (or standard input), in batches of at most 100; or, with --numbers, --campaign or --agent, the calls to some numbers, of a campaign or of an agent.
The API key comes from the environment variable CALLSTOP_API_KEY or from the profile&apos;s key in the keychain, never from an argument.
Only calls that have not connected yet are stopped; calls already in progress are not hung up.
Every batch is recorded in a journal (resumable with &apos;callstop-cli resume&apos;) and in the audit log.
Exit codes: 0 every batch accepted or nothing terminable; 1 some batch failed or is unknown; 2 bad usage
or input; 3 the key was refused; 4 cancelled (Ctrl+C finishes what is in flight and sends nothing new);
5 the journal or the audit log could not be written (disk full, write error): nothing was sent after that.</source>
        <translation>Beendet die Anrufe, deren IDs in DATEI (oder der Standardeingabe) stehen, in Stapeln von höchstens 100; oder, mit --numbers, --campaign oder --agent, die Anrufe an bestimmte Nummern, einer Kampagne oder eines Agenten.
Der API-Schlüssel kommt aus der Umgebungsvariablen CALLSTOP_API_KEY oder aus dem Schlüssel des Profils im Schlüsselbund, nie aus einem Argument.
Nur noch nicht verbundene Anrufe werden beendet; bereits laufende Anrufe werden nicht aufgelegt.
Jeder Stapel wird in einem Journal (fortsetzbar mit „callstop-cli resume“) und im Prüfprotokoll aufgezeichnet.
Exit-Codes: 0 jeder Stapel angenommen oder nichts zu beenden; 1 ein Stapel ist fehlgeschlagen oder unbekannt; 2 falsche Verwendung
oder Eingabe; 3 der Schlüssel wurde abgelehnt; 4 abgebrochen (Strg+C schließt Laufendes ab und sendet nichts Neues);
5 das Journal oder das Prüfprotokoll konnte nicht geschrieben werden (Datenträger voll, Schreibfehler): danach wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Completes a job from its journal: sends again the batches that were in flight (unknown) and those never sent; confirmed batches are not sent again. The key comes from the keychain entry of the journal&apos;s profile (or of --profile) and goes only to that profile&apos;s URL; with CALLSTOP_API_KEY the URL must be confirmed with --base-url. A journal whose URL is not that URL is refused.</source>
        <translation>Vollendet einen Auftrag aus seinem Journal: sendet die Stapel erneut, die noch liefen (unbekannt), und die nie gesendeten; bestätigte Stapel werden nicht erneut gesendet. Der Schlüssel kommt aus dem Schlüsselbund-Eintrag des Profils des Journals (oder von --profile) und geht nur an die URL dieses Profils; mit CALLSTOP_API_KEY muss die URL mit --base-url bestätigt werden. Ein Journal, dessen URL eine andere ist, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Resume with this profile of the console (its URL and stored key) instead of the journal&apos;s profile; its URL must be the journal&apos;s.</source>
        <translation>Mit diesem Profil der Konsole (seiner URL und seinem gespeicherten Schlüssel) statt mit dem Profil des Journals fortsetzen; seine URL muss die des Journals sein.</translation>
    </message>
    <message>
        <source>With CALLSTOP_API_KEY: the URL the key may go to, which must be the journal&apos;s (required, since that key belongs to no profile).</source>
        <translation>Mit CALLSTOP_API_KEY: die URL, an die der Schlüssel gehen darf; sie muss die des Journals sein (erforderlich, da dieser Schlüssel zu keinem Profil gehört).</translation>
    </message>
    <message>
        <source>name at most one of --base-url URL or --profile NAME</source>
        <translation>nennen Sie höchstens eines von --base-url URL oder --profile NAME</translation>
    </message>
    <message>
        <source>--base-url confirms where the key of CALLSTOP_API_KEY goes, and it is not set; a stored key goes to its profile&apos;s URL (--profile NAME, or the journal&apos;s profile)</source>
        <translation>--base-url bestätigt, wohin der Schlüssel aus CALLSTOP_API_KEY geht, und diese Variable ist nicht gesetzt; ein gespeicherter Schlüssel geht an die URL seines Profils (--profile NAME oder das Profil des Journals)</translation>
    </message>
    <message>
        <source>the key in CALLSTOP_API_KEY belongs to no profile: confirm where it goes with --base-url (the journal was written for %1), or name a profile with --profile NAME</source>
        <translation>der Schlüssel in CALLSTOP_API_KEY gehört zu keinem Profil: bestätigen Sie mit --base-url, wohin er geht (das Journal wurde für %1 geschrieben), oder nennen Sie mit --profile NAME ein Profil</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; here; name one with --profile NAME, or set CALLSTOP_API_KEY and confirm the URL with --base-url</source>
        <translation>hier gibt es kein Profil namens „%1“; nennen Sie eines mit --profile NAME, oder setzen Sie CALLSTOP_API_KEY und bestätigen Sie die URL mit --base-url</translation>
    </message>
    <message>
        <source>the Sandbox profile lives inside the console and restarts with it; its jobs cannot be resumed from the command line</source>
        <translation>das Sandbox-Profil lebt in der Konsole und startet mit ihr neu; seine Aufträge können nicht über die Befehlszeile fortgesetzt werden</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>the profile %1</source>
        <translation>das Profil %1</translation>
    </message>
    <message>
        <source>%1 nothing terminable, %2 probably applied, %3 failed, %4 unknown, %5 refused, %6 not sent; </source>
        <translation>%1 nichts zu beenden, %2 wahrscheinlich ausgeführt, %3 fehlgeschlagen, %4 unbekannt, %5 abgelehnt, %6 nicht gesendet; </translation>
    </message>
    <message>
        <source>Batches probably applied by an earlier attempt (whose answer was lost) were checked call by call; the report says what each call became.</source>
        <translation>Stapel, die wahrscheinlich von einem früheren Versuch (dessen Antwort verloren ging) ausgeführt wurden, wurden Anruf für Anruf geprüft; der Bericht nennt, was aus jedem Anruf wurde.</translation>
    </message>
    <message>
        <source>Batches probably applied by an earlier attempt: its answer was lost, and a later attempt found nothing left to terminate (or failed). Run with --check-calls to confirm each call.</source>
        <translation>Stapel wahrscheinlich von einem früheren Versuch ausgeführt: seine Antwort ging verloren, und ein späterer Versuch fand nichts mehr zu beenden (oder schlug fehl). Mit --check-calls wird jeder Anruf bestätigt.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 batches: %5 confirmed, %6 probably applied, %7 failed, %8 unknown, %9 not sent  %10</source>
        <translation>%1  %2  %3  %4 Stapel: %5 bestätigt, %6 wahrscheinlich ausgeführt, %7 fehlgeschlagen, %8 unbekannt, %9 nicht gesendet  %10</translation>
    </message>
    <message>
        <source>%1: %2 batches: %3 confirmed, %4 probably applied, %5 failed, %6 unknown, %7 not sent%8</source>
        <translation>%1: %2 Stapel: %3 bestätigt, %4 wahrscheinlich ausgeführt, %5 fehlgeschlagen, %6 unbekannt, %7 nicht gesendet%8</translation>
    </message>
</context>
</TS>
