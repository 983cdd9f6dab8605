// JsonReader: typed reads that collect every field error, with paths, and unknown-key rejection.
#include "JsonReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace steward;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryType();
    void collectsAllErrorsWithPaths();
    void optionalAndNull();
    void rejectsUnknownKeys();
    void enumerations();
    void integersMustBeWhole();
    void uuidsAreStrict();
};

static QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

static QString codeFor(const JsonReader& r, const QString& field)
{
    for (const FieldError& e : r.errors()) {
        if (e.field == field)
            return e.code;
    }
    return {};
}

void TestJsonReader::readsEveryType()
{
    JsonReader r(parse(R"({"s":"Zoë","b":true,"n":2.5,"i":42,"id":"6f1c2b0e-5d1a-4c8e-9a57-3e2d1f0b7a11",
                           "t":"2026-11-22T18:30:00.250+01:00","o":{"k":1},"a":[1,2],"sl":["x","y"],
                           "ids":["{6f1c2b0e-5d1a-4c8e-9a57-3e2d1f0b7a11}"],"v":null})"));
    QCOMPARE(r.string(QStringLiteral("s")), QStringLiteral("Zoë"));
    QCOMPARE(r.boolean(QStringLiteral("b")), true);
    QCOMPARE(r.number(QStringLiteral("n")), 2.5);
    QCOMPARE(r.integer(QStringLiteral("i")), qint64(42));
    QCOMPARE(r.uuid(QStringLiteral("id")), QUuid(QStringLiteral("6f1c2b0e-5d1a-4c8e-9a57-3e2d1f0b7a11")));
    const QDateTime t = r.time(QStringLiteral("t"));
    QCOMPARE(t.timeSpec(), Qt::UTC);
    QCOMPARE(t, QDateTime(QDate(2026, 11, 22), QTime(17, 30, 0, 250), Qt::UTC));
    QCOMPARE(r.object(QStringLiteral("o")).value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(r.array(QStringLiteral("a")).size(), 2);
    QCOMPARE(r.stringList(QStringLiteral("sl")), (QStringList{"x", "y"}));
    QCOMPARE(r.uuidList(QStringLiteral("ids")).size(), 1);
    QVERIFY(r.ok());
    r.rejectUnknown();
    QCOMPARE(codeFor(r, QStringLiteral("v")), QStringLiteral("unknown_field"));
}

void TestJsonReader::collectsAllErrorsWithPaths()
{
    JsonReader r(parse(R"({"city":5,"country":["DE"],"id":"nope","when":"yesterday","ids":["x"]})"),
                 QStringLiteral("address"));
    r.string(QStringLiteral("city"));
    r.string(QStringLiteral("country"));
    r.string(QStringLiteral("street"));
    r.uuid(QStringLiteral("id"));
    r.time(QStringLiteral("when"));
    r.uuidList(QStringLiteral("ids"));
    QCOMPARE(r.errors().size(), 6);
    QCOMPARE(codeFor(r, QStringLiteral("address.city")), QStringLiteral("invalid_type"));
    QCOMPARE(codeFor(r, QStringLiteral("address.country")), QStringLiteral("invalid_type"));
    QCOMPARE(codeFor(r, QStringLiteral("address.street")), QStringLiteral("required"));
    QCOMPARE(codeFor(r, QStringLiteral("address.id")), QStringLiteral("invalid_id"));
    QCOMPARE(codeFor(r, QStringLiteral("address.when")), QStringLiteral("invalid_time"));
    QCOMPARE(codeFor(r, QStringLiteral("address.ids[0]")), QStringLiteral("invalid_id"));
    for (const FieldError& e : r.errors())
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
}

void TestJsonReader::optionalAndNull()
{
    JsonReader r(parse(R"({"region":null,"name":null})"));
    QCOMPARE(r.string(QStringLiteral("region"), JsonReader::Optional, QStringLiteral("-")), QStringLiteral("-"));
    QCOMPARE(r.boolean(QStringLiteral("flag"), JsonReader::Optional, true), true);
    QVERIFY(!r.time(QStringLiteral("at"), JsonReader::Optional).isValid());
    QVERIFY(r.ok());
    r.string(QStringLiteral("name")); // null for a required field is "required"
    QCOMPARE(codeFor(r, QStringLiteral("name")), QStringLiteral("required"));
    QVERIFY(!r.has(QStringLiteral("region")));
}

void TestJsonReader::rejectsUnknownKeys()
{
    JsonReader r(parse(R"({"email":"a@b.example","isAdmin":true})"));
    r.string(QStringLiteral("email"));
    r.rejectUnknown();
    QCOMPARE(r.errors().size(), 1);
    QCOMPARE(r.errors().first().field, QStringLiteral("isAdmin"));
    QCOMPARE(r.errors().first().code, QStringLiteral("unknown_field"));
}

void TestJsonReader::enumerations()
{
    auto parseColour = [](const QString& s) -> std::optional<int> {
        if (s == QLatin1String("red"))
            return 1;
        return std::nullopt;
    };
    JsonReader r(parse(R"({"good":"red","bad":"blue"})"));
    QCOMPARE(r.enumeration<int>(QStringLiteral("good"), parseColour, {QStringLiteral("red")}), 1);
    QCOMPARE(r.enumeration<int>(QStringLiteral("bad"), parseColour, {QStringLiteral("red")}), std::nullopt);
    QCOMPARE(r.enumeration<int>(QStringLiteral("absent"), parseColour, {QStringLiteral("red")}, JsonReader::Optional),
             std::nullopt);
    QCOMPARE(r.errors().size(), 1);
    QCOMPARE(r.errors().first().code, QStringLiteral("invalid_value"));
    QVERIFY(r.errors().first().message.contains(QLatin1String("red")));
}

void TestJsonReader::integersMustBeWhole()
{
    JsonReader r(parse(R"({"a":1.5,"b":"3","c":1e300})"));
    QCOMPARE(r.integer(QStringLiteral("a")), std::nullopt);
    QCOMPARE(r.integer(QStringLiteral("b")), std::nullopt);
    QCOMPARE(r.integer(QStringLiteral("c")), std::nullopt);
    QCOMPARE(r.errors().size(), 3);
}

void TestJsonReader::uuidsAreStrict()
{
    const QString id = QStringLiteral("6f1c2b0e-5d1a-4c8e-9a57-3e2d1f0b7a11");
    QCOMPARE(parseUuid(id), QUuid(id));
    QCOMPARE(parseUuid(QLatin1Char('{') + id + QLatin1Char('}')), QUuid(id));
    QCOMPARE(parseUuid(id.toUpper()), QUuid(id));
    QVERIFY(parseUuid(id + QLatin1Char('x')).isNull());
    QVERIFY(parseUuid(QLatin1Char('{') + id + QStringLiteral("}x")).isNull());
    QVERIFY(parseUuid(QString(id).replace(8, 1, QLatin1Char('_'))).isNull());
    QVERIFY(parseUuid(QString(id).replace(0, 1, QLatin1Char('g'))).isNull());
    QVERIFY(parseUuid(QString(id).remove(QLatin1Char('-'))).isNull());
    QVERIFY(parseUuid(QString()).isNull());
    JsonReader r(QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("00"))}});
    QVERIFY(r.uuid(QStringLiteral("id")).isNull());
    QCOMPARE(r.errors().first().code, QStringLiteral("invalid_id"));
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
