<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>steward::app::CommandLine</name>
    <message>
        <source>Steward: administer the users of the companies on your platform.</source>
        <translation>Steward&#xa0;: administrez les utilisateurs des entreprises de votre plateforme.</translation>
    </message>
    <message>
        <source>The server to sign in to.</source>
        <translation>Serveur auquel se connecter.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation>Adresse e-mail à utiliser pour se connecter.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, es, de, fr or ru.</source>
        <translation>Langue de l&apos;interface pour cette exécution&#xa0;: en, es, de, fr ou ru.</translation>
    </message>
    <message>
        <source>unexpected argument %1 (see --help)</source>
        <translation>argument inattendu&#xa0;: %1 (voir --help)</translation>
    </message>
    <message>
        <source>--server: %1 is not a server address</source>
        <translation>--server&#xa0;: %1 n&apos;est pas une adresse de serveur</translation>
    </message>
    <message>
        <source>--lang: %1 is not one of en, es, de, fr, ru</source>
        <translation>--lang&#xa0;: %1 ne fait pas partie des valeurs en, es, de, fr, ru</translation>
    </message>
</context>
<context>
    <name>steward::models::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who made the change.</extracomment>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: what the change was made to.</extracomment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <extracomment>The actor of an audit event made without signing in (a link from an email…).</extracomment>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>%1 (API token)</source>
        <extracomment>An audit event made through an API token; %1 is the token&apos;s creator.</extracomment>
        <translation>%1 (jeton d&apos;API)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An audit event&apos;s object: %1 its kind (User, Role…), %2 its name or id.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>steward::models::CompaniesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: whether a company is active or suspended.</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
</context>
<context>
    <name>steward::models::CompanyState</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationState</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: pending, accepted, expired or revoked.</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Invited by</source>
        <extracomment>Column header: the person who sent the invitation.</extracomment>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Date d&apos;expiration</translation>
    </message>
</context>
<context>
    <name>steward::models::NetworkPageFetcher</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Aucune connexion à un serveur.</translation>
    </message>
</context>
<context>
    <name>steward::models::OrgUnitTreeModel</name>
    <message>
        <source>Unit</source>
        <extracomment>Column header of the organizational unit tree.</extracomment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
</context>
<context>
    <name>steward::models::RemoteTableModel</name>
    <message>
        <source>Not loaded</source>
        <extracomment>Shown in a table row whose data is still on its way from the server.</extracomment>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>steward::models::RoleScope</name>
    <message>
        <source>Company</source>
        <extracomment>Role scope: used inside one company.</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>Role scope: platform staff.</extracomment>
        <translation>Plateforme</translation>
    </message>
</context>
<context>
    <name>steward::models::RolesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Column header: whether a role is for companies or for platform staff.</extracomment>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: built-in or custom role.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Prédéfini</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>steward::models::TargetType</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Unité d&apos;organisation</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>steward::models::UserState</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>A self-registered user whose email is verified, waiting for an admin to enable them.</extracomment>
        <translation>Validé</translation>
    </message>
</context>
<context>
    <name>steward::models::UsersModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: the state of a user account (enabled, deactivated…).</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>The company column of a platform staff account, which belongs to no company.</extracomment>
        <translation>Plateforme</translation>
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
        <translation>Le certificat de %1 n&apos;a pas été approuvé&#xa0;; aucune connexion n&apos;a donc été établie.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Is %1 a Steward server of a matching version?</source>
        <translation>La réponse du serveur est illisible. %1 est-il bien un serveur Steward d&apos;une version compatible&#xa0;?</translation>
    </message>
