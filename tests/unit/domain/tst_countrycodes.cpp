#include "Validation.h"

#include <QTest>

using namespace steward;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactly249CodesAreAssigned();
    void assigned_data();
    void assigned();
    void notAssigned_data();
    void notAssigned();
    void validate_data();
    void validate();
};

void TestCountryCodes::exactly249CodesAreAssigned()
{
    int count = 0;
    for (char first = 'A'; first <= 'Z'; ++first) {
        for (char second = 'A'; second <= 'Z'; ++second) {
            const char letters[] = {first, second};
            const QString code = QString::fromLatin1(letters, 2);
            if (isAssignedCountryCode(code))
                ++count;
        }
    }
    QCOMPARE(count, 249);
}

void TestCountryCodes::assigned_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code : {"AD", "AX", "AQ", "BQ", "BV", "CW", "DE", "EH", "ES", "FR", "GB", "HM",
                             "JP", "MF", "PS", "RU", "SS", "SX", "TL", "UM", "US", "VA", "ZW"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestCountryCodes::assigned()
{
    QFETCH(QString, code);
    QVERIFY(isAssignedCountryCode(code));
    QCOMPARE(validateCountryCode(code), FieldErrors());
}

void TestCountryCodes::notAssigned_data()
{
    QTest::addColumn<QString>("code");
    // User-assigned (XK, QM, AA, ZZ), exceptionally reserved (UK, EU, AC, EA, IC, TA, DG, UN),
    // transitionally reserved (AN, YU, CS), never used (OO) and malformed values.
    for (const char* code : {"XK", "QM", "AA", "ZZ", "XX", "UK", "EU", "AC",  "EA", "IC", "TA", "DG",
                             "UN", "AN", "YU", "CS", "OO", "de", "De", "DEU", "D",  "",   " DE"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestCountryCodes::notAssigned()
{
    QFETCH(QString, code);
    QVERIFY(!isAssignedCountryCode(code));
}

void TestCountryCodes::validate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("assigned") << QStringLiteral("ES") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("required");
    QTest::newRow("lower case") << QStringLiteral("de") << QStringLiteral("invalid_format");
    QTest::newRow("alpha-3") << QStringLiteral("DEU") << QStringLiteral("invalid_format");
    QTest::newRow("one letter") << QStringLiteral("D") << QStringLiteral("invalid_format");
    QTest::newRow("digit") << QStringLiteral("D1") << QStringLiteral("invalid_format");
    QTest::newRow("padded") << QStringLiteral(" DE") << QStringLiteral("invalid_format");
    QTest::newRow("non-ASCII letters") << QStringLiteral("DÉ") << QStringLiteral("invalid_format");
    QTest::newRow("Kosovo (user-assigned)") << QStringLiteral("XK") << QStringLiteral("unknown_country");
    QTest::newRow("UK (reserved)") << QStringLiteral("UK") << QStringLiteral("unknown_country");
    QTest::newRow("EU (reserved)") << QStringLiteral("EU") << QStringLiteral("unknown_country");
    QTest::newRow("never assigned") << QStringLiteral("OO") << QStringLiteral("unknown_country");
}

void TestCountryCodes::validate()
{
    QFETCH(QString, code);
    QFETCH(QString, expectedCode);
    const FieldErrors errors = validateCountryCode(code, QStringLiteral("address.country"));
    if (expectedCode.isEmpty()) {
        QCOMPARE(errors, FieldErrors());
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("address.country"));
    QCOMPARE(errors.first().code, expectedCode);
    QVERIFY(errors.first().message.endsWith(QLatin1Char('.')));
    QCOMPARE(validateCountryCode(code).first().field, QStringLiteral("country"));
}

QTEST_APPLESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
