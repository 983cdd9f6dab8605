#include "PermissionText.h"

#include <QCoreApplication>
#include <QHash>

namespace steward::ui {
namespace {

struct PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::PermissionText)
};

const char* const kTexts[][2] = {
    {"company.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "See the company's details")},
    {"company.settings", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Change the company's settings")},
    {"company.kyc.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Read the KYC profile fields")},
    {"company.kyc.documents", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Open and upload KYC documents")},
    {"payments.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Change payment details")},
    {"invoices.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Read invoices")},
    {"orders.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "See orders")},
    {"orders.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Manage orders")},
    {"products.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "See products")},
    {"products.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Manage products")},
    {"users.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "See the company's users")},
    {"users.create", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Create users")},
    {"users.update", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Edit users and change their state")},
    {"users.delete", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Delete users")},
    {"users.credentials", QT_TRANSLATE_NOOP("steward::ui::PermissionText",
                                            "Reset passwords, issue temporary passwords, revoke sessions, unlock")},
    {"users.roles", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Assign roles to users")},
    {"invitations.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Invite, resend and revoke invitations")},
    {"roles.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Create and edit custom roles")},
    {"org_units.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Manage organizational units")},
    {"api_tokens.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Create and revoke API tokens")},
    {"audit.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Read the company's audit log")},
    {"platform.companies.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "See every company")},
    {"platform.companies.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Create and change companies")},
    {"platform.users.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "See the users of every company")},
    {"platform.users.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Change the users of every company")},
    {"platform.users.credentials", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Reset credentials of any user")},
    {"platform.audit.read", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Read every audit log")},
    {"platform.staff.manage", QT_TRANSLATE_NOOP("steward::ui::PermissionText", "Manage the platform's own staff")},
};

const QStringList& areaOrder()
{
    static const QStringList order{QStringLiteral("company"),        QStringLiteral("users"),
                                   QStringLiteral("commerce"),       QStringLiteral("finance"),
                                   QStringLiteral("administration"), QStringLiteral("platform")};
    return order;
}

} // namespace

QString permissionText(const QString& key, const QString& serverDescription)
{
    for (const auto& [knownKey, text] : kTexts)
        if (key == QLatin1String(knownKey))
            return PermissionText::tr(text);
    return serverDescription.isEmpty() ? key : serverDescription;
}

QString permissionAreaText(const QString& area)
{
    if (area == QLatin1String("company"))
        //: Permission area: the company's details, settings and KYC profile.
        return PermissionText::tr("Company");
    if (area == QLatin1String("users"))
        return PermissionText::tr("Users and invitations");
    if (area == QLatin1String("commerce"))
        return PermissionText::tr("Orders and products");
    if (area == QLatin1String("finance"))
        return PermissionText::tr("Invoices and payments");
    if (area == QLatin1String("administration"))
        return PermissionText::tr("Roles, units, API tokens and audit");
    if (area == QLatin1String("platform"))
        return PermissionText::tr("Platform");
    return area;
}

QString permissionAreaOf(const QString& key)
{
    // The catalogue's areas are coarser than the keys' first parts (orders.* and products.* are
    // both commerce).
    static const QHash<QString, QString> areaOfPrefix{{QStringLiteral("company"), QStringLiteral("company")},
                                                      {QStringLiteral("payments"), QStringLiteral("finance")},
                                                      {QStringLiteral("invoices"), QStringLiteral("finance")},
                                                      {QStringLiteral("orders"), QStringLiteral("commerce")},
                                                      {QStringLiteral("products"), QStringLiteral("commerce")},
                                                      {QStringLiteral("users"), QStringLiteral("users")},
                                                      {QStringLiteral("invitations"), QStringLiteral("users")},
                                                      {QStringLiteral("roles"), QStringLiteral("administration")},
                                                      {QStringLiteral("org_units"), QStringLiteral("administration")},
                                                      {QStringLiteral("api_tokens"), QStringLiteral("administration")},
                                                      {QStringLiteral("audit"), QStringLiteral("administration")},
                                                      {QStringLiteral("platform"), QStringLiteral("platform")}};
    const QString prefix = key.section(QLatin1Char('.'), 0, 0);
    return areaOfPrefix.value(prefix, prefix);
}

int permissionAreaOrder(const QString& area)
{
    const int index = int(areaOrder().indexOf(area));
    return index < 0 ? int(areaOrder().size()) : index;
}

} // namespace steward::ui