</context>
<context>
    <name>steward::net::ApiResult</name>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation>Le serveur est temporairement indisponible (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a renvoyé une erreur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>steward::net::CertificateTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you trusted it. This can mean that someone is intercepting the connection, so it was refused. If the server&apos;s administrator replaced the certificate, remove the trusted certificate for this server in Settings and connect again.</source>
        <translation>Le certificat de %1 a changé depuis que vous l&apos;avez approuvé. Quelqu&apos;un intercepte peut-être la connexion&#xa0;; elle a donc été refusée. Si l&apos;administrateur du serveur a remplacé le certificat, retirez le certificat approuvé de ce serveur dans les Paramètres, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>steward::net::NetworkErrorText</name>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: nom d&apos;hôte introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the connection was refused. Is the server running?</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: connexion refusée. Le serveur est-il démarré&#xa0;?</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>Le serveur %1 a fermé la connexion de manière inattendue.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the network is not available.</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: le réseau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 through the proxy: %2</source>
        <translation>Impossible de joindre le serveur %1 via le proxy&#xa0;: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request somewhere it may not go.</source>
        <translation>Le serveur %1 a redirigé la requête vers une destination non autorisée.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak the expected protocol. Check the address.</source>
        <translation>Le serveur %1 n&apos;utilise pas le protocole attendu. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to continue.</source>
        <translation>Votre session est fermée&#xa0;; reconnectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>steward::net::TokenVault</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Le trousseau a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until the application closes; next time you will need to sign in again.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Votre session reste ouverte jusqu&apos;à la fermeture de l&apos;application&#xa0;; la prochaine fois, vous devrez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AccountDialog</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Unique identifier:</source>
        <translation>Identifiant unique&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Email me about:</source>
        <translation>Notifications par e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>The identifier is on the clipboard.</source>
        <translation>L&apos;identifiant a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions have ended.</source>
        <translation>Votre mot de passe a été modifié. Vos autres sessions ont été fermées.</translation>
    </message>
    <message>
        <source>My Account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Language and notifications</source>
        <translation>Langue et notifications</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Change &amp;email…</source>
        <translation>Modifier l&apos;a&amp;dresse e-mail…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the identifier to the clipboard</source>
        <translation>Copier l&apos;identifiant dans le presse-papiers</translation>
    </message>
    <message>
        <source>Your company&apos;s administrators manage your name.</source>
        <translation>Votre nom est géré par les administrateurs de votre entreprise.</translation>
    </message>
    <message>
        <source>Every email Steward sends you arrives in this language.</source>
        <translation>Tous les e-mails que Steward vous envoie sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <source>Sign-ins and sessions ended by an administrator</source>
        <translation>Connexions et sessions fermées par un administrateur</translation>
    </message>
    <message>
        <source>Changes to my team: accepted invitations, role changes</source>
        <translation>Changements dans mon équipe&#xa0;: invitations acceptées, changements de rôle</translation>
    </message>
    <message>
        <source>News about the platform</source>
        <translation>Actualités de la plateforme</translation>
    </message>
    <message>
        <source>Security notices (password or email changed) are always sent.</source>
        <translation>Les notifications de sécurité (modification du mot de passe ou de l&apos;adresse e-mail) sont toujours envoyées.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Modifier le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Platform operator</source>
        <extracomment>Shown as the company of platform staff, who belong to no customer company.</extracomment>
        <translation>Opérateur de la plateforme</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Your account was changed elsewhere meanwhile. The current values are shown; make your change again.</source>
        <translation>Votre compte a été modifié ailleurs entre-temps. Les valeurs actuelles sont affichées&#xa0;; refaites votre modification.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Vérifiez les champs mis en évidence.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Vos modifications ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditDetailsPane</name>
    <message>
        <source>Time:</source>
        <translation>Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Client address:</source>
        <extracomment>The network address the change came from.</extracomment>
        <translation>Adresse du client&#xa0;:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <extracomment>The id of the HTTP request, also found in the server&apos;s log.</extracomment>
        <translation>ID de la requête&#xa0;:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>This event changed no recorded field.</source>
        <translation>Cet événement n&apos;a modifié aucun champ enregistré.</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A field that had no value before or after a change.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Anonymous (a link from an email, a registration…)</source>
        <translation>Anonyme (lien d&apos;un e-mail, inscription…)</translation>
    </message>
    <message>
        <source>%1 through an API token</source>
        <extracomment>%1 is the person who created the API token.</extracomment>
        <translation>%1 via un jeton d&apos;API</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An audit event&apos;s object: %1 its kind (User, Role…), %2 its name or id.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Sélectionnez un événement pour afficher ses modifications.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditView</name>
    <message>
        <source>All user actions</source>
        <translation>Toutes les actions sur les utilisateurs</translation>
    </message>
    <message>
        <source>All invitation actions</source>
        <translation>Toutes les actions sur les invitations</translation>
    </message>
    <message>
        <source>All role actions</source>
        <translation>Toutes les actions sur les rôles</translation>
    </message>
    <message>
        <source>All unit actions</source>
        <translation>Toutes les actions sur les unités d&apos;organisation</translation>
    </message>
    <message>
        <source>All company actions</source>
        <translation>Toutes les actions sur les entreprises</translation>
    </message>
    <message>
        <source>All API token actions</source>
        <translation>Toutes les actions sur les jetons d&apos;API</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <extracomment>Audit filter: who made the change.</extracomment>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Name, email or id</source>
        <translation>Nom, adresse e-mail ou ID</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <extracomment>Audit filter: what the change was made to.</extracomment>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>A user&apos;s name or email, or any object&apos;s id</source>
        <translation>Nom ou adresse e-mail d&apos;un utilisateur, ou ID de n&apos;importe quel objet</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Jus&amp;qu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show only events by this person</source>
        <translation>Afficher uniquement les événements de cette personne</translation>
    </message>
    <message>
        <source>Show only events about this object</source>
        <translation>Afficher uniquement les événements concernant cet objet</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the time range must be after its start.</source>
        <translation>La fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several people match “%1”: type more of the name or the email.</source>
        <translation>Plusieurs personnes correspondent à «&#xa0;%1&#xa0;»&#xa0;: saisissez davantage du nom ou de l&apos;adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CertificateDialog</name>
    <message>
        <source>Unknown certificate</source>
        <translation>Certificat inconnu</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that no authority you trust vouches for. Trust it only if its fingerprint is the one your administrator gave you.</source>
        <translation>Le serveur %1 a présenté un certificat qu&apos;aucune autorité de confiance ne garantit. Ne l&apos;approuvez que si son empreinte est celle que votre administrateur vous a communiquée.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Pourquoi il n&apos;est pas approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>Ne &amp;pas se connecter</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose a password of your own to continue.</source>
        <translation>Vous avez utilisé un mot de passe temporaire pour vous connecter. Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Enter your current password and choose a new one. You stay signed in on this computer; your other sessions end.</source>
        <translation>Saisissez votre mot de passe actuel et choisissez-en un nouveau. Votre session reste ouverte sur cet ordinateur&#xa0;; vos autres sessions seront fermées.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répétez le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompaniesView</name>
    <message>
        <source>Legal name:</source>
        <translation>Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Identifiant fiscal&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Langue par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Noms des utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Champs personnalisés&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Date de création&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln entreprise</numerusform>
            <numerusform>%Ln entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Create a company and its owner (Ctrl+N)</source>
        <translation>Créer une entreprise et son propriétaire (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected company (Enter or double-click)</source>
        <translation>Modifier l&apos;entreprise sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Filter: which company states the list shows.</extracomment>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Sélectionnez une entreprise pour afficher ses informations.</translation>
    </message>
    <message>
        <source>Created %1. Its owner will get an email to set their password.</source>
        <translation>L&apos;entreprise «&#xa0;%1&#xa0;» a été créée. Son propriétaire recevra un e-mail pour définir son mot de passe.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Users may edit their own name</source>
        <translation>Les utilisateurs peuvent modifier leur nom</translation>
    </message>
    <message>
        <source>Only administrators change names</source>
        <translation>Seuls les administrateurs modifient les noms</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompanyEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Identifiant fiscal&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Langue par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Noms des utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Modifier l&apos;entreprise</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Custom user fields</source>
        <translation>Champs utilisateur personnalisés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Suspending a company does not stop its users from signing in.</source>
        <translation>La suspension d&apos;une entreprise n&apos;empêche pas ses utilisateurs de se connecter.</translation>
    </message>
    <message>
        <source>Only platform staff can suspend or resume a company.</source>
        <translation>Seul le personnel de la plateforme peut suspendre ou réactiver une entreprise.</translation>
    </message>
    <message>
        <source>Users may edit their own first and last name</source>
        <translation>Les utilisateurs peuvent modifier leurs prénom et nom</translation>
    </message>
    <message>
        <source>When unchecked, only the company&apos;s administrators can change a user&apos;s name; users see it read-only in My Account.</source>
        <translation>Si la case est décochée, seuls les administrateurs de l&apos;entreprise peuvent modifier le nom d&apos;un utilisateur&#xa0;; les utilisateurs le voient en lecture seule dans «&#xa0;Mon compte&#xa0;».</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Extra fields every user of this company has. Removing a field drops its values the next time each user is saved.</source>
        <translation>Champs supplémentaires dont dispose chaque utilisateur de cette entreprise. Si vous retirez un champ, ses valeurs disparaissent au prochain enregistrement de chaque utilisateur.</translation>
    </message>
    <message>
        <source>The owner is the company&apos;s first user. They hold Admin and receive an email to set their password (valid 72 hours).</source>
        <translation>Le propriétaire est le premier utilisateur de l&apos;entreprise. Il dispose du rôle Administrateur et reçoit un e-mail pour définir son mot de passe (valable 72 h).</translation>
    </message>
    <message>
        <source>Optional: taken from the email address</source>
        <translation>Facultatif&#xa0;: repris de l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>The company&apos;s default language</source>
        <translation>Langue par défaut de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>La version actuelle a été rechargée et vos modifications sont conservées. Vérifiez-les, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs doivent être vérifiés.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette entreprise après que vous l&apos;avez ouverte. Rechargez pour obtenir sa version&#xa0;; ce que vous avez saisi ici est conservé.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CustomFieldDefinitionsEditor</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: the kind of value of a custom field (text, number, date, choice).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Editable by</source>
        <translation>Modifiable par</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Longueur max.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Stable name the values are stored under: a–z, 0–9 and _, starting with a letter.</source>
        <translation>Nom fixe sous lequel les valeurs sont enregistrées&#xa0;: a–z, 0–9 et _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>No two users of the company may have the same value.</source>
        <translation>Deux utilisateurs de l&apos;entreprise ne peuvent pas avoir la même valeur.</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Retirer le champ</translation>
    </message>
    <message>
        <source>Options of the selected choice field, one per line:</source>
        <translation>Options du champ à choix sélectionné, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Administrateurs uniquement</translation>
    </message>
    <message>
        <source>Admins and the user</source>
        <translation>Administrateurs et l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Champ %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>steward::ui::CustomFieldsForm</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>steward::ui::EmailChangeDialog</name>
    <message>
        <source>Change email address</source>
        <translation>Modifier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>We will send a confirmation link to the new address and a notice to %1. Your address changes when you follow the link; then you sign in with the new one.</source>
        <translation>Nous enverrons un lien de confirmation à la nouvelle adresse et une notification à %1. Votre adresse change dès que vous ouvrez le lien&#xa0;; vous vous connecterez ensuite avec la nouvelle.</translation>
    </message>
    <message>
        <source>&amp;New email address:</source>
        <translation>&amp;Nouvelle adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new address:</source>
        <translation>&amp;Répétez la nouvelle adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Current &amp;password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;confirmation link</source>
        <translation>Envoyer le lien de &amp;confirmation</translation>
    </message>
    <message>
        <source>The two addresses differ.</source>
        <translation>Les deux adresses ne correspondent pas.</translation>
    </message>
    <message>
        <source>Follow the link we sent to %1 to confirm the change.</source>
        <translation>Ouvrez le lien envoyé à %1 pour confirmer la modification.</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldRuleText</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Au plus %n caractère.</numerusform>
            <numerusform>Au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>Contient des caractères non autorisés ici.</translation>
    </message>
    <message>
        <source>Not an assigned ISO 3166-1 country code.</source>
        <translation>Ce n&apos;est pas un code de pays ISO 3166-1 attribué.</translation>
    </message>
    <message>
        <source>Another field already uses this key.</source>
        <translation>Un autre champ utilise déjà cette clé.</translation>
    </message>
    <message>
        <source>Must start with a letter a–z and contain only a–z, 0–9 and _.</source>
        <translation>Doit commencer par une lettre a–z et ne contenir que a–z, 0–9 et _.</translation>
    </message>
    <message>
        <source>Must be between 1 and 10,000.</source>
        <translation>Doit être compris entre 1 et 10&#xa0;000.</translation>
    </message>
    <message>
        <source>Options must be distinct.</source>
        <translation>Les options doivent être différentes.</translation>
    </message>
    <message>
        <source>Must be two upper-case letters.</source>
        <translation>Doit comporter deux lettres majuscules.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>steward::ui::IdNameResolver</name>
    <message>
        <source>Someone not visible to you (%1…)</source>
        <extracomment>An audit actor or inviter the signed-in person may not see; %1 starts their id.</extracomment>
        <translation>Quelqu&apos;un que vous ne pouvez pas voir (%1…)</translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationExpiryDelegate</name>
    <message>
        <source>expired</source>
        <extracomment>An invitation&apos;s expiry that has passed.</extracomment>
        <translation>expirée</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>expire dans %n heure</numerusform>
            <numerusform>expire dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>expire dans %n minute</numerusform>
            <numerusform>expire dans %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationsView</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Invite people by email (%1)</source>
        <translation>Inviter des personnes par e-mail (%1)</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <extracomment>Send an invitation again, with a new link.</extracomment>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send the selected invitations again with a new link valid for 7 days</source>
        <translation>Renvoyer les invitations sélectionnées avec un nouveau lien valable 7 jours</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>End the links of the selected invitations</source>
        <translation>Désactiver les liens des invitations sélectionnées</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Email language:</source>
        <translation>Langue de l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Invited by:</source>
        <translation>Envoyée par&#xa0;:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Date d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Date d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Date d&apos;acceptation&#xa0;:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Date de révocation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company first: invitations are sent into one company.</source>
        <translation>Choisissez d&apos;abord une entreprise&#xa0;: chaque invitation concerne une seule entreprise.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitation envoyée.</numerusform>
            <numerusform>%n invitations envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a time that is not set (not accepted, not revoked…).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No roles were chosen for the invitation.</extracomment>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent again with a new link.</source>
        <translation>
            <numerusform>%n invitation renvoyée avec un nouveau lien.</numerusform>
            <numerusform>%n invitations renvoyées avec un nouveau lien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the invitation of “%1”?</source>
        <translation>Révoquer l&apos;invitation de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)?</source>
        <translation>
            <numerusform>Révoquer %n invitation&#xa0;?</numerusform>
            <numerusform>Révoquer %n invitations&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Révoquer des invitations</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>%n invitation révoquée.</numerusform>
            <numerusform>%n invitations révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link in the email stops working at once. The invitation stays in the list as revoked.</source>
        <translation>Le lien de l&apos;e-mail cesse immédiatement de fonctionner. L&apos;invitation reste dans la liste avec l&apos;état Révoquée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) selected.</source>
        <translation>
            <numerusform>%n invitation sélectionnée.</numerusform>
            <numerusform>%n invitations sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an invitation to see its details.</source>
        <translation>Sélectionnez une invitation pour afficher ses informations.</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteAddresses</name>
    <message>
        <source>too long</source>
        <translation>trop longue</translation>
    </message>
    <message>
        <source>not a valid email address</source>
        <extracomment>Why an address in the invite dialog is refused (no @, no domain, bad characters…).</extracomment>
        <translation>n&apos;est pas une adresse e-mail valide</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <source>Each address gets its own invitation email with a link that is valid for 7 days. The invitee chooses a name and a password and can then sign in with the roles chosen here.</source>
        <translation>Chaque adresse reçoit son propre e-mail d&apos;invitation avec un lien valable 7 jours. La personne invitée choisit un nom et un mot de passe, puis peut se connecter avec les rôles choisis ici.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Adresses e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Une par ligne, ou séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <extracomment>Label of the language the invitation email is written in.</extracomment>
        <translation>&amp;Langue de l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>The company&apos;s default</source>
        <translation>Langue par défaut de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company&apos;s default (%1)</source>
        <translation>Langue par défaut de l&apos;entreprise (%1)</translation>
    </message>
    <message>
        <source>&amp;Send invitations</source>
        <translation>&amp;Envoyer les invitations</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Chargement des rôles…</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Impossible de charger les rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One refused address in the invite dialog: %1 the address, %2 why.</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>These addresses cannot be invited:
%1</source>
        <translation>Impossible d&apos;inviter ces adresses&#xa0;:
%1</translation>
    </message>
    <message>
        <source>already has a pending invitation; resend it from the list instead</source>
        <translation>a déjà une invitation en attente&#xa0;; renvoyez-la plutôt depuis la liste</translation>
    </message>
    <message>
        <source>already a member of this company</source>
        <translation>fait déjà partie de cette entreprise</translation>
    </message>
    <message>
        <source>you may not give roles; invite without roles or ask an administrator</source>
        <translation>vous n&apos;avez pas le droit d&apos;attribuer des rôles&#xa0;; invitez sans rôle ou adressez-vous à un administrateur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the invite dialog&apos;s outcome list: %1 the address, %2 what happened.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Unités d&apos;organisation</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <extracomment>The scope indicator: whose data the person sees (&quot;Company: Acme Ltd&quot; or &quot;Platform&quot;).</extracomment>
        <translation>Portée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steward — %1</source>
        <translation>Steward — %1</translation>
    </message>
    <message>
        <source>%1 will appear here.</source>
        <translation>La section «&#xa0;%1&#xa0;» apparaîtra ici.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>My Account — %1</source>
        <translation>Mon compte — %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>Déplacer l&apos;unité</translation>
    </message>
    <message>
        <source>Move “%1”, with every unit below it, to:</source>
        <translation>Déplacer «&#xa0;%1&#xa0;», avec toutes les unités qui en dépendent, vers&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;top level</source>
        <translation>Le niveau &amp;supérieur</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Rechercher une unité</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <extracomment>Button of the &quot;Move unit&quot; dialog.</extracomment>
        <translation>&amp;Déplacer</translation>
    </message>
