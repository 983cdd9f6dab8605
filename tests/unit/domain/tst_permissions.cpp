// The catalogue and each built-in role's permissions, exactly as SPEC's tables say.
#include "Permissions.h"

#include <QTest>

using namespace steward;

Q_DECLARE_METATYPE(steward::RoleScope)

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsCompleteAndUnique();
    void builtInRolePermissions_data();
    void builtInRolePermissions();
    void roleIdsAreStableAndDistinct();
};

static QSet<QString> set(std::initializer_list<const char*> keys)
{
    QSet<QString> s;
    for (const char* k : keys)
        s.insert(QString::fromLatin1(k));
    return s;
}

void TestPermissions::catalogueIsCompleteAndUnique()
{
    const QSet<QString> expectedCompany =
        set({"company.read",  "company.settings",   "company.kyc.read", "company.kyc.documents", "payments.manage",
             "invoices.read", "orders.read",        "products.read",    "orders.manage",         "products.manage",
             "users.read",    "users.create",       "users.update",     "users.delete",          "users.credentials",
             "users.roles",   "invitations.manage", "roles.manage",     "org_units.manage",      "api_tokens.manage",
             "audit.read"});
    const QSet<QString> expectedPlatform =
        set({"platform.companies.read", "platform.users.read", "platform.companies.manage", "platform.users.manage",
             "platform.users.credentials", "platform.audit.read", "platform.staff.manage"});
    QCOMPARE(companyPermissionKeys(), expectedCompany);
    QCOMPARE(platformPermissionKeys(), expectedPlatform);
    QCOMPARE(permissionCatalogue().size(), expectedCompany.size() + expectedPlatform.size());
    for (const PermissionInfo& info : permissionCatalogue()) {
        QVERIFY(isKnownPermission(info.key));
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.key));
        QVERIFY2(!info.area.isEmpty(), qPrintable(info.key));
    }
    QVERIFY(!isKnownPermission(QStringLiteral("users.everything")));
}

void TestPermissions::builtInRolePermissions_data()
{
    QTest::addColumn<QUuid>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<RoleScope>("scope");
    QTest::addColumn<QSet<QString>>("permissions");

    QTest::newRow("Admin") << builtin::adminRoleId() << QStringLiteral("Admin") << RoleScope::Company
                           << companyPermissionKeys();
    QTest::newRow("Operations") << builtin::operationsRoleId() << QStringLiteral("Operations") << RoleScope::Company
                                << set({"company.read", "company.kyc.read", "orders.read", "products.read",
                                        "orders.manage", "products.manage"});
    QTest::newRow("Finance") << builtin::financeRoleId() << QStringLiteral("Finance") << RoleScope::Company
                             << set({"company.read", "company.kyc.read", "invoices.read", "orders.read",
                                     "products.read"});
    QTest::newRow("Temporary") << builtin::temporaryRoleId() << QStringLiteral("Temporary") << RoleScope::Company
                               << set({"company.read"});
    QTest::newRow("Platform administrator")
        << builtin::platformAdminRoleId() << QStringLiteral("Platform administrator") << RoleScope::Platform
        << platformPermissionKeys();
    QTest::newRow("Support") << builtin::supportRoleId() << QStringLiteral("Support") << RoleScope::Platform
                             << set({"platform.companies.read", "platform.users.read", "platform.users.credentials"});
    QTest::newRow("Auditor") << builtin::auditorRoleId() << QStringLiteral("Auditor") << RoleScope::Platform
                             << set({"platform.companies.read", "platform.users.read", "platform.audit.read"});
}

void TestPermissions::builtInRolePermissions()
{
    QFETCH(QUuid, id);
    QFETCH(QString, name);
    QFETCH(RoleScope, scope);
    QFETCH(QSet<QString>, permissions);

    const Role* role = findBuiltInRole(id);
    QVERIFY(role);
    QCOMPARE(role->name, name);
    QCOMPARE(toString(role->scope), toString(scope));
    QVERIFY(role->builtIn);
    QVERIFY(role->companyId.isNull());
    QCOMPARE(role->permissions, permissions);
    QVERIFY(!role->description.isEmpty());
}

void TestPermissions::roleIdsAreStableAndDistinct()
{
    QCOMPARE(builtInRoles().size(), 7);
    QSet<QUuid> ids;
    for (const Role& role : builtInRoles())
        ids.insert(role.id);
    QCOMPARE(ids.size(), 7);
    // Fixed across builds: the store's seed data and old clients rely on it.
    QCOMPARE(builtin::adminRoleId(), builtin::adminRoleId());
    QCOMPARE(builtin::adminRoleId().version(), QUuid::Sha1);
    QVERIFY(!findBuiltInRole(QUuid::createUuid()));
}

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
