// Organizational units through the real API: the tree (flat in parents-first order and nested),
// renames and moves with If-Match, cycle and sibling-name rules, deletion rules, cross-company
// invisibility, the audit trail, and a unit-limited admin who sees only the users of their units.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace steward::test;

namespace {

QString unitsPath(const QString& id = QString())
{
    return id.isEmpty() ? QStringLiteral("/api/v1/org-units") : QStringLiteral("/api/v1/org-units/") + id;
}

QJsonObject unitBody(const QString& name, const QString& parentId = QString())
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!parentId.isEmpty())
        body.insert(QStringLiteral("parentId"), parentId);
    return body;
}

QString idOf(const ApiReply& reply)
{
    return reply.json().value(QStringLiteral("id")).toString();
}

QStringList field(const ApiReply& list, const char* key)
{
    QStringList values;
    for (const QJsonValue& item : list.json().value(QStringLiteral("items")).toArray())
        values.append(item.toObject().value(QLatin1String(key)).toString());
    return values;
}

// The audit rows of one target, read straight from the server's database (the audit API is not
// part of this test): action and the recorded changes by field.
QHash<QString, QJsonObject> auditChanges(const TestServer& server, const QString& targetId)
{
    const QString sql = QStringLiteral("SELECT action, changes FROM audit_events WHERE target_id = '%1'")
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
    QHash<QString, QJsonObject> rows; // action → {field: {before, after}}
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() != 2)
            continue;
        QJsonObject changes;
        for (const QJsonValue& c : QJsonDocument::fromJson(parts.at(1)).array())
            changes.insert(c.toObject().value(QStringLiteral("field")).toString(), c.toObject());
        rows.insert(QString::fromUtf8(parts.at(0)), changes);
    }
    return rows;
}

} // namespace

class TestOrgUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void treeLifecycleIsAudited();
    void validationNamesTheField();
    void movesRefuseCycles();
    void deletionRules();
    void otherCompaniesUnitsAreInvisible();
    void unitLimitedAdminSeesOnlyTheirUsers();

private:
    // A user of `companyId` in `units` with `roles`, able to sign in (created by the platform admin).
    Scenario::Account createUserInUnits(const QString& companyId, const QString& suffix, const QStringList& units,
                                        const QStringList& roles = {});

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_ownerA, m_ownerB;
    std::unique_ptr<ApiClient> m_a, m_b;
};

void TestOrgUnits::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_orgunits"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_ownerA = m_scenario->createCompany(QStringLiteral("UnitsA"));
    m_ownerB = m_scenario->createCompany(QStringLiteral("UnitsB"));
    m_a = m_scenario->signIn(m_ownerA);
    m_b = m_scenario->signIn(m_ownerB);
}

Scenario::Account TestOrgUnits::createUserInUnits(const QString& companyId, const QString& suffix,
                                                  const QStringList& units, const QStringList& roles)
{
    Scenario::Account account;
    account.companyId = companyId;
    account.email = QStringLiteral("unit.") + suffix + QStringLiteral("@example.org");
    const ApiReply created =
        m_scenario->admin().post(QStringLiteral("/api/v1/users"),
                                 QJsonObject{{QStringLiteral("companyId"), companyId},
                                             {QStringLiteral("email"), account.email},
                                             {QStringLiteral("firstName"), QStringLiteral("Ulla")},
                                             {QStringLiteral("lastName"), QString(QStringLiteral("Unit ") + suffix)},
                                             {QStringLiteral("roleIds"), QJsonArray::fromStringList(roles)},
                                             {QStringLiteral("orgUnitIds"), QJsonArray::fromStringList(units)},
                                             {QStringLiteral("onboarding"), QStringLiteral("temporary-password")}});
    if (created.status != 201)
        qFatal("user creation failed: %s", qPrintable(created.describe()));
    account.id = idOf(created);
    account.password =
        m_scenario->activate(account.email, created.json().value(QStringLiteral("temporaryPassword")).toString());
    return account;
}

