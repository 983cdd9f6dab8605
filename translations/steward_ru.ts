<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>steward::app::CommandLine</name>
    <message>
        <source>Steward: administer the users of the companies on your platform.</source>
        <translation>Steward: управление пользователями компаний на вашей платформе.</translation>
    </message>
    <message>
        <source>The server to sign in to.</source>
        <translation>Сервер для входа.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Доверять также центрам сертификации из этого PEM-файла.</translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation>Адрес электронной почты для входа.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, es, de, fr or ru.</source>
        <translation>Язык интерфейса для этого запуска: en, es, de, fr или ru.</translation>
    </message>
    <message>
        <source>unexpected argument %1 (see --help)</source>
        <translation>неожиданный аргумент %1 (см. --help)</translation>
    </message>
    <message>
        <source>--server: %1 is not a server address</source>
        <translation>--server: %1 не является адресом сервера</translation>
    </message>
    <message>
        <source>--lang: %1 is not one of en, es, de, fr, ru</source>
        <translation>--lang: значение %1 не входит в список en, es, de, fr, ru</translation>
    </message>
</context>
<context>
    <name>steward::models::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who made the change.</extracomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: what the change was made to.</extracomment>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <extracomment>The actor of an audit event made without signing in (a link from an email…).</extracomment>
        <translation>Аноним</translation>
    </message>
    <message>
        <source>%1 (API token)</source>
        <extracomment>An audit event made through an API token; %1 is the token&apos;s creator.</extracomment>
        <translation>%1 (API-токен)</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: whether a company is active or suspended.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
</context>
<context>
    <name>steward::models::CompanyState</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлена</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationState</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
</context>
<context>
    <name>steward::models::InvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: pending, accepted, expired or revoked.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Invited by</source>
        <extracomment>Column header: the person who sent the invitation.</extracomment>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>steward::models::NetworkPageFetcher</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Нет подключения к серверу.</translation>
    </message>
</context>
<context>
    <name>steward::models::OrgUnitTreeModel</name>
    <message>
        <source>Unit</source>
        <extracomment>Column header of the organizational unit tree.</extracomment>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
</context>
<context>
    <name>steward::models::RemoteTableModel</name>
    <message>
        <source>Not loaded</source>
        <extracomment>Shown in a table row whose data is still on its way from the server.</extracomment>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>steward::models::RoleScope</name>
    <message>
        <source>Company</source>
        <extracomment>Role scope: used inside one company.</extracomment>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>Role scope: platform staff.</extracomment>
        <translation>Платформа</translation>
    </message>
</context>
<context>
    <name>steward::models::RolesModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Column header: whether a role is for companies or for platform staff.</extracomment>
        <translation>Область действия</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: built-in or custom role.</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Встроенная</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Пользовательская</translation>
    </message>
</context>
<context>
    <name>steward::models::TargetType</name>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
</context>
<context>
    <name>steward::models::UserState</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>A self-registered user whose email is verified, waiting for an admin to enable them.</extracomment>
        <translation>Подтверждён</translation>
    </message>
</context>
<context>
    <name>steward::models::UsersModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: the state of a user account (enabled, deactivated…).</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>The company column of a platform staff account, which belongs to no company.</extracomment>
        <translation>Платформа</translation>
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
        <translation>Сертификат сервера %1 не признан доверенным, поэтому подключение не установлено.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Is %1 a Steward server of a matching version?</source>
        <translation>Не удалось прочитать ответ сервера. Убедитесь, что %1 — сервер Steward совместимой версии.</translation>
    </message>
