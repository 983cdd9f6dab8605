// Bad requests to the users, /me and companies routes through a real server: each gets a clear 4xx
// application/problem+json naming the field where there is one, never a 500; the server logs no
// request error while answering them.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QTest>

using namespace steward::test;

namespace {

const QHash<QByteArray, QByteArray> kJson{{"Content-Type", "application/json"}};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreadableBodies_data();
    void unreadableBodies();
    void wrongTypesNameEachField();
    void missingAndUnknownFields();
    void wrongShapesForRoles();
    void oversizedBody();
    void contentTypes();
    void malformedIdsInPaths();
    void malformedIdsInQueries();
    void oddHeadersAndMethods();
    void noRequestEverFailedOnTheServer();

private:
    ApiReply send(const QByteArray& method, const QString& path, const QByteArray& body,
                  QHash<QByteArray, QByteArray> headers = kJson);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    QString m_userId;
    QByteArray m_userEtag;
};

void TestBadInput::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_badinput"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Bad"));
    m_userId = m_scenario->createUser(m_owner.companyId, QStringLiteral("target")).id;
    m_userEtag = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_userId).etag();
}

ApiReply TestBadInput::send(const QByteArray& method, const QString& path, const QByteArray& body,
                            QHash<QByteArray, QByteArray> headers)
{
    if (method == "PATCH" || method == "PUT")
        headers.insert("If-Match", path.startsWith(QLatin1String("/api/v1/users/")) ? m_userEtag : QByteArray("*"));
    const ApiReply r = m_scenario->admin().send(method, path, body, headers);
    if (!r.contentType().startsWith("application/problem+json") && r.status >= 400)
        qWarning("%s %s answered %s without problem+json", method.constData(), qPrintable(path),
                 qPrintable(r.describe()));
    return r;
}

void TestBadInput::unreadableBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString user = QStringLiteral("/api/v1/users/") + m_userId;
    const QString company = QStringLiteral("/api/v1/companies/") + m_owner.companyId;
    const QList<QPair<QByteArray, QString>> objectRoutes{{"POST", QStringLiteral("/api/v1/users")},
                                                         {"PATCH", user},
                                                         {"PATCH", QStringLiteral("/api/v1/me")},
                                                         {"POST", QStringLiteral("/api/v1/me/password")},
                                                         {"POST", QStringLiteral("/api/v1/companies")},
                                                         {"PATCH", company},
                                                         {"POST", company + QStringLiteral("/transfer-ownership")}};
    for (const auto& [method, path] : objectRoutes) {
        const QByteArray name = method + ' ' + path.toUtf8();
        QTest::addRow("%s truncated", name.constData())
            << method << path << QByteArray("{\"email\": ") << 400 << "malformed_json";
        QTest::addRow("%s trailing comma", name.constData())
            << method << path << QByteArray("{\"a\": 1,}") << 400 << "malformed_json";
        QTest::addRow("%s array", name.constData()) << method << path << QByteArray("[1, 2]") << 400 << "not_an_object";
        QTest::addRow("%s string", name.constData())
            << method << path << QByteArray("\"hello\"") << 400 << "malformed_json";
        QTest::addRow("%s null", name.constData()) << method << path << QByteArray("null") << 400 << "malformed_json";
        QTest::addRow("%s empty", name.constData()) << method << path << QByteArray() << 400 << "body_required";
        QTest::addRow("%s deep nesting", name.constData())
            << method << path << QByteArray(5000, '[') + QByteArray(5000, ']') << 400 << "malformed_json";
        QTest::addRow("%s invalid UTF-8", name.constData())
            << method << path << QByteArray("{\"firstName\": \"\xff\xfe\"}") << 400 << "malformed_json";
    }
    QTest::newRow("PUT roles object") << QByteArray("PUT") << user + QStringLiteral("/roles") << QByteArray("{}") << 400
                                      << "not_an_array";
    QTest::newRow("PUT roles truncated") << QByteArray("PUT") << user + QStringLiteral("/roles") << QByteArray("[{")
                                         << 400 << "malformed_json";
}