void TestOrgUnits::treeLifecycleIsAudited()
{
    // A company of its own, so the whole tree is known.
    const Scenario::Account owner = m_scenario->createCompany(QStringLiteral("UnitsTree"));
    auto c = m_scenario->signIn(owner);
    const ApiReply europe = c->post(unitsPath(), unitBody(QStringLiteral("Europe")));
    QCOMPARE(europe.status, 201);
    QCOMPARE(europe.headers.value("location"), QString(unitsPath(idOf(europe))).toUtf8());
    QCOMPARE(europe.etag(), QByteArray("\"v1\""));
    QCOMPARE(europe.json().value(QStringLiteral("companyId")).toString(), owner.companyId);
    QVERIFY(europe.json().value(QStringLiteral("parentId")).isNull());
    const ApiReply spain = c->post(unitsPath(), unitBody(QStringLiteral("Spain"), idOf(europe)));
    QCOMPARE(spain.status, 201);
    QCOMPARE(spain.json().value(QStringLiteral("parentId")).toString(), idOf(europe));
    const ApiReply madrid = c->post(unitsPath(), unitBody(QStringLiteral("Madrid"), idOf(spain)));
    const ApiReply americas = c->post(unitsPath(), unitBody(QStringLiteral("Americas")));
    const ApiReply france = c->post(unitsPath(), unitBody(QStringLiteral("france"), idOf(europe)));
    QCOMPARE(madrid.status, 201);
    QCOMPARE(americas.status, 201);
    QCOMPARE(france.status, 201);

    // Flat: every parent before its children, siblings by name (case-insensitively).
    const ApiReply flat = c->get(unitsPath());
    QCOMPARE(flat.status, 200);
    QCOMPARE(field(flat, "name"),
             (QStringList{QStringLiteral("Americas"), QStringLiteral("Europe"), QStringLiteral("france"),
                          QStringLiteral("Spain"), QStringLiteral("Madrid")}));
    QCOMPARE(flat.json().value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(field(c->get(unitsPath() + QStringLiteral("?q=PAI")), "name"), QStringList{QStringLiteral("Spain")});
    QCOMPARE(field(c->get(unitsPath() + QStringLiteral("?parent=") + idOf(europe)), "name"),
             (QStringList{QStringLiteral("france"), QStringLiteral("Spain")}));
    const ApiReply page = c->get(unitsPath() + QStringLiteral("?limit=2&offset=2"));
    QCOMPARE(field(page, "name"), (QStringList{QStringLiteral("france"), QStringLiteral("Spain")}));
    QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 5);

    // Nested.
    const ApiReply tree = c->get(unitsPath() + QStringLiteral("?format=tree"));
    QCOMPARE(tree.status, 200);
    const QJsonArray roots = tree.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(roots.size(), 2);
    const QJsonObject europeNode = roots.at(1).toObject();
    QCOMPARE(europeNode.value(QStringLiteral("name")).toString(), QStringLiteral("Europe"));
    const QJsonArray europeChildren = europeNode.value(QStringLiteral("children")).toArray();
    QCOMPARE(europeChildren.size(), 2);
    const QJsonObject spainNode = europeChildren.at(1).toObject();
    QCOMPARE(spainNode.value(QStringLiteral("id")).toString(), idOf(spain));
    QCOMPARE(spainNode.value(QStringLiteral("children")).toArray().at(0).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Madrid")));
    QCOMPARE(roots.at(0).toObject().value(QStringLiteral("children")).toArray().size(), 0);
    QCOMPARE(c->get(unitsPath() + QStringLiteral("?format=graph")).status, 400);

    // Read, rename, delete.
    QCOMPARE(c->get(unitsPath(idOf(madrid))).json(), madrid.json());
    const ApiReply renamed = c->patch(unitsPath(idOf(france)),
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("France")}}, france.etag());
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.etag(), QByteArray("\"v2\""));
    QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(), QStringLiteral("France"));
    QCOMPARE(renamed.json().value(QStringLiteral("parentId")).toString(), idOf(europe));
    const ApiReply deleted = c->del(unitsPath(idOf(france)));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(QStringLiteral("membersRemoved")).toInt(), 0);
    QCOMPARE(c->get(unitsPath(idOf(france))).status, 404);

    const QHash<QString, QJsonObject> audit = auditChanges(*m_server, idOf(france));
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.value(QStringLiteral("org_unit.create"))
                 .value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("after")),
             QJsonValue(QStringLiteral("france")));
    const QJsonObject rename = audit.value(QStringLiteral("org_unit.update")).value(QStringLiteral("name")).toObject();
    QCOMPARE(rename.value(QStringLiteral("before")).toString(), QStringLiteral("france"));
    QCOMPARE(rename.value(QStringLiteral("after")).toString(), QStringLiteral("France"));
    QVERIFY(!audit.value(QStringLiteral("org_unit.update")).contains(QStringLiteral("parentId")));
    QCOMPARE(audit.value(QStringLiteral("org_unit.delete"))
                 .value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("before")),
             QJsonValue(QStringLiteral("France")));
}

