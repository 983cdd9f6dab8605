// POST /api/v1/registrations: the storefront's self-registration (seed 001). User, company and
// address are required, custom fields optional. The company and its owner are created with the
// owner in `created`; a verification email goes out; after verifying, the owner signs in with the
// Temporary role until an administrator enables them. The answer is 202 whether or not the email
// already has an account (that address gets a password-reset email instead), so the endpoint
// never reveals who is registered.
#include "ApiSupport.h"
#include "CompanyEditing.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "UserEditing.h"
#include "auth/Passwords.h"
#include "auth/RateLimit.h"
#include "mail/AccountMail.h"
#include "store/CompanyStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

constexpr int kRegistrationsPerHour = 10;

Response accepted()
{
    return Response::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                    {QStringLiteral("detail"), QStringLiteral("Check your inbox to confirm your email address.")}},
        202);
}

Response registerCompany(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const QSqlDatabase db = database(ctx);
    const qint64 now = ctx.server().nowMs();
    {
        Transaction tx(db);
        const qint64 wait =
            rateLimit(db, QStringLiteral("register:") + ctx.clientAddress(), kRegistrationsPerHour, 3600 * 1000, now);
        tx.commit();
        if (wait > 0)
            throw ApiError(
                Problem::tooManyRequests(
                    QStringLiteral("Too many registrations from your address. Try again in %1 seconds.").arg(wait)),
                {{"Retry-After", QByteArray::number(wait)}});
    }

    Company company;
    company.id = QUuid::createUuid();
    company.createdAt = company.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    // The address is its own step of the storefront form; it becomes the company's address.
    QJsonObject companyObject = body.object(QStringLiteral("company"));
    companyObject.insert(QStringLiteral("address"), body.object(QStringLiteral("address")));
    if (!companyObject.contains(QStringLiteral("legalName")))
        companyObject.insert(QStringLiteral("legalName"), companyObject.value(QStringLiteral("name")));
    if (!companyObject.contains(QStringLiteral("defaultLanguage")))
        companyObject.insert(
            QStringLiteral("defaultLanguage"),
            body.object(QStringLiteral("user")).value(QStringLiteral("language")).toString(QStringLiteral("en")));
    JsonReader companyReader(companyObject, QStringLiteral("company"));
    FieldErrors errors;
    Transaction tx(db);
    errors.append(applyCompanyFields(companyReader, company, db, true));
    companyReader.rejectUnknown();
    errors.append(companyReader.errors());
    // Name every field where the client sent it: the address at the top level, the rest in company.
    for (FieldError& e : errors) {
        if (e.field.startsWith(QLatin1String("company.address")))
            e.field = e.field.mid(8);
        else if (!e.field.startsWith(QLatin1String("address")) && !e.field.startsWith(QLatin1String("company.")))
            e.field = QStringLiteral("company.") + e.field;
    }

    JsonReader userReader(body.object(QStringLiteral("user")), QStringLiteral("user"));
    const QString password = userReader.string(QStringLiteral("password"));
    User owner;
    owner.id = QUuid::createUuid();
    owner.companyId = company.id;
    owner.language = company.defaultLanguage;
    owner.selfRegistered = true;
    owner.hasPassword = true;
    owner.createdAt = owner.updatedAt = company.createdAt;
    FieldErrors userErrors = applyUserFields(userReader, owner, EditRights{}, db, company, true);
    // An address that already has an account is not an error here: see below.
    const bool emailTaken = std::any_of(userErrors.cbegin(), userErrors.cend(), [](const FieldError& e) {
        return e.field == QLatin1String("email") && e.code == QLatin1String("taken");
    });
    userErrors.removeIf(
        [](const FieldError& e) { return e.field == QLatin1String("email") && e.code == QLatin1String("taken"); });
    errors.append(prefixed(userErrors, QStringLiteral("user")));
    if (!hasErrorFor(userReader.errors(), QStringLiteral("user.password")))
        errors.append(validatePassword(password, owner.email, QStringLiteral("user.password")));
    userReader.rejectUnknown();
    errors.append(userReader.errors());
    // The storefront's optional step: the new company has no definitions yet, so these are kept as
    // given, within bounds (at most 20 short text or number values), for the admin to review.
    if (body.has(QStringLiteral("customFields"))) {
        const QJsonObject extra = body.object(QStringLiteral("customFields"));
        if (extra.size() > 20)
            errors.append({QStringLiteral("customFields"), QStringLiteral("too_many"),
                           QStringLiteral("At most 20 custom fields.")});
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            const QString field = QStringLiteral("customFields.") + it.key();
            if (it.key().size() > 40 || !(it.value().isString() || it.value().isDouble()))
                errors.append(
                    {field, QStringLiteral("invalid_value"),
                     QStringLiteral("Must be a short text or a number under a key of at most 40 characters.")});
            else if (it.value().isString())
                errors.append(validateText(it.value().toString(), field, 200, false));
        }
        owner.customFields = extra;
    }
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);

    if (emailTaken) {
        // A taken address is not copied onto `owner`: look the account up by the address as sent.
        const QString requested =
            normalizeEmail(body.object(QStringLiteral("user")).value(QStringLiteral("email")).toString());
        const std::optional<UserCredentials> existing = UserStore::credentialsByEmail(db, requested);
        if (existing && existing->state != UserState::Deactivated)
            accountmail::passwordReset(ctx.server(), db, *UserStore::find(db, existing->id));
        audit(ctx, db, QStringLiteral("registration.existing_email"), QStringLiteral("user"),
              existing ? existing->id : QUuid(), existing ? existing->companyId : QUuid());
        tx.commit();
        ctx.server().mailQueued();
        return accepted();
    }
    if (owner.username.isEmpty())
        owner.username = uniqueUsername(db, owner.email);
    owner.roles = {{builtin::adminRoleId(), QStringLiteral("Admin"), true}};
    company.ownerId = owner.id;
    CompanyStore::insert(db, company);
    const Passwords passwords(ctx.server().config.argon2Ops, ctx.server().config.argon2MemBytes);
    UserStore::insert(db, owner, passwords.hash(password), false);
    accountmail::verifyEmail(ctx.server(), db, owner, company);
    audit(ctx, db, QStringLiteral("company.register"), QStringLiteral("company"), company.id, company.id,
          companyChanges(QJsonObject(), json::toJson(company)));
    audit(ctx, db, QStringLiteral("user.create"), QStringLiteral("user"), owner.id, company.id,
          userChanges(QJsonObject(), userJson(*UserStore::find(db, owner.id))));
    tx.commit();
    ctx.server().mailQueued();
    return accepted();
}

} // namespace

void addRegistrationRoutes(Router& router)
{
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/registrations"), Access::Public, {}, registerCompany});
}

} // namespace steward::server
