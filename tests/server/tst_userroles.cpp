// PUT /api/v1/users/{id}/roles through a real server: If-Match, assignments that can be disabled
// without being removed (and then grant nothing), unknown and foreign roles, and nobody granting
// more than they hold.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>
#include <domain/Permissions.h>

using namespace steward::test;

namespace {

QJsonObject assignment(const QString& roleId, bool enabled = true)
{
    return QJsonObject{{QStringLiteral("roleId"), roleId}, {QStringLiteral("enabled"), enabled}};
}

QHash<QString, bool> rolesOf(const ApiReply& reply)
{
    QHash<QString, bool> roles;
    for (const QJsonValue& r : reply.json().value(QStringLiteral("roles")).toArray())
        roles.insert(r[QStringLiteral("roleId")].toString(), r[QStringLiteral("enabled")].toBool());
    return roles;
}

} // namespace

class TestUserRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void putNeedsIfMatch();
    void disabledAdminGrantsNothing();
    void ownerKeepsAdminWithoutAssignment();
    void unknownAndForeignRoles();
    void customRoles();
    void nobodyGrantsMoreThanTheyHold();

private:
    QString rolesPath(const QString& userId) const
    {
        return QStringLiteral("/api/v1/users/") + userId + QStringLiteral("/roles");
    }
    QString createRole(const QString& companyId, const QString& name, const QStringList& permissions);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
};

void TestUserRoles::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_userroles"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Roles"));
}

QString TestUserRoles::createRole(const QString& companyId, const QString& name, const QStringList& permissions)
{
    const ApiReply r =
        m_scenario->admin().post(QStringLiteral("/api/v1/roles"),
                                 QJsonObject{{QStringLiteral("companyId"), companyId},
                                             {QStringLiteral("name"), name},
                                             {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
    if (r.status != 201)
        qFatal("cannot create role %s: %s", qPrintable(name), qPrintable(r.describe()));
    return r.json().value(QStringLiteral("id")).toString();
}

void TestUserRoles::putNeedsIfMatch()
{
    ApiClient& admin = m_scenario->admin();
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("if.match"));
    const ApiReply before = admin.get(QStringLiteral("/api/v1/users/") + user.id);
    const QJsonArray body{assignment(financeRoleId()), assignment(operationsRoleId(), false)};
    QCOMPARE(admin.put(rolesPath(user.id), body).status, 428);
    QCOMPARE(admin.put(rolesPath(user.id), body, "\"v0\"").status, 412);
    const ApiReply r = admin.put(rolesPath(user.id), body, before.etag());
    QCOMPARE(r.status, 200);
    QVERIFY(r.etag() != before.etag());
    QCOMPARE(rolesOf(r), (QHash<QString, bool>{{financeRoleId(), true}, {operationsRoleId(), false}}));
    const ApiReply read = admin.get(QStringLiteral("/api/v1/users/") + user.id);
    QCOMPARE(read.etag(), r.etag());
    QCOMPARE(rolesOf(read), rolesOf(r));
    for (const QJsonValue& role : read.json().value(QStringLiteral("roles")).toArray())
        QVERIFY(!role[QStringLiteral("name")].toString().isEmpty());
    // "enabled" defaults to true; an empty list removes every assignment.
    const ApiReply defaulted =
        admin.put(rolesPath(user.id), QJsonArray{QJsonObject{{QStringLiteral("roleId"), financeRoleId()}}}, r.etag());
    QCOMPARE(rolesOf(defaulted), (QHash<QString, bool>{{financeRoleId(), true}}));
    const ApiReply none = admin.put(rolesPath(user.id), QJsonArray(), defaulted.etag());
    QCOMPARE(none.status, 200);
    QVERIFY(rolesOf(none).isEmpty());
    QCOMPARE(admin.put(rolesPath(user.id), body, r.etag()).status, 412);
}

void TestUserRoles::disabledAdminGrantsNothing()
{
    ApiClient& platform = m_scenario->admin();
    const Scenario::Account helper =
        m_scenario->createUser(m_owner.companyId, QStringLiteral("helper"), {adminRoleId()});
    auto session = m_scenario->signIn(helper);
    // An Admin may manage users: an empty body gets past the permission check to the validation.
    QCOMPARE(session->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 422);

    const ApiReply off = platform.put(rolesPath(helper.id), QJsonArray{assignment(adminRoleId(), false)},
                                      platform.get(QStringLiteral("/api/v1/users/") + helper.id).etag());
    QCOMPARE(off.status, 200);
    QCOMPARE(rolesOf(off), (QHash<QString, bool>{{adminRoleId(), false}})); // kept, switched off
    // The same session, on its very next request, has lost the admin permissions.
    QCOMPARE(session->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 403);
    QCOMPARE(session->get(QStringLiteral("/api/v1/users")).status, 403);
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 200); // /me needs no role

    const ApiReply on = platform.put(rolesPath(helper.id), QJsonArray{assignment(adminRoleId(), true)}, off.etag());
    QCOMPARE(on.status, 200);
    QCOMPARE(session->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 422);
}

void TestUserRoles::ownerKeepsAdminWithoutAssignment()
{
    ApiClient& platform = m_scenario->admin();
    const QString path = QStringLiteral("/api/v1/users/") + m_owner.id;
    const ApiReply r =
        platform.put(rolesPath(m_owner.id), QJsonArray{assignment(adminRoleId(), false)}, platform.get(path).etag());
    QCOMPARE(r.status, 200);
    auto owner = m_scenario->signIn(m_owner);
    QCOMPARE(owner->get(QStringLiteral("/api/v1/users")).status, 200);
    QCOMPARE(owner->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 422);
    QCOMPARE(platform.put(rolesPath(m_owner.id), QJsonArray{assignment(adminRoleId())}, r.etag()).status, 200);
}

void TestUserRoles::unknownAndForeignRoles()
{
    ApiClient& admin = m_scenario->admin();
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("unknown.roles"));
    const QByteArray etag = admin.get(QStringLiteral("/api/v1/users/") + user.id).etag();
    const Scenario::Account other = m_scenario->createCompany(QStringLiteral("OtherRoles"));
    const QString foreign = createRole(other.companyId, QStringLiteral("Their role"), {QStringLiteral("users.read")});
    const QJsonArray body{assignment(financeRoleId()), assignment(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                          assignment(foreign),
                          assignment(steward::builtin::supportRoleId().toString(QUuid::WithoutBraces)),
                          assignment(financeRoleId())};
    const ApiReply r = admin.put(rolesPath(user.id), body, etag);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("[0].roleId")), QStringList{});
    QCOMPARE(r.fieldCodes(QStringLiteral("[1].roleId")), QStringList{QStringLiteral("unknown_role")});
    QCOMPARE(r.fieldCodes(QStringLiteral("[2].roleId")),
             QStringList{QStringLiteral("unknown_role")}); // another company's
    QCOMPARE(r.fieldCodes(QStringLiteral("[3].roleId")),
             QStringList{QStringLiteral("unknown_role")}); // a platform role
    QCOMPARE(r.fieldCodes(QStringLiteral("[4].roleId")), QStringList{QStringLiteral("duplicate")});
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users/") + user.id).etag(), etag);
}

