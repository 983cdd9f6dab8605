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
