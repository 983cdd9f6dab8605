<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>steward::app::CommandLine</name>
    <message>
        <source>Steward: administer the users of the companies on your platform.</source>
        <translation>Steward: administre los usuarios de las empresas de su plataforma.</translation>
    </message>
    <message>
        <source>The server to sign in to.</source>
        <translation>Servidor en el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation>Dirección de correo electrónico con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, es, de, fr or ru.</source>
        <translation>Idioma de la interfaz para esta ejecución: en, es, de, fr o ru.</translation>
    </message>
    <message>
        <source>unexpected argument %1 (see --help)</source>
        <translation>argumento inesperado: %1 (consulte --help)</translation>
    </message>
    <message>
        <source>--server: %1 is not a server address</source>
        <translation>--server: %1 no es una dirección de servidor</translation>
    </message>
    <message>
        <source>--lang: %1 is not one of en, es, de, fr, ru</source>
        <translation>--lang: %1 no es ninguno de estos valores: en, es, de, fr, ru</translation>
    </message>
</context>
<context>
    <name>steward::models::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who made the change.</extracomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: what the change was made to.</extracomment>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <extracomment>The actor of an audit event made without signing in (a link from an email…).</extracomment>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>%1 (API token)</source>
        <extracomment>An audit event made through an API token; %1 is the token&apos;s creator.</extracomment>
        <translation>%1 (token de API)</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: whether a company is active or suspended.</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
</context>
<context>
    <name>steward::models::CompanyState</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationState</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: pending, accepted, expired or revoked.</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Invited by</source>
        <extracomment>Column header: the person who sent the invitation.</extracomment>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Fecha de caducidad</translation>
    </message>
</context>
<context>
    <name>steward::models::NetworkPageFetcher</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>No hay conexión con ningún servidor.</translation>
    </message>
</context>
<context>
    <name>steward::models::OrgUnitTreeModel</name>
    <message>
        <source>Unit</source>
        <extracomment>Column header of the organizational unit tree.</extracomment>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
</context>
<context>
    <name>steward::models::RemoteTableModel</name>
    <message>
        <source>Not loaded</source>
        <extracomment>Shown in a table row whose data is still on its way from the server.</extracomment>
        <translation>No cargado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>steward::models::RoleScope</name>
    <message>
        <source>Company</source>
        <extracomment>Role scope: used inside one company.</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>Role scope: platform staff.</extracomment>
        <translation>Plataforma</translation>
    </message>
</context>
<context>
    <name>steward::models::RolesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Column header: whether a role is for companies or for platform staff.</extracomment>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: built-in or custom role.</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>steward::models::TargetType</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Unidad organizativa</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>steward::models::UserState</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>A self-registered user whose email is verified, waiting for an admin to enable them.</extracomment>
        <translation>Validado</translation>
    </message>
</context>
<context>
    <name>steward::models::UsersModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: the state of a user account (enabled, deactivated…).</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>The company column of a platform staff account, which belongs to no company.</extracomment>
        <translation>Plataforma</translation>
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
        <translation>No se ha establecido la conexión porque el certificado de %1 no es de confianza.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Is %1 a Steward server of a matching version?</source>
        <translation>No se ha podido leer la respuesta del servidor. ¿Es %1 un servidor de Steward con una versión compatible?</translation>
    </message>
