#include "Validation.h"

#include <QTest>

using namespace steward;

namespace {

QStringList describe(const FieldErrors& errors)
{
    QStringList result;
    for (const FieldError& error : errors) {
        result.append(error.field + QLatin1Char(':') + error.code);
        if (error.message.isEmpty() || !error.message.endsWith(QLatin1Char('.')))
            result.append(QStringLiteral("bad message: ") + error.message);
    }
    return result;
}

QStringList codes(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* code : list)
        result.append(QStringLiteral("newPassword:") + QLatin1String(code));
    return result;
}

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data();
    void policy();
    void defaultFieldName();
    void tooShortMessageNamesTheRule();
    void commonPasswords_data();
    void commonPasswords();
};

void TestPasswordPolicy::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("expected");
    const QString email = QStringLiteral("Jane.Doe@example.com");
    const QStringList ok;

    QTest::newRow("good passphrase") << QStringLiteral("violet-tandem-orbit") << email << ok;
    QTest::newRow("exactly 10 characters") << QStringLiteral("k9#Lm2$xQ1") << email << ok;
    QTest::newRow("exactly 256 characters") << QString(256, QLatin1Char('x')) << email << ok;
    QTest::newRow("10 emoji are 10 characters") << QStringLiteral("🔒🌵🔒🌵🔒🌵🔒🌵🔒🌵") << email << ok;
    QTest::newRow("without an email") << QStringLiteral("violet-tandem-orbit") << QString() << ok;
    QTest::newRow("short local part may appear")
        << QStringLiteral("jd-violet-tandem") << QStringLiteral("jd@example.com") << ok;
    QTest::newRow("domain may appear") << QStringLiteral("example.com-violet") << email << ok;
    QTest::newRow("spaces are kept and count") << QStringLiteral(" password ") << email << ok;

    QTest::newRow("empty") << QString() << email << codes({"required"});
    QTest::newRow("9 characters") << QStringLiteral("k9#Lm2$xQ") << email << codes({"too_short"});
    QTest::newRow("5 emoji are 10 UTF-16 units but 5 characters")
        << QStringLiteral("🔒🌵🔒🌵🔒") << email << codes({"too_short"});
    QTest::newRow("257 characters") << QString(257, QLatin1Char('x')) << email << codes({"too_long"});
    QTest::newRow("common") << QStringLiteral("qwertyuiop") << email << codes({"common_password"});
    QTest::newRow("common, other case") << QStringLiteral("PassWord123") << email << codes({"common_password"});
    QTest::newRow("short and common") << QStringLiteral("password") << email << codes({"too_short", "common_password"});
    QTest::newRow("contains local part") << QStringLiteral("my-jane.doe-secret") << email << codes({"contains_email"});
    QTest::newRow("contains local part, other case")
        << QStringLiteral("XX-JANE.DOE-XX") << email << codes({"contains_email"});
    QTest::newRow("3-character local part")
        << QStringLiteral("violet-bob-orbit") << QStringLiteral("bob@example.com") << codes({"contains_email"});
    QTest::newRow("email typed without domain")
        << QStringLiteral("violet-bob-orbit") << QStringLiteral(" bob ") << codes({"contains_email"});
    QTest::newRow("short, common and the email") << QStringLiteral("iloveyou") << QStringLiteral("love@example.com")
                                                 << codes({"too_short", "common_password", "contains_email"});
}

void TestPasswordPolicy::policy()
{
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(validatePassword(password, email, QStringLiteral("newPassword"))), expected);
}

void TestPasswordPolicy::defaultFieldName()
{
    QCOMPARE(describe(validatePassword(QStringLiteral("short"), QString())),
             QStringList{QStringLiteral("password:too_short")});
}

void TestPasswordPolicy::tooShortMessageNamesTheRule()
{
    const FieldErrors errors = validatePassword(QStringLiteral("short"), QString());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("Must be at least 10 characters."));
}

void TestPasswordPolicy::commonPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("common");
    for (const char* password : {"password",   "password123", "PASSWORD123", "Password1",  "p@ssw0rd",   "123456",
                                 "1234567890", "0987654321",  "qwertyuiop",  "QWERTYUIOP", "1q2w3e4r5t", "zaq12wsx",
                                 "asdfghjkl",  "iloveyou",    "letmein",     "welcome123", "dragon",     "monkey",
                                 "summer2024", "starwars",    "aaaaaaaaaa",  "1111111111"})
        QTest::newRow(password) << QString::fromLatin1(password) << true;
    QTest::newRow("non-ASCII entry, upper case") << QStringLiteral("CONTRASEÑA") << true;
    for (const char* password : {"violet-tandem-orbit", "k9#Lm2$xQ1", "password-but-longer-and-odd", "", " password"})
        QTest::newRow(password) << QString::fromLatin1(password) << false;
}

void TestPasswordPolicy::commonPasswords()
{
    QFETCH(QString, password);
    QFETCH(bool, common);
    QCOMPARE(isCommonPassword(password), common);
}

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
