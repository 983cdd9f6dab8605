// The permission check: scope, enabled assignments, the owner's implicit Admin, the Temporary role of
// `valid` users, platform staff mapped onto companies, API tokens and organizational-unit limits.
#include "Authorization.h"
#include "OrgUnit.h"
#include "Permissions.h"

#include <QTest>

using namespace steward;

class TestAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disabledAssignmentGrantsNothing();
    void ownerHoldsAdminImplicitly();
    void validUserHasOnlyTemporary();
    void createdAndDeactivatedHoldNothing();
    void otherCompanyIsNotFound();
    void visibleButNotPermittedIsForbidden();
    void platformStaff_data();
    void platformStaff();
    void companyUsersNeverGetPlatformPermissions();
    void apiTokenUsesItsOwnPermissions();
    void orgUnitLimits();

private:
    const QUuid acme = QUuid::createUuid();
    const QUuid globex = QUuid::createUuid();
};

static Principal::HeldRole held(const QUuid& roleId, bool enabled = true)
{
    return {roleId, enabled, findBuiltInRole(roleId)->permissions};
}

static Principal companyUser(const QUuid& company, QList<Principal::HeldRole> roles)
{
    Principal p;
    p.userId = QUuid::createUuid();
    p.companyId = company;
    p.roles = std::move(roles);
    return p;
}

static Principal staff(const QUuid& roleId)
{
    Principal p;
    p.userId = QUuid::createUuid();
    p.roles = {held(roleId)};
    return p;
}

void TestAuthorization::disabledAssignmentGrantsNothing()
{
    Principal p = companyUser(acme, {held(builtin::financeRoleId()), held(builtin::adminRoleId(), false)});
    const AccessTarget target{acme, {}, false};
    QCOMPARE(toString(checkAccess(p, perm::InvoicesRead, target)), toString(AccessDecision::Allowed));
    QCOMPARE(toString(checkAccess(p, perm::UsersCreate, target)), toString(AccessDecision::Forbidden));
    p.roles[1].enabled = true; // re-enabled without being removed
    QCOMPARE(toString(checkAccess(p, perm::UsersCreate, target)), toString(AccessDecision::Allowed));
}

void TestAuthorization::ownerHoldsAdminImplicitly()
{
    Principal p = companyUser(acme, {});
    QVERIFY(effectivePermissions(p).isEmpty());
    p.isOwner = true;
    QCOMPARE(effectivePermissions(p), findBuiltInRole(builtin::adminRoleId())->permissions);
    QCOMPARE(toString(checkAccess(p, perm::UsersDelete, {acme, {}, false})), toString(AccessDecision::Allowed));
}

void TestAuthorization::validUserHasOnlyTemporary()
{
    Principal p = companyUser(acme, {held(builtin::adminRoleId())});
    p.state = UserState::Valid;
    QCOMPARE(effectivePermissions(p), QSet<QString>{perm::CompanyRead});
    QCOMPARE(toString(checkAccess(p, perm::CompanyRead, {acme, {}, false})), toString(AccessDecision::Allowed));
    QCOMPARE(toString(checkAccess(p, perm::UsersRead, {acme, {}, false})), toString(AccessDecision::Forbidden));
}

void TestAuthorization::createdAndDeactivatedHoldNothing()
{
    for (UserState state : {UserState::Created, UserState::Deactivated}) {
        Principal p = companyUser(acme, {held(builtin::adminRoleId())});
        p.isOwner = true;
        p.state = state;
        QVERIFY(effectivePermissions(p).isEmpty());
        QCOMPARE(toString(checkAccess(p, perm::CompanyRead, {acme, {}, false})), toString(AccessDecision::Forbidden));
    }
}

void TestAuthorization::otherCompanyIsNotFound()
{
    Principal p = companyUser(acme, {held(builtin::adminRoleId())});
    for (const PermissionInfo& info : permissionCatalogue())
        QCOMPARE(toString(checkAccess(p, info.key, {globex, {}, false})), toString(AccessDecision::NotFound));
    QCOMPARE(toString(checkAccess(p, perm::CompanyRead, {QUuid(), {}, false})), toString(AccessDecision::NotFound));
}

void TestAuthorization::visibleButNotPermittedIsForbidden()
{
    Principal p = companyUser(acme, {held(builtin::operationsRoleId())});
    QCOMPARE(toString(checkAccess(p, perm::OrdersManage, {acme, {}, false})), toString(AccessDecision::Allowed));
    QCOMPARE(toString(checkAccess(p, perm::InvoicesRead, {acme, {}, false})), toString(AccessDecision::Forbidden));
    QCOMPARE(toString(checkAccess(p, perm::CompanyKycDocuments, {acme, {}, false})),
             toString(AccessDecision::Forbidden));
}

