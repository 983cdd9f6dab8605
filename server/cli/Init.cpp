// `steward-server init`: the schema and the first platform administrator, once.
#include "Commands.h"
#include "auth/Passwords.h"
#include "store/AuditStore.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <QFile>
#include <cstdio>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

bool hasPlatformAdmin(const QSqlDatabase& db)
{
    Sql q(db, QStringLiteral("SELECT 1 FROM users WHERE company_id IS NULL LIMIT 1"));
    q.exec();
    return q.next();
}

void printErrors(const FieldErrors& errors, const char* what)
{
    for (const FieldError& e : errors)
        std::fprintf(stderr, "steward-server: %s: %s\n", what, qPrintable(e.message));
}

} // namespace

int runInit(const Options& options)
{
    QString error;
    const auto url = DatabaseUrl::parse(options.config.databaseUrl, &error);
    if (!url) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 2;
    }
    if (options.adminEmail.isEmpty() || options.adminPasswordFile.isEmpty()) {
        std::fprintf(stderr,
                     "usage: steward-server init --database URL --admin-email EMAIL --admin-password-file FILE\n");
        return 2;
    }
    QFile file(options.adminPasswordFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "steward-server: cannot read %s: %s\n", qPrintable(options.adminPasswordFile),
                     qPrintable(file.errorString()));
        return 1;
    }
    const QString password = QString::fromUtf8(file.readAll()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    const QString email = normalizeEmail(options.adminEmail);
    const FieldErrors emailErrors = validateEmail(email, QStringLiteral("admin-email"));
    const FieldErrors passwordErrors = validatePassword(password, email, QStringLiteral("admin-password"));
    if (!emailErrors.isEmpty() || !passwordErrors.isEmpty()) {
        printErrors(emailErrors, "--admin-email");
        printErrors(passwordErrors, "the administrator's password");
        return 1;
    }

    Database database(*url);
    migrate(database);
    const QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (hasPlatformAdmin(db)) {
        std::fprintf(stderr,
                     "steward-server: %s is already initialized (it has a platform administrator); "
                     "nothing was changed\n",
                     qPrintable(url->redacted()));
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    User admin;
    admin.id = QUuid::createUuid();
    admin.email = email;
    admin.username = QStringLiteral("admin");
    admin.firstName = QStringLiteral("Platform");
    admin.lastName = QStringLiteral("Administrator");
    admin.state = UserState::Enabled;
    admin.emailVerifiedAt = now;
    admin.hasPassword = true;
    admin.createdAt = admin.updatedAt = now;
    admin.roles = {{builtin::platformAdminRoleId(), QStringLiteral("Platform administrator"), true}};
    const Passwords passwords(options.config.argon2Ops, options.config.argon2MemBytes);
    UserStore::insert(db, admin, passwords.hash(password), false);
    AuditEvent event;
    event.time = now;
    event.actorType = QStringLiteral("system");
    event.action = QStringLiteral("platform.init");
    event.targetType = QStringLiteral("user");
    event.targetId = admin.id;
    event.changes = {{QStringLiteral("email"), QJsonValue::Null, email}};
    event.clientAddress = QStringLiteral("cli");
    AuditStore::record(db, event);
    tx.commit();
    std::printf("Initialized %s; platform administrator %s can sign in.\n", qPrintable(url->redacted()),
                qPrintable(email));
    return 0;
}

} // namespace steward::server
