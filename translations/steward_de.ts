<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>steward::app::CommandLine</name>
    <message>
        <source>Steward: administer the users of the companies on your platform.</source>
        <translation>Steward: Verwalten Sie die Benutzer der Unternehmen auf Ihrer Plattform.</translation>
    </message>
    <message>
        <source>The server to sign in to.</source>
        <translation>Server, bei dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation>E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, es, de, fr or ru.</source>
        <translation>Sprache der Oberfläche für diesen Start: en, es, de, fr oder ru.</translation>
    </message>
    <message>
        <source>unexpected argument %1 (see --help)</source>
        <translation>unerwartetes Argument %1 (siehe --help)</translation>
    </message>
    <message>
        <source>--server: %1 is not a server address</source>
        <translation>--server: %1 ist keine Serveradresse</translation>
    </message>
    <message>
        <source>--lang: %1 is not one of en, es, de, fr, ru</source>
        <translation>--lang: %1 ist keiner der Werte en, es, de, fr, ru</translation>
    </message>
</context>
<context>
    <name>steward::models::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who made the change.</extracomment>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: what the change was made to.</extracomment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <extracomment>The actor of an audit event made without signing in (a link from an email…).</extracomment>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>%1 (API token)</source>
        <extracomment>An audit event made through an API token; %1 is the token&apos;s creator.</extracomment>
        <translation>%1 (API-Token)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An audit event&apos;s object: %1 its kind (User, Role…), %2 its name or id.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>steward::models::CompaniesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: whether a company is active or suspended.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt am</translation>
    </message>
</context>
<context>
    <name>steward::models::CompanyState</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationState</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: pending, accepted, expired or revoked.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invited by</source>
        <extracomment>Column header: the person who sent the invitation.</extracomment>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>steward::models::NetworkPageFetcher</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Keine Verbindung zu einem Server.</translation>
    </message>
</context>
<context>
    <name>steward::models::OrgUnitTreeModel</name>
    <message>
        <source>Unit</source>
        <extracomment>Column header of the organizational unit tree.</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt am</translation>
    </message>
</context>
<context>
    <name>steward::models::RemoteTableModel</name>
    <message>
        <source>Not loaded</source>
        <extracomment>Shown in a table row whose data is still on its way from the server.</extracomment>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>steward::models::RoleScope</name>
    <message>
        <source>Company</source>
        <extracomment>Role scope: used inside one company.</extracomment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>Role scope: platform staff.</extracomment>
        <translation>Plattform</translation>
    </message>
</context>
<context>
    <name>steward::models::RolesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Column header: whether a role is for companies or for platform staff.</extracomment>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: built-in or custom role.</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>steward::models::TargetType</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>steward::models::UserState</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>A self-registered user whose email is verified, waiting for an admin to enable them.</extracomment>
        <translation>Validiert</translation>
    </message>
</context>
<context>
    <name>steward::models::UsersModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: the state of a user account (enabled, deactivated…).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>The company column of a platform staff account, which belongs to no company.</extracomment>
        <translation>Plattform</translation>
    </message>
</context>
<context>
    <name>steward::models::format</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s name in a table: %1 first name, %2 last name.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>steward::net::ApiJob</name>
    <message>
        <source>The certificate of %1 was not trusted, so no connection was made.</source>
        <translation>Dem Zertifikat von %1 wurde nicht vertraut, daher wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Is %1 a Steward server of a matching version?</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden. Ist %1 ein Steward-Server mit passender Version?</translation>
    </message>
