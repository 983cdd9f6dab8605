// json::write(JsonWriter&, User) must parse to exactly what json::toJson(User) gives: the server
// answers pages of users through the writer and single users through toJson.
#include "JsonSamples.h"

#include <Json.h>
#include <JsonWriter.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace steward;
using namespace steward::jsonsamples;
using namespace Qt::StringLiterals;

namespace {

QJsonObject written(const User& user)
{
    QByteArray bytes;
    json::JsonWriter out(bytes);
    json::write(out, user);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return doc.object();
}

QString randomText(QRandomGenerator& random)
{
    // Every kind of character the escaping has to tell apart.
    static const QList<char32_t> pool{U'a',  U'Z',  U'0',      U' ',      U'"',    U'\\',   U'/',      U'\n',    U'\r',
                                      U'\t', U'\b', U'\f',     U'\x01',   U'\x1f', U'\x7f', U'é',      U'ß',     U'Ж',
                                      U'€',  U'中', U'\u2028', U'\uffff', U'🥐', U'𝄞',    U'\u00a0', U'\u0300'};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        const char32_t c = pool.at(random.bounded(pool.size()));
        text.append(QString::fromUcs4(&c, 1));
    }
    return text;
}

QDateTime randomTime(QRandomGenerator& random)
{
    if (random.bounded(5) == 0)
        return {};
    // 1970 to 2199, with leap days and the last millisecond of days among them.
    const qint64 ms = qint64(random.bounded(quint64(7258118400000))) - (random.bounded(10) == 0 ? 86400000 : 0);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesMatchToJson()
    {
        QCOMPARE(written(sampleUser()), json::toJson(sampleUser()));
        QCOMPARE(written(sparseUser()), json::toJson(sparseUser()));
    }

    void randomUsersMatchToJson()
    {
        QRandomGenerator random(20261122);
        for (int i = 0; i < 2000; ++i) {
            User u = sampleUser();
            u.id = random.bounded(8) == 0 ? QUuid() : QUuid::createUuid();
            u.companyId = random.bounded(4) == 0 ? QUuid() : QUuid::createUuid();
            u.email = randomText(random);
            u.username = randomText(random);
            u.firstName = randomText(random);
            u.lastName = randomText(random);
            u.state = UserState(random.bounded(4));
            u.emailVerifiedAt = randomTime(random);
            u.lastSignInAt = randomTime(random);
            u.createdAt = randomTime(random);
            u.updatedAt = randomTime(random);
            u.hasPassword = random.bounded(2);
            u.notifications = {bool(random.bounded(2)), bool(random.bounded(2)), bool(random.bounded(2))};
            u.customFields = {{randomText(random), randomText(random)}, {u"n"_s, double(random.bounded(100000)) / 8},
                              {u"big"_s, 9007199254740993.0},           {u"flag"_s, bool(random.bounded(2))},
                              {u"list"_s, QJsonArray{1, u"x"_s}},       {u"none"_s, QJsonValue()}};
            u.roles.resize(random.bounded(4));
            for (RoleAssignment& a : u.roles)
                a = {QUuid::createUuid(), randomText(random), bool(random.bounded(2))};
            u.orgUnitIds.resize(random.bounded(3));
            for (QUuid& unit : u.orgUnitIds)
                unit = QUuid::createUuid();
            u.version = qint64(random.generate64() >> 12);
            const QJsonObject expected = json::toJson(u);
            const QJsonObject actual = written(u);
            if (actual != expected) {
                qWarning("expected %s", QJsonDocument(expected).toJson(QJsonDocument::Compact).constData());
                qWarning("written  %s", QJsonDocument(actual).toJson(QJsonDocument::Compact).constData());
            }
            QCOMPARE(actual, expected);
        }
    }

    void timesAreIsoUtcWithMilliseconds()
    {
        QByteArray bytes;
        json::JsonWriter out(bytes);
        out.beginArray();
        out.time(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        out.time(QDateTime::fromMSecsSinceEpoch(951782400000 - 1, Qt::UTC)); // before 2000-02-29
        out.time(QDateTime::fromMSecsSinceEpoch(951782400000 + 86400000 - 1, Qt::UTC));
        out.time(QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC));
        out.time(QDateTime(QDate(2026, 11, 22), QTime(23, 30, 1, 7), Qt::OffsetFromUTC, 3600));
        out.time(QDateTime());
        out.endArray();
        QCOMPARE(bytes, QByteArray("[\"1970-01-01T00:00:00.000Z\",\"2000-02-28T23:59:59.999Z\","
                                   "\"2000-02-29T23:59:59.999Z\",\"1969-12-31T23:59:59.999Z\","
                                   "\"2026-11-22T22:30:01.007Z\",null]"));
    }

    void structureAndEscaping()
    {
        QByteArray bytes;
        json::JsonWriter out(bytes);
        out.beginObject();
        out.key("a"_L1).beginArray().value(qint64(-5)).value(true).null().beginObject().endObject().endArray();
        out.key("s"_L1).value(u"\"\\\n\x01/é🥐"_s);
        out.key("e"_L1).beginArray().endArray();
        out.endObject();
        QCOMPARE(
            bytes,
            QByteArray("{\"a\":[-5,true,null,{}],\"s\":\"\\\"\\\\\\n\\u0001/\xc3\xa9\xf0\x9f\xa5\x90\",\"e\":[]}"));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
