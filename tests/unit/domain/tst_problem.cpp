// problem+json (RFC 9457) with the errors array of {field, code, message}.
#include "Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace steward;

class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validationRendersFieldErrors();
    void factoriesSetStatus();
    void roundTrip();
    void rejectsNonProblems();
    void prefixing();
};

void TestProblem::validationRendersFieldErrors()
{
    const Problem p = Problem::validation(
        {{QStringLiteral("email"), QStringLiteral("invalid_format"), QStringLiteral("Must be an email address.")},
         {QStringLiteral("address.country"), QStringLiteral("unknown_country"),
          QStringLiteral("Must be an ISO 3166 country code.")}});
    const QJsonObject o = QJsonDocument::fromJson(p.toJsonBytes()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 422);
    QVERIFY(o.value(QStringLiteral("type")).toString().startsWith(QLatin1String("urn:steward:problem:")));
    QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("validation_failed"));
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    const QJsonObject second = errors.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("field")).toString(), QStringLiteral("address.country"));
    QCOMPARE(second.value(QStringLiteral("code")).toString(), QStringLiteral("unknown_country"));
    QCOMPARE(second.value(QStringLiteral("message")).toString(), QStringLiteral("Must be an ISO 3166 country code."));
    QCOMPARE(QByteArray(kProblemContentType), QByteArray("application/problem+json"));
}

void TestProblem::factoriesSetStatus()
{
    QCOMPARE(Problem::badRequest(QStringLiteral("x")).status, 400);
    QCOMPARE(Problem::unauthorized(QStringLiteral("x")).status, 401);
    QCOMPARE(Problem::forbidden(QStringLiteral("x")).status, 403);
    QCOMPARE(Problem::notFound().status, 404);
    QVERIFY(!Problem::notFound().detail.isEmpty());
    const Problem conflict = Problem::conflict(QStringLiteral("owner_protected"), QStringLiteral("The owner..."));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.code, QStringLiteral("owner_protected"));
    QCOMPARE(Problem::preconditionFailed(QStringLiteral("x")).status, 412);
    QCOMPARE(Problem::payloadTooLarge(QStringLiteral("x")).status, 413);
    QCOMPARE(Problem::preconditionRequired(QStringLiteral("x")).status, 428);
    QCOMPARE(Problem::tooManyRequests(QStringLiteral("x")).status, 429);
    QCOMPARE(Problem::internal().status, 500);
    QVERIFY(!Problem::internal().toJson().contains(QStringLiteral("errors")));
}

void TestProblem::roundTrip()
{
    Problem p = Problem::validation(
        {{QStringLiteral("password"), QStringLiteral("too_short"), QStringLiteral("Must be at least 10 characters.")}});
    p.instance = QStringLiteral("/api/v1/me/password");
    const auto back = Problem::fromJson(p.toJson());
    QVERIFY(back);
    QCOMPARE(*back, p);
}

void TestProblem::rejectsNonProblems()
{
    QVERIFY(!Problem::fromJson(QJsonObject{{QStringLiteral("items"), QJsonArray()}}));
    QVERIFY(!Problem::fromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("404")},
                                           {QStringLiteral("title"), QStringLiteral("x")}}));
}

void TestProblem::prefixing()
{
    const FieldErrors errors{{QStringLiteral("city"), QStringLiteral("required"), QStringLiteral("m")},
                             {QString(), QStringLiteral("invalid_type"), QStringLiteral("m")}};
    const FieldErrors p = prefixed(errors, QStringLiteral("address"));
    QCOMPARE(p.at(0).field, QStringLiteral("address.city"));
    QCOMPARE(p.at(1).field, QStringLiteral("address"));
    QVERIFY(hasErrorFor(p, QStringLiteral("address.city")));
    QVERIFY(!hasErrorFor(p, QStringLiteral("city")));
}

QTEST_APPLESS_MAIN(TestProblem)
#include "tst_problem.moc"