</context>
<context>
    <name>steward::net::ApiResult</name>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation>Сервер временно недоступен (HTTP %1). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Сервер вернул ошибку (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>steward::net::CertificateTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Не удаётся прочитать файл ЦС %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Файл ЦС %1 не содержит сертификатов в формате PEM.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you trusted it. This can mean that someone is intercepting the connection, so it was refused. If the server&apos;s administrator replaced the certificate, remove the trusted certificate for this server in Settings and connect again.</source>
        <translation>Сертификат %1 изменился с тех пор, как вы признали его доверенным. Возможно, кто-то перехватывает соединение, поэтому подключение отклонено. Если администратор сервера заменил сертификат, удалите доверенный сертификат этого сервера в настройках и подключитесь снова.</translation>
    </message>
</context>
<context>
    <name>steward::net::NetworkErrorText</name>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>Не удаётся подключиться к серверу %1: имя узла не найдено. Проверьте адрес.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the connection was refused. Is the server running?</source>
        <translation>Не удаётся подключиться к серверу %1: в подключении отказано. Запущен ли сервер?</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>Сервер %1 неожиданно закрыл соединение.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the network is not available.</source>
        <translation>Не удаётся подключиться к серверу %1: сеть недоступна.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 through the proxy: %2</source>
        <translation>Не удаётся подключиться к серверу %1 через прокси-сервер: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request somewhere it may not go.</source>
        <translation>Сервер %1 перенаправил запрос на недопустимый адрес.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak the expected protocol. Check the address.</source>
        <translation>Сервер %1 не поддерживает ожидаемый протокол. Проверьте адрес.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Не удаётся подключиться к серверу %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Сертификат сервера не является доверенным: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>You are signed out; sign in again to continue.</source>
        <translation>Вы не вошли в систему. Войдите снова, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>steward::net::TokenVault</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Хранилище ключей отклонило запрос: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until the application closes; next time you will need to sign in again.</source>
        <translation>Хранилище ключей недоступно (%1). Сеанс сохранится до закрытия приложения; в следующий раз нужно будет войти снова.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AccountDialog</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Адрес электронной почты:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Unique identifier:</source>
        <translation>Уникальный идентификатор:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Email me about:</source>
        <translation>Уведомления по электронной почте:</translation>
    </message>
    <message>
        <source>The identifier is on the clipboard.</source>
        <translation>Идентификатор скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions have ended.</source>
        <translation>Пароль изменён. Остальные ваши сеансы завершены.</translation>
    </message>
    <message>
        <source>My Account</source>
        <translation>Моя учётная запись</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Language and notifications</source>
        <translation>Язык и уведомления</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Change &amp;email…</source>
        <translation>Изменить а&amp;дрес электронной почты…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the identifier to the clipboard</source>
        <translation>Скопировать идентификатор в буфер обмена</translation>
    </message>
    <message>
        <source>Your company&apos;s administrators manage your name.</source>
        <translation>Ваше имя может изменить только администратор вашей компании.</translation>
    </message>
    <message>
        <source>Every email Steward sends you arrives in this language.</source>
        <translation>Все письма от Steward будут приходить на этом языке.</translation>
    </message>
    <message>
        <source>Sign-ins and sessions ended by an administrator</source>
        <translation>Входы и сеансы, завершённые администратором</translation>
    </message>
    <message>
        <source>Changes to my team: accepted invitations, role changes</source>
        <translation>Изменения в моей команде: принятые приглашения, смена ролей</translation>
    </message>
    <message>
        <source>News about the platform</source>
        <translation>Новости платформы</translation>
    </message>
    <message>
        <source>Security notices (password or email changed) are always sent.</source>
        <translation>Уведомления о безопасности (смена пароля или адреса электронной почты) отправляются всегда.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Изменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Platform operator</source>
        <extracomment>Shown as the company of platform staff, who belong to no customer company.</extracomment>
        <translation>Оператор платформы</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нет изменений для сохранения.</translation>
    </message>
    <message>
        <source>Your account was changed elsewhere meanwhile. The current values are shown; make your change again.</source>
        <translation>Тем временем ваша учётная запись была изменена в другом месте. Показаны текущие значения; внесите изменения ещё раз.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Проверьте выделенные поля.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditDetailsPane</name>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Client address:</source>
        <extracomment>The network address the change came from.</extracomment>
        <translation>Адрес клиента:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <extracomment>The id of the HTTP request, also found in the server&apos;s log.</extracomment>
        <translation>ID запроса:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Изменения:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>This event changed no recorded field.</source>
        <translation>Это событие не изменило ни одного отслеживаемого поля.</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A field that had no value before or after a change.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Anonymous (a link from an email, a registration…)</source>
        <translation>Аноним (ссылка из письма, регистрация…)</translation>
    </message>
    <message>
        <source>%1 through an API token</source>
        <extracomment>%1 is the person who created the API token.</extracomment>
        <translation>%1 через API-токен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An audit event&apos;s object: %1 its kind (User, Role…), %2 its name or id.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Выберите событие, чтобы увидеть, что оно изменило.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditView</name>
    <message>
        <source>All user actions</source>
        <translation>Все действия с пользователями</translation>
    </message>
    <message>
        <source>All invitation actions</source>
        <translation>Все действия с приглашениями</translation>
    </message>
    <message>
        <source>All role actions</source>
        <translation>Все действия с ролями</translation>
    </message>
    <message>
        <source>All unit actions</source>
        <translation>Все действия с подразделениями</translation>
    </message>
    <message>
        <source>All company actions</source>
        <translation>Все действия с компаниями</translation>
    </message>
    <message>
        <source>All API token actions</source>
        <translation>Все действия с API-токенами</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Прочие действия</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <extracomment>Audit filter: who made the change.</extracomment>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Name, email or id</source>
        <translation>Имя, адрес эл. почты или ID</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <extracomment>Audit filter: what the change was made to.</extracomment>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>A user&apos;s name or email, or any object&apos;s id</source>
        <translation>Имя или адрес эл. почты пользователя либо ID любого объекта</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show only events by this person</source>
        <translation>Показать только события этого пользователя</translation>
    </message>
    <message>
        <source>Show only events about this object</source>
        <translation>Показать только события, связанные с этим объектом</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the time range must be after its start.</source>
        <translation>Конец периода должен быть позже его начала.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Никто не найден по запросу «%1».</translation>
    </message>
    <message>
        <source>Several people match “%1”: type more of the name or the email.</source>
        <translation>По запросу «%1» найдено несколько человек: введите имя или адрес эл. почты подробнее.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CertificateDialog</name>
    <message>
        <source>Unknown certificate</source>
        <translation>Неизвестный сертификат</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that no authority you trust vouches for. Trust it only if its fingerprint is the one your administrator gave you.</source>
        <translation>Сервер %1 предъявил сертификат, который не подтверждён ни одним доверенным центром сертификации. Доверяйте ему, только если его отпечаток совпадает с тем, который сообщил вам администратор.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>Почему он не считается доверенным:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Доверять этому серверу</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>&amp;Не подключаться</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose a password of your own to continue.</source>
        <translation>Вы вошли с временным паролем. Чтобы продолжить, задайте собственный пароль.</translation>
    </message>
    <message>
        <source>Enter your current password and choose a new one. You stay signed in on this computer; your other sessions end.</source>
        <translation>Введите текущий пароль и задайте новый. На этом компьютере вы останетесь в системе, а остальные ваши сеансы будут завершены.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>История пользователя %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompaniesView</name>
    <message>
        <source>Legal name:</source>
        <translation>Юридическое название:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Язык по умолчанию:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Пользователи:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Имена пользователей:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Дополнительные поля:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Дата создания:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Новая компания…</translation>
    </message>
    <message>
        <source>Create a company and its owner (Ctrl+N)</source>
        <translation>Создать компанию и её владельца (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected company (Enter or double-click)</source>
        <translation>Изменить выбранную компанию (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Filter: which company states the list shows.</extracomment>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Выберите компанию, чтобы увидеть сведения о ней.</translation>
    </message>
    <message>
        <source>Created %1. Its owner will get an email to set their password.</source>
        <translation>Компания «%1» создана. Владелец получит письмо, чтобы задать пароль.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Users may edit their own name</source>
        <translation>Пользователи могут сами изменять имя</translation>
    </message>
    <message>
        <source>Only administrators change names</source>
        <translation>Имена меняют только администраторы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
</context>
<context>
    <name>steward::ui::CompanyEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое название:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Язык по &amp;умолчанию:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <extracomment>Whether a company is active or suspended.</extracomment>
        <translation>Ста&amp;тус:</translation>
    </message>
    <message>
        <source>Users&apos; names:</source>
        <translation>Имена пользователей:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица и дом:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Почтовый индекс:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Адрес &amp;электронной почты:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Изменение компании</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Custom user fields</source>
        <translation>Дополнительные поля пользователей</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Suspending a company does not stop its users from signing in.</source>
        <translation>Приостановка компании не мешает её пользователям входить в систему.</translation>
    </message>
    <message>
        <source>Only platform staff can suspend or resume a company.</source>
        <translation>Приостановить или возобновить работу компании может только персонал платформы.</translation>
    </message>
    <message>
        <source>Users may edit their own first and last name</source>
        <translation>Пользователи могут сами изменять имя и фамилию</translation>
    </message>
    <message>
        <source>When unchecked, only the company&apos;s administrators can change a user&apos;s name; users see it read-only in My Account.</source>
        <translation>Если флажок снят, имя пользователя могут изменить только администраторы компании; в разделе «Моя учётная запись» оно доступно только для чтения.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Extra fields every user of this company has. Removing a field drops its values the next time each user is saved.</source>
        <translation>Дополнительные поля, которые есть у каждого пользователя этой компании. Если удалить поле, его значения будут потеряны при следующем сохранении каждого пользователя.</translation>
    </message>
    <message>
        <source>The owner is the company&apos;s first user. They hold Admin and receive an email to set their password (valid 72 hours).</source>
        <translation>Владелец — первый пользователь компании. У него есть роль «Администратор», и он получает письмо, чтобы задать пароль (ссылка действует 72 часа).</translation>
    </message>
    <message>
        <source>Optional: taken from the email address</source>
        <translation>Необязательно: берётся из адреса электронной почты</translation>
    </message>
    <message>
        <source>The company&apos;s default language</source>
        <translation>Язык компании по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Загрузить &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>Загружена текущая версия, ваши изменения сохранены. Проверьте их и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Проверьте некоторые поля.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Кто-то другой изменил эту компанию после того, как вы её открыли. Загрузите её заново, чтобы получить новую версию; введённые здесь данные сохранятся.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CustomFieldDefinitionsEditor</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: the kind of value of a custom field (text, number, date, choice).</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Уникальное</translation>
    </message>
    <message>
        <source>Editable by</source>
        <translation>Кто может изменять</translation>
    </message>
    <message>
        <source>Max. length</source>
        <translation>Макс. длина</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Stable name the values are stored under: a–z, 0–9 and _, starting with a letter.</source>
        <translation>Постоянное имя, под которым хранятся значения: a–z, 0–9 и _, начиная с буквы.</translation>
    </message>
    <message>
        <source>No two users of the company may have the same value.</source>
        <translation>У двух пользователей компании не может быть одинаковых значений.</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Добавить поле</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Удалить поле</translation>
    </message>
    <message>
        <source>Options of the selected choice field, one per line:</source>
        <translation>Варианты выбранного поля со списком, по одному в строке:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Только администраторы</translation>
    </message>
    <message>
        <source>Admins and the user</source>
        <translation>Администраторы и сам пользователь</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Поле %1</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Поле %1 (%2)</translation>
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
        <translation>не задано</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>steward::ui::EmailChangeDialog</name>
    <message>
        <source>Change email address</source>
        <translation>Смена адреса электронной почты</translation>
    </message>
    <message>
        <source>We will send a confirmation link to the new address and a notice to %1. Your address changes when you follow the link; then you sign in with the new one.</source>
        <translation>Мы отправим ссылку для подтверждения на новый адрес и уведомление на %1. Адрес изменится, когда вы перейдёте по ссылке; после этого входите с новым адресом.</translation>
    </message>
    <message>
        <source>&amp;New email address:</source>
        <translation>&amp;Новый адрес электронной почты:</translation>
    </message>
    <message>
        <source>&amp;Repeat new address:</source>
        <translation>&amp;Повторите новый адрес:</translation>
    </message>
    <message>
        <source>Current &amp;password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>Send &amp;confirmation link</source>
        <translation>&amp;Отправить ссылку для подтверждения</translation>
    </message>
    <message>
        <source>The two addresses differ.</source>
        <translation>Адреса не совпадают.</translation>
    </message>
    <message>
        <source>Follow the link we sent to %1 to confirm the change.</source>
        <translation>Чтобы подтвердить изменение, перейдите по ссылке, отправленной на %1.</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldRuleText</name>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Слишком длинное значение.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>Содержит недопустимые здесь символы.</translation>
    </message>
    <message>
        <source>Not an assigned ISO 3166-1 country code.</source>
        <translation>Это не назначенный код страны ISO 3166-1.</translation>
    </message>
    <message>
        <source>Another field already uses this key.</source>
        <translation>Этот ключ уже используется другим полем.</translation>
    </message>
    <message>
        <source>Must start with a letter a–z and contain only a–z, 0–9 and _.</source>
        <translation>Должно начинаться с буквы a–z и содержать только a–z, 0–9 и _.</translation>
    </message>
    <message>
        <source>Must be between 1 and 10,000.</source>
        <translation>Должно быть от 1 до 10 000.</translation>
    </message>
    <message>
        <source>Options must be distinct.</source>
        <translation>Варианты не должны повторяться.</translation>
    </message>
    <message>
        <source>Must be two upper-case letters.</source>
        <translation>Должно состоять из двух заглавных букв.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Недопустимый адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>steward::ui::IdNameResolver</name>
    <message>
        <source>Someone not visible to you (%1…)</source>
        <extracomment>An audit actor or inviter the signed-in person may not see; %1 starts their id.</extracomment>
        <translation>Пользователь, скрытый от вас (%1…)</translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationExpiryDelegate</name>
    <message>
        <source>expired</source>
        <extracomment>An invitation&apos;s expiry that has passed.</extracomment>
        <translation>истекло</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>истекает через %n день</numerusform>
            <numerusform>истекает через %n дня</numerusform>
            <numerusform>истекает через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>истекает через %n час</numerusform>
            <numerusform>истекает через %n часа</numerusform>
            <numerusform>истекает через %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>истекает через %n минуту</numerusform>
            <numerusform>истекает через %n минуты</numerusform>
            <numerusform>истекает через %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationsView</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Пригласить…</translation>
    </message>
    <message>
        <source>Invite people by email (%1)</source>
        <translation>Пригласить пользователей по электронной почте (%1)</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <extracomment>Send an invitation again, with a new link.</extracomment>
        <translation>Отп&amp;равить повторно</translation>
    </message>
    <message>
        <source>Send the selected invitations again with a new link valid for 7 days</source>
        <translation>Повторно отправить выбранные приглашения с новой ссылкой, действующей 7 дней</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>End the links of the selected invitations</source>
        <translation>Сделать ссылки выбранных приглашений недействительными</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Адрес электронной почты:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Email language:</source>
        <translation>Язык письма:</translation>
    </message>
    <message>
        <source>Invited by:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Дата отправки:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Дата принятия:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Дата отзыва:</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n приглашение</numerusform>
            <numerusform>%n приглашения</numerusform>
            <numerusform>%n приглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company first: invitations are sent into one company.</source>
        <translation>Сначала выберите компанию: приглашения отправляются в одну компанию.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>Отправлено %n приглашение.</numerusform>
            <numerusform>Отправлено %n приглашения.</numerusform>
            <numerusform>Отправлено %n приглашений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a time that is not set (not accepted, not revoked…).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No roles were chosen for the invitation.</extracomment>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent again with a new link.</source>
        <translation>
            <numerusform>Повторно отправлено %n приглашение с новой ссылкой.</numerusform>
            <numerusform>Повторно отправлено %n приглашения с новой ссылкой.</numerusform>
            <numerusform>Повторно отправлено %n приглашений с новой ссылкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the invitation of “%1”?</source>
        <translation>Отозвать приглашение для «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)?</source>
        <translation>
            <numerusform>Отозвать %n приглашение?</numerusform>
            <numerusform>Отозвать %n приглашения?</numerusform>
            <numerusform>Отозвать %n приглашений?</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Отзыв приглашений</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>Отозвано %n приглашение.</numerusform>
            <numerusform>Отозвано %n приглашения.</numerusform>
            <numerusform>Отозвано %n приглашений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link in the email stops working at once. The invitation stays in the list as revoked.</source>
        <translation>Ссылка в письме сразу перестанет работать. Приглашение останется в списке со статусом «Отозвано».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) selected.</source>
        <translation>
            <numerusform>Выбрано %n приглашение.</numerusform>
            <numerusform>Выбрано %n приглашения.</numerusform>
            <numerusform>Выбрано %n приглашений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an invitation to see its details.</source>
        <translation>Выберите приглашение, чтобы увидеть сведения о нём.</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteAddresses</name>
    <message>
        <source>too long</source>
        <translation>слишком длинный</translation>
    </message>
    <message>
        <source>not a valid email address</source>
        <extracomment>Why an address in the invite dialog is refused (no @, no domain, bad characters…).</extracomment>
        <translation>недопустимый адрес электронной почты</translation>
    </message>
</context>
<context>
    <name>steward::ui::InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Приглашение пользователей</translation>
    </message>
    <message>
        <source>Each address gets its own invitation email with a link that is valid for 7 days. The invitee chooses a name and a password and can then sign in with the roles chosen here.</source>
        <translation>На каждый адрес придёт отдельное письмо с приглашением и ссылкой, которая действует 7 дней Приглашённый указывает имя и задаёт пароль, после чего может войти с выбранными здесь ролями.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Адреса электронной почты:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>По одному в строке или через запятую</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Роли:</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <extracomment>Label of the language the invitation email is written in.</extracomment>
        <translation>&amp;Язык письма:</translation>
    </message>
    <message>
        <source>The company&apos;s default</source>
        <translation>Язык компании по умолчанию</translation>
    </message>
    <message>
        <source>The company&apos;s default (%1)</source>
        <translation>Язык компании по умолчанию (%1)</translation>
    </message>
    <message>
        <source>&amp;Send invitations</source>
        <translation>&amp;Отправить приглашения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Загрузка ролей…</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Не удалось загрузить роли: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One refused address in the invite dialog: %1 the address, %2 why.</extracomment>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>These addresses cannot be invited:
%1</source>
        <translation>Эти адреса нельзя пригласить:
%1</translation>
    </message>
    <message>
        <source>already has a pending invitation; resend it from the list instead</source>
        <translation>уже есть приглашение, ожидающее ответа; отправьте его повторно из списка</translation>
    </message>
    <message>
        <source>already a member of this company</source>
        <translation>уже состоит в этой компании</translation>
    </message>
    <message>
        <source>you may not give roles; invite without roles or ask an administrator</source>
        <translation>у вас нет права назначать роли; пригласите без ролей или обратитесь к администратору</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the invite dialog&apos;s outcome list: %1 the address, %2 what happened.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Приглашение отправлено</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Приглашения</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <extracomment>The scope indicator: whose data the person sees (&quot;Company: Acme Ltd&quot; or &quot;Platform&quot;).</extracomment>
        <translation>Область: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <source>Steward — %1</source>
        <translation>Steward — %1</translation>
    </message>
    <message>
        <source>%1 will appear here.</source>
        <translation>Здесь появится раздел «%1».</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>My Account — %1</source>
        <translation>Моя учётная запись — %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Подключено к %1 как %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>Перемещение подразделения</translation>
    </message>
    <message>
        <source>Move “%1”, with every unit below it, to:</source>
        <translation>Переместить «%1» вместе со всеми вложенными подразделениями в:</translation>
    </message>
    <message>
        <source>The &amp;top level</source>
        <translation>&amp;Верхний уровень</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Найти подразделение</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <extracomment>Button of the &quot;Move unit&quot; dialog.</extracomment>
        <translation>&amp;Переместить</translation>
    </message>
</context>
<context>
    <name>steward::ui::OrgUnitsView</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Добавить подразделение…</translation>
    </message>
    <message>
        <source>Add a unit below the selected one (%1)</source>
        <translation>Добавить подразделение внутри выбранного (%1)</translation>
    </message>
    <message>
        <source>Add &amp;top-level unit…</source>
        <translation>Добавить подразделение &amp;верхнего уровня…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Переместить в…</translation>
    </message>
    <message>
        <source>Move the selected unit, with everything below it; you can also drag it</source>
        <translation>Переместить выбранное подразделение со всем содержимым; его также можно перетащить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Фильтр подразделений</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Someone else changed this unit meanwhile. Reload to see their changes, then try again.</source>
        <translation>Тем временем это подразделение изменил кто-то другой. Загрузите данные заново, чтобы увидеть изменения, и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n подразделение</numerusform>
            <numerusform>%n подразделения</numerusform>
            <numerusform>%n подразделений</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new top-level unit:</source>
        <translation>Название нового подразделения верхнего уровня:</translation>
    </message>
    <message>
        <source>Name of the new unit below “%1”:</source>
        <translation>Название нового подразделения внутри «%1»:</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Добавление подразделения</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Подразделение «%1» добавлено.</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Переименование подразделения</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Новое название для «%1»:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Подразделение «%1» переименовано в «%2».</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <extracomment>%1 a unit&apos;s name, %2 where it went: &quot;“Inbound”&quot; or &quot;the top level&quot;.</extracomment>
        <translation>Подразделение «%1» перемещено в %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit cannot be placed below itself or one of its own units.</source>
        <translation>Нельзя переместить «%1» сюда: подразделение нельзя поместить внутрь самого себя или своего вложенного подразделения.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: the tree would be deeper than 30 levels.</source>
        <translation>Нельзя переместить «%1» сюда: глубина дерева превысит 30 уровней.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: it would leave the units you are limited to.</source>
        <translation>Нельзя переместить «%1» сюда: подразделение окажется за пределами доступных вам подразделений.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved there: a unit with the same name is already there.</source>
        <translation>Нельзя переместить «%1» сюда: там уже есть подразделение с таким названием.</translation>
    </message>
    <message>
        <source>“%1” has units below it. Move or delete them first.</source>
        <translation>В «%1» есть вложенные подразделения. Сначала переместите или удалите их.</translation>
    </message>
    <message>
        <source>No user belongs to this unit, so nobody&apos;s access changes.</source>
        <translation>К этому подразделению не относится ни один пользователь, поэтому ничей доступ не изменится.</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) will belong to “%1” instead, and will see everything in “%1”.</source>
        <translation>Её участники (их число может быть вам не видно) будут переведены в «%1» и увидят всё в «%1».</translation>
    </message>
    <message>
        <source>Its members (you may not see how many) lose this unit. If one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>Её участники (их число может быть вам не видно) будут исключены из подразделения. Если у кого-то из них нет других подразделений, удалить это подразделение нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</source>
        <translation>
            <numerusform>К этому подразделению относится %n пользователь. Он будет переведён в «%1», а поскольку подразделения ограничивают видимость данных, увидит всё в «%1».</numerusform>
            <numerusform>К этому подразделению относятся %n пользователя. Они будут переведены в «%1», а поскольку подразделения ограничивают видимость данных, увидят всё в «%1».</numerusform>
            <numerusform>К этому подразделению относятся %n пользователей. Они будут переведены в «%1», а поскольку подразделения ограничивают видимость данных, увидят всё в «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They lose it and keep their other units; if one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>
            <numerusform>К этому подразделению относится %n пользователь. Он будет исключён из него, но останется в других подразделениях; если других подразделений у него нет, удалить это подразделение нельзя.</numerusform>
            <numerusform>К этому подразделению относятся %n пользователя. Они будут исключены из него, но останутся в других подразделениях; если у кого-то из них других подразделений нет, удалить это подразделение нельзя.</numerusform>
            <numerusform>К этому подразделению относятся %n пользователей. Они будут исключены из него, но останутся в других подразделениях; если у кого-то из них других подразделений нет, удалить это подразделение нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Удаление подразделения</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Удалить подразделение «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: some of its members belong to no other unit. Place them in another unit first.</source>
        <translation>Нельзя удалить «%1»: некоторые участники не относятся ни к одному другому подразделению. Сначала переведите их в другое подразделение.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”; %n user(s) now belong to “%2”.</source>
        <translation>
            <numerusform>Подразделение «%1» удалено; %n пользователь переведён в «%2».</numerusform>
            <numerusform>Подразделение «%1» удалено; %n пользователя переведены в «%2».</numerusform>
            <numerusform>Подразделение «%1» удалено; %n пользователей переведены в «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Подразделение «%1» удалено.</translation>
    </message>