void TestBadInput::unreadableBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiReply r = send(method, path, body);
    QCOMPARE(r.status, status);
    QVERIFY(r.contentType().startsWith("application/problem+json"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), code);
    QVERIFY(!r.json().value(QStringLiteral("detail")).toString().isEmpty());
}

void TestBadInput::wrongTypesNameEachField()
{
    const QByteArray body = R"({"companyId": ")" + m_owner.companyId.toUtf8() + R"(", "email": 5, "firstName": ["Ann"],
        "lastName": {"x": 1}, "username": false, "language": 7, "roleIds": "admin", "orgUnitIds": [1, "x"],
        "customFields": "none", "onboarding": true, "notifications": []})";
    const ApiReply r = send("POST", QStringLiteral("/api/v1/users"), body);
    QCOMPARE(r.status, 422);
    const QHash<QString, QString> expected{
        {"email", "invalid_type"},       {"firstName", "invalid_type"},    {"lastName", "invalid_type"},
        {"username", "invalid_type"},    {"language", "invalid_type"},     {"roleIds", "invalid_type"},
        {"orgUnitIds[0]", "invalid_id"}, {"orgUnitIds[1]", "invalid_id"},  {"customFields", "invalid_type"},
        {"onboarding", "invalid_type"},  {"notifications", "invalid_type"}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(r.fieldCodes(it.key()) == QStringList{it.value()}, qPrintable(it.key() + u' ' + r.describe()));
    QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().size(), expected.size()); // one error per mistake

    // A number JSON cannot hold is unreadable JSON, not a wrong type.
    QCOMPARE(send("PATCH", QStringLiteral("/api/v1/users/") + m_userId, R"({"firstName": 1e400})").status, 400);
    const ApiReply patch = send("PATCH", QStringLiteral("/api/v1/users/") + m_userId,
                                R"({"firstName": 1.5, "customFields": {"x": 1}, "notifications": {"productNews": 1}})");
    QCOMPARE(patch.status, 422);
    QCOMPARE(patch.fieldCodes(QStringLiteral("firstName")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(patch.fieldCodes(QStringLiteral("customFields.x")), QStringList{QStringLiteral("unknown_field")});
    QCOMPARE(patch.fieldCodes(QStringLiteral("notifications.productNews")),
             QStringList{QStringLiteral("invalid_type")});

    const ApiReply company =
        send("PATCH", QStringLiteral("/api/v1/companies/") + m_owner.companyId,
             R"({"address": "Main St 1", "customFields": {"key": "x"}, "defaultLanguage": ["en"]})");
    QCOMPARE(company.status, 422);
    QCOMPARE(company.fieldCodes(QStringLiteral("address")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(company.fieldCodes(QStringLiteral("customFields")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(company.fieldCodes(QStringLiteral("defaultLanguage")), QStringList{QStringLiteral("invalid_type")});

    const ApiReply tooLong = send("PATCH", QStringLiteral("/api/v1/users/") + m_userId,
                                  R"({"lastName": ")" + QByteArray(5000, 'a') + R"("})");
    QCOMPARE(tooLong.fieldCodes(QStringLiteral("lastName")), QStringList{QStringLiteral("too_long")});
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_userId).etag(), m_userEtag);
}

void TestBadInput::missingAndUnknownFields()
{
    ApiReply r = send("POST", QStringLiteral("/api/v1/users"),
                      R"({"companyId": ")" + m_owner.companyId.toUtf8() + R"(", "email": null, "admin": true})");
    QCOMPARE(r.status, 422);
    const QStringList required{QStringLiteral("required")};
    QCOMPARE(r.fieldCodes(QStringLiteral("email")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("firstName")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("lastName")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("admin")), QStringList{QStringLiteral("unknown_field")});
    QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().size(), 4);

    r = send("POST", QStringLiteral("/api/v1/companies"), "{}");
    QCOMPARE(r.status, 422);
    for (const char* field : {"name", "legalName", "address", "defaultLanguage", "owner"})
        QVERIFY2(r.fieldCodes(QLatin1String(field)) == required, field);
    QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().size(), 5);

    r = send("POST", QStringLiteral("/api/v1/me/password"), R"({"password": "x"})");
    QCOMPARE(r.fieldCodes(QStringLiteral("currentPassword")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("newPassword")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("password")), QStringList{QStringLiteral("unknown_field")});

    r = send("PATCH", QStringLiteral("/api/v1/users/") + m_userId, R"({"id": "x", "version": 9, "state": "enabled"})");
    for (const char* field : {"id", "version", "state"})
        QVERIFY2(r.fieldCodes(QLatin1String(field)) == QStringList{QStringLiteral("unknown_field")}, field);

    r = send("POST", QStringLiteral("/api/v1/companies/") + m_owner.companyId + QStringLiteral("/transfer-ownership"),
             "{}");
    QCOMPARE(r.fieldCodes(QStringLiteral("userId")), required);
}

void TestBadInput::wrongShapesForRoles()
{
    const QString path = QStringLiteral("/api/v1/users/") + m_userId + QStringLiteral("/roles");
    const ApiReply r = send(
        "PUT", path, R"(["admin", {"roleId": 5}, {"enabled": true}, {"roleId": "x", "enabled": "yes", "extra": 1}])");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("[0]")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(r.fieldCodes(QStringLiteral("[1].roleId")), QStringList{QStringLiteral("invalid_id")});
    QCOMPARE(r.fieldCodes(QStringLiteral("[2].roleId")), QStringList{QStringLiteral("required")});
    QCOMPARE(r.fieldCodes(QStringLiteral("[3].roleId")), QStringList{QStringLiteral("invalid_id")});
    QCOMPARE(r.fieldCodes(QStringLiteral("[3].enabled")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(r.fieldCodes(QStringLiteral("[3].extra")), QStringList{QStringLiteral("unknown_field")});
}

void TestBadInput::oversizedBody()
{
    const QByteArray big = R"({"firstName": ")" + QByteArray(2 * 1024 * 1024, 'a') + R"("})";
    for (const auto& [method, path] :
         {std::pair{QByteArray("POST"), QStringLiteral("/api/v1/users")},
          std::pair{QByteArray("PATCH"), QString(QStringLiteral("/api/v1/users/") + m_userId)},
          std::pair{QByteArray("PATCH"), QStringLiteral("/api/v1/me")}}) {
        const ApiReply r = send(method, path, big);
        QCOMPARE(r.status, 413);
        QVERIFY(r.contentType().startsWith("application/problem+json"));
    }
}

void TestBadInput::contentTypes()
{
    const QByteArray body = R"({"firstName": "Typed"})";
    const QString path = QStringLiteral("/api/v1/users/") + m_userId;
    for (const QByteArray& type : {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
                                   QByteArray("application/xml"), QByteArray("")}) {
        const ApiReply r = send("PATCH", path, body, {{"Content-Type", type}});
        QVERIFY2(r.status == 415, type.constData());
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("unsupported_media_type"));
    }
    // A charset parameter is fine.
    const ApiReply ok = send("PATCH", path, body, {{"Content-Type", "application/json; charset=utf-8"}});
    QCOMPARE(ok.status, 200);
    m_userEtag = ok.etag();
}

void TestBadInput::malformedIdsInPaths()
{
    for (const QString& id : {QStringLiteral("not-a-uuid"), QStringLiteral("12345"), QStringLiteral("%00"),
                              QStringLiteral("%7B%7D"), QString(300, u'a')}) {
        for (const auto& [method, suffix] :
             {std::pair{QByteArray("GET"), QString()}, std::pair{QByteArray("DELETE"), QString()},
              std::pair{QByteArray("PATCH"), QString()}, std::pair{QByteArray("POST"), QStringLiteral("/deactivate")},
              std::pair{QByteArray("POST"), QStringLiteral("/temporary-password")},
              std::pair{QByteArray("PUT"), QStringLiteral("/roles")}}) {
            const QByteArray body = method == "PUT" ? "[]" : (method == "PATCH" ? "{}" : "");
            const ApiReply r = send(method, QStringLiteral("/api/v1/users/") + id + suffix, body);
            QVERIFY2(r.status == 404, qPrintable(method + u' ' + id + suffix + u' ' + r.describe()));
        }
        QCOMPARE(send("GET", QStringLiteral("/api/v1/companies/") + id, {}).status, 404);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/companies/") + id, "{}").status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/api/v1/me/sessions/") + id, {}).status, 404);
    }
    // QUuid::fromString alone would ignore whatever follows a well-formed id.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users/{") + m_userId + QStringLiteral("}x"), {}).status, 404);
}