</context>
<context>
    <name>steward::net::ApiResult</name>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>steward::net::CertificateTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you trusted it. This can mean that someone is intercepting the connection, so it was refused. If the server&apos;s administrator replaced the certificate, remove the trusted certificate for this server in Settings and connect again.</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit Sie ihm vertraut haben. Das kann bedeuten, dass jemand die Verbindung abfängt; sie wurde daher abgelehnt. Falls der Administrator des Servers das Zertifikat ersetzt hat, entfernen Sie das vertrauenswürdige Zertifikat dieses Servers in den Einstellungen und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>steward::net::NetworkErrorText</name>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: Der Hostname wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the connection was refused. Is the server running?</source>
        <translation>Der Server unter %1 ist nicht erreichbar: Die Verbindung wurde abgelehnt. Läuft der Server?</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>Der Server unter %1 hat die Verbindung unerwartet getrennt.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the network is not available.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 through the proxy: %2</source>
        <translation>Der Server unter %1 ist über den Proxy nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request somewhere it may not go.</source>
        <translation>Der Server unter %1 hat die Anfrage an ein unzulässiges Ziel umgeleitet.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak the expected protocol. Check the address.</source>
        <translation>Der Server unter %1 verwendet nicht das erwartete Protokoll. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to continue.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>steward::net::TokenVault</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until the application closes; next time you will need to sign in again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1). Sie bleiben angemeldet, bis die Anwendung geschlossen wird; beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AccountDialog</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Unique identifier:</source>
        <translation>Eindeutige Kennung:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Email me about:</source>
        <translation>E-Mail-Benachrichtigungen:</translation>
    </message>
    <message>
        <source>The identifier is on the clipboard.</source>
        <translation>Die Kennung wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions have ended.</source>
        <translation>Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>My Account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Language and notifications</source>
        <translation>Sprache und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Change &amp;email…</source>
        <translation>&amp;E-Mail-Adresse ändern…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the identifier to the clipboard</source>
        <translation>Kennung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Your company&apos;s administrators manage your name.</source>
        <translation>Ihr Name wird von den Administratoren Ihres Unternehmens verwaltet.</translation>
    </message>
    <message>
        <source>Every email Steward sends you arrives in this language.</source>
        <translation>Alle E-Mails, die Steward Ihnen sendet, erhalten Sie in dieser Sprache.</translation>
    </message>
    <message>
        <source>Sign-ins and sessions ended by an administrator</source>
        <translation>Anmeldungen und von einem Administrator beendete Sitzungen</translation>
    </message>
    <message>
        <source>Changes to my team: accepted invitations, role changes</source>
        <translation>Änderungen in meinem Team: angenommene Einladungen, Rollenänderungen</translation>
    </message>
    <message>
        <source>News about the platform</source>
        <translation>Neuigkeiten zur Plattform</translation>
    </message>
    <message>
        <source>Security notices (password or email changed) are always sent.</source>
        <translation>Sicherheitshinweise (Passwort oder E-Mail-Adresse geändert) werden immer gesendet.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Platform operator</source>
        <extracomment>Shown as the company of platform staff, who belong to no customer company.</extracomment>
        <translation>Plattformbetreiber</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Es gibt keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Your account was changed elsewhere meanwhile. The current values are shown; make your change again.</source>
        <translation>Ihr Konto wurde zwischenzeitlich an anderer Stelle geändert. Die aktuellen Werte werden angezeigt; nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Ihre Änderungen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditDetailsPane</name>
    <message>
        <source>Time:</source>
        <translation>Zeitpunkt:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Ausgeführt von:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Client address:</source>
        <extracomment>The network address the change came from.</extracomment>
        <translation>Client-Adresse:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <extracomment>The id of the HTTP request, also found in the server&apos;s log.</extracomment>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>This event changed no recorded field.</source>
        <translation>Dieses Ereignis hat kein erfasstes Feld geändert.</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A field that had no value before or after a change.</extracomment>
        <translation>—</translation>
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
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Anonymous (a link from an email, a registration…)</source>
        <translation>Anonym (Link aus einer E-Mail, Registrierung …)</translation>
    </message>
    <message>
        <source>%1 through an API token</source>
        <extracomment>%1 is the person who created the API token.</extracomment>
        <translation>%1 über ein API-Token</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An audit event&apos;s object: %1 its kind (User, Role…), %2 its name or id.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Änderungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditView</name>
    <message>
        <source>All user actions</source>
        <translation>Alle Aktionen zu Benutzern</translation>
    </message>
    <message>
        <source>All invitation actions</source>
        <translation>Alle Aktionen zu Einladungen</translation>
    </message>
    <message>
        <source>All role actions</source>
        <translation>Alle Aktionen zu Rollen</translation>
    </message>
    <message>
        <source>All unit actions</source>
        <translation>Alle Aktionen zu Organisationseinheiten</translation>
    </message>
    <message>
        <source>All company actions</source>
        <translation>Alle Aktionen zu Unternehmen</translation>
    </message>
    <message>
        <source>All API token actions</source>
        <translation>Alle Aktionen zu API-Token</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Sonstige Aktionen</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <extracomment>Audit filter: who made the change.</extracomment>
        <translation>Aus&amp;geführt von:</translation>
    </message>
    <message>
        <source>Name, email or id</source>
        <translation>Name, E-Mail-Adresse oder ID</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <extracomment>Audit filter: what the change was made to.</extracomment>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>A user&apos;s name or email, or any object&apos;s id</source>
        <translation>Name oder E-Mail-Adresse eines Benutzers oder ID eines beliebigen Objekts</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show only events by this person</source>
        <translation>Nur Ereignisse dieser Person anzeigen</translation>
    </message>
    <message>
        <source>Show only events about this object</source>
        <translation>Nur Ereignisse zu diesem Objekt anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the time range must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach dessen Beginn liegen.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>Several people match “%1”: type more of the name or the email.</source>
        <translation>Mehrere Personen passen zu „%1“: Geben Sie mehr vom Namen oder der E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CertificateDialog</name>
    <message>
        <source>Unknown certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that no authority you trust vouches for. Trust it only if its fingerprint is the one your administrator gave you.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, für das keine Zertifizierungsstelle bürgt, der Sie vertrauen. Vertrauen Sie ihm nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Ihnen Ihr Administrator genannt hat.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Warum es nicht vertrauenswürdig ist:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>Diesem Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose a password of your own to continue.</source>
        <translation>Sie haben sich mit einem temporären Passwort angemeldet. Legen Sie ein eigenes Passwort fest, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter your current password and choose a new one. You stay signed in on this computer; your other sessions end.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein und wählen Sie ein neues. Auf diesem Computer bleiben Sie angemeldet; Ihre anderen Sitzungen werden beendet.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClientShell</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompaniesView</name>
    <message>
        <source>Legal name:</source>
        <translation>Firmierung:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Steuernummer:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Standardsprache:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Namen der Benutzer:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Benutzerdefinierte Felder:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt am:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln Unternehmen</numerusform>
            <numerusform>%Ln Unternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neues Unternehmen…</translation>
    </message>
    <message>
        <source>Create a company and its owner (Ctrl+N)</source>
        <translation>Unternehmen mit Inhaber anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected company (Enter or double-click)</source>
        <translation>Ausgewähltes Unternehmen bearbeiten (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Filter: which company states the list shows.</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Wählen Sie ein Unternehmen aus, um die Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Created %1. Its owner will get an email to set their password.</source>
        <translation>%1 wurde angelegt. Der Inhaber erhält eine E-Mail zum Festlegen seines Passworts.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Users may edit their own name</source>
        <translation>Benutzer dürfen ihren Namen selbst ändern</translation>
    </message>
    <message>
        <source>Only administrators change names</source>
        <translation>Nur Administratoren ändern Namen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompanyEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Firmierung:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>S&amp;teuernummer:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Standards&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Namen der Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Unternehmen bearbeiten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Custom user fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Suspending a company does not stop its users from signing in.</source>
        <translation>Das Sperren eines Unternehmens hindert dessen Benutzer nicht an der Anmeldung.</translation>
    </message>
    <message>
        <source>Only platform staff can suspend or resume a company.</source>
        <translation>Nur Mitarbeitende der Plattform können ein Unternehmen sperren oder wieder freigeben.</translation>
    </message>
    <message>
        <source>Users may edit their own first and last name</source>
        <translation>Benutzer dürfen ihren Vor- und Nachnamen selbst ändern</translation>
    </message>
    <message>
        <source>When unchecked, only the company&apos;s administrators can change a user&apos;s name; users see it read-only in My Account.</source>
        <translation>Ohne Häkchen können nur die Administratoren des Unternehmens den Namen eines Benutzers ändern; Benutzer sehen ihn unter „Mein Konto“ schreibgeschützt.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Extra fields every user of this company has. Removing a field drops its values the next time each user is saved.</source>
        <translation>Zusätzliche Felder, die jeder Benutzer dieses Unternehmens hat. Wird ein Feld entfernt, gehen seine Werte beim nächsten Speichern des jeweiligen Benutzers verloren.</translation>
    </message>
    <message>
        <source>The owner is the company&apos;s first user. They hold Admin and receive an email to set their password (valid 72 hours).</source>
        <translation>Der Inhaber ist der erste Benutzer des Unternehmens. Er hat die Rolle Administrator und erhält eine E-Mail zum Festlegen seines Passworts (72 Std. gültig).</translation>
    </message>
    <message>
        <source>Optional: taken from the email address</source>
        <translation>Optional: wird aus der E-Mail-Adresse übernommen</translation>
    </message>
    <message>
        <source>The company&apos;s default language</source>
        <translation>Standardsprache des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>Die aktuelle Version wurde geladen; Ihre Änderungen bleiben erhalten. Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder müssen geprüft werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Jemand anderes hat dieses Unternehmen geändert, nachdem Sie es geöffnet haben. Laden Sie neu, um dessen Version zu erhalten; Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CustomFieldDefinitionsEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: the kind of value of a custom field (text, number, date, choice).</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Editable by</source>
        <translation>Bearbeitbar durch</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Max. Länge</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Stable name the values are stored under: a–z, 0–9 and _, starting with a letter.</source>
        <translation>Fester Name, unter dem die Werte gespeichert werden: a–z, 0–9 und _, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>No two users of the company may have the same value.</source>
        <translation>Keine zwei Benutzer des Unternehmens dürfen denselben Wert haben.</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Feld &amp;entfernen</translation>
    </message>
    <message>
        <source>Options of the selected choice field, one per line:</source>
        <translation>Optionen des ausgewählten Auswahlfelds, eine pro Zeile:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <source>Admins and the user</source>
        <translation>Administratoren und der Benutzer selbst</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Feld %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>steward::ui::CustomFieldsForm</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>steward::ui::EmailChangeDialog</name>
    <message>
        <source>Change email address</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <source>We will send a confirmation link to the new address and a notice to %1. Your address changes when you follow the link; then you sign in with the new one.</source>
        <translation>Wir senden einen Bestätigungslink an die neue Adresse und eine Benachrichtigung an %1. Ihre Adresse ändert sich, sobald Sie den Link öffnen; danach melden Sie sich mit der neuen Adresse an.</translation>
    </message>
    <message>
        <source>&amp;New email address:</source>
        <translation>&amp;Neue E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Repeat new address:</source>
        <translation>Neue Adresse &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Current &amp;password:</source>
        <translation>Aktuelles &amp;Passwort:</translation>
    </message>
    <message>
        <source>Send &amp;confirmation link</source>
        <translation>&amp;Bestätigungslink senden</translation>
    </message>
    <message>
        <source>The two addresses differ.</source>
        <translation>Die beiden Adressen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Follow the link we sent to %1 to confirm the change.</source>
        <translation>Öffnen Sie den Link, den wir an %1 gesendet haben, um die Änderung zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldRuleText</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Zu lang.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>Enthält Zeichen, die hier nicht zulässig sind.</translation>
    </message>
    <message>
        <source>Not an assigned ISO 3166-1 country code.</source>
        <translation>Kein vergebener Ländercode nach ISO 3166-1.</translation>
    </message>
    <message>
        <source>Another field already uses this key.</source>
        <translation>Ein anderes Feld verwendet diesen Schlüssel bereits.</translation>
    </message>
    <message>
        <source>Must start with a letter a–z and contain only a–z, 0–9 and _.</source>
        <translation>Muss mit einem Buchstaben a–z beginnen und darf nur a–z, 0–9 und _ enthalten.</translation>
    </message>
    <message>
        <source>Must be between 1 and 10,000.</source>
        <translation>Muss zwischen 1 und 10.000 liegen.</translation>
    </message>
    <message>
        <source>Options must be distinct.</source>
        <translation>Die Optionen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Must be two upper-case letters.</source>
        <translation>Muss aus zwei Großbuchstaben bestehen.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>steward::ui::IdNameResolver</name>
    <message>
        <source>Someone not visible to you (%1…)</source>
        <extracomment>An audit actor or inviter the signed-in person may not see; %1 starts their id.</extracomment>
        <translation>Eine für Sie nicht sichtbare Person (%1…)</translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationExpiryDelegate</name>
    <message>
        <source>expired</source>
        <extracomment>An invitation&apos;s expiry that has passed.</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>läuft in %n Stunde ab</numerusform>
            <numerusform>läuft in %n Stunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>läuft in %n Minute ab</numerusform>
            <numerusform>läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationsView</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Invite people by email (%1)</source>
        <translation>Personen per E-Mail einladen (%1)</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <extracomment>Send an invitation again, with a new link.</extracomment>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the selected invitations again with a new link valid for 7 days</source>
        <translation>Ausgewählte Einladungen erneut senden, mit einem neuen Link, der 7 Tage gültig ist</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>End the links of the selected invitations</source>
        <translation>Links der ausgewählten Einladungen ungültig machen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Email language:</source>
        <translation>Sprache der E-Mail:</translation>
    </message>
    <message>
        <source>Invited by:</source>
        <translation>Eingeladen von:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet am:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Angenommen am:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Widerrufen am:</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company first: invitations are sent into one company.</source>
        <translation>Wählen Sie zuerst ein Unternehmen: Einladungen gelten immer für ein Unternehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n Einladung gesendet.</numerusform>
            <numerusform>%n Einladungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a time that is not set (not accepted, not revoked…).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No roles were chosen for the invitation.</extracomment>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent again with a new link.</source>
        <translation>
            <numerusform>%n Einladung mit neuem Link erneut gesendet.</numerusform>
            <numerusform>%n Einladungen mit neuem Link erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the invitation of “%1”?</source>
        <translation>Einladung von „%1“ widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)?</source>
        <translation>
            <numerusform>%n Einladung widerrufen?</numerusform>
            <numerusform>%n Einladungen widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>%n Einladung widerrufen.</numerusform>
            <numerusform>%n Einladungen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link in the email stops working at once. The invitation stays in the list as revoked.</source>
        <translation>Der Link in der E-Mail funktioniert sofort nicht mehr. Die Einladung bleibt als widerrufen in der Liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) selected.</source>
        <translation>
            <numerusform>%n Einladung ausgewählt.</numerusform>
            <numerusform>%n Einladungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an invitation to see its details.</source>
        <translation>Wählen Sie eine Einladung aus, um die Angaben zu sehen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteAddresses</name>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>not a valid email address</source>
        <extracomment>Why an address in the invite dialog is refused (no @, no domain, bad characters…).</extracomment>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>Each address gets its own invitation email with a link that is valid for 7 days. The invitee chooses a name and a password and can then sign in with the roles chosen here.</source>
        <translation>Jede Adresse erhält eine eigene Einladungs-E-Mail mit einem Link, der 7 Tage gültig ist. Die eingeladene Person wählt einen Namen und ein Passwort und kann sich dann mit den hier gewählten Rollen anmelden.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <extracomment>Label of the language the invitation email is written in.</extracomment>
        <translation>&amp;Sprache der E-Mail:</translation>
    </message>
    <message>
        <source>The company&apos;s default</source>
        <translation>Standard des Unternehmens</translation>
    </message>
    <message>
        <source>The company&apos;s default (%1)</source>
        <translation>Standard des Unternehmens (%1)</translation>
    </message>
    <message>
        <source>&amp;Send invitations</source>
        <translation>Einladungen &amp;senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One refused address in the invite dialog: %1 the address, %2 why.</extracomment>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>These addresses cannot be invited:
%1</source>
        <translation>Diese Adressen können nicht eingeladen werden:
%1</translation>
    </message>
    <message>
        <source>already has a pending invitation; resend it from the list instead</source>
        <translation>hat bereits eine ausstehende Einladung; senden Sie sie stattdessen aus der Liste erneut</translation>
    </message>
    <message>
        <source>already a member of this company</source>
        <translation>ist bereits Mitglied dieses Unternehmens</translation>
    </message>
    <message>
        <source>you may not give roles; invite without roles or ask an administrator</source>
        <translation>Sie dürfen keine Rollen vergeben; laden Sie ohne Rollen ein oder wenden Sie sich an einen Administrator</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the invite dialog&apos;s outcome list: %1 the address, %2 what happened.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <extracomment>The scope indicator: whose data the person sees (&quot;Company: Acme Ltd&quot; or &quot;Platform&quot;).</extracomment>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Steward — %1</source>
        <translation>Steward – %1</translation>
    </message>
    <message>
        <source>%1 will appear here.</source>
        <translation>Hier erscheint der Bereich „%1“.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>My Account — %1</source>
        <translation>Mein Konto – %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>Einheit verschieben</translation>
    </message>
    <message>
        <source>Move “%1”, with every unit below it, to:</source>
        <translation>„%1“ mit allen untergeordneten Einheiten verschieben nach:</translation>
    </message>
    <message>
        <source>The &amp;top level</source>
        <translation>Die &amp;oberste Ebene</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Einheit suchen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <extracomment>Button of the &quot;Move unit&quot; dialog.</extracomment>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>steward::ui::OrgUnitsView</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>Einheit &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a unit below the selected one (%1)</source>
        <translation>Einheit unterhalb der ausgewählten hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Add &amp;top-level unit…</source>
        <translation>Einheit auf &amp;oberster Ebene hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>Move the selected unit, with everything below it; you can also drag it</source>
        <translation>Ausgewählte Einheit mit allem darunter verschieben; Sie können sie auch ziehen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Einheiten filtern</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Someone else changed this unit meanwhile. Reload to see their changes, then try again.</source>
        <translation>Jemand anderes hat diese Einheit zwischenzeitlich geändert. Laden Sie neu, um die Änderungen zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new top-level unit:</source>
        <translation>Name der neuen Einheit auf oberster Ebene:</translation>
    </message>
    <message>
        <source>Name of the new unit below “%1”:</source>
        <translation>Name der neuen Einheit unterhalb von „%1“:</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Einheit hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Einheit umbenennen</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <extracomment>%1 a unit&apos;s name, %2 where it went: &quot;“Inbound”&quot; or &quot;the top level&quot;.</extracomment>
        <translation>„%1“ verschoben nach: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit cannot be placed below itself or one of its own units.</source>
        <translation>„%1“ kann nicht dorthin verschoben werden: Eine Einheit kann nicht unter sich selbst oder eine ihrer eigenen Einheiten gestellt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: the tree would be deeper than 30 levels.</source>
        <translation>„%1“ kann nicht dorthin verschoben werden: Der Baum hätte dann mehr als 30 Ebenen.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: it would leave the units you are limited to.</source>
        <translation>„%1“ kann nicht dorthin verschoben werden: Die Einheit läge dann außerhalb der Einheiten, auf die Sie beschränkt sind.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit with the same name is already there.</source>
        <translation>„%1“ kann nicht dorthin verschoben werden: Dort gibt es bereits eine Einheit mit demselben Namen.</translation>
    </message>
    <message>
        <source>“%1” has units below it. Move or delete them first.</source>
        <translation>„%1“ hat untergeordnete Einheiten. Verschieben oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>No user belongs to this unit, so nobody&apos;s access changes.</source>
        <translation>Zu dieser Einheit gehört kein Benutzer, daher ändert sich an niemandes Zugriff etwas.</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) will belong to “%1” instead, and will see everything in “%1”.</source>
        <translation>Ihre Mitglieder (deren Anzahl Sie eventuell nicht sehen) gehören dann stattdessen zu „%1“ und sehen alles in „%1“.</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) lose this unit. If one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>Ihre Mitglieder (deren Anzahl Sie eventuell nicht sehen) verlieren diese Einheit. Gehört eines davon zu keiner anderen Einheit, kann sie nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</source>
        <translation>
            <numerusform>%n Benutzer gehört zu dieser Einheit. Er gehört dann stattdessen zu „%1“; da Einheiten begrenzen, was eine Person sieht, sieht er alles in „%1“.</numerusform>
            <numerusform>%n Benutzer gehören zu dieser Einheit. Sie gehören dann stattdessen zu „%1“; da Einheiten begrenzen, was eine Person sieht, sehen sie alles in „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They lose it and keep their other units; if one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>
            <numerusform>%n Benutzer gehört zu dieser Einheit. Er verliert sie und behält seine anderen Einheiten; gehört er zu keiner anderen Einheit, kann sie nicht gelöscht werden.</numerusform>
            <numerusform>%n Benutzer gehören zu dieser Einheit. Sie verlieren sie und behalten ihre anderen Einheiten; gehört einer von ihnen zu keiner anderen Einheit, kann sie nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Einheit „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: some of its members belong to no other unit. Place them in another unit first.</source>
        <translation>„%1“ kann nicht gelöscht werden: Einige Mitglieder gehören zu keiner anderen Einheit. Ordnen Sie sie zuerst einer anderen Einheit zu.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”; %n user(s) now belong to “%2”.</source>
        <translation>
            <numerusform>„%1“ wurde gelöscht; %n Benutzer gehört jetzt zu „%2“.</numerusform>
            <numerusform>„%1“ wurde gelöscht; %n Benutzer gehören jetzt zu „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>steward::ui::OwnershipTransferPanel</name>
    <message>
        <source>Current owner:</source>
        <translation>Aktueller Inhaber:</translation>
    </message>
    <message>
        <source>Search the company&apos;s enabled users</source>
        <translation>Aktivierte Benutzer des Unternehmens durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Make owner…</source>
        <translation>Zum &amp;Inhaber machen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No other enabled user matches.</source>
        <translation>Kein anderer aktivierter Benutzer passt.</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2?</source>
        <translation>%1 zum Inhaber von %2 machen?</translation>
    </message>
    <message>
        <source>The current owner keeps their roles but loses the owner&apos;s protection and the implicit Admin role.</source>
        <translation>Der bisherige Inhaber behält seine Rollen, verliert aber den Schutz als Inhaber und die implizite Rolle Administrator.</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Zum Inhaber machen</translation>
    </message>
    <message>
        <source>%1 is now the owner.</source>
        <translation>%1 ist jetzt Inhaber.</translation>
    </message>
    <message>
        <source>The owner holds Admin implicitly and cannot be deactivated or deleted. Ownership can go to an enabled user of this company; the previous owner keeps their roles. A transfer takes effect at once.</source>
        <translation>Der Inhaber hat implizit die Rolle Administrator und kann weder deaktiviert noch gelöscht werden. Die Inhaberschaft kann auf einen aktivierten Benutzer dieses Unternehmens übertragen werden; der bisherige Inhaber behält seine Rollen. Eine Übertragung wird sofort wirksam.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PasswordRulesView</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Kein häufig verwendetes Passwort</translation>
    </message>
    <message>
        <source>Does not contain the name of your email address</source>
        <translation>Enthält nicht den Teil Ihrer E-Mail-Adresse vor dem @</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Beide Eingaben stimmen überein</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionMatrix</name>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionText</name>
    <message>
        <source>See the company&apos;s details</source>
        <translation>Angaben des Unternehmens ansehen</translation>
    </message>
    <message>
        <source>Change the company&apos;s settings</source>
        <translation>Einstellungen des Unternehmens ändern</translation>
    </message>
    <message>
        <source>Read the KYC profile fields</source>
        <translation>KYC-Profilfelder lesen</translation>
    </message>
    <message>
        <source>Open and upload KYC documents</source>
        <translation>KYC-Dokumente öffnen und hochladen</translation>
    </message>
    <message>
        <source>Change payment details</source>
        <translation>Zahlungsdaten ändern</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Rechnungen lesen</translation>
    </message>
    <message>
        <source>See orders</source>
        <translation>Bestellungen ansehen</translation>
    </message>
    <message>
        <source>Manage orders</source>
        <translation>Bestellungen verwalten</translation>
    </message>
    <message>
        <source>See products</source>
        <translation>Produkte ansehen</translation>
    </message>
    <message>
        <source>Manage products</source>
        <translation>Produkte verwalten</translation>
    </message>
    <message>
        <source>See the company&apos;s users</source>
        <translation>Benutzer des Unternehmens ansehen</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Edit users and change their state</source>
        <translation>Benutzer bearbeiten und ihren Status ändern</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Reset passwords, issue temporary passwords, revoke sessions, unlock</source>
        <translation>Passwörter zurücksetzen, temporäre Passwörter vergeben, Sitzungen beenden, entsperren</translation>
    </message>
    <message>
        <source>Assign roles to users</source>
        <translation>Benutzern Rollen zuweisen</translation>
    </message>
    <message>
        <source>Invite, resend and revoke invitations</source>
        <translation>Einladen, Einladungen erneut senden und widerrufen</translation>
    </message>
    <message>
        <source>Create and edit custom roles</source>
        <translation>Benutzerdefinierte Rollen anlegen und bearbeiten</translation>
    </message>
    <message>
        <source>Manage organizational units</source>
        <translation>Organisationseinheiten verwalten</translation>
    </message>
    <message>
        <source>Create and revoke API tokens</source>
        <translation>API-Token anlegen und widerrufen</translation>
    </message>
    <message>
        <source>Read the company&apos;s audit log</source>
        <translation>Audit-Protokoll des Unternehmens lesen</translation>
    </message>
    <message>
        <source>See every company</source>
        <translation>Alle Unternehmen ansehen</translation>
    </message>
    <message>
        <source>Create and change companies</source>
        <translation>Unternehmen anlegen und ändern</translation>
    </message>
    <message>
        <source>See the users of every company</source>
        <translation>Benutzer aller Unternehmen ansehen</translation>
    </message>
    <message>
        <source>Change the users of every company</source>
        <translation>Benutzer aller Unternehmen ändern</translation>
    </message>
    <message>
        <source>Reset credentials of any user</source>
        <translation>Zugangsdaten beliebiger Benutzer zurücksetzen</translation>
    </message>
    <message>
        <source>Read every audit log</source>
        <translation>Alle Audit-Protokolle lesen</translation>
    </message>
    <message>
        <source>Manage the platform&apos;s own staff</source>
        <translation>Mitarbeitende der Plattform verwalten</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>Permission area: the company&apos;s details, settings and KYC profile.</extracomment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Users and invitations</source>
        <translation>Benutzer und Einladungen</translation>
    </message>
    <message>
        <source>Orders and products</source>
        <translation>Bestellungen und Produkte</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Rechnungen und Zahlungen</translation>
    </message>
    <message>
        <source>Roles, units, API tokens and audit</source>
        <translation>Rollen, Einheiten, API-Token und Audit</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoleEditor</name>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Built-in role %1</source>
        <translation>Integrierte Rolle %1</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>Unternehmen wählen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Optional: what people with this role do</source>
        <translation>Optional: was Personen mit dieser Rolle tun</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>Be&amp;rechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>Die aktuelle Version wurde geladen; Ihre Änderungen bleiben erhalten. Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder müssen geprüft werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Someone else changed this role after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Jemand anderes hat diese Rolle geändert, nachdem Sie sie geöffnet haben. Laden Sie neu, um dessen Version zu erhalten; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Built-in roles are the same in every company and cannot be changed. Use Duplicate in the roles list to make an editable copy.</source>
        <translation>Integrierte Rollen sind in jedem Unternehmen gleich und können nicht geändert werden. Erstellen Sie mit „Duplizieren“ in der Rollenliste eine bearbeitbare Kopie.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RolesView</name>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>Create a custom role (Ctrl+N)</source>
        <translation>Benutzerdefinierte Rolle anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>A new custom role with the same permissions (Ctrl+D)</source>
        <translation>Neue benutzerdefinierte Rolle mit denselben Berechtigungen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the custom role (Del)</source>
        <translation>Benutzerdefinierte Rolle löschen (Entf)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <extracomment>Filter: company roles or platform staff roles.</extracomment>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Company roles</source>
        <translation>Unternehmensrollen</translation>
    </message>
    <message>
        <source>Platform roles</source>
        <translation>Plattformrollen</translation>
    </message>
    <message>
        <source>Select a role to see its permissions.</source>
        <translation>Wählen Sie eine Rolle aus, um ihre Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Show the built-in role&apos;s permissions (Enter)</source>
        <translation>Berechtigungen der integrierten Rolle anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Edit the selected role (Enter or double-click)</source>
        <translation>Ausgewählte Rolle bearbeiten (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Built-in role, read-only</source>
        <translation>Integrierte Rolle, schreibgeschützt</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Benutzerdefinierte Rolle</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>Die Rolle %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Rolle „%1“ löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>Die Rolle %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Die Rolle %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Role in use</source>
        <translation>Rolle in Verwendung</translation>
    </message>
    <message>
        <source>Users still hold the role “%1”.</source>
        <translation>Die Rolle „%1“ ist noch Benutzern zugewiesen.</translation>
    </message>
    <message>
        <source>Remove it from them and delete it anyway?</source>
        <translation>Die Rolle entziehen und trotzdem löschen?</translation>
    </message>
    <message>
        <source>Remove and delete</source>
        <translation>Entziehen und löschen</translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionController</name>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Der Schlüsselbund meldet ein Problem: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so your session is kept only until Steward closes. You will have to sign in again next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher bleibt Ihre Sitzung nur erhalten, bis Steward geschlossen wird. Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Remembered servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Trust a &amp;CA for this server…</source>
        <translation>Einer &amp;CA für diesen Server vertrauen…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 — certificate %2</source>
        <translation>%1 – Zertifikat %2</translation>
    </message>
    <message>
        <source>%1 — CA: %2</source>
        <translation>%1 – CA: %2</translation>
    </message>
    <message>
        <source>CA certificate for %1</source>
        <translation>CA-Zertifikat für %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SignInWindow</name>
    <message>
        <source>Sign in to Steward</source>
        <translation>Bei Steward anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Your session has ended. Enter your password to continue where you left off.</source>
        <translation>Ihre Sitzung ist abgelaufen. Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://steward.example.com</source>
        <translation>https://steward.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@unternehmen.de</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps your session in the system keychain so that Steward opens signed in.</source>
        <translation>Speichert Ihre Sitzung im Schlüsselbund des Systems, sodass Steward beim Start bereits angemeldet ist.</translation>
    </message>
    <message>
        <source>I forgot my credentials</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Anme&amp;lden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://steward.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://steward.example.com.</translation>
    </message>
    <message>
        <source>Steward only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Steward verbindet sich nur über HTTPS. Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Enter your email address first; we will send a link to reset your password to it.</source>
        <translation>Geben Sie zuerst Ihre E-Mail-Adresse ein; wir senden Ihnen dorthin einen Link zum Zurücksetzen Ihres Passworts.</translation>
    </message>
    <message>
        <source>If an account exists for %1, a link to choose a new password is on its way. Check your inbox (and the spam folder).</source>
        <translation>Falls für %1 ein Konto besteht, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach.</translation>
    </message>
</context>
<context>
    <name>steward::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>The temporary password of %1 is below. Hand it over in a safe way; it is shown only now. They must choose their own password when they sign in with it.</source>
        <translation>Unten steht das temporäre Passwort von %1. Übergeben Sie es auf sicherem Weg; es wird nur jetzt angezeigt. Bei der Anmeldung damit muss die Person ein eigenes Passwort festlegen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>steward::ui::UnitNameDialog</name>
    <message>
        <source>Another unit at this place already has this name.</source>
        <translation>Eine andere Einheit an dieser Stelle hat bereits diesen Namen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UserEditor</name>
    <message>
        <source>Company default</source>
        <translation>Standard des Unternehmens</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>made from the email address</source>
        <translation>wird aus der E-Mail-Adresse gebildet</translation>
    </message>
    <message>
        <source>How the person gets in</source>
        <translation>Wie die Person Zugang erhält</translation>
    </message>
    <message>
        <source>Send an invitation email with a link to set a password</source>
        <translation>Einladungs-E-Mail mit einem Link zum Festlegen des Passworts senden</translation>
    </message>
    <message>
        <source>Create a temporary password to hand over (shown once; changed at first sign-in)</source>
        <translation>Temporäres Passwort zum Übergeben erstellen (wird einmal angezeigt; bei der ersten Anmeldung geändert)</translation>
    </message>
    <message>
        <source>Send nothing (the person uses &quot;I forgot my credentials&quot;)</source>
        <translation>Nichts senden (die Person verwendet „Passwort vergessen?“)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Tick the roles the person holds. Untick &quot;Enabled&quot; to switch an assignment off for a while without removing it.</source>
        <translation>Haken Sie die Rollen der Person an. Entfernen Sie den Haken bei „Aktiviert“, um eine Zuweisung vorübergehend auszuschalten, ohne sie zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Angaben</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Organizational &amp;units</source>
        <translation>&amp;Organisationseinheiten</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>&amp;Weitere Felder</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>Company default (%1)</source>
        <translation>Standard des Unternehmens (%1)</translation>
    </message>
    <message>
        <source>Choose the person&apos;s company.</source>
        <translation>Wählen Sie das Unternehmen der Person.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Load their version and keep the changes you made here on top of it?</source>
        <translation>Jemand anderes hat %1 geändert, während Sie bearbeitet haben. Dessen Version laden und Ihre Änderungen von hier darauf anwenden?</translation>
    </message>
    <message>
        <source>&amp;Reload and keep my changes</source>
        <translation>&amp;Neu laden und meine Änderungen behalten</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user meanwhile.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Benutzer zwischenzeitlich geändert.</translation>
    </message>
    <message>
        <source>Reloaded. Your changes are kept; review them and save again.</source>
        <translation>Neu geladen. Ihre Änderungen bleiben erhalten; prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserFacingText</name>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again %1.</source>
        <translation>Zu viele Versuche. Versuchen Sie es %1 erneut.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Sie haben keine Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Reload to see their changes.</source>
        <translation>Jemand anderes hat dies zwischenzeitlich geändert. Laden Sie neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. For your security, sign-in is locked; try again %1.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche. Zu Ihrer Sicherheit ist die Anmeldung gesperrt; versuchen Sie es %1 erneut.</translation>
    </message>
    <message>
        <source>The company owner is protected: transfer ownership to another user first.</source>
        <translation>Der Inhaber des Unternehmens ist geschützt: Übertragen Sie zuerst die Inhaberschaft auf einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht löschen.</translation>
    </message>
    <message>
        <source>The account is deactivated; reactivate it first.</source>
        <translation>Das Konto ist deaktiviert; reaktivieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>The user is already deactivated.</source>
        <translation>Der Benutzer ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Only a deactivated user can be reactivated.</source>
        <translation>Nur ein deaktivierter Benutzer kann reaktiviert werden.</translation>
    </message>
    <message>
        <source>The email address is not verified yet.</source>
        <translation>Die E-Mail-Adresse ist noch nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UsersView</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Rea&amp;ktivieren</translation>
    </message>
    <message>
        <source>Send password &amp;reset</source>
        <translation>Link zum &amp;Zurücksetzen senden</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>&amp;Temporäres Passwort…</translation>
    </message>
    <message>
        <source>Revoke &amp;sessions</source>
        <translation>&amp;Sitzungen beenden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Lift a sign-in lockout after too many failed attempts</source>
        <translation>Anmeldesperre nach zu vielen Fehlversuchen aufheben</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Benutzer überall abmelden</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;inheit:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Valid (waiting to be enabled)</source>
        <translation>Validiert (wartet auf Aktivierung)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle Einheiten</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt am:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Select a user to see the details.</source>
        <translation>Wählen Sie einen Benutzer aus, um die Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt</numerusform>
            <numerusform>%n Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>%1 löschen? Die Sitzungen werden beendet und die Daten entfernt; das Audit-Protokoll behält einen Eintrag. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>%1 deaktivieren? Eine Anmeldung ist dann nicht mehr möglich, Sitzungen und API-Token werden beendet. Sie können die Konten später reaktivieren.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Link zum Zurücksetzen des Passworts senden</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Sign %1 out on every device?</source>
        <translation>%1 auf allen Geräten abmelden?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>benutzer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: done for %2.</source>
        <extracomment>%1 is the action (&quot;Deactivate&quot;), %2 the user.</extracomment>
        <translation>%1: für %2 erledigt.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 für %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed.</source>
        <translation>%1: %2 erledigt, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 — results</source>
        <translation>%1 – Ergebnisse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>Replace the password of %1 with a temporary one? Their sessions end, and they must choose a new password when they next sign in.</source>
        <translation>Passwort von %1 durch ein temporäres ersetzen? Die Sitzungen werden beendet, und bei der nächsten Anmeldung muss ein neues Passwort gewählt werden.</translation>
    </message>
    <message>
        <source>&amp;Create temporary password</source>
        <translation>Temporäres Passwort &amp;erstellen</translation>
    </message>
    <message>
        <source>No temporary password for %1: %2</source>
        <translation>Kein temporäres Passwort für %1: %2</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Benutzer %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Änderungen an %1 wurden gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>
            <numerusform>%n Benutzer löschen? Die Sitzungen werden beendet und die Daten entfernt; das Audit-Protokoll behält einen Eintrag. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Benutzer löschen? Die Sitzungen werden beendet und die Daten entfernt; das Audit-Protokoll behält einen Eintrag. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n users? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren? Eine Anmeldung ist dann nicht mehr möglich, Sitzungen und API-Token werden beendet. Sie können das Konto später reaktivieren.</numerusform>
            <numerusform>%n Benutzer deaktivieren? Eine Anmeldung ist dann nicht mehr möglich, Sitzungen und API-Token werden beendet. Sie können die Konten später reaktivieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out on every device?</source>
        <translation>
            <numerusform>%n Benutzer auf allen Geräten abmelden?</numerusform>
            <numerusform>%n Benutzer auf allen Geräten abmelden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ user(s)</source>
        <extracomment>The status bar&apos;s count when the server stopped counting: at least this many users match.</extracomment>
        <translation>
            <numerusform>%Ln+ Benutzer</numerusform>
            <numerusform>%Ln+ Benutzer</numerusform>
        </translation>
    </message>
</context>
</TS>
