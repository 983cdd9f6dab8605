// Roles and the permission catalogue through the real API: custom-role CRUD, read-only built-ins,
// validation naming the field, If-Match, cross-company invisibility, the audit trail, and a custom
// role's permissions taking effect (and stopping when its assignment is disabled).
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <domain/Permissions.h>

using namespace steward;
using namespace steward::test;

namespace {

QString rolesPath(const QString& id = QString())
{
    return id.isEmpty() ? QStringLiteral("/api/v1/roles") : QStringLiteral("/api/v1/roles/") + id;
}

QJsonObject roleBody(const QString& name, const QStringList& permissions)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), QString(QStringLiteral("About ") + name)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

QStringList names(const ApiReply& list)
{
    QStringList result;
    for (const QJsonValue& item : list.json().value(QStringLiteral("items")).toArray())
        result.append(item.toObject().value(QStringLiteral("name")).toString());
    return result;
}

QString idOf(const ApiReply& reply)
{
    return reply.json().value(QStringLiteral("id")).toString();
}

QString builtInId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The audit rows of one target, read straight from the server's database (the audit API is not
// part of this test): action, actor and the recorded changes.
struct AuditRow
{
    QString action;
    QString actorId;
    QJsonArray changes;
    QJsonObject change(const QString& field) const
    {
        for (const QJsonValue& c : changes) {
            if (c.toObject().value(QStringLiteral("field")).toString() == field)
                return c.toObject();
        }
        return {};
    }
};

QList<AuditRow> auditRows(const TestServer& server, const QString& targetId)
{
    const QString sql = QStringLiteral("SELECT action, actor_id, changes FROM audit_events WHERE target_id = '%1' "
                                       "ORDER BY time, action")
                            .arg(QString(targetId).remove(QLatin1Char('\'')));
    QProcess p;
    if (server.isPostgres())
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"),
                 QStringLiteral("\t"), QStringLiteral("-d"), server.databaseUrl(), QStringLiteral("-c"), sql});
    else
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-separator"), QStringLiteral("\t"),
                                            server.databaseUrl().mid(int(qstrlen("sqlite:"))), sql});
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        qWarning("audit query failed: %s", p.readAllStandardError().constData());
    QList<AuditRow> rows;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 3)
            rows.append({QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)),
                         QJsonDocument::fromJson(parts.at(2)).array()});
    }
    return rows;
}

// The row of `action` (an empty row when there is none), whatever order equal timestamps gave.
AuditRow rowOf(const QList<AuditRow>& rows, const QString& action)
{
    for (const AuditRow& row : rows) {
        if (row.action == action)
            return row;
    }
    return {};
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void permissionCatalogue();
    void builtInRolesAreReadOnly();
    void customRoleLifecycleIsAudited();
    void validationNamesTheField();
    void updatesNeedTheCurrentVersion();
    void otherCompaniesRolesAreInvisible();
    void platformStaffSeeEveryCompany();
    void customRolePermissionsApply();
    void deletingARoleInUse();
    void onlyHeldPermissionsCanBeGranted();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_ownerA, m_ownerB;
    std::unique_ptr<ApiClient> m_a, m_b;
};

void TestRoles::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_roles"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_ownerA = m_scenario->createCompany(QStringLiteral("RolesA"));
    m_ownerB = m_scenario->createCompany(QStringLiteral("RolesB"));
    m_a = m_scenario->signIn(m_ownerA);
    m_b = m_scenario->signIn(m_ownerB);
}