</context>
<context>
    <name>steward::net::ApiResult</name>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation>El servidor no está disponible temporalmente (HTTP %1). Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>El servidor ha respondido con un error (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>steward::net::CertificateTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you trusted it. This can mean that someone is intercepting the connection, so it was refused. If the server&apos;s administrator replaced the certificate, remove the trusted certificate for this server in Settings and connect again.</source>
        <translation>El certificado de %1 ha cambiado desde que confió en él. Esto puede significar que alguien está interceptando la conexión, por lo que se ha rechazado. Si el administrador del servidor ha sustituido el certificado, quite el certificado de confianza de este servidor en Configuración y vuelva a conectarse.</translation>
    </message>
</context>
<context>
    <name>steward::net::NetworkErrorText</name>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>No se puede acceder al servidor %1: no se ha encontrado el nombre de host. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the connection was refused. Is the server running?</source>
        <translation>No se puede acceder al servidor %1: se ha rechazado la conexión. ¿Está en funcionamiento el servidor?</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>El servidor %1 ha cerrado la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the network is not available.</source>
        <translation>No se puede acceder al servidor %1: la red no está disponible.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 through the proxy: %2</source>
        <translation>No se puede acceder al servidor %1 a través del proxy: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>No se ha podido establecer una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request somewhere it may not go.</source>
        <translation>El servidor %1 ha redirigido la solicitud a un destino no permitido.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak the expected protocol. Check the address.</source>
        <translation>El servidor %1 no usa el protocolo esperado. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>No se puede acceder al servidor %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to continue.</source>
        <translation>Su sesión se ha cerrado; vuelva a iniciar sesión para continuar.</translation>
    </message>
</context>
<context>
    <name>steward::net::TokenVault</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>El llavero del sistema ha rechazado la solicitud: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until the application closes; next time you will need to sign in again.</source>
        <translation>No hay ningún llavero disponible (%1). Su sesión seguirá abierta hasta que cierre la aplicación; la próxima vez tendrá que volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AccountDialog</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Unique identifier:</source>
        <translation>Identificador único:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Email me about:</source>
        <translation>Notificaciones por correo electrónico:</translation>
    </message>
    <message>
        <source>The identifier is on the clipboard.</source>
        <translation>El identificador se ha copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions have ended.</source>
        <translation>Se ha cambiado su contraseña. Se han cerrado sus demás sesiones.</translation>
    </message>
    <message>
        <source>My Account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Language and notifications</source>
        <translation>Idioma y notificaciones</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Change &amp;email…</source>
        <translation>Cambiar el &amp;correo electrónico…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the identifier to the clipboard</source>
        <translation>Copiar el identificador en el portapapeles</translation>
    </message>
    <message>
        <source>Your company&apos;s administrators manage your name.</source>
        <translation>Su nombre lo gestionan los administradores de su empresa.</translation>
    </message>
    <message>
        <source>Every email Steward sends you arrives in this language.</source>
        <translation>Todos los correos electrónicos que le envíe Steward llegarán en este idioma.</translation>
    </message>
    <message>
        <source>Sign-ins and sessions ended by an administrator</source>
        <translation>Inicios de sesión y sesiones cerradas por un administrador</translation>
    </message>
    <message>
        <source>Changes to my team: accepted invitations, role changes</source>
        <translation>Cambios en mi equipo: invitaciones aceptadas, cambios de rol</translation>
    </message>
    <message>
        <source>News about the platform</source>
        <translation>Novedades de la plataforma</translation>
    </message>
    <message>
        <source>Security notices (password or email changed) are always sent.</source>
        <translation>Los avisos de seguridad (cambio de contraseña o de dirección de correo electrónico) se envían siempre.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la con&amp;traseña…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Platform operator</source>
        <extracomment>Shown as the company of platform staff, who belong to no customer company.</extracomment>
        <translation>Operador de la plataforma</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <source>Your account was changed elsewhere meanwhile. The current values are shown; make your change again.</source>
        <translation>Mientras tanto, su cuenta se ha modificado desde otro lugar. Se muestran los valores actuales; vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Revise los campos resaltados.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Se han guardado los cambios.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditDetailsPane</name>
    <message>
        <source>Time:</source>
        <translation>Fecha y hora:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objeto:</translation>
    </message>
    <message>
        <source>Client address:</source>
        <extracomment>The network address the change came from.</extracomment>
        <translation>Dirección del cliente:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <extracomment>The id of the HTTP request, also found in the server&apos;s log.</extracomment>
        <translation>ID de la solicitud:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>This event changed no recorded field.</source>
        <translation>Este evento no ha modificado ningún campo registrado.</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A field that had no value before or after a change.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Anonymous (a link from an email, a registration…)</source>
        <translation>Anónimo (un enlace de un correo electrónico, un registro…)</translation>
    </message>
    <message>
        <source>%1 through an API token</source>
        <extracomment>%1 is the person who created the API token.</extracomment>
        <translation>%1 mediante un token de API</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An audit event&apos;s object: %1 its kind (User, Role…), %2 its name or id.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Seleccione un evento para ver qué ha cambiado.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditView</name>
    <message>
        <source>All user actions</source>
        <translation>Todas las acciones sobre usuarios</translation>
    </message>
    <message>
        <source>All invitation actions</source>
        <translation>Todas las acciones sobre invitaciones</translation>
    </message>
    <message>
        <source>All role actions</source>
        <translation>Todas las acciones sobre roles</translation>
    </message>
    <message>
        <source>All unit actions</source>
        <translation>Todas las acciones sobre unidades organizativas</translation>
    </message>
    <message>
        <source>All company actions</source>
        <translation>Todas las acciones sobre empresas</translation>
    </message>
    <message>
        <source>All API token actions</source>
        <translation>Todas las acciones sobre tokens de API</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Otras acciones</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <extracomment>Audit filter: who made the change.</extracomment>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Name, email or id</source>
        <translation>Nombre, correo electrónico o ID</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <extracomment>Audit filter: what the change was made to.</extracomment>
        <translation>&amp;Objeto:</translation>
    </message>
    <message>
        <source>A user&apos;s name or email, or any object&apos;s id</source>
        <translation>Nombre o correo electrónico de un usuario, o el ID de cualquier objeto</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show only events by this person</source>
        <translation>Mostrar solo los eventos de esta persona</translation>
    </message>
    <message>
        <source>Show only events about this object</source>
        <translation>Mostrar solo los eventos de este objeto</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the time range must be after its start.</source>
        <translation>El final del intervalo debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Nadie coincide con «%1».</translation>
    </message>
    <message>
        <source>Several people match “%1”: type more of the name or the email.</source>
        <translation>Varias personas coinciden con «%1»: escriba más letras del nombre o del correo electrónico.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CertificateDialog</name>
    <message>
        <source>Unknown certificate</source>
        <translation>Certificado desconocido</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that no authority you trust vouches for. Trust it only if its fingerprint is the one your administrator gave you.</source>
        <translation>El servidor %1 ha presentado un certificado que no avala ninguna autoridad de su confianza. Confíe en él solo si su huella digital coincide con la que le ha facilitado su administrador.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Por qué no es de confianza:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Confiar en este servidor</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>&amp;No conectar</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose a password of your own to continue.</source>
        <translation>Ha iniciado sesión con una contraseña temporal. Elija su propia contraseña para continuar.</translation>
    </message>
    <message>
        <source>Enter your current password and choose a new one. You stay signed in on this computer; your other sessions end.</source>
        <translation>Introduzca su contraseña actual y elija una nueva. Su sesión seguirá abierta en este equipo; las demás se cerrarán.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Historial de %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompaniesView</name>
    <message>
        <source>Legal name:</source>
        <translation>Razón social:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Identificación fiscal:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Idioma predeterminado:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Nombres de los usuarios:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Campos personalizados:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Fecha de creación:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <source>Create a company and its owner (Ctrl+N)</source>
        <translation>Crear una empresa y su propietario (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected company (Enter or double-click)</source>
        <translation>Editar la empresa seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Filter: which company states the list shows.</extracomment>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Seleccione una empresa para ver sus datos.</translation>
    </message>
    <message>
        <source>Created %1. Its owner will get an email to set their password.</source>
        <translation>Se ha creado %1. Su propietario recibirá un correo electrónico para establecer la contraseña.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Users may edit their own name</source>
        <translation>Los usuarios pueden editar su nombre</translation>
    </message>
    <message>
        <source>Only administrators change names</source>
        <translation>Solo los administradores cambian los nombres</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompanyEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Identificación &amp;fiscal:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Idioma &amp;predeterminado:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Nombres de los usuarios:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle y número:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Editar empresa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Custom user fields</source>
        <translation>Campos de usuario personalizados</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Suspending a company does not stop its users from signing in.</source>
        <translation>Suspender una empresa no impide que sus usuarios inicien sesión.</translation>
    </message>
    <message>
        <source>Only platform staff can suspend or resume a company.</source>
        <translation>Solo el personal de la plataforma puede suspender o reanudar una empresa.</translation>
    </message>
    <message>
        <source>Users may edit their own first and last name</source>
        <translation>Los usuarios pueden editar su propio nombre y apellidos</translation>
    </message>
    <message>
        <source>When unchecked, only the company&apos;s administrators can change a user&apos;s name; users see it read-only in My Account.</source>
        <translation>Si no está marcada, solo los administradores de la empresa pueden cambiar el nombre de un usuario; los usuarios lo ven en Mi cuenta sin poder editarlo.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Extra fields every user of this company has. Removing a field drops its values the next time each user is saved.</source>
        <translation>Campos adicionales que tienen todos los usuarios de esta empresa. Al quitar un campo, sus valores se descartan la próxima vez que se guarde cada usuario.</translation>
    </message>
    <message>
        <source>The owner is the company&apos;s first user. They hold Admin and receive an email to set their password (valid 72 hours).</source>
        <translation>El propietario es el primer usuario de la empresa. Tiene el rol Administrador y recibe un correo electrónico para establecer su contraseña (válido durante 72 h).</translation>
    </message>
    <message>
        <source>Optional: taken from the email address</source>
        <translation>Opcional: se toma de la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The company&apos;s default language</source>
        <translation>Idioma predeterminado de la empresa</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Rec&amp;argar</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>Se ha cargado la versión actual y se conservan sus cambios. Revíselos y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Revise algunos campos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Otra persona ha modificado esta empresa después de que usted la abriera. Vuelva a cargarla para obtener su versión; lo que haya escrito aquí se conserva.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CustomFieldDefinitionsEditor</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: the kind of value of a custom field (text, number, date, choice).</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Único</translation>
    </message>
    <message>
        <source>Editable by</source>
        <translation>Editable por</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Longitud máx.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Stable name the values are stored under: a–z, 0–9 and _, starting with a letter.</source>
        <translation>Nombre fijo con el que se guardan los valores: a–z, 0–9 y _, empezando por una letra.</translation>
    </message>
    <message>
        <source>No two users of the company may have the same value.</source>
        <translation>Dos usuarios de la empresa no pueden tener el mismo valor.</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <source>Options of the selected choice field, one per line:</source>
        <translation>Opciones del campo de selección elegido, una por línea:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Solo administradores</translation>
    </message>
    <message>
        <source>Admins and the user</source>
        <translation>Administradores y el propio usuario</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Campo %1 (%2)</translation>
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
        <translation>sin definir</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>steward::ui::EmailChangeDialog</name>
    <message>
        <source>Change email address</source>
        <translation>Cambiar la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>We will send a confirmation link to the new address and a notice to %1. Your address changes when you follow the link; then you sign in with the new one.</source>
        <translation>Enviaremos un enlace de confirmación a la nueva dirección y un aviso a %1. Su dirección cambiará cuando abra el enlace; a partir de entonces, iniciará sesión con la nueva.</translation>
    </message>
    <message>
        <source>&amp;New email address:</source>
        <translation>&amp;Nueva dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Repeat new address:</source>
        <translation>&amp;Repita la nueva dirección:</translation>
    </message>
    <message>
        <source>Current &amp;password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Send &amp;confirmation link</source>
        <translation>Enviar enlace de &amp;confirmación</translation>
    </message>
    <message>
        <source>The two addresses differ.</source>
        <translation>Las dos direcciones no coinciden.</translation>
    </message>
    <message>
        <source>Follow the link we sent to %1 to confirm the change.</source>
        <translation>Abra el enlace que hemos enviado a %1 para confirmar el cambio.</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldRuleText</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Demasiado largo.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>Contiene caracteres no permitidos aquí.</translation>
    </message>
    <message>
        <source>Not an assigned ISO 3166-1 country code.</source>
        <translation>No es un código de país ISO 3166-1 asignado.</translation>
    </message>
    <message>
        <source>Another field already uses this key.</source>
        <translation>Otro campo ya usa esta clave.</translation>
    </message>
    <message>
        <source>Must start with a letter a–z and contain only a–z, 0–9 and _.</source>
        <translation>Debe empezar por una letra a–z y contener solo a–z, 0–9 y _.</translation>
    </message>
    <message>
        <source>Must be between 1 and 10,000.</source>
        <translation>Debe estar entre 1 y 10.000.</translation>
    </message>
    <message>
        <source>Options must be distinct.</source>
        <translation>Las opciones deben ser distintas.</translation>
    </message>
    <message>
        <source>Must be two upper-case letters.</source>
        <translation>Debe tener dos letras mayúsculas.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>No es una dirección de correo electrónico válida.</translation>
    </message>
</context>
<context>
    <name>steward::ui::IdNameResolver</name>
    <message>
        <source>Someone not visible to you (%1…)</source>
        <extracomment>An audit actor or inviter the signed-in person may not see; %1 starts their id.</extracomment>
        <translation>Alguien que usted no puede ver (%1…)</translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationExpiryDelegate</name>
    <message>
        <source>expired</source>
        <extracomment>An invitation&apos;s expiry that has passed.</extracomment>
        <translation>caducada</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>caduca en %n día</numerusform>
            <numerusform>caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>caduca en %n hora</numerusform>
            <numerusform>caduca en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>caduca en %n minuto</numerusform>
            <numerusform>caduca en %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationsView</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <source>Invite people by email (%1)</source>
        <translation>Invitar a personas por correo electrónico (%1)</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <extracomment>Send an invitation again, with a new link.</extracomment>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send the selected invitations again with a new link valid for 7 days</source>
        <translation>Reenviar las invitaciones seleccionadas con un nuevo enlace válido durante 7 días</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>End the links of the selected invitations</source>
        <translation>Invalidar los enlaces de las invitaciones seleccionadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Email language:</source>
        <translation>Idioma del correo electrónico:</translation>
    </message>
    <message>
        <source>Invited by:</source>
        <translation>Enviada por:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Fecha de envío:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Fecha de caducidad:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Fecha de aceptación:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Fecha de revocación:</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitación</numerusform>
            <numerusform>%n invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company first: invitations are sent into one company.</source>
        <translation>Elija primero una empresa: las invitaciones se envían para una sola empresa.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>Se ha enviado %n invitación.</numerusform>
            <numerusform>Se han enviado %n invitaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a time that is not set (not accepted, not revoked…).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No roles were chosen for the invitation.</extracomment>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent again with a new link.</source>
        <translation>
            <numerusform>Se ha reenviado %n invitación con un nuevo enlace.</numerusform>
            <numerusform>Se han reenviado %n invitaciones con un nuevo enlace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the invitation of “%1”?</source>
        <translation>¿Revocar la invitación de «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)?</source>
        <translation>
            <numerusform>¿Revocar %n invitación?</numerusform>
            <numerusform>¿Revocar %n invitaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Revocar invitaciones</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>Se ha revocado %n invitación.</numerusform>
            <numerusform>Se han revocado %n invitaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link in the email stops working at once. The invitation stays in the list as revoked.</source>
        <translation>El enlace del correo electrónico deja de funcionar de inmediato. La invitación permanece en la lista como revocada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) selected.</source>
        <translation>
            <numerusform>%n invitación seleccionada.</numerusform>
            <numerusform>%n invitaciones seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an invitation to see its details.</source>
        <translation>Seleccione una invitación para ver sus datos.</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteAddresses</name>
    <message>
        <source>too long</source>
        <translation>demasiado larga</translation>
    </message>
    <message>
        <source>not a valid email address</source>
        <extracomment>Why an address in the invite dialog is refused (no @, no domain, bad characters…).</extracomment>
        <translation>no es una dirección de correo electrónico válida</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Invitar a personas</translation>
    </message>
    <message>
        <source>Each address gets its own invitation email with a link that is valid for 7 days. The invitee chooses a name and a password and can then sign in with the roles chosen here.</source>
        <translation>Cada dirección recibe su propio correo electrónico de invitación con un enlace válido durante 7 días. La persona invitada elige un nombre y una contraseña y, a continuación, puede iniciar sesión con los roles elegidos aquí.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Direcciones de correo electrónico:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Una por línea o separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <extracomment>Label of the language the invitation email is written in.</extracomment>
        <translation>&amp;Idioma del correo electrónico:</translation>
    </message>
    <message>
        <source>The company&apos;s default</source>
        <translation>El predeterminado de la empresa</translation>
    </message>
    <message>
        <source>The company&apos;s default (%1)</source>
        <translation>El predeterminado de la empresa (%1)</translation>
    </message>
    <message>
        <source>&amp;Send invitations</source>
        <translation>&amp;Enviar invitaciones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Cargando roles…</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>No se han podido cargar los roles: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One refused address in the invite dialog: %1 the address, %2 why.</extracomment>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>These addresses cannot be invited:
%1</source>
        <translation>No se puede invitar a estas direcciones:
%1</translation>
    </message>
    <message>
        <source>already has a pending invitation; resend it from the list instead</source>
        <translation>ya tiene una invitación pendiente; reenvíela desde la lista</translation>
    </message>
    <message>
        <source>already a member of this company</source>
        <translation>ya es miembro de esta empresa</translation>
    </message>
    <message>
        <source>you may not give roles; invite without roles or ask an administrator</source>
        <translation>no tiene permiso para asignar roles; invite sin roles o pídalo a un administrador</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the invite dialog&apos;s outcome list: %1 the address, %2 what happened.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitación enviada</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Unidades organizativas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <extracomment>The scope indicator: whose data the person sees (&quot;Company: Acme Ltd&quot; or &quot;Platform&quot;).</extracomment>
        <translation>Ámbito: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <source>Steward — %1</source>
        <translation>Steward — %1</translation>
    </message>
    <message>
        <source>%1 will appear here.</source>
        <translation>Aquí aparecerá la sección «%1».</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>My Account — %1</source>
        <translation>Mi cuenta — %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>Mover unidad</translation>
    </message>
    <message>
        <source>Move “%1”, with every unit below it, to:</source>
        <translation>Mover «%1», con todas las unidades que dependen de ella, a:</translation>
    </message>
    <message>
        <source>The &amp;top level</source>
        <translation>El nivel &amp;superior</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Buscar una unidad</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <extracomment>Button of the &quot;Move unit&quot; dialog.</extracomment>
        <translation>&amp;Mover</translation>
    </message>