</context>
<context>
    <name>steward::ui::OrgUnitsView</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Ajouter une unité…</translation>
    </message>
    <message>
        <source>Add a unit below the selected one (%1)</source>
        <translation>Ajouter une unité sous celle sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Add &amp;top-level unit…</source>
        <translation>Ajouter une unité de niveau &amp;supérieur…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected unit, with everything below it; you can also drag it</source>
        <translation>Déplacer l&apos;unité sélectionnée avec tout ce qui en dépend&#xa0;; vous pouvez aussi la faire glisser</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filtrer les unités</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Someone else changed this unit meanwhile. Reload to see their changes, then try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette unité entre-temps. Rechargez pour voir ses modifications, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new top-level unit:</source>
        <translation>Nom de la nouvelle unité de niveau supérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new unit below “%1”:</source>
        <translation>Nom de la nouvelle unité sous «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Ajouter une unité</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajoutée.</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Renommer l&apos;unité</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a été renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <extracomment>%1 a unit&apos;s name, %2 where it went: &quot;“Inbound”&quot; or &quot;the top level&quot;.</extracomment>
        <translation>«&#xa0;%1&#xa0;» a été déplacée vers %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit cannot be placed below itself or one of its own units.</source>
        <translation>Impossible de déplacer «&#xa0;%1&#xa0;» à cet endroit&#xa0;: une unité ne peut pas être placée sous elle-même ni sous l&apos;une de ses propres unités.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: the tree would be deeper than 30 levels.</source>
        <translation>Impossible de déplacer «&#xa0;%1&#xa0;» à cet endroit&#xa0;: l&apos;arborescence dépasserait 30 niveaux.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: it would leave the units you are limited to.</source>
        <translation>Impossible de déplacer «&#xa0;%1&#xa0;» à cet endroit&#xa0;: l&apos;unité sortirait des unités auxquelles votre accès est limité.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit with the same name is already there.</source>
        <translation>Impossible de déplacer «&#xa0;%1&#xa0;» à cet endroit&#xa0;: une unité du même nom s&apos;y trouve déjà.</translation>
    </message>
    <message>
        <source>“%1” has units below it. Move or delete them first.</source>
        <translation>«&#xa0;%1&#xa0;» contient des unités. Déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>No user belongs to this unit, so nobody&apos;s access changes.</source>
        <translation>Aucun utilisateur n&apos;appartient à cette unité&#xa0;; l&apos;accès de personne ne change donc.</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) will belong to “%1” instead, and will see everything in “%1”.</source>
        <translation>Ses membres (dont vous ne voyez peut-être pas le nombre) appartiendront désormais à «&#xa0;%1&#xa0;» et verront tout le contenu de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) lose this unit. If one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>Ses membres (dont vous ne voyez peut-être pas le nombre) perdent cette unité. Si l&apos;un d&apos;eux n&apos;appartient à aucune autre unité, celle-ci ne peut pas être supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</source>
        <translation>
            <numerusform>%n utilisateur appartient à cette unité. Il appartiendra désormais à «&#xa0;%1&#xa0;»&#xa0;; comme les unités limitent ce que chacun voit, il verra tout le contenu de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n utilisateurs appartiennent à cette unité. Ils appartiendront désormais à «&#xa0;%1&#xa0;»&#xa0;; comme les unités limitent ce que chacun voit, ils verront tout le contenu de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They lose it and keep their other units; if one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>
            <numerusform>%n utilisateur appartient à cette unité. Il la perd et conserve ses autres unités&#xa0;; s&apos;il n&apos;appartient à aucune autre unité, celle-ci ne peut pas être supprimée.</numerusform>
            <numerusform>%n utilisateurs appartiennent à cette unité. Ils la perdent et conservent leurs autres unités&#xa0;; si l&apos;un d&apos;eux n&apos;appartient à aucune autre unité, celle-ci ne peut pas être supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Supprimer l&apos;unité</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Supprimer l&apos;unité «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: some of its members belong to no other unit. Place them in another unit first.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: certains de ses membres n&apos;appartiennent à aucune autre unité. Placez-les d&apos;abord dans une autre unité.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”; %n user(s) now belong to “%2”.</source>
        <translation>
            <numerusform>L&apos;unité «&#xa0;%1&#xa0;» a été supprimée&#xa0;; %n utilisateur appartient désormais à «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>L&apos;unité «&#xa0;%1&#xa0;» a été supprimée&#xa0;; %n utilisateurs appartiennent désormais à «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>L&apos;unité «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