void TestOrgUnits::validationNamesTheField()
{
    const ApiReply root = m_a->post(unitsPath(), unitBody(QStringLiteral("Validation")));
    QCOMPARE(root.status, 201);
    QCOMPARE(m_a->post(unitsPath(), unitBody(QStringLiteral("Team"), idOf(root))).status, 201);

    ApiReply r = m_a->post(unitsPath(), QJsonObject{});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("required")});
    r = m_a->post(unitsPath(), unitBody(QStringLiteral("   ")));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("required")});
    r = m_a->post(unitsPath(), unitBody(QString(101, QLatin1Char('u'))));
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("too_long")});
    // Unique among siblings, case-insensitively; the same name elsewhere in the tree is fine.
    r = m_a->post(unitsPath(), unitBody(QStringLiteral("TEAM"), idOf(root)));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("taken")});
    QCOMPARE(m_a->post(unitsPath(), unitBody(QStringLiteral("Team"))).status, 201);
    r = m_a->post(unitsPath(), unitBody(QStringLiteral("Orphan"), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("parentId")), QStringList{QStringLiteral("not_found")});
    QJsonObject odd = unitBody(QStringLiteral("Odd"));
    odd.insert(QStringLiteral("parentId"), 42);
    odd.insert(QStringLiteral("colour"), QStringLiteral("red"));
    r = m_a->post(unitsPath(), odd);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("parentId")).size(), 1);
    QCOMPARE(r.fieldCodes(QStringLiteral("colour")), QStringList{QStringLiteral("unknown_field")});
    QVERIFY(r.contentType().startsWith("application/problem+json"));
    QVERIFY(!field(m_a->get(unitsPath() + QStringLiteral("?limit=500")), "name").contains(QStringLiteral("Orphan")));

    // A user without org_units.manage may read the tree but not change it.
    auto plain = m_scenario->signIn(
        m_scenario->createUser(m_ownerA.companyId, QStringLiteral("unitplain"), {operationsRoleId()}));
    QCOMPARE(plain->get(unitsPath(idOf(root))).status, 200);
    QCOMPARE(plain->post(unitsPath(), unitBody(QStringLiteral("Mine"))).status, 403);
    QCOMPARE(plain->patch(unitsPath(idOf(root)), unitBody(QStringLiteral("Mine")), root.etag()).status, 403);
    QCOMPARE(plain->del(unitsPath(idOf(root))).status, 403);
}