void TestRoles::permissionCatalogue()
{
    const ApiReply all = m_a->get(QStringLiteral("/api/v1/permissions"));
    QCOMPARE(all.status, 200);
    const QJsonArray items = all.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), steward::permissionCatalogue().size());
    QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), items.size());
    QJsonObject usersRead;
    for (const QJsonValue& v : items) {
        if (v.toObject().value(QStringLiteral("key")).toString() == perm::UsersRead)
            usersRead = v.toObject();
    }
    QCOMPARE(usersRead.value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
    QCOMPARE(usersRead.value(QStringLiteral("area")).toString(), QStringLiteral("users"));
    QVERIFY(!usersRead.value(QStringLiteral("description")).toString().isEmpty());

    const ApiReply company = m_a->get(QStringLiteral("/api/v1/permissions?scope=company"));
    QCOMPARE(company.status, 200);
    QCOMPARE(company.json().value(QStringLiteral("total")).toInt(), companyPermissionKeys().size());
    for (const QJsonValue& v : company.json().value(QStringLiteral("items")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
    const ApiReply bad = m_a->get(QStringLiteral("/api/v1/permissions?scope=galaxy"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.fieldCodes(QStringLiteral("scope")), QStringList{QStringLiteral("invalid_value")});

    // Any signed-in user may read it, whatever their roles; nobody else.
    const auto plain = m_scenario->signIn(m_scenario->createUser(m_ownerA.companyId, QStringLiteral("catalogue")));
    QCOMPARE(plain->get(QStringLiteral("/api/v1/permissions")).status, 200);
    QCOMPARE(ApiClient(*m_server).get(QStringLiteral("/api/v1/permissions")).status, 401);
}

void TestRoles::builtInRolesAreReadOnly()
{
    const ApiReply list = m_a->get(rolesPath());
    QCOMPARE(list.status, 200);
    for (const char* name : {"Admin", "Operations", "Finance", "Temporary"})
        QVERIFY2(names(list).contains(QLatin1String(name)), name);
    QVERIFY(!names(list).contains(QStringLiteral("Support"))); // platform roles are staff's business

    const QString admin = builtInId(builtin::adminRoleId());
    const ApiReply role = m_a->get(rolesPath(admin));
    QCOMPARE(role.status, 200);
    QCOMPARE(role.json().value(QStringLiteral("builtIn")).toBool(), true);
    QVERIFY(role.json().value(QStringLiteral("permissions")).toArray().contains(perm::UsersDelete));

    const ApiReply patch = m_a->patch(rolesPath(admin), roleBody(QStringLiteral("Boss"), {}), role.etag());
    QCOMPARE(patch.status, 409);
    QCOMPARE(patch.json().value(QStringLiteral("code")).toString(), QStringLiteral("built_in_role"));
    const ApiReply del = m_a->del(rolesPath(admin));
    QCOMPARE(del.status, 409);
    QCOMPARE(del.json().value(QStringLiteral("code")).toString(), QStringLiteral("built_in_role"));
    QCOMPARE(m_a->get(rolesPath(admin)).json().value(QStringLiteral("name")).toString(), QStringLiteral("Admin"));
    QCOMPARE(m_a->get(rolesPath(builtInId(builtin::supportRoleId()))).status, 404);
}

void TestRoles::customRoleLifecycleIsAudited()
{
    const ApiReply created =
        m_a->post(rolesPath(), roleBody(QStringLiteral("Auditors"), {perm::UsersRead, perm::AuditRead}));
    QCOMPARE(created.status, 201);
    const QString id = idOf(created);
    QCOMPARE(created.headers.value("location"), QString(QStringLiteral("/api/v1/roles/") + id).toUtf8());
    QCOMPARE(created.etag(), QByteArray("\"v1\""));
    QJsonObject body = created.json();
    QCOMPARE(body.value(QStringLiteral("companyId")).toString(), m_ownerA.companyId);
    QCOMPARE(body.value(QStringLiteral("builtIn")).toBool(), false);
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
    QCOMPARE(body.value(QStringLiteral("permissions")).toArray(),
             QJsonArray::fromStringList({perm::AuditRead, perm::UsersRead}));

    QCOMPARE(m_a->get(rolesPath(id)).json(), body);
    QVERIFY(names(m_a->get(rolesPath())).contains(QStringLiteral("Auditors")));
    QCOMPARE(names(m_a->get(rolesPath() + QStringLiteral("?q=AUDIT"))), QStringList{QStringLiteral("Auditors")});
    QVERIFY(names(m_a->get(rolesPath() + QStringLiteral("?q=nothing-like-it"))).isEmpty());

    const ApiReply patched =
        m_a->patch(rolesPath(id),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Audit team")},
                               {QStringLiteral("permissions"), QJsonArray::fromStringList({perm::UsersRead})}},
                   created.etag());
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.etag(), QByteArray("\"v2\""));
    QCOMPARE(patched.json().value(QStringLiteral("name")).toString(), QStringLiteral("Audit team"));
    QCOMPARE(patched.json().value(QStringLiteral("description")).toString(), QStringLiteral("About Auditors"));

    QCOMPARE(m_a->del(rolesPath(id)).status, 204);
    QCOMPARE(m_a->get(rolesPath(id)).status, 404);
    QCOMPARE(m_a->del(rolesPath(id)).status, 404);

    const QList<AuditRow> rows = auditRows(*m_server, id);
    QCOMPARE(rows.size(), 3);
    const AuditRow create = rowOf(rows, QStringLiteral("role.create"));
    QCOMPARE(create.actorId, m_ownerA.id);
    QCOMPARE(create.change(QStringLiteral("name")).value(QStringLiteral("after")).toString(),
             QStringLiteral("Auditors"));
    const AuditRow update = rowOf(rows, QStringLiteral("role.update"));
    const QJsonObject rename = update.change(QStringLiteral("name"));
    QCOMPARE(rename.value(QStringLiteral("before")).toString(), QStringLiteral("Auditors"));
    QCOMPARE(rename.value(QStringLiteral("after")).toString(), QStringLiteral("Audit team"));
    QCOMPARE(update.change(QStringLiteral("permissions")).value(QStringLiteral("after")).toArray(),
             QJsonArray::fromStringList({perm::UsersRead}));
    QVERIFY(update.change(QStringLiteral("description")).isEmpty()); // unchanged fields stay out
    const AuditRow removal = rowOf(rows, QStringLiteral("role.delete"));
    QCOMPARE(removal.actorId, m_ownerA.id);
    QCOMPARE(removal.change(QStringLiteral("name")).value(QStringLiteral("before")).toString(),
             QStringLiteral("Audit team"));
}

void TestRoles::validationNamesTheField()
{
    ApiReply r = m_a->post(rolesPath(), QJsonObject{});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("required")});
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions")), QStringList{QStringLiteral("required")});

    QCOMPARE(m_a->post(rolesPath(), roleBody(QStringLiteral("Sales"), {perm::OrdersRead})).status, 201);
    for (const char* taken : {"SALES", "admin", " Finance "}) {
        r = m_a->post(rolesPath(), roleBody(QString::fromLatin1(taken), {}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("taken")});
    }
    // Names are unique per company only.
    QCOMPARE(m_b->post(rolesPath(), roleBody(QStringLiteral("Sales"), {})).status, 201);

    r = m_a->post(rolesPath(), roleBody(QString(101, QLatin1Char('x')), {perm::UsersRead, QStringLiteral("users.fly"),
                                                                         perm::PlatformUsersRead, perm::UsersRead}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("too_long")});
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions[0]")), QStringList());
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions[1]")), QStringList{QStringLiteral("unknown_permission")});
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions[2]")), QStringList{QStringLiteral("platform_permission")});
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions[3]")), QStringList{QStringLiteral("duplicate")});

    QJsonObject odd = roleBody(QStringLiteral("Odd"), {});
    odd.insert(QStringLiteral("permissions"), perm::UsersRead);
    odd.insert(QStringLiteral("colour"), QStringLiteral("red"));
    r = m_a->post(rolesPath(), odd);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(r.fieldCodes(QStringLiteral("colour")), QStringList{QStringLiteral("unknown_field")});
    QVERIFY(r.contentType().startsWith("application/problem+json"));

    // A refused update leaves the role as it was.
    const ApiReply role = m_a->post(rolesPath(), roleBody(QStringLiteral("Keepers"), {perm::OrdersRead}));
    r = m_a->patch(rolesPath(idOf(role)), QJsonObject{{QStringLiteral("name"), QStringLiteral("sales")}}, role.etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("taken")});
    const ApiReply after = m_a->get(rolesPath(idOf(role)));
    QCOMPARE(after.json().value(QStringLiteral("name")).toString(), QStringLiteral("Keepers"));
    QCOMPARE(after.etag(), role.etag());
    r = m_a->patch(rolesPath(idOf(role)), QJsonObject{{QStringLiteral("name"), QJsonValue::Null}}, role.etag());
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("required")});
    // Renaming to its own name in another case is no clash; a null description clears it.
    r = m_a->patch(rolesPath(idOf(role)),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("KEEPERS")},
                               {QStringLiteral("description"), QJsonValue::Null}},
                   role.etag());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("KEEPERS"));
    QCOMPARE(r.json().value(QStringLiteral("description")).toString(), QString());
}

