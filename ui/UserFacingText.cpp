#include "UserFacingText.h"

#include <QCoreApplication>

namespace steward::ui {
namespace {

struct UserFacingText
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::UserFacingText)
};

} // namespace

QString waitText(int seconds)
{
    if (seconds < 0)
        return UserFacingText::tr("later");
    if (seconds < 90)
        return UserFacingText::tr("in %n second(s)", nullptr, qMax(seconds, 1));
    return UserFacingText::tr("in %n minute(s)", nullptr, (seconds + 59) / 60);
}

QString failureText(const net::ApiResult& result)
{
    if (result.ok())
        return {};
    if (result.failure == net::ApiResult::Failure::Http) {
        if (result.status == 429)
            return UserFacingText::tr("Too many attempts. Try again %1.").arg(waitText(result.retryAfterSeconds));
        if (result.status == 403 && result.code() == QLatin1String("forbidden"))
            return UserFacingText::tr("You do not have permission to do this.");
        if (result.status == 412)
            return UserFacingText::tr("Someone else changed this meanwhile. Reload to see their changes.");
        // Rules the client words itself, so they read in the interface's language.
        const QString code = result.code();
        if (code == QLatin1String("owner_protected"))
            return UserFacingText::tr("The company owner is protected: transfer ownership to another user first.");
        if (code == QLatin1String("self_delete"))
            return UserFacingText::tr("You cannot delete your own account.");
        if (code == QLatin1String("account_deactivated"))
            return UserFacingText::tr("The account is deactivated; reactivate it first.");
        if (code == QLatin1String("already_deactivated"))
            return UserFacingText::tr("The user is already deactivated.");
        if (code == QLatin1String("not_deactivated"))
            return UserFacingText::tr("Only a deactivated user can be reactivated.");
        if (code == QLatin1String("email_not_verified"))
            return UserFacingText::tr("The email address is not verified yet.");
    }
    return result.message;
}

QString signInFailureText(const net::ApiResult& result)
{
    if (result.failure == net::ApiResult::Failure::Http && result.status == 401)
        return UserFacingText::tr("The email address or the password is wrong.");
    if (result.failure == net::ApiResult::Failure::Http && result.status == 429)
        return UserFacingText::tr("Too many failed sign-in attempts. For your security, sign-in is locked; try again "
                                  "%1.")
            .arg(waitText(result.retryAfterSeconds));
    return failureText(result);
}

} // namespace steward::ui