</context>
<context>
    <name>steward::ui::OrgUnitsView</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Añadir unidad…</translation>
    </message>
    <message>
        <source>Add a unit below the selected one (%1)</source>
        <translation>Añadir una unidad dependiente de la seleccionada (%1)</translation>
    </message>
    <message>
        <source>Add &amp;top-level unit…</source>
        <translation>Añadir unidad de nivel &amp;superior…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>Move the selected unit, with everything below it; you can also drag it</source>
        <translation>Mover la unidad seleccionada con todo lo que depende de ella; también puede arrastrarla</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filtrar unidades</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Someone else changed this unit meanwhile. Reload to see their changes, then try again.</source>
        <translation>Otra persona ha modificado esta unidad mientras tanto. Vuelva a cargarla para ver sus cambios e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new top-level unit:</source>
        <translation>Nombre de la nueva unidad de nivel superior:</translation>
    </message>
    <message>
        <source>Name of the new unit below “%1”:</source>
        <translation>Nombre de la nueva unidad dependiente de «%1»:</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Añadir unidad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se ha añadido «%1».</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Cambiar el nombre de la unidad</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nuevo nombre de «%1»:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se ha cambiado el nombre de «%1» a «%2».</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <extracomment>%1 a unit&apos;s name, %2 where it went: &quot;“Inbound”&quot; or &quot;the top level&quot;.</extracomment>
        <translation>Se ha movido «%1» a %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit cannot be placed below itself or one of its own units.</source>
        <translation>No se puede mover «%1» ahí: una unidad no puede colocarse dentro de sí misma ni de una de sus unidades dependientes.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: the tree would be deeper than 30 levels.</source>
        <translation>No se puede mover «%1» ahí: el árbol tendría más de 30 niveles.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: it would leave the units you are limited to.</source>
        <translation>No se puede mover «%1» ahí: quedaría fuera de las unidades a las que usted tiene acceso.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit with the same name is already there.</source>
        <translation>No se puede mover «%1» ahí: ya existe una unidad con el mismo nombre.</translation>
    </message>
    <message>
        <source>“%1” has units below it. Move or delete them first.</source>
        <translation>«%1» tiene unidades dependientes. Muévalas o elimínelas primero.</translation>
    </message>
    <message>
        <source>No user belongs to this unit, so nobody&apos;s access changes.</source>
        <translation>Ningún usuario pertenece a esta unidad, así que el acceso de nadie cambia.</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) will belong to “%1” instead, and will see everything in “%1”.</source>
        <translation>Sus miembros (quizá no pueda ver cuántos son) pasarán a pertenecer a «%1» y verán todo lo que hay en «%1».</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) lose this unit. If one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>Sus miembros (quizá no pueda ver cuántos son) dejarán de pertenecer a esta unidad. Si alguno no pertenece a ninguna otra unidad, esta no se puede eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</source>
        <translation>
            <numerusform>%n usuario pertenece a esta unidad. Pasará a pertenecer a «%1»; como las unidades limitan lo que ve cada persona, verá todo lo que hay en «%1».</numerusform>
            <numerusform>%n usuarios pertenecen a esta unidad. Pasarán a pertenecer a «%1»; como las unidades limitan lo que ve cada persona, verán todo lo que hay en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They lose it and keep their other units; if one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>
            <numerusform>%n usuario pertenece a esta unidad. La pierde y conserva sus demás unidades; si no pertenece a ninguna otra unidad, esta no se puede eliminar.</numerusform>
            <numerusform>%n usuarios pertenecen a esta unidad. La pierden y conservan sus demás unidades; si alguno no pertenece a ninguna otra unidad, esta no se puede eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Eliminar unidad</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>¿Eliminar la unidad «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: some of its members belong to no other unit. Place them in another unit first.</source>
        <translation>No se puede eliminar «%1»: algunos de sus miembros no pertenecen a ninguna otra unidad. Asígnelos antes a otra unidad.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”; %n user(s) now belong to “%2”.</source>
        <translation>
            <numerusform>Se ha eliminado «%1»; %n usuario pertenece ahora a «%2».</numerusform>
            <numerusform>Se ha eliminado «%1»; %n usuarios pertenecen ahora a «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se ha eliminado «%1».</translation>
    </message>