void TestOrgUnits::movesRefuseCycles()
{
    const ApiReply top = m_a->post(unitsPath(), unitBody(QStringLiteral("Top")));
    const ApiReply middle = m_a->post(unitsPath(), unitBody(QStringLiteral("Middle"), idOf(top)));
    const ApiReply bottom = m_a->post(unitsPath(), unitBody(QStringLiteral("Bottom"), idOf(middle)));
    QCOMPARE(bottom.status, 201);
    const QString topPath = unitsPath(idOf(top));

    for (const QString& below : {idOf(top), idOf(middle), idOf(bottom)}) {
        const ApiReply r = m_a->patch(topPath, QJsonObject{{QStringLiteral("parentId"), below}}, top.etag());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.fieldCodes(QStringLiteral("parentId")), QStringList{QStringLiteral("cycle")});
    }
    QCOMPARE(m_a->get(topPath).etag(), top.etag());

    QCOMPARE(m_a->patch(topPath, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).status, 428);
    const ApiReply nameless = m_a->patch(topPath, QJsonObject{{QStringLiteral("name"), QJsonValue::Null}}, top.etag());
    QCOMPARE(nameless.status, 422);
    QCOMPARE(nameless.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("required")});
    // Bottom moves to the top of the tree (explicit null), then under Top directly.
    const QString bottomPath = unitsPath(idOf(bottom));
    ApiReply moved = m_a->patch(bottomPath, QJsonObject{{QStringLiteral("parentId"), QJsonValue::Null}}, bottom.etag());
    QVERIFY2(moved.status == 200, qPrintable(moved.describe()));
    QVERIFY(moved.json().value(QStringLiteral("parentId")).isNull());
    const ApiReply stale = m_a->patch(bottomPath, QJsonObject{{QStringLiteral("parentId"), idOf(top)}}, bottom.etag());
    QCOMPARE(stale.status, 412);
    moved = m_a->patch(bottomPath, QJsonObject{{QStringLiteral("parentId"), idOf(top)}}, moved.etag());
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(QStringLiteral("parentId")).toString(), idOf(top));
    QCOMPARE(moved.etag(), QByteArray("\"v3\""));
    // A move into a place where a sibling has the name is refused.
    const ApiReply twin = m_a->post(unitsPath(), unitBody(QStringLiteral("Middle")));
    const ApiReply clash =
        m_a->patch(unitsPath(idOf(twin)), QJsonObject{{QStringLiteral("parentId"), idOf(top)}}, twin.etag());
    QCOMPARE(clash.status, 422);
    QCOMPARE(clash.fieldCodes(QStringLiteral("name")), QStringList{QStringLiteral("taken")});

    const QJsonObject move = auditChanges(*m_server, idOf(bottom))
                                 .value(QStringLiteral("org_unit.update"))
                                 .value(QStringLiteral("parentId"))
                                 .toObject();
    QVERIFY(!move.isEmpty());
    QCOMPARE(move.value(QStringLiteral("after")).toString(), idOf(top));
}

void TestOrgUnits::deletionRules()
{
    const ApiReply parent = m_a->post(unitsPath(), unitBody(QStringLiteral("Doomed")));
    const ApiReply child = m_a->post(unitsPath(), unitBody(QStringLiteral("Leaf"), idOf(parent)));
    const ApiReply refused = m_a->del(unitsPath(idOf(parent)));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(QStringLiteral("code")).toString(), QStringLiteral("has_children"));
    QCOMPARE(m_a->get(unitsPath(idOf(parent))).status, 200);

    const Scenario::Account member =
        createUserInUnits(m_ownerA.companyId, QStringLiteral("leafmember"), {idOf(child), idOf(parent)});
    const QString userPath = QStringLiteral("/api/v1/users/") + member.id;
    const ApiReply before = m_a->get(userPath);
    QCOMPARE(before.json().value(QStringLiteral("orgUnitIds")).toArray().size(), 2);
    QCOMPARE(m_a->del(unitsPath(idOf(child)), "\"v9\"").status, 412);
    const ApiReply deleted = m_a->del(unitsPath(idOf(child)), child.etag());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(QStringLiteral("membersRemoved")).toInt(), 1);
    const ApiReply after = m_a->get(userPath);
    QCOMPARE(after.json().value(QStringLiteral("orgUnitIds")).toArray(), QJsonArray{idOf(parent)});
    QVERIFY(after.etag() != before.etag());
    const QJsonObject members = auditChanges(*m_server, idOf(child))
                                    .value(QStringLiteral("org_unit.delete"))
                                    .value(QStringLiteral("members"))
                                    .toObject();
    QCOMPARE(members.value(QStringLiteral("before")).toInt(), 1);
    QCOMPARE(members.value(QStringLiteral("after")).toInt(), 0);
    // The member now belongs to the top-level unit alone: deleting it would lift their limit.
    const ApiReply guarded = m_a->del(unitsPath(idOf(parent)));
    QCOMPARE(guarded.status, 409);
    QCOMPARE(guarded.json().value(QStringLiteral("code")).toString(), QStringLiteral("unit_has_members"));
    // Placed in another unit, the member no longer depends on it, and it goes.
    const ApiReply refuge = m_a->post(unitsPath(), unitBody(QStringLiteral("Refuge")));
    QCOMPARE(m_a->patch(userPath, QJsonObject{{QStringLiteral("orgUnitIds"), QJsonArray{idOf(refuge)}}},
                        m_a->get(userPath).etag())
                 .status,
             200);
    QCOMPARE(m_a->del(unitsPath(idOf(parent))).status, 200);

    // A member of a lower unit only moves up to its parent when the unit goes: never unlimited.
    const ApiReply top = m_a->post(unitsPath(), unitBody(QStringLiteral("Upper")));
    const ApiReply low = m_a->post(unitsPath(), unitBody(QStringLiteral("Lower"), idOf(top)));
    const Scenario::Account lowMember = createUserInUnits(m_ownerA.companyId, QStringLiteral("lowmember"), {idOf(low)});
    const ApiReply lowDeleted = m_a->del(unitsPath(idOf(low)));
    QCOMPARE(lowDeleted.status, 200);
    QCOMPARE(lowDeleted.json().value(QStringLiteral("membersMovedToParent")).toInt(), 1);
    QCOMPARE(
        m_a->get(QStringLiteral("/api/v1/users/") + lowMember.id).json().value(QStringLiteral("orgUnitIds")).toArray(),
        QJsonArray{idOf(top)});
}