</context>
<context>
    <name>steward::ui::OwnershipTransferPanel</name>
    <message>
        <source>Current owner:</source>
        <translation>Propriétaire actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Search the company&apos;s enabled users</source>
        <translation>Rechercher parmi les utilisateurs activés de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Make owner…</source>
        <translation>Désigner comme &amp;propriétaire…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No other enabled user matches.</source>
        <translation>Aucun autre utilisateur activé ne correspond.</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2?</source>
        <translation>Désigner %1 comme propriétaire de l&apos;entreprise «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The current owner keeps their roles but loses the owner&apos;s protection and the implicit Admin role.</source>
        <translation>Le propriétaire actuel conserve ses rôles, mais perd la protection du propriétaire et le rôle Administrateur implicite.</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Désigner comme propriétaire</translation>
    </message>
    <message>
        <source>%1 is now the owner.</source>
        <translation>%1 est désormais propriétaire.</translation>
    </message>
    <message>
        <source>The owner holds Admin implicitly and cannot be deactivated or deleted. Ownership can go to an enabled user of this company; the previous owner keeps their roles. A transfer takes effect at once.</source>
        <translation>Le propriétaire dispose implicitement du rôle Administrateur et ne peut être ni désactivé ni supprimé. La propriété peut être transférée à un utilisateur activé de cette entreprise&#xa0;; l&apos;ancien propriétaire conserve ses rôles. Le transfert prend effet immédiatement.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PasswordRulesView</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Pas un mot de passe courant</translation>
    </message>
    <message>
        <source>Does not contain the name of your email address</source>
        <translation>Ne contient pas la partie de votre adresse e-mail qui précède le @</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Les deux saisies correspondent</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionMatrix</name>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionText</name>
    <message>
        <source>See the company&apos;s details</source>
        <translation>Consulter les informations de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Change the company&apos;s settings</source>
        <translation>Modifier les paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Read the KYC profile fields</source>
        <translation>Consulter les champs du profil KYC</translation>
    </message>
    <message>
        <source>Open and upload KYC documents</source>
        <translation>Ouvrir et téléverser les documents KYC</translation>
    </message>
    <message>
        <source>Change payment details</source>
        <translation>Modifier les informations de paiement</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Consulter les factures</translation>
    </message>
    <message>
        <source>See orders</source>
        <translation>Consulter les commandes</translation>
    </message>
    <message>
        <source>Manage orders</source>
        <translation>Gérer les commandes</translation>
    </message>
    <message>
        <source>See products</source>
        <translation>Consulter les produits</translation>
    </message>
    <message>
        <source>Manage products</source>
        <translation>Gérer les produits</translation>
    </message>
    <message>
        <source>See the company&apos;s users</source>
        <translation>Consulter les utilisateurs de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>Créer des utilisateurs</translation>
    </message>
    <message>
        <source>Edit users and change their state</source>
        <translation>Modifier les utilisateurs et leur statut</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
    <message>
        <source>Reset passwords, issue temporary passwords, revoke sessions, unlock</source>
        <translation>Réinitialiser les mots de passe, attribuer des mots de passe temporaires, fermer les sessions, déverrouiller</translation>
    </message>
    <message>
        <source>Assign roles to users</source>
        <translation>Attribuer des rôles aux utilisateurs</translation>
    </message>
    <message>
        <source>Invite, resend and revoke invitations</source>
        <translation>Inviter, renvoyer et révoquer des invitations</translation>
    </message>
    <message>
        <source>Create and edit custom roles</source>
        <translation>Créer et modifier des rôles personnalisés</translation>
    </message>
    <message>
        <source>Manage organizational units</source>
        <translation>Gérer les unités d&apos;organisation</translation>
    </message>
    <message>
        <source>Create and revoke API tokens</source>
        <translation>Créer et révoquer des jetons d&apos;API</translation>
    </message>
    <message>
        <source>Read the company&apos;s audit log</source>
        <translation>Consulter le journal d&apos;audit de l&apos;entreprise</translation>
    </message>
    <message>
        <source>See every company</source>
        <translation>Consulter toutes les entreprises</translation>
    </message>
    <message>
        <source>Create and change companies</source>
        <translation>Créer et modifier des entreprises</translation>
    </message>
    <message>
        <source>See the users of every company</source>
        <translation>Consulter les utilisateurs de toutes les entreprises</translation>
    </message>
    <message>
        <source>Change the users of every company</source>
        <translation>Modifier les utilisateurs de toutes les entreprises</translation>
    </message>
    <message>
        <source>Reset credentials of any user</source>
        <translation>Réinitialiser les identifiants de n&apos;importe quel utilisateur</translation>
    </message>
    <message>
        <source>Read every audit log</source>
        <translation>Consulter tous les journaux d&apos;audit</translation>
    </message>
    <message>
        <source>Manage the platform&apos;s own staff</source>
        <translation>Gérer le personnel de la plateforme</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>Permission area: the company&apos;s details, settings and KYC profile.</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Users and invitations</source>
        <translation>Utilisateurs et invitations</translation>
    </message>
    <message>
        <source>Orders and products</source>
        <translation>Commandes et produits</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Factures et paiements</translation>
    </message>
    <message>
        <source>Roles, units, API tokens and audit</source>
        <translation>Rôles, unités, jetons d&apos;API et audit</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoleEditor</name>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Built-in role %1</source>
        <translation>Rôle prédéfini %1</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>Choisissez une entreprise…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: what people with this role do</source>
        <translation>Facultatif&#xa0;: ce que font les personnes ayant ce rôle</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>La version actuelle a été rechargée et vos modifications sont conservées. Vérifiez-les, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs doivent être vérifiés.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Someone else changed this role after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce rôle après que vous l&apos;avez ouvert. Rechargez pour obtenir sa version&#xa0;; ce que vous avez saisi ici est conservé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Built-in roles are the same in every company and cannot be changed. Use Duplicate in the roles list to make an editable copy.</source>
        <translation>Les rôles prédéfinis sont identiques dans toutes les entreprises et ne peuvent pas être modifiés. Utilisez «&#xa0;Dupliquer&#xa0;» dans la liste des rôles pour en créer une copie modifiable.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RolesView</name>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln rôle</numerusform>
            <numerusform>%Ln rôles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Nouveau rôle…</translation>
    </message>
    <message>
        <source>Create a custom role (Ctrl+N)</source>
        <translation>Créer un rôle personnalisé (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>A new custom role with the same permissions (Ctrl+D)</source>
        <translation>Un nouveau rôle personnalisé avec les mêmes autorisations (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the custom role (Del)</source>
        <translation>Supprimer le rôle personnalisé (Suppr)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <extracomment>Filter: company roles or platform staff roles.</extracomment>
        <translation>Por&amp;tée&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Company roles</source>
        <translation>Rôles d&apos;entreprise</translation>
    </message>
    <message>
        <source>Platform roles</source>
        <translation>Rôles de la plateforme</translation>
    </message>
    <message>
        <source>Select a role to see its permissions.</source>
        <translation>Sélectionnez un rôle pour afficher ses autorisations.</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Afficher…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Show the built-in role&apos;s permissions (Enter)</source>
        <translation>Afficher les autorisations du rôle prédéfini (Entrée)</translation>
    </message>
    <message>
        <source>Edit the selected role (Enter or double-click)</source>
        <translation>Modifier le rôle sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Built-in role, read-only</source>
        <translation>Rôle prédéfini, en lecture seule</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rôle personnalisé</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Aucune autorisation.</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>Le rôle %1 a été enregistré.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>Le rôle %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Le rôle %1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Role in use</source>
        <translation>Rôle utilisé</translation>
    </message>
    <message>
        <source>Users still hold the role “%1”.</source>
        <translation>Des utilisateurs ont encore le rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remove it from them and delete it anyway?</source>
        <translation>Le leur retirer et le supprimer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Remove and delete</source>
        <translation>Retirer et supprimer</translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionController</name>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Le trousseau a signalé un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so your session is kept only until Steward closes. You will have to sign in again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;; votre session n&apos;est donc conservée que jusqu&apos;à la fermeture de Steward. La prochaine fois, vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Votre session enregistrée a pris fin. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Remembered servers</source>
        <translation>Serveurs mémorisés</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Trust a &amp;CA for this server…</source>
        <translation>Approuver une &amp;AC pour ce serveur…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 — certificate %2</source>
        <translation>%1 — certificat %2</translation>
    </message>
    <message>
        <source>%1 — CA: %2</source>
        <translation>%1 — AC&#xa0;: %2</translation>
    </message>
    <message>
        <source>CA certificate for %1</source>
        <translation>Certificat d&apos;AC pour %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Ce n&apos;est pas un certificat</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SignInWindow</name>
    <message>
        <source>Sign in to Steward</source>
        <translation>Se connecter à Steward</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Your session has ended. Enter your password to continue where you left off.</source>
        <translation>Votre session a pris fin. Saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>https://steward.example.com</source>
        <translation>https://steward.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se sou&amp;venir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps your session in the system keychain so that Steward opens signed in.</source>
        <translation>Conserve votre session dans le trousseau du système pour que Steward s&apos;ouvre sans nouvelle connexion.</translation>
    </message>
    <message>
        <source>I forgot my credentials</source>
        <translation>Mot de passe oublié&#xa0;?</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://steward.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://steward.example.com.</translation>
    </message>
    <message>
        <source>Steward only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Steward se connecte uniquement en HTTPS. Utilisez une adresse commençant par https://.</translation>
    </message>
    <message>
        <source>Enter your email address first; we will send a link to reset your password to it.</source>
        <translation>Saisissez d&apos;abord votre adresse e-mail&#xa0;; nous y enverrons un lien pour réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>If an account exists for %1, a link to choose a new password is on its way. Check your inbox (and the spam folder).</source>
        <translation>Si un compte existe pour %1, un lien pour choisir un nouveau mot de passe vous a été envoyé. Consultez votre boîte de réception (et le dossier de courrier indésirable).</translation>
    </message>
</context>
<context>
    <name>steward::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>The temporary password of %1 is below. Hand it over in a safe way; it is shown only now. They must choose their own password when they sign in with it.</source>
        <translation>Voici le mot de passe temporaire de %1. Transmettez-le de manière sûre&#xa0;; il n&apos;est affiché qu&apos;une seule fois. À sa première connexion, la personne devra choisir son propre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>steward::ui::UnitNameDialog</name>
    <message>
        <source>Another unit at this place already has this name.</source>
        <translation>Une autre unité porte déjà ce nom à cet endroit.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n utilisateur exporté vers %1.</numerusform>
            <numerusform>%n utilisateurs exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UserEditor</name>
    <message>
        <source>Company default</source>
        <translation>Par défaut de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>En&amp;treprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>made from the email address</source>
        <translation>généré à partir de l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>How the person gets in</source>
        <translation>Comment la personne accède à son compte</translation>
    </message>
    <message>
        <source>Send an invitation email with a link to set a password</source>
        <translation>Envoyer un e-mail d&apos;invitation avec un lien pour définir le mot de passe</translation>
    </message>
    <message>
        <source>Create a temporary password to hand over (shown once; changed at first sign-in)</source>
        <translation>Créer un mot de passe temporaire à transmettre (affiché une fois, à changer à la première connexion)</translation>
    </message>
    <message>
        <source>Send nothing (the person uses &quot;I forgot my credentials&quot;)</source>
        <translation>Ne rien envoyer (la personne utilise «&#xa0;Mot de passe oublié&#xa0;?&#xa0;»)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Tick the roles the person holds. Untick &quot;Enabled&quot; to switch an assignment off for a while without removing it.</source>
        <translation>Cochez les rôles de la personne. Décochez «&#xa0;Activé&#xa0;» pour désactiver temporairement une attribution sans la retirer.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>Organizational &amp;units</source>
        <translation>Unités d&apos;&amp;organisation</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>Autres c&amp;hamps</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (prédéfini)</translation>
    </message>
    <message>
        <source>Company default (%1)</source>
        <translation>Par défaut de l&apos;entreprise (%1)</translation>
    </message>
    <message>
        <source>Choose the person&apos;s company.</source>
        <translation>Choisissez l&apos;entreprise de la personne.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Vérifiez les champs mis en évidence.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Load their version and keep the changes you made here on top of it?</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 pendant que vous le modifiiez. Charger sa version et y appliquer les modifications faites ici&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reload and keep my changes</source>
        <translation>&amp;Recharger et conserver mes modifications</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user meanwhile.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a modifié cet utilisateur entre-temps.</translation>
    </message>
    <message>
        <source>Reloaded. Your changes are kept; review them and save again.</source>
        <translation>Rechargé. Vos modifications sont conservées&#xa0;; vérifiez-les, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserFacingText</name>
    <message>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>dans %n seconde</numerusform>
            <numerusform>dans %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again %1.</source>
        <translation>Trop de tentatives. Réessayez %1.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation d&apos;effectuer cette action.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Reload to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément entre-temps. Rechargez pour voir ses modifications.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. For your security, sign-in is locked; try again %1.</source>
        <translation>Trop de tentatives de connexion infructueuses. Pour votre sécurité, la connexion est bloquée&#xa0;; réessayez %1.</translation>
    </message>
    <message>
        <source>The company owner is protected: transfer ownership to another user first.</source>
        <translation>Le propriétaire de l&apos;entreprise est protégé&#xa0;: transférez d&apos;abord la propriété à un autre utilisateur.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>Vous ne pouvez pas supprimer votre propre compte.</translation>
    </message>
    <message>
        <source>The account is deactivated; reactivate it first.</source>
        <translation>Le compte est désactivé&#xa0;; réactivez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The user is already deactivated.</source>
        <translation>L&apos;utilisateur est déjà désactivé.</translation>
    </message>
    <message>
        <source>Only a deactivated user can be reactivated.</source>
        <translation>Seul un utilisateur désactivé peut être réactivé.</translation>
    </message>
    <message>
        <source>The email address is not verified yet.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas encore confirmée.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UsersView</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Send password &amp;reset</source>
        <translation>Envoyer un lien de réin&amp;itialisation</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>Mot de passe &amp;temporaire…</translation>
    </message>
    <message>
        <source>Revoke &amp;sessions</source>
        <translation>Fermer les s&amp;essions</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Lift a sign-in lockout after too many failed attempts</source>
        <translation>Lever le blocage de connexion après trop de tentatives infructueuses</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Déconnecter l&apos;utilisateur partout</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Unit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Valid (waiting to be enabled)</source>
        <translation>Validé (en attente d&apos;activation)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Date de création&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Select a user to see the details.</source>
        <translation>Sélectionnez un utilisateur pour afficher ses informations.</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>%n utilisateur sélectionné</numerusform>
            <numerusform>%n utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
    <message>
        <source>Delete %1? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>Supprimer %1&#xa0;? Les sessions sont fermées et les données effacées&#xa0;; le journal d&apos;audit en garde une trace. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Deactivate users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>Désactiver %1&#xa0;? La connexion ne sera plus possible, et les sessions et jetons d&apos;API prendront fin. Vous pourrez réactiver les comptes plus tard.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Envoyer un lien de réinitialisation</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Fermer les sessions</translation>
    </message>
    <message>
        <source>Sign %1 out on every device?</source>
        <translation>Déconnecter %1 sur tous les appareils&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Fermer les sessions</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>utilisateurs.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: done for %2.</source>
        <extracomment>%1 is the action (&quot;Deactivate&quot;), %2 the user.</extracomment>
        <translation>%1&#xa0;: effectué pour %2.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1&#xa0;: échec pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed.</source>
        <translation>%1&#xa0;: %2 réussi(s), %3 en échec.</translation>
    </message>
    <message>
        <source>%1 — results</source>
        <translation>%1 — résultats</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Replace the password of %1 with a temporary one? Their sessions end, and they must choose a new password when they next sign in.</source>
        <translation>Remplacer le mot de passe de %1 par un mot de passe temporaire&#xa0;? Les sessions sont fermées et un nouveau mot de passe devra être choisi à la prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Create temporary password</source>
        <translation>&amp;Créer un mot de passe temporaire</translation>
    </message>
    <message>
        <source>No temporary password for %1: %2</source>
        <translation>Aucun mot de passe temporaire pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>L&apos;utilisateur %1 a été créé.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Les modifications de %1 ont été enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n utilisateur&#xa0;? Les sessions sont fermées et les données effacées&#xa0;; le journal d&apos;audit en garde une trace. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n utilisateurs&#xa0;? Les sessions sont fermées et les données effacées&#xa0;; le journal d&apos;audit en garde une trace. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n users? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>
            <numerusform>Désactiver %n utilisateur&#xa0;? La connexion ne sera plus possible, et les sessions et jetons d&apos;API prendront fin. Vous pourrez réactiver le compte plus tard.</numerusform>
            <numerusform>Désactiver %n utilisateurs&#xa0;? La connexion ne sera plus possible, et les sessions et jetons d&apos;API prendront fin. Vous pourrez réactiver les comptes plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out on every device?</source>
        <translation>
            <numerusform>Déconnecter %n utilisateur sur tous les appareils&#xa0;?</numerusform>
            <numerusform>Déconnecter %n utilisateurs sur tous les appareils&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ user(s)</source>
        <extracomment>The status bar&apos;s count when the server stopped counting: at least this many users match.</extracomment>
        <translation>
            <numerusform>%Ln+ utilisateur</numerusform>
            <numerusform>%Ln+ utilisateurs</numerusform>
        </translation>
    </message>
</context>
</TS>
