#include "PasswordReset.h"

#include "ApiSupport.h"
#include "ServerContext.h"
#include "auth/RateLimit.h"
#include "mail/AccountMail.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Validation.h>

namespace steward::server {
namespace {

constexpr int kRequestsPerAddress = 20;
constexpr qint64 kAddressWindowMs = 15 * 60 * 1000;
constexpr int kLinksPerEmail = 3;
constexpr qint64 kEmailWindowMs = 60 * 60 * 1000;

} // namespace

qint64 requestPasswordReset(const RequestContext& ctx, const QString& email)
{
    ServerContext& server = ctx.server();
    const QSqlDatabase db = database(ctx);
    const QString address = normalizeEmail(email).toLower();
    Transaction tx(db);
    const qint64 now = server.nowMs();
    const qint64 wait = rateLimit(db, QStringLiteral("forgot-password:addr:") + ctx.clientAddress(),
                                  kRequestsPerAddress, kAddressWindowMs, now);
    if (wait > 0) {
        tx.commit();
        return wait;
    }
    const bool mayMail =
        rateLimit(db, QStringLiteral("forgot-password:email:") + address, kLinksPerEmail, kEmailWindowMs, now) == 0;
    const std::optional<UserCredentials> account = UserStore::credentialsByEmail(db, address);
    const std::optional<User> user = UserStore::find(db, account ? account->id : QUuid::createUuid());
    if (user && user->state != UserState::Deactivated && mayMail)
        accountmail::passwordReset(server, db, *user);
    tx.commit();
    server.mailQueued();
    return 0;
}

} // namespace steward::server