</context>
<context>
    <name>steward::ui::OwnershipTransferPanel</name>
    <message>
        <source>Current owner:</source>
        <translation>Текущий владелец:</translation>
    </message>
    <message>
        <source>Search the company&apos;s enabled users</source>
        <translation>Поиск среди активных пользователей компании</translation>
    </message>
    <message>
        <source>&amp;Make owner…</source>
        <translation>&amp;Сделать владельцем…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No other enabled user matches.</source>
        <translation>Других подходящих активных пользователей нет.</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Передать права владельца</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2?</source>
        <translation>Сделать пользователя %1 владельцем компании «%2»?</translation>
    </message>
    <message>
        <source>The current owner keeps their roles but loses the owner&apos;s protection and the implicit Admin role.</source>
        <translation>Текущий владелец сохранит свои роли, но лишится защиты владельца и неявной роли «Администратор».</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Сделать владельцем</translation>
    </message>
    <message>
        <source>%1 is now the owner.</source>
        <translation>Пользователь %1 теперь владелец.</translation>
    </message>
    <message>
        <source>The owner holds Admin implicitly and cannot be deactivated or deleted. Ownership can go to an enabled user of this company; the previous owner keeps their roles. A transfer takes effect at once.</source>
        <translation>Владелец неявно имеет роль «Администратор», его нельзя деактивировать или удалить. Права владельца можно передать активному пользователю этой компании; прежний владелец сохраняет свои роли. Передача вступает в силу сразу.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PasswordRulesView</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не менее %n символа</numerusform>
            <numerusform>Не менее %n символов</numerusform>
            <numerusform>Не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Не входит в число распространённых паролей</translation>
    </message>
    <message>
        <source>Does not contain the name of your email address</source>
        <translation>Не содержит часть адреса электронной почты до знака @</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Оба значения совпадают</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Требования к паролю</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionMatrix</name>
    <message>
        <source>Permission</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