void TestBadInput::malformedIdsInQueries()
{
    for (const char* parameter : {"company", "role", "orgUnit"}) {
        for (const char* value : {"abc", "1", "00000000-0000-0000-0000-00000000000g"}) {
            const ApiReply r = send(
                "GET", QStringLiteral("/api/v1/users?%1=%2").arg(QLatin1String(parameter), QLatin1String(value)), {});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.fieldCodes(QLatin1String(parameter)), QStringList{QStringLiteral("invalid_id")});
        }
    }
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users?sort=,,"), {}).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users?sort=-"), {}).status, 400);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users?limit=1e3"), {}).status, 400);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users?q=") + QString(5000, u'x'), {}).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users?q=%27%3B%20DROP%20TABLE%20users%3B--"), {}).status, 200);
    // A NUL matches nothing; PostgreSQL must never see it.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/users?q=%00"), {}).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/companies?q=a%00b"), {}).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/companies?sort=owner"), {}).fieldCodes(QStringLiteral("sort")),
             QStringList{QStringLiteral("invalid_value")});
}

void TestBadInput::oddHeadersAndMethods()
{
    const QString path = QStringLiteral("/api/v1/users/") + m_userId;
    ApiReply r = m_scenario->admin().send("PATCH", path, R"({"firstName": "Odd"})",
                                          {{"Content-Type", "application/json"}, {"If-Match", "garbage"}});
    QCOMPARE(r.status, 412);
    r = m_scenario->admin().send("PATCH", path, R"({"firstName": "Odd"})",
                                 {{"Content-Type", "application/json"}, {"If-Match", "\"v1\", W/\"v2\""}});
    QCOMPARE(r.status, 412);
    QCOMPARE(send("DELETE", QStringLiteral("/api/v1/companies/") + m_owner.companyId, {}).status, 405);
    QCOMPARE(send("PUT", QStringLiteral("/api/v1/me"), "{}").status, 405);
    ApiClient stranger(*m_server);
    r = stranger.send("POST", QStringLiteral("/api/v1/auth/login"),
                      R"({"email": "a\u0000@example.org", "password": "Whatever-123456"})", kJson);
    QCOMPARE(r.status, 401);
    for (const QByteArray& authorization :
         {QByteArray("Bearer"), QByteArray("Basic YWRtaW46YWRtaW4="),
          QByteArray(QByteArray("Bearer ") + QByteArray(5000, 'x')), QByteArray("Bearer stw_\x01")}) {
        ApiClient anonymous(*m_server);
        r = anonymous.send("GET", QStringLiteral("/api/v1/me"), {}, {{"Authorization", authorization}});
        QCOMPARE(r.status, 401);
    }
}

void TestBadInput::noRequestEverFailedOnTheServer()
{
    static const QRegularExpression requestError(QStringLiteral("^error [0-9a-f]{16} "));
    static const QRegularExpression status500(QStringLiteral("^access .* 5\\d\\d \\d+us$"));
    int requests = 0;
    for (const QByteArray& raw : m_server->log().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        requests += line.startsWith(QLatin1String("access ")) ? 1 : 0;
        QVERIFY2(!requestError.match(line).hasMatch(), raw.constData());
        QVERIFY2(!status500.match(line).hasMatch(), raw.constData());
    }
    QVERIFY(requests > 100); // the log really holds this test's requests
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