</context>
<context>
    <name>steward::ui::OwnershipTransferPanel</name>
    <message>
        <source>Current owner:</source>
        <translation>Propietario actual:</translation>
    </message>
    <message>
        <source>Search the company&apos;s enabled users</source>
        <translation>Buscar entre los usuarios habilitados de la empresa</translation>
    </message>
    <message>
        <source>&amp;Make owner…</source>
        <translation>&amp;Convertir en propietario…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No other enabled user matches.</source>
        <translation>No coincide ningún otro usuario habilitado.</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transferir la propiedad</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2?</source>
        <translation>¿Convertir a %1 en propietario de %2?</translation>
    </message>
    <message>
        <source>The current owner keeps their roles but loses the owner&apos;s protection and the implicit Admin role.</source>
        <translation>El propietario actual conserva sus roles, pero pierde la protección de propietario y el rol Administrador implícito.</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Convertir en propietario</translation>
    </message>
    <message>
        <source>%1 is now the owner.</source>
        <translation>%1 es ahora el propietario.</translation>
    </message>
    <message>
        <source>The owner holds Admin implicitly and cannot be deactivated or deleted. Ownership can go to an enabled user of this company; the previous owner keeps their roles. A transfer takes effect at once.</source>
        <translation>El propietario tiene implícitamente el rol Administrador y no se puede desactivar ni eliminar. La propiedad puede transferirse a un usuario habilitado de esta empresa; el propietario anterior conserva sus roles. La transferencia surte efecto de inmediato.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PasswordRulesView</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>No es una contraseña habitual</translation>
    </message>
    <message>
        <source>Does not contain the name of your email address</source>
        <translation>No contiene la parte de su dirección de correo electrónico anterior a la @</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Las dos entradas coinciden</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Requisitos de la contraseña</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionMatrix</name>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionText</name>
    <message>
        <source>See the company&apos;s details</source>
        <translation>Ver los datos de la empresa</translation>
    </message>
    <message>
        <source>Change the company&apos;s settings</source>
        <translation>Cambiar la configuración de la empresa</translation>
    </message>
    <message>
        <source>Read the KYC profile fields</source>
        <translation>Ver los campos del perfil KYC</translation>
    </message>
    <message>
        <source>Open and upload KYC documents</source>
        <translation>Abrir y subir documentos KYC</translation>
    </message>
    <message>
        <source>Change payment details</source>
        <translation>Cambiar los datos de pago</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Ver las facturas</translation>
    </message>
    <message>
        <source>See orders</source>
        <translation>Ver los pedidos</translation>
    </message>
    <message>
        <source>Manage orders</source>
        <translation>Gestionar los pedidos</translation>
    </message>
    <message>
        <source>See products</source>
        <translation>Ver los productos</translation>
    </message>
    <message>
        <source>Manage products</source>
        <translation>Gestionar los productos</translation>
    </message>
    <message>
        <source>See the company&apos;s users</source>
        <translation>Ver los usuarios de la empresa</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>Crear usuarios</translation>
    </message>
    <message>
        <source>Edit users and change their state</source>
        <translation>Editar usuarios y cambiar su estado</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Eliminar usuarios</translation>
    </message>
    <message>
        <source>Reset passwords, issue temporary passwords, revoke sessions, unlock</source>
        <translation>Restablecer contraseñas, emitir contraseñas temporales, cerrar sesiones, desbloquear</translation>
    </message>
    <message>
        <source>Assign roles to users</source>
        <translation>Asignar roles a usuarios</translation>
    </message>
    <message>
        <source>Invite, resend and revoke invitations</source>
        <translation>Invitar, reenviar y revocar invitaciones</translation>
    </message>
    <message>
        <source>Create and edit custom roles</source>
        <translation>Crear y editar roles personalizados</translation>
    </message>
    <message>
        <source>Manage organizational units</source>
        <translation>Gestionar las unidades organizativas</translation>
    </message>
    <message>
        <source>Create and revoke API tokens</source>
        <translation>Crear y revocar tokens de API</translation>
    </message>
    <message>
        <source>Read the company&apos;s audit log</source>
        <translation>Ver el registro de auditoría de la empresa</translation>
    </message>
    <message>
        <source>See every company</source>
        <translation>Ver todas las empresas</translation>
    </message>
    <message>
        <source>Create and change companies</source>
        <translation>Crear y modificar empresas</translation>
    </message>
    <message>
        <source>See the users of every company</source>
        <translation>Ver los usuarios de todas las empresas</translation>
    </message>
    <message>
        <source>Change the users of every company</source>
        <translation>Modificar los usuarios de todas las empresas</translation>
    </message>
    <message>
        <source>Reset credentials of any user</source>
        <translation>Restablecer las credenciales de cualquier usuario</translation>
    </message>
    <message>
        <source>Read every audit log</source>
        <translation>Ver todos los registros de auditoría</translation>
    </message>
    <message>
        <source>Manage the platform&apos;s own staff</source>
        <translation>Gestionar el personal de la plataforma</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>Permission area: the company&apos;s details, settings and KYC profile.</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Users and invitations</source>
        <translation>Usuarios e invitaciones</translation>
    </message>
    <message>
        <source>Orders and products</source>
        <translation>Pedidos y productos</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Facturas y pagos</translation>
    </message>
    <message>
        <source>Roles, units, API tokens and audit</source>
        <translation>Roles, unidades, tokens de API y auditoría</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoleEditor</name>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Built-in role %1</source>
        <translation>Rol predefinido %1</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Editar rol</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>Elija una empresa…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Optional: what people with this role do</source>
        <translation>Opcional: qué hacen las personas con este rol</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Permisos:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>Se ha cargado la versión actual y se conservan sus cambios. Revíselos y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Revise algunos campos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Someone else changed this role after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Otra persona ha modificado este rol después de que usted lo abriera. Vuelva a cargarlo para obtener su versión; lo que haya escrito aquí se conserva.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Built-in roles are the same in every company and cannot be changed. Use Duplicate in the roles list to make an editable copy.</source>
        <translation>Los roles predefinidos son iguales en todas las empresas y no se pueden modificar. Use Duplicar en la lista de roles para crear una copia editable.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RolesView</name>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln rol</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Nuevo rol…</translation>
    </message>
    <message>
        <source>Create a custom role (Ctrl+N)</source>
        <translation>Crear un rol personalizado (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>A new custom role with the same permissions (Ctrl+D)</source>
        <translation>Un nuevo rol personalizado con los mismos permisos (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the custom role (Del)</source>
        <translation>Eliminar el rol personalizado (Supr)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <extracomment>Filter: company roles or platform staff roles.</extracomment>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Company roles</source>
        <translation>Roles de empresa</translation>
    </message>
    <message>
        <source>Platform roles</source>
        <translation>Roles de la plataforma</translation>
    </message>
    <message>
        <source>Select a role to see its permissions.</source>
        <translation>Seleccione un rol para ver sus permisos.</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Show the built-in role&apos;s permissions (Enter)</source>
        <translation>Mostrar los permisos del rol predefinido (Intro)</translation>
    </message>
    <message>
        <source>Edit the selected role (Enter or double-click)</source>
        <translation>Editar el rol seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Built-in role, read-only</source>
        <translation>Rol predefinido, solo lectura</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rol personalizado</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Sin permisos.</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>Se ha guardado el rol %1.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Eliminar rol</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>¿Eliminar el rol «%1»?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>Se ha eliminado el rol %1.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>No se ha eliminado el rol %1: %2</translation>
    </message>
    <message>
        <source>Role in use</source>
        <translation>Rol en uso</translation>
    </message>
    <message>
        <source>Users still hold the role “%1”.</source>
        <translation>Todavía hay usuarios con el rol «%1».</translation>
    </message>
    <message>
        <source>Remove it from them and delete it anyway?</source>
        <translation>¿Quitárselo y eliminarlo de todos modos?</translation>
    </message>
    <message>
        <source>Remove and delete</source>
        <translation>Quitar y eliminar</translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionController</name>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>El llavero del sistema ha notificado un problema: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so your session is kept only until Steward closes. You will have to sign in again next time.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que su sesión solo se conservará hasta que cierre Steward. La próxima vez tendrá que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Su sesión guardada ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Remembered servers</source>
        <translation>Servidores guardados</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Trust a &amp;CA for this server…</source>
        <translation>Confiar en una &amp;CA para este servidor…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 — certificate %2</source>
        <translation>%1 — certificado %2</translation>
    </message>
    <message>
        <source>%1 — CA: %2</source>
        <translation>%1 — CA: %2</translation>
    </message>
    <message>
        <source>CA certificate for %1</source>
        <translation>Certificado de CA para %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>No es un certificado</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SignInWindow</name>
    <message>
        <source>Sign in to Steward</source>
        <translation>Iniciar sesión en Steward</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Your session has ended. Enter your password to continue where you left off.</source>
        <translation>Su sesión ha finalizado. Introduzca su contraseña para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>https://steward.example.com</source>
        <translation>https://steward.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps your session in the system keychain so that Steward opens signed in.</source>
        <translation>Guarda su sesión en el llavero del sistema para que Steward se abra con la sesión ya iniciada.</translation>
    </message>
    <message>
        <source>I forgot my credentials</source>
        <translation>He olvidado mi contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://steward.example.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo, https://steward.example.com.</translation>
    </message>
    <message>
        <source>Steward only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Steward solo se conecta mediante HTTPS. Use una dirección que empiece por https://.</translation>
    </message>
    <message>
        <source>Enter your email address first; we will send a link to reset your password to it.</source>
        <translation>Introduzca primero su dirección de correo electrónico; le enviaremos a ella un enlace para restablecer la contraseña.</translation>
    </message>
    <message>
        <source>If an account exists for %1, a link to choose a new password is on its way. Check your inbox (and the spam folder).</source>
        <translation>Si existe una cuenta para %1, le hemos enviado un enlace para elegir una nueva contraseña. Revise su bandeja de entrada (y la carpeta de correo no deseado).</translation>
    </message>
</context>
<context>
    <name>steward::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>The temporary password of %1 is below. Hand it over in a safe way; it is shown only now. They must choose their own password when they sign in with it.</source>
        <translation>A continuación se muestra la contraseña temporal de %1. Entréguesela de forma segura; solo se muestra ahora. Al iniciar sesión con ella, deberá elegir su propia contraseña.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>steward::ui::UnitNameDialog</name>
    <message>
        <source>Another unit at this place already has this name.</source>
        <translation>Ya hay otra unidad con este nombre en este nivel.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n usuario a %1.</numerusform>
            <numerusform>Se han exportado %n usuarios a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UserEditor</name>
    <message>
        <source>Company default</source>
        <translation>Predeterminado de la empresa</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>made from the email address</source>
        <translation>se genera a partir de la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>How the person gets in</source>
        <translation>Cómo accede la persona</translation>
    </message>
    <message>
        <source>Send an invitation email with a link to set a password</source>
        <translation>Enviar un correo electrónico de invitación con un enlace para establecer la contraseña</translation>
    </message>
    <message>
        <source>Create a temporary password to hand over (shown once; changed at first sign-in)</source>
        <translation>Crear una contraseña temporal para entregarla (se muestra una vez; se cambia en el primer inicio de sesión)</translation>
    </message>
    <message>
        <source>Send nothing (the person uses &quot;I forgot my credentials&quot;)</source>
        <translation>No enviar nada (la persona usa «He olvidado mi contraseña»)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Tick the roles the person holds. Untick &quot;Enabled&quot; to switch an assignment off for a while without removing it.</source>
        <translation>Marque los roles que tiene la persona. Desmarque «Habilitado» para desactivar una asignación temporalmente sin quitarla.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>Organizational &amp;units</source>
        <translation>Unidades organi&amp;zativas</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>&amp;Más campos</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (predefinido)</translation>
    </message>
    <message>
        <source>Company default (%1)</source>
        <translation>Predeterminado de la empresa (%1)</translation>
    </message>
    <message>
        <source>Choose the person&apos;s company.</source>
        <translation>Elija la empresa de la persona.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Revise los campos resaltados.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modificado mientras tanto</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Load their version and keep the changes you made here on top of it?</source>
        <translation>Otra persona ha modificado %1 mientras usted lo editaba. ¿Cargar su versión y aplicar encima los cambios que ha hecho aquí?</translation>
    </message>
    <message>
        <source>&amp;Reload and keep my changes</source>
        <translation>&amp;Recargar y conservar mis cambios</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user meanwhile.</source>
        <translation>No se ha guardado: otra persona ha modificado este usuario mientras tanto.</translation>
    </message>
    <message>
        <source>Reloaded. Your changes are kept; review them and save again.</source>
        <translation>Recargado. Sus cambios se conservan; revíselos y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserFacingText</name>
    <message>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>dentro de %n segundo</numerusform>
            <numerusform>dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again %1.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo %1.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>No tiene permiso para realizar esta acción.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Reload to see their changes.</source>
        <translation>Otra persona lo ha modificado mientras tanto. Vuelva a cargar los datos para ver sus cambios.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>La dirección de correo electrónico o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. For your security, sign-in is locked; try again %1.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Por su seguridad, el inicio de sesión está bloqueado; vuelva a intentarlo %1.</translation>
    </message>
    <message>
        <source>The company owner is protected: transfer ownership to another user first.</source>
        <translation>El propietario de la empresa está protegido: primero transfiera la propiedad a otro usuario.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>No puede eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>The account is deactivated; reactivate it first.</source>
        <translation>La cuenta está desactivada; primero reactívela.</translation>
    </message>
    <message>
        <source>The user is already deactivated.</source>
        <translation>El usuario ya está desactivado.</translation>
    </message>
    <message>
        <source>Only a deactivated user can be reactivated.</source>
        <translation>Solo se puede reactivar un usuario desactivado.</translation>
    </message>
    <message>
        <source>The email address is not verified yet.</source>
        <translation>La dirección de correo electrónico aún no se ha confirmado.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UsersView</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Rea&amp;ctivar</translation>
    </message>
    <message>
        <source>Send password &amp;reset</source>
        <translation>Enviar enlace de &amp;restablecimiento</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>Contraseña tem&amp;poral…</translation>
    </message>
    <message>
        <source>Revoke &amp;sessions</source>
        <translation>Cerrar las &amp;sesiones</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message>
        <source>Lift a sign-in lockout after too many failed attempts</source>
        <translation>Quitar el bloqueo de inicio de sesión tras demasiados intentos fallidos</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Cerrar la sesión del usuario en todas partes</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Valid (waiting to be enabled)</source>
        <translation>Validado (pendiente de habilitar)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Último inicio de sesión:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Fecha de creación:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Select a user to see the details.</source>
        <translation>Seleccione un usuario para ver sus datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>%n usuario seleccionado</numerusform>
            <numerusform>%n usuarios seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Eliminar usuarios</translation>
    </message>
    <message>
        <source>Delete %1? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>¿Eliminar %1? Sus sesiones se cerrarán y sus datos se borrarán; el registro de auditoría conserva constancia. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Deactivate users</source>
        <translation>Desactivar usuarios</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>¿Desactivar %1? Ya no podrán iniciar sesión, y sus sesiones y tokens de API dejarán de ser válidos. Puede reactivarlos más adelante.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Enviar enlace de restablecimiento</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Cerrar las sesiones</translation>
    </message>
    <message>
        <source>Sign %1 out on every device?</source>
        <translation>¿Cerrar las sesiones de %1 en todos los dispositivos?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Cerrar las sesiones</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>usuarios.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: done for %2.</source>
        <extracomment>%1 is the action (&quot;Deactivate&quot;), %2 the user.</extracomment>
        <translation>%1: completado para %2.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1: error con %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed.</source>
        <translation>%1: %2 completados, %3 con error.</translation>
    </message>
    <message>
        <source>%1 — results</source>
        <translation>%1 — resultados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Replace the password of %1 with a temporary one? Their sessions end, and they must choose a new password when they next sign in.</source>
        <translation>¿Sustituir la contraseña de %1 por una temporal? Sus sesiones se cerrarán y deberá elegir una nueva contraseña la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>&amp;Create temporary password</source>
        <translation>&amp;Crear contraseña temporal</translation>
    </message>
    <message>
        <source>No temporary password for %1: %2</source>
        <translation>No se ha podido crear una contraseña temporal para %1: %2</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Se ha creado el usuario %1.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Se han guardado los cambios de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n usuario? Sus sesiones se cerrarán y sus datos se borrarán; el registro de auditoría conserva constancia. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n usuarios? Sus sesiones se cerrarán y sus datos se borrarán; el registro de auditoría conserva constancia. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n users? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>
            <numerusform>¿Desactivar %n usuario? Ya no podrá iniciar sesión, y sus sesiones y tokens de API dejarán de ser válidos. Puede reactivarlo más adelante.</numerusform>
            <numerusform>¿Desactivar %n usuarios? Ya no podrán iniciar sesión, y sus sesiones y tokens de API dejarán de ser válidos. Puede reactivarlos más adelante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out on every device?</source>
        <translation>
            <numerusform>¿Cerrar las sesiones de %n usuario en todos los dispositivos?</numerusform>
            <numerusform>¿Cerrar las sesiones de %n usuarios en todos los dispositivos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ user(s)</source>
        <extracomment>The status bar&apos;s count when the server stopped counting: at least this many users match.</extracomment>
        <translation>
            <numerusform>%Ln+ usuario</numerusform>
            <numerusform>%Ln+ usuarios</numerusform>
        </translation>
    </message>
</context>
</TS>