void TestAuthorization::platformStaff_data()
{
    QTest::addColumn<QUuid>("role");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<int>("decision");
    const int A = int(AccessDecision::Allowed), F = int(AccessDecision::Forbidden);
    const QUuid admin = builtin::platformAdminRoleId(), support = builtin::supportRoleId(),
                auditor = builtin::auditorRoleId();
    QTest::newRow("admin acts as Admin: users.delete") << admin << perm::UsersDelete << A;
    QTest::newRow("admin acts as Admin: kyc documents") << admin << perm::CompanyKycDocuments << A;
    QTest::newRow("admin: platform.staff.manage") << admin << perm::PlatformStaffManage << A;
    QTest::newRow("support reads users") << support << perm::UsersRead << A;
    QTest::newRow("support resets credentials") << support << perm::UsersCredentials << A;
    QTest::newRow("support cannot delete users") << support << perm::UsersDelete << F;
    QTest::newRow("support cannot read audit") << support << perm::AuditRead << F;
    QTest::newRow("support cannot change settings") << support << perm::CompanySettings << F;
    QTest::newRow("support cannot manage staff") << support << perm::PlatformStaffManage << F;
    QTest::newRow("auditor reads audit") << auditor << perm::AuditRead << A;
    QTest::newRow("auditor reads companies") << auditor << perm::CompanyRead << A;
    QTest::newRow("auditor cannot reset credentials") << auditor << perm::UsersCredentials << F;
    QTest::newRow("auditor cannot update users") << auditor << perm::UsersUpdate << F;
}

void TestAuthorization::platformStaff()
{
    QFETCH(QUuid, role);
    QFETCH(QString, permission);
    QFETCH(int, decision);
    const Principal p = staff(role);
    QVERIFY(p.isPlatform());
    QCOMPARE(toString(checkAccess(p, permission, {acme, {}, true})), toString(AccessDecision(decision)));
    QCOMPARE(toString(checkAccess(p, permission, {globex, {}, true})), toString(AccessDecision(decision)));
}

void TestAuthorization::companyUsersNeverGetPlatformPermissions()
{
    Principal p = companyUser(acme, {held(builtin::adminRoleId()), held(builtin::platformAdminRoleId())});
    p.isOwner = true;
    const QSet<QString> permissions = effectivePermissions(p);
    QVERIFY(!permissions.contains(perm::PlatformUsersManage));
    QCOMPARE(toString(checkAccess(p, perm::PlatformCompaniesRead, {acme, {}, false})),
             toString(AccessDecision::NotFound));
}

void TestAuthorization::apiTokenUsesItsOwnPermissions()
{
    Principal p = companyUser(acme, {held(builtin::adminRoleId())});
    p.isApiToken = true;
    p.tokenPermissions = {perm::OrdersRead, perm::ProductsManage};
    QVERIFY(!p.isPlatform());
    QCOMPARE(toString(checkAccess(p, perm::OrdersRead, {acme, {}, false})), toString(AccessDecision::Allowed));
    QCOMPARE(toString(checkAccess(p, perm::UsersRead, {acme, {}, false})), toString(AccessDecision::Forbidden));
    QCOMPARE(toString(checkAccess(p, perm::OrdersRead, {globex, {}, false})), toString(AccessDecision::NotFound));
}

void TestAuthorization::orgUnitLimits()
{
    // emea ─ spain ─ madrid ; americas
    OrgUnit emea{QUuid::createUuid(), acme, {}, QStringLiteral("EMEA"), {}, 1};
    OrgUnit spain{QUuid::createUuid(), acme, emea.id, QStringLiteral("Spain"), {}, 1};
    OrgUnit madrid{QUuid::createUuid(), acme, spain.id, QStringLiteral("Madrid"), {}, 1};
    OrgUnit americas{QUuid::createUuid(), acme, {}, QStringLiteral("Americas"), {}, 1};
    const QList<OrgUnit> tree{emea, spain, madrid, americas};

    Principal p = companyUser(acme, {held(builtin::adminRoleId())});
    p.orgUnitLimits = withDescendants(tree, {spain.id});
    QCOMPARE(p.orgUnitLimits, (QSet<QUuid>{spain.id, madrid.id}));

    QCOMPARE(toString(checkAccess(p, perm::UsersUpdate, {acme, {madrid.id}, true})), toString(AccessDecision::Allowed));
    QCOMPARE(toString(checkAccess(p, perm::UsersUpdate, {acme, {americas.id, spain.id}, true})),
             toString(AccessDecision::Allowed));
    QCOMPARE(toString(checkAccess(p, perm::UsersUpdate, {acme, {emea.id}, true})), toString(AccessDecision::NotFound));
    QCOMPARE(toString(checkAccess(p, perm::UsersRead, {acme, {}, true})), toString(AccessDecision::NotFound));
    // Objects that are not users (the company itself, roles) are not limited by units.
    QCOMPARE(toString(checkAccess(p, perm::CompanyRead, {acme, {}, false})), toString(AccessDecision::Allowed));
    // Without limits every unit is visible.
    p.orgUnitLimits.clear();
    QCOMPARE(toString(checkAccess(p, perm::UsersRead, {acme, {emea.id}, true})), toString(AccessDecision::Allowed));
}

QTEST_APPLESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