void TestRoles::updatesNeedTheCurrentVersion()
{
    const ApiReply role = m_a->post(rolesPath(), roleBody(QStringLiteral("Editors"), {perm::ProductsRead}));
    const QString path = rolesPath(idOf(role));
    const ApiReply missing = m_a->patch(path, QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}});
    QCOMPARE(missing.status, 428);
    // Two admins edit the same role: the second, still holding v1, is refused and nothing is lost.
    auto second = m_scenario->signIn(m_ownerA);
    QCOMPARE(
        m_a->patch(path, QJsonObject{{QStringLiteral("description"), QStringLiteral("first")}}, role.etag()).status,
        200);
    const ApiReply stale =
        second->patch(path, QJsonObject{{QStringLiteral("description"), QStringLiteral("second")}}, role.etag());
    QCOMPARE(stale.status, 412);
    QCOMPARE(m_a->get(path).json().value(QStringLiteral("description")).toString(), QStringLiteral("first"));
    QCOMPARE(m_a->del(path, role.etag()).status, 412); // a DELETE that sends If-Match is checked too
    QCOMPARE(m_a->get(path).status, 200);
}

void TestRoles::otherCompaniesRolesAreInvisible()
{
    const ApiReply role = m_a->post(rolesPath(), roleBody(QStringLiteral("Private"), {perm::OrdersRead}));
    QCOMPARE(role.status, 201);
    const QString path = rolesPath(idOf(role));
    QCOMPARE(m_b->get(path).status, 404);
    QCOMPARE(m_b->patch(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")}}, role.etag()).status, 404);
    QCOMPARE(m_b->patch(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")}}).status, 404);
    QCOMPARE(m_b->del(path + QStringLiteral("?force=true")).status, 404);
    QCOMPARE(m_b->get(rolesPath() + QStringLiteral("?company=") + m_ownerA.companyId).status, 404);
    QVERIFY(!names(m_b->get(rolesPath())).contains(QStringLiteral("Private")));
    QJsonObject intoA = roleBody(QStringLiteral("Planted"), {});
    intoA.insert(QStringLiteral("companyId"), m_ownerA.companyId);
    QCOMPARE(m_b->post(rolesPath(), intoA).status, 404);
    // Nor can B hand A's role to its own users.
    const Scenario::Account userB = m_scenario->createUser(m_ownerB.companyId, QStringLiteral("rolesbone"));
    const ApiReply userReply = m_b->get(QStringLiteral("/api/v1/users/") + userB.id);
    const ApiReply assign = m_b->put(QStringLiteral("/api/v1/users/") + userB.id + QStringLiteral("/roles"),
                                     QJsonArray{QJsonObject{{QStringLiteral("roleId"), idOf(role)}}}, userReply.etag());
    QCOMPARE(assign.status, 422);
    QCOMPARE(m_a->get(path).json().value(QStringLiteral("name")).toString(), QStringLiteral("Private"));
}

void TestRoles::platformStaffSeeEveryCompany()
{
    ApiClient& admin = m_scenario->admin();
    QVERIFY(m_a->post(rolesPath(), roleBody(QStringLiteral("Only in A"), {})).status == 201);
    QVERIFY(m_b->post(rolesPath(), roleBody(QStringLiteral("Only in B"), {})).status == 201);
    const QStringList all = names(admin.get(rolesPath() + QStringLiteral("?limit=500")));
    for (const char* name : {"Only in A", "Only in B", "Admin", "Support", "Platform administrator"})
        QVERIFY2(all.contains(QLatin1String(name)), name);
    const QStringList onlyA =
        names(admin.get(rolesPath() + QStringLiteral("?limit=500&company=") + m_ownerA.companyId));
    QVERIFY(onlyA.contains(QStringLiteral("Only in A")));
    QVERIFY(onlyA.contains(QStringLiteral("Admin")));
    QVERIFY(!onlyA.contains(QStringLiteral("Only in B")));
    QVERIFY(!onlyA.contains(QStringLiteral("Support")));
    QCOMPARE(
        names(admin.get(rolesPath() + QStringLiteral("?scope=platform&sort=name"))),
        (QStringList{QStringLiteral("Auditor"), QStringLiteral("Platform administrator"), QStringLiteral("Support")}));
    QCOMPARE(admin.get(rolesPath() + QStringLiteral("?company=") + QUuid::createUuid().toString(QUuid::WithoutBraces))
                 .status,
             404);
    const ApiReply page = admin.get(rolesPath() + QStringLiteral("?limit=2&offset=1"));
    QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 2);
    QVERIFY(page.json().value(QStringLiteral("total")).toInt() >= 9);

    // Staff name the company a role belongs to.
    ApiReply r = admin.post(rolesPath(), roleBody(QStringLiteral("Staff made"), {perm::OrdersRead}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("companyId")), QStringList{QStringLiteral("required")});
    QJsonObject body = roleBody(QStringLiteral("Staff made"), {perm::OrdersRead});
    body.insert(QStringLiteral("companyId"), m_ownerB.companyId);
    r = admin.post(rolesPath(), body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("companyId")).toString(), m_ownerB.companyId);
    QVERIFY(names(m_b->get(rolesPath())).contains(QStringLiteral("Staff made")));
}

void TestRoles::customRolePermissionsApply()
{
    const ApiReply role = m_a->post(rolesPath(), roleBody(QStringLiteral("Readers"), {perm::UsersRead}));
    const QString roleId = idOf(role);
    const Scenario::Account reader = m_scenario->createUser(m_ownerA.companyId, QStringLiteral("reader"), {roleId});
    const Scenario::Account plain = m_scenario->createUser(m_ownerA.companyId, QStringLiteral("plainrole"));
    auto readerClient = m_scenario->signIn(reader);
    auto plainClient = m_scenario->signIn(plain);

    const ApiReply users = readerClient->get(QStringLiteral("/api/v1/users"));
    QCOMPARE(users.status, 200);
    QVERIFY(users.json().value(QStringLiteral("total")).toInt() >= 3);
    for (const QJsonValue& u : users.json().value(QStringLiteral("items")).toArray())
        QCOMPARE(u.toObject().value(QStringLiteral("companyId")).toString(), m_ownerA.companyId);
    QCOMPARE(plainClient->get(QStringLiteral("/api/v1/users")).status, 403);
    QCOMPARE(readerClient->post(QStringLiteral("/api/v1/roles"), roleBody(QStringLiteral("Nope"), {})).status, 403);

    // Disabling the assignment takes the permission away but keeps the role on the user.
    const QString userPath = QStringLiteral("/api/v1/users/") + reader.id;
    const auto setRole = [&](bool enabled) {
        const ApiReply current = m_a->get(userPath);
        return m_a->put(
            userPath + QStringLiteral("/roles"),
            QJsonArray{QJsonObject{{QStringLiteral("roleId"), roleId}, {QStringLiteral("enabled"), enabled}}},
            current.etag());
    };
    const ApiReply disabled = setRole(false);
    QCOMPARE(disabled.status, 200);
    const QJsonArray held = disabled.json().value(QStringLiteral("roles")).toArray();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("roleId")).toString(), roleId);
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Readers"));
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(readerClient->get(QStringLiteral("/api/v1/users")).status, 403);
    QCOMPARE(readerClient->get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(m_a->get(rolesPath(roleId)).status, 200);

    QCOMPARE(setRole(true).status, 200);
    QCOMPARE(readerClient->get(QStringLiteral("/api/v1/users")).status, 200);

    // Editing the role changes what its holders may do at once.
    const ApiReply narrowed = m_a->patch(
        rolesPath(roleId),
        QJsonObject{{QStringLiteral("permissions"), QJsonArray::fromStringList({perm::CompanyRead})}}, role.etag());
    QCOMPARE(narrowed.status, 200);
    QCOMPARE(readerClient->get(QStringLiteral("/api/v1/users")).status, 403);
    QCOMPARE(readerClient->get(QStringLiteral("/api/v1/companies/") + m_ownerA.companyId).status, 200);
}

void TestRoles::deletingARoleInUse()
{
    const ApiReply role = m_a->post(rolesPath(), roleBody(QStringLiteral("Shippers"), {perm::OrdersRead}));
    const QString roleId = idOf(role);
    const Scenario::Account holder = m_scenario->createUser(m_ownerA.companyId, QStringLiteral("shipper"), {roleId});
    const QString userPath = QStringLiteral("/api/v1/users/") + holder.id;
    const ApiReply before = m_a->get(userPath);

    const ApiReply refused = m_a->del(rolesPath(roleId));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(QStringLiteral("code")).toString(), QStringLiteral("role_in_use"));
    QVERIFY2(refused.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("1 user")),
             qPrintable(refused.describe()));
    const ApiReply badForce = m_a->del(rolesPath(roleId) + QStringLiteral("?force=yes"));
    QCOMPARE(badForce.status, 400);
    QCOMPARE(badForce.fieldCodes(QStringLiteral("force")), QStringList{QStringLiteral("invalid_value")});
    QCOMPARE(m_a->get(userPath).json().value(QStringLiteral("roles")).toArray().size(), 1);

    QCOMPARE(m_a->del(rolesPath(roleId) + QStringLiteral("?force=true")).status, 204);
    const ApiReply after = m_a->get(userPath);
    QCOMPARE(after.json().value(QStringLiteral("roles")).toArray().size(), 0);
    QVERIFY(after.etag() != before.etag()); // the holder's role list changed: their version moved on
    QCOMPARE(m_a->get(rolesPath(roleId)).status, 404);
    const QList<AuditRow> rows = auditRows(*m_server, roleId);
    const QJsonObject holders = rowOf(rows, QStringLiteral("role.delete")).change(QStringLiteral("holders"));
    QCOMPARE(holders.value(QStringLiteral("before")).toInt(), 1);
    QCOMPARE(holders.value(QStringLiteral("after")).toInt(), 0);
}