void TestUserRoles::customRoles()
{
    ApiClient& admin = m_scenario->admin();
    const QString readers =
        createRole(m_owner.companyId, QStringLiteral("User readers"), {QStringLiteral("users.read")});
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("reader"));
    auto session = m_scenario->signIn(user);
    QCOMPARE(session->get(QStringLiteral("/api/v1/users")).status, 403);
    const ApiReply r = admin.put(rolesPath(user.id), QJsonArray{assignment(readers)},
                                 admin.get(QStringLiteral("/api/v1/users/") + user.id).etag());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("roles")).toArray().at(0)[QStringLiteral("name")].toString(),
             QStringLiteral("User readers"));
    QCOMPARE(session->get(QStringLiteral("/api/v1/users")).status, 200);
    QCOMPARE(session->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 403);
}

void TestUserRoles::nobodyGrantsMoreThanTheyHold()
{
    // A role manager who is not an Admin must not be able to make anyone — themselves included —
    // an Admin: granting is limited to what the granter holds.
    ApiClient& platform = m_scenario->admin();
    const QString managers = createRole(m_owner.companyId, QStringLiteral("Role managers"),
                                        {QStringLiteral("users.read"), QStringLiteral("users.roles")});
    const Scenario::Account manager = m_scenario->createUser(m_owner.companyId, QStringLiteral("manager"), {managers});
    const Scenario::Account target = m_scenario->createUser(m_owner.companyId, QStringLiteral("target"));
    auto session = m_scenario->signIn(manager);
    const QString targetPath = QStringLiteral("/api/v1/users/") + target.id;
    ApiReply r =
        session->put(rolesPath(target.id), QJsonArray{assignment(adminRoleId())}, session->get(targetPath).etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("[0].roleId")), QStringList{QStringLiteral("exceeds_your_permissions")});
    const QString selfPath = QStringLiteral("/api/v1/users/") + manager.id;
    r = session->put(rolesPath(manager.id), QJsonArray{assignment(managers), assignment(adminRoleId())},
                     session->get(selfPath).etag());
    QCOMPARE(r.fieldCodes(QStringLiteral("[1].roleId")), QStringList{QStringLiteral("exceeds_your_permissions")});
    QCOMPARE(session->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 403);

    // Within what they hold, they may grant; and a disabled assignment grants nothing, so it may stay.
    r = session->put(rolesPath(target.id), QJsonArray{assignment(managers), assignment(adminRoleId(), false)},
                     session->get(targetPath).etag());
    QCOMPARE(r.status, 200);
    // Someone else granted Admin: the manager may keep it in place while changing other roles.
    r = platform.put(rolesPath(target.id), QJsonArray{assignment(adminRoleId())}, r.etag());
    QCOMPARE(r.status, 200);
    r = session->put(rolesPath(target.id), QJsonArray{assignment(adminRoleId()), assignment(managers)}, r.etag());
    QCOMPARE(r.status, 200);
    QCOMPARE(rolesOf(r), (QHash<QString, bool>{{adminRoleId(), true}, {managers, true}}));
}

QTEST_GUILESS_MAIN(TestUserRoles)
#include "tst_userroles.moc"