</context>
<context>
    <name>steward::ui::PermissionText</name>
    <message>
        <source>See the company&apos;s details</source>
        <translation>Просмотр сведений о компании</translation>
    </message>
    <message>
        <source>Change the company&apos;s settings</source>
        <translation>Изменение настроек компании</translation>
    </message>
    <message>
        <source>Read the KYC profile fields</source>
        <translation>Просмотр полей профиля KYC</translation>
    </message>
    <message>
        <source>Open and upload KYC documents</source>
        <translation>Открытие и загрузка документов KYC</translation>
    </message>
    <message>
        <source>Change payment details</source>
        <translation>Изменение платёжных реквизитов</translation>
    </message>
    <message>
        <source>Read invoices</source>
        <translation>Просмотр счетов</translation>
    </message>
    <message>
        <source>See orders</source>
        <translation>Просмотр заказов</translation>
    </message>
    <message>
        <source>Manage orders</source>
        <translation>Управление заказами</translation>
    </message>
    <message>
        <source>See products</source>
        <translation>Просмотр товаров</translation>
    </message>
    <message>
        <source>Manage products</source>
        <translation>Управление товарами</translation>
    </message>
    <message>
        <source>See the company&apos;s users</source>
        <translation>Просмотр пользователей компании</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>Создание пользователей</translation>
    </message>
    <message>
        <source>Edit users and change their state</source>
        <translation>Изменение пользователей и их статуса</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Удаление пользователей</translation>
    </message>
    <message>
        <source>Reset passwords, issue temporary passwords, revoke sessions, unlock</source>
        <translation>Сброс паролей, выдача временных паролей, завершение сеансов, разблокировка</translation>
    </message>
    <message>
        <source>Assign roles to users</source>
        <translation>Назначение ролей пользователям</translation>
    </message>
    <message>
        <source>Invite, resend and revoke invitations</source>
        <translation>Отправка, повторная отправка и отзыв приглашений</translation>
    </message>
    <message>
        <source>Create and edit custom roles</source>
        <translation>Создание и изменение пользовательских ролей</translation>
    </message>
    <message>
        <source>Manage organizational units</source>
        <translation>Управление подразделениями</translation>
    </message>
    <message>
        <source>Create and revoke API tokens</source>
        <translation>Создание и отзыв API-токенов</translation>
    </message>
    <message>
        <source>Read the company&apos;s audit log</source>
        <translation>Просмотр журнала аудита компании</translation>
    </message>
    <message>
        <source>See every company</source>
        <translation>Просмотр всех компаний</translation>
    </message>
    <message>
        <source>Create and change companies</source>
        <translation>Создание и изменение компаний</translation>
    </message>
    <message>
        <source>See the users of every company</source>
        <translation>Просмотр пользователей всех компаний</translation>
    </message>
    <message>
        <source>Change the users of every company</source>
        <translation>Изменение пользователей всех компаний</translation>
    </message>
    <message>
        <source>Reset credentials of any user</source>
        <translation>Сброс учётных данных любого пользователя</translation>
    </message>
    <message>
        <source>Read every audit log</source>
        <translation>Просмотр всех журналов аудита</translation>
    </message>
    <message>
        <source>Manage the platform&apos;s own staff</source>
        <translation>Управление персоналом платформы</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>Permission area: the company&apos;s details, settings and KYC profile.</extracomment>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Users and invitations</source>
        <translation>Пользователи и приглашения</translation>
    </message>
    <message>
        <source>Orders and products</source>
        <translation>Заказы и товары</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Счета и платежи</translation>
    </message>
    <message>
        <source>Roles, units, API tokens and audit</source>
        <translation>Роли, подразделения, API-токены и аудит</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoleEditor</name>
    <message>
        <source>Copy of %1</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <source>Built-in role %1</source>
        <translation>Встроенная роль «%1»</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>Выберите компанию…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Optional: what people with this role do</source>
        <translation>Необязательно: чем занимаются пользователи с этой ролью</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Разрешения:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Загрузить &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Reloaded the current version; your changes are kept. Review them and save again.</source>
        <translation>Загружена текущая версия, ваши изменения сохранены. Проверьте их и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Проверьте некоторые поля.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Someone else changed this role after you opened it. Reload to get their version; what you typed here is kept.</source>
        <translation>Кто-то другой изменил эту роль после того, как вы её открыли. Загрузите её заново, чтобы получить новую версию; введённые здесь данные сохранятся.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Built-in roles are the same in every company and cannot be changed. Use Duplicate in the roles list to make an editable copy.</source>
        <translation>Встроенные роли одинаковы во всех компаниях и не могут быть изменены. Чтобы получить редактируемую копию, используйте команду «Дублировать» в списке ролей.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RolesView</name>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln роль</numerusform>
            <numerusform>%Ln роли</numerusform>
            <numerusform>%Ln ролей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Новая роль…</translation>
    </message>
    <message>
        <source>Create a custom role (Ctrl+N)</source>
        <translation>Создать пользовательскую роль (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <source>A new custom role with the same permissions (Ctrl+D)</source>
        <translation>Новая пользовательская роль с теми же разрешениями (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the custom role (Del)</source>
        <translation>Удалить пользовательскую роль (Del)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <extracomment>Filter: company roles or platform staff roles.</extracomment>
        <translation>Об&amp;ласть действия:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Company roles</source>
        <translation>Роли компаний</translation>
    </message>
    <message>
        <source>Platform roles</source>
        <translation>Роли платформы</translation>
    </message>
    <message>
        <source>Select a role to see its permissions.</source>
        <translation>Выберите роль, чтобы увидеть её разрешения.</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Просмотреть…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Show the built-in role&apos;s permissions (Enter)</source>
        <translation>Показать разрешения встроенной роли (Enter)</translation>
    </message>
    <message>
        <source>Edit the selected role (Enter or double-click)</source>
        <translation>Изменить выбранную роль (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Built-in role, read-only</source>
        <translation>Встроенная роль, только для чтения</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Пользовательская роль</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Разрешений нет.</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>Роль «%1» сохранена.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Удаление роли</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Удалить роль «%1»?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>Роль «%1» удалена.</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Роль «%1» не удалена: %2</translation>
    </message>
    <message>
        <source>Role in use</source>
        <translation>Роль используется</translation>
    </message>
    <message>
        <source>Users still hold the role “%1”.</source>
        <translation>Роль «%1» ещё назначена пользователям.</translation>
    </message>
    <message>
        <source>Remove it from them and delete it anyway?</source>
        <translation>Отозвать её у них и всё равно удалить?</translation>
    </message>
    <message>
        <source>Remove and delete</source>
        <translation>Отозвать и удалить</translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionController</name>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Хранилище ключей сообщило об ошибке: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so your session is kept only until Steward closes. You will have to sign in again next time.</source>
        <translation>На этом компьютере нет хранилища ключей, поэтому сеанс сохранится только до закрытия Steward. В следующий раз нужно будет войти снова.</translation>
    </message>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Сохранённый сеанс завершён. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Remembered servers</source>
        <translation>Сохранённые серверы</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Trust a &amp;CA for this server…</source>
        <translation>Доверять &amp;ЦС для этого сервера…</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Доверенные сертификаты</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 — certificate %2</source>
        <translation>%1 — сертификат %2</translation>
    </message>
    <message>
        <source>%1 — CA: %2</source>
        <translation>%1 — ЦС: %2</translation>
    </message>
    <message>
        <source>CA certificate for %1</source>
        <translation>Сертификат ЦС для %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Файл не является сертификатом</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>Файл %1 не содержит сертификатов в формате PEM.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SignInWindow</name>
    <message>
        <source>Sign in to Steward</source>
        <translation>Вход в Steward</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>Your session has ended. Enter your password to continue where you left off.</source>
        <translation>Ваш сеанс завершён. Введите пароль, чтобы продолжить с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>https://steward.example.com</source>
        <translation>https://steward.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Адрес &amp;электронной почты:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>З&amp;апомнить меня на этом компьютере</translation>
    </message>
    <message>
        <source>Keeps your session in the system keychain so that Steward opens signed in.</source>
        <translation>Сеанс сохраняется в системном хранилище ключей, и Steward открывается без повторного входа.</translation>
    </message>
    <message>
        <source>I forgot my credentials</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://steward.example.com.</source>
        <translation>Введите адрес сервера, например https://steward.example.com.</translation>
    </message>
    <message>
        <source>Steward only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Steward подключается только по HTTPS. Укажите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>Enter your email address first; we will send a link to reset your password to it.</source>
        <translation>Сначала введите адрес электронной почты — мы отправим на него ссылку для сброса пароля.</translation>
    </message>
    <message>
        <source>If an account exists for %1, a link to choose a new password is on its way. Check your inbox (and the spam folder).</source>
        <translation>Если для адреса %1 есть учётная запись, на него уже отправлена ссылка для выбора нового пароля. Проверьте папку «Входящие» (и папку «Спам»).</translation>
    </message>
</context>
<context>
    <name>steward::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <source>The temporary password of %1 is below. Hand it over in a safe way; it is shown only now. They must choose their own password when they sign in with it.</source>
        <translation>Ниже показан временный пароль пользователя %1. Передайте его безопасным способом — он показывается только сейчас. При входе с ним пользователь должен будет задать собственный пароль.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>steward::ui::UnitNameDialog</name>
    <message>
        <source>Another unit at this place already has this name.</source>
        <translation>На этом уровне уже есть подразделение с таким названием.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n пользователь в %1.</numerusform>
            <numerusform>Экспортировано %n пользователя в %1.</numerusform>
            <numerusform>Экспортировано %n пользователей в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UserEditor</name>
    <message>
        <source>Company default</source>
        <translation>По умолчанию для компании</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Адрес &amp;электронной почты:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>made from the email address</source>
        <translation>формируется из адреса электронной почты</translation>
    </message>
    <message>
        <source>How the person gets in</source>
        <translation>Как пользователь получит доступ</translation>
    </message>
    <message>
        <source>Send an invitation email with a link to set a password</source>
        <translation>Отправить письмо-приглашение со ссылкой, чтобы задать пароль</translation>
    </message>
    <message>
        <source>Create a temporary password to hand over (shown once; changed at first sign-in)</source>
        <translation>Создать временный пароль для передачи (показывается один раз, меняется при первом входе)</translation>
    </message>
    <message>
        <source>Send nothing (the person uses &quot;I forgot my credentials&quot;)</source>
        <translation>Ничего не отправлять (пользователь воспользуется ссылкой «Забыли пароль?»)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Tick the roles the person holds. Untick &quot;Enabled&quot; to switch an assignment off for a while without removing it.</source>
        <translation>Отметьте роли пользователя. Снимите флажок «Включено», чтобы временно отключить назначение, не удаляя его.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>С&amp;ведения</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Роли</translation>
    </message>
    <message>
        <source>Organizational &amp;units</source>
        <translation>&amp;Подразделения</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>&amp;Дополнительные поля</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (встроенная)</translation>
    </message>
    <message>
        <source>Company default (%1)</source>
        <translation>По умолчанию для компании (%1)</translation>
    </message>
    <message>
        <source>Choose the person&apos;s company.</source>
        <translation>Выберите компанию пользователя.</translation>
    </message>
    <message>
        <source>Check the highlighted fields.</source>
        <translation>Проверьте выделенные поля.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Данные изменены</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Load their version and keep the changes you made here on top of it?</source>
        <translation>Пока вы редактировали пользователя %1, его данные изменил кто-то другой. Загрузить новую версию и применить к ней ваши изменения?</translation>
    </message>
    <message>
        <source>&amp;Reload and keep my changes</source>
        <translation>&amp;Загрузить и сохранить мои изменения</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user meanwhile.</source>
        <translation>Не сохранено: тем временем другой пользователь изменил эти данные.</translation>
    </message>
    <message>
        <source>Reloaded. Your changes are kept; review them and save again.</source>
        <translation>Данные загружены заново. Ваши изменения сохранены; проверьте их и сохраните ещё раз.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserFacingText</name>
    <message>
        <source>later</source>
        <translation>позже</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>через %n секунду</numerusform>
            <numerusform>через %n секунды</numerusform>
            <numerusform>через %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>через %n минуту</numerusform>
            <numerusform>через %n минуты</numerusform>
            <numerusform>через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again %1.</source>
        <translation>Слишком много попыток. Повторите попытку %1.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>У вас нет разрешения на это действие.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Reload to see their changes.</source>
        <translation>Тем временем эти данные изменил другой пользователь. Обновите их, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>Неверный адрес электронной почты или пароль.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. For your security, sign-in is locked; try again %1.</source>
        <translation>Слишком много неудачных попыток входа. В целях безопасности вход заблокирован; повторите попытку %1.</translation>
    </message>
    <message>
        <source>The company owner is protected: transfer ownership to another user first.</source>
        <translation>Владелец компании защищён: сначала передайте права владельца другому пользователю.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>Вы не можете удалить собственную учётную запись.</translation>
    </message>
    <message>
        <source>The account is deactivated; reactivate it first.</source>
        <translation>Учётная запись деактивирована; сначала активируйте её повторно.</translation>
    </message>
    <message>
        <source>The user is already deactivated.</source>
        <translation>Пользователь уже деактивирован.</translation>
    </message>
    <message>
        <source>Only a deactivated user can be reactivated.</source>
        <translation>Повторно активировать можно только деактивированного пользователя.</translation>
    </message>
    <message>
        <source>The email address is not verified yet.</source>
        <translation>Адрес электронной почты ещё не подтверждён.</translation>
    </message>
</context>
<context>
    <name>steward::ui::UsersView</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Активировать пов&amp;торно</translation>
    </message>
    <message>
        <source>Send password &amp;reset</source>
        <translation>Отправить ссылку для сброса &amp;пароля</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>&amp;Временный пароль…</translation>
    </message>
    <message>
        <source>Revoke &amp;sessions</source>
        <translation>&amp;Завершить сеансы</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Раз&amp;блокировать</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Исто&amp;рия</translation>
    </message>
    <message>
        <source>Lift a sign-in lockout after too many failed attempts</source>
        <translation>Снять блокировку входа после слишком большого числа неудачных попыток</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Завершить все сеансы пользователя</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Стату&amp;с:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;оль:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Подразд&amp;еление:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Valid (waiting to be enabled)</source>
        <translation>Подтверждён (ожидает активации)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Адрес электронной почты:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Последний вход:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Дата создания:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Select a user to see the details.</source>
        <translation>Выберите пользователя, чтобы увидеть сведения о нём.</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>Выбран %n пользователь</numerusform>
            <numerusform>Выбрано %n пользователя</numerusform>
            <numerusform>Выбрано %n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Удаление пользователей</translation>
    </message>
    <message>
        <source>Delete %1? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>Удалить %1? Сеансы будут завершены, данные удалены, а в журнале аудита останется запись. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>Deactivate users</source>
        <translation>Деактивация пользователей</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>Деактивировать %1? Вход станет невозможен, сеансы и API-токены будут завершены. Позже учётные записи можно активировать повторно.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Активировать повторно</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Отправить ссылку для сброса пароля</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Завершить сеансы</translation>
    </message>
    <message>
        <source>Sign %1 out on every device?</source>
        <translation>Завершить сеансы %1 на всех устройствах?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Экспорт пользователей</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: done for %2.</source>
        <extracomment>%1 is the action (&quot;Deactivate&quot;), %2 the user.</extracomment>
        <translation>%1: выполнено для %2.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1: не выполнено для %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed.</source>
        <translation>%1: выполнено — %2, с ошибкой — %3.</translation>
    </message>
    <message>
        <source>%1 — results</source>
        <translation>%1 — результаты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <source>Replace the password of %1 with a temporary one? Their sessions end, and they must choose a new password when they next sign in.</source>
        <translation>Заменить пароль пользователя %1 временным? Сеансы будут завершены, а при следующем входе нужно будет задать новый пароль.</translation>
    </message>
    <message>
        <source>&amp;Create temporary password</source>
        <translation>&amp;Создать временный пароль</translation>
    </message>
    <message>
        <source>No temporary password for %1: %2</source>
        <translation>Не удалось создать временный пароль для пользователя %1: %2</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Пользователь %1 создан.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Изменения пользователя %1 сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n пользователя? Сеансы будут завершены, данные удалены, а в журнале аудита останется запись. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n пользователей? Сеансы будут завершены, данные удалены, а в журнале аудита останется запись. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n пользователей? Сеансы будут завершены, данные удалены, а в журнале аудита останется запись. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n users? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>
            <numerusform>Деактивировать %n пользователя? Вход станет невозможен, сеансы и API-токены будут завершены. Позже учётные записи можно активировать повторно.</numerusform>
            <numerusform>Деактивировать %n пользователей? Вход станет невозможен, сеансы и API-токены будут завершены. Позже учётные записи можно активировать повторно.</numerusform>
            <numerusform>Деактивировать %n пользователей? Вход станет невозможен, сеансы и API-токены будут завершены. Позже учётные записи можно активировать повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out on every device?</source>
        <translation>
            <numerusform>Завершить сеансы %n пользователя на всех устройствах?</numerusform>
            <numerusform>Завершить сеансы %n пользователей на всех устройствах?</numerusform>
            <numerusform>Завершить сеансы %n пользователей на всех устройствах?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln пользователь</numerusform>
            <numerusform>%Ln пользователя</numerusform>
            <numerusform>%Ln пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ user(s)</source>
        <extracomment>The status bar&apos;s count when the server stopped counting: at least this many users match.</extracomment>
        <translation>
            <numerusform>%Ln+ пользователь</numerusform>
            <numerusform>%Ln+ пользователя</numerusform>
            <numerusform>%Ln+ пользователей</numerusform>
        </translation>
    </message>
</context>
</TS>