void TestRoles::onlyHeldPermissionsCanBeGranted()
{
    const ApiReply managers =
        m_a->post(rolesPath(), roleBody(QStringLiteral("Role managers"), {perm::RolesManage, perm::CompanyRead}));
    const Scenario::Account manager =
        m_scenario->createUser(m_ownerA.companyId, QStringLiteral("rolemanager"), {idOf(managers)});
    auto client = m_scenario->signIn(manager);
    const ApiReply ok = client->post(rolesPath(), roleBody(QStringLiteral("Viewers"), {perm::CompanyRead}));
    QCOMPARE(ok.status, 201);
    ApiReply r =
        client->post(rolesPath(), roleBody(QStringLiteral("Deleters"), {perm::CompanyRead, perm::UsersDelete}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions[1]")), QStringList{QStringLiteral("not_held")});
    // Not even through their own role.
    r = client->patch(
        rolesPath(idOf(managers)),
        QJsonObject{{QStringLiteral("permissions"),
                     QJsonArray::fromStringList({perm::RolesManage, perm::CompanyRead, perm::UsersRead})}},
        managers.etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("permissions[2]")), QStringList{QStringLiteral("not_held")});
    // Dropping a permission is always possible.
    r = client->patch(rolesPath(idOf(ok)), QJsonObject{{QStringLiteral("permissions"), QJsonArray()}}, ok.etag());
    QCOMPARE(r.status, 200);
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