void TestOrgUnits::otherCompaniesUnitsAreInvisible()
{
    const ApiReply unit = m_a->post(unitsPath(), unitBody(QStringLiteral("Secret lab")));
    QCOMPARE(unit.status, 201);
    const QString path = unitsPath(idOf(unit));
    QCOMPARE(m_b->get(path).status, 404);
    QCOMPARE(m_b->patch(path, unitBody(QStringLiteral("Ours")), unit.etag()).status, 404);
    QCOMPARE(m_b->patch(path, unitBody(QStringLiteral("Ours"))).status, 404);
    QCOMPARE(m_b->del(path).status, 404);
    QCOMPARE(m_b->get(unitsPath() + QStringLiteral("?company=") + m_ownerA.companyId).status, 404);
    QVERIFY(!field(m_b->get(unitsPath() + QStringLiteral("?limit=500")), "id").contains(idOf(unit)));
    QJsonObject intoA = unitBody(QStringLiteral("Planted"));
    intoA.insert(QStringLiteral("companyId"), m_ownerA.companyId);
    QCOMPARE(m_b->post(unitsPath(), intoA).status, 404);
    // A parent in another company is as unknown as one that does not exist.
    const ApiReply under = m_b->post(unitsPath(), unitBody(QStringLiteral("Planted"), idOf(unit)));
    QCOMPARE(under.status, 422);
    QCOMPARE(under.fieldCodes(QStringLiteral("parentId")), QStringList{QStringLiteral("not_found")});
    const ApiReply own = m_b->post(unitsPath(), unitBody(QStringLiteral("Own")));
    const ApiReply across =
        m_b->patch(unitsPath(idOf(own)), QJsonObject{{QStringLiteral("parentId"), idOf(unit)}}, own.etag());
    QCOMPARE(across.status, 422);
    QCOMPARE(across.fieldCodes(QStringLiteral("parentId")), QStringList{QStringLiteral("not_found")});
    QCOMPARE(m_a->get(path).json().value(QStringLiteral("name")).toString(), QStringLiteral("Secret lab"));

    // Platform staff name the company.
    ApiClient& admin = m_scenario->admin();
    const ApiReply noCompany = admin.get(unitsPath());
    QCOMPARE(noCompany.status, 400);
    QCOMPARE(noCompany.fieldCodes(QStringLiteral("company")), QStringList{QStringLiteral("required")});
    QVERIFY(field(admin.get(unitsPath() + QStringLiteral("?limit=500&company=") + m_ownerA.companyId), "id")
                .contains(idOf(unit)));
    QJsonObject staffMade = unitBody(QStringLiteral("Staff made"));
    staffMade.insert(QStringLiteral("companyId"), m_ownerB.companyId);
    const ApiReply made = admin.post(unitsPath(), staffMade);
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json().value(QStringLiteral("companyId")).toString(), m_ownerB.companyId);
}

void TestOrgUnits::unitLimitedAdminSeesOnlyTheirUsers()
{
    const Scenario::Account owner = m_scenario->createCompany(QStringLiteral("UnitsLimit"));
    auto c = m_scenario->signIn(owner);
    const QString sales = idOf(c->post(unitsPath(), unitBody(QStringLiteral("Sales"))));
    const QString iberia = idOf(c->post(unitsPath(), unitBody(QStringLiteral("Iberia"), sales)));
    const ApiReply supportReply = c->post(unitsPath(), unitBody(QStringLiteral("Support")));
    const QString support = idOf(supportReply);

    const Scenario::Account limited =
        createUserInUnits(owner.companyId, QStringLiteral("limitedadmin"), {sales}, {adminRoleId()});
    const Scenario::Account inSales = createUserInUnits(owner.companyId, QStringLiteral("insales"), {sales});
    const Scenario::Account inIberia = createUserInUnits(owner.companyId, QStringLiteral("iniberia"), {iberia});
    const Scenario::Account inSupport = createUserInUnits(owner.companyId, QStringLiteral("insupport"), {support});
    const Scenario::Account nowhere = createUserInUnits(owner.companyId, QStringLiteral("nowhere"), {});
    auto l = m_scenario->signIn(limited);

    const ApiReply seen = l->get(QStringLiteral("/api/v1/users?limit=500"));
    QCOMPARE(seen.status, 200);
    const QStringList emails = field(seen, "email");
    QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()),
             (QSet<QString>{limited.email, inSales.email, inIberia.email}));
    QCOMPARE(seen.json().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(l->get(QStringLiteral("/api/v1/users/") + inIberia.id).status, 200);
    for (const Scenario::Account& hidden : {inSupport, nowhere, owner})
        QCOMPARE(l->get(QStringLiteral("/api/v1/users/") + hidden.id).status, 404);
    QCOMPARE(l->post(QStringLiteral("/api/v1/users/") + inSupport.id + QStringLiteral("/deactivate")).status, 404);
    // The owner is never limited.
    QCOMPARE(c->get(QStringLiteral("/api/v1/users?limit=500")).json().value(QStringLiteral("total")).toInt(), 6);

    // The units themselves: only Sales and what is below it.
    QCOMPARE(field(l->get(unitsPath()), "name"), (QStringList{QStringLiteral("Sales"), QStringLiteral("Iberia")}));
    QCOMPARE(l->get(unitsPath(support)).status, 404);
    QCOMPARE(l->patch(unitsPath(support), unitBody(QStringLiteral("Mine")), supportReply.etag()).status, 404);
    QCOMPARE(l->post(unitsPath(), unitBody(QStringLiteral("Portugal"), iberia)).status, 201);
    const ApiReply atRoot = l->post(unitsPath(), unitBody(QStringLiteral("Elsewhere")));
    QCOMPARE(atRoot.status, 422);
    QCOMPARE(atRoot.fieldCodes(QStringLiteral("parentId")), QStringList{QStringLiteral("outside_limits")});
    const ApiReply intoSupport = l->post(unitsPath(), unitBody(QStringLiteral("Elsewhere"), support));
    QCOMPARE(intoSupport.fieldCodes(QStringLiteral("parentId")), QStringList{QStringLiteral("not_found")});

    // Limits follow the tree: once Support moves below Sales, its people become visible.
    QCOMPARE(c->patch(unitsPath(support), QJsonObject{{QStringLiteral("parentId"), sales}}, supportReply.etag()).status,
             200);
    QCOMPARE(l->get(QStringLiteral("/api/v1/users/") + inSupport.id).status, 200);
    QCOMPARE(l->get(QStringLiteral("/api/v1/users?limit=500")).json().value(QStringLiteral("total")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestOrgUnits)
#include "tst_orgunits.moc"
