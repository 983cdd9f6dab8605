#include "Validation.h"

#include <QTest>

using namespace steward;

namespace {

// "field:code" for each error, so a failing comparison shows exactly which rules fired.
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

QStringList codes(const QString& field, std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* code : list)
        result.append(field + QLatin1Char(':') + QLatin1String(code));
    return result;
}

} // namespace

class TestNameValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personName_data();
    void personName();
    void username_data();
    void username();
    void usernameDefaultField();
    void text_data();
    void text();
};

void TestNameValidation::personName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    const QString f = QStringLiteral("firstName");
    const QStringList ok;

    QTest::newRow("plain") << QStringLiteral("Jane") << ok;
    QTest::newRow("accents") << QStringLiteral("Zoë José") << ok;
    QTest::newRow("combining mark") << QStringLiteral("Jose\u0301") << ok;
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << ok;
    QTest::newRow("typographic apostrophe") << QStringLiteral("O’Brien") << ok;
    QTest::newRow("hyphen") << QStringLiteral("Jean-Luc") << ok;
    QTest::newRow("period") << QStringLiteral("St. John") << ok;
    QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn Văn An") << ok;
    QTest::newRow("Cyrillic") << QStringLiteral("Мария") << ok;
    QTest::newRow("Chinese") << QStringLiteral("李小龍") << ok;
    QTest::newRow("Arabic") << QStringLiteral("محمد") << ok;
    QTest::newRow("Devanagari with marks") << QStringLiteral("अजय कुमार") << ok;
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral("  Jane  ") << ok;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << ok;
    QTest::newRow("100 characters after trimming") << QStringLiteral("  ") + QString(100, QLatin1Char('a')) << ok;

    QTest::newRow("empty") << QString() << codes(f, {"required"});
    QTest::newRow("only spaces") << QStringLiteral("   ") << codes(f, {"required"});
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << codes(f, {"too_long"});
    QTest::newRow("digit") << QStringLiteral("Jane2") << codes(f, {"invalid_characters"});
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("Jane\u0663") << codes(f, {"invalid_characters"});
    QTest::newRow("tab") << QStringLiteral("Jane\tDoe") << codes(f, {"invalid_characters"});
    QTest::newRow("line break") << QStringLiteral("Jane\nDoe") << codes(f, {"invalid_characters"});
    QTest::newRow("at sign") << QStringLiteral("Jane@Doe") << codes(f, {"invalid_characters"});
    QTest::newRow("emoji") << QStringLiteral("Jane 😀") << codes(f, {"invalid_characters"});
    QTest::newRow("underscore") << QStringLiteral("Jane_Doe") << codes(f, {"invalid_characters"});
    QTest::newRow("no letter") << QStringLiteral("- . '") << codes(f, {"invalid_format"});
    QTest::newRow("too long and a digit")
        << QString(100, QLatin1Char('a')) + QLatin1Char('1') << codes(f, {"too_long", "invalid_characters"});
}

void TestNameValidation::personName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(validatePersonName(name, QStringLiteral("firstName"))), expected);
}

void TestNameValidation::username_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QStringList>("expected");
    const QString f = QStringLiteral("account.username");
    const QStringList ok;

    QTest::newRow("letters") << QStringLiteral("jane") << ok;
    QTest::newRow("upper case allowed") << QStringLiteral("Jane.Doe") << ok;
    QTest::newRow("all allowed symbols") << QStringLiteral("j_d-1.x") << ok;
    QTest::newRow("starts with digit") << QStringLiteral("007") << ok;
    QTest::newRow("3 characters") << QStringLiteral("abc") << ok;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('z')) << ok;
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral(" jane ") << ok;

    QTest::newRow("empty") << QString() << codes(f, {"required"});
    QTest::newRow("2 characters") << QStringLiteral("ab") << codes(f, {"too_short"});
    QTest::newRow("65 characters") << QString(65, QLatin1Char('z')) << codes(f, {"too_long"});
    QTest::newRow("space") << QStringLiteral("jane doe") << codes(f, {"invalid_characters"});
    QTest::newRow("accent") << QStringLiteral("jané") << codes(f, {"invalid_characters"});
    QTest::newRow("at sign") << QStringLiteral("jane@example") << codes(f, {"invalid_characters"});
    QTest::newRow("starts with underscore") << QStringLiteral("_jane") << codes(f, {"invalid_format"});
    QTest::newRow("starts with dot") << QStringLiteral(".jane") << codes(f, {"invalid_format"});
    QTest::newRow("starts with hyphen") << QStringLiteral("-jane") << codes(f, {"invalid_format"});
    QTest::newRow("short and bad character") << QStringLiteral("a!") << codes(f, {"too_short", "invalid_characters"});
}

void TestNameValidation::username()
{
    QFETCH(QString, username);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(validateUsername(username, QStringLiteral("account.username"))), expected);
}

void TestNameValidation::usernameDefaultField()
{
    QCOMPARE(describe(validateUsername(QStringLiteral("x"))), QStringList{QStringLiteral("username:too_short")});
}

void TestNameValidation::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QStringList>("expected");
    const QString f = QStringLiteral("company.name");
    const QStringList ok;

    QTest::newRow("plain") << QStringLiteral("Acme GmbH & Co. KG") << 100 << true << ok;
    QTest::newRow("any characters but controls") << QStringLiteral("Ärzte 24/7 — «Санитас» 😀") << 100 << true << ok;
    QTest::newRow("exactly max") << QStringLiteral("abcde") << 5 << true << ok;
    QTest::newRow("max counts after trimming") << QStringLiteral("  abcde  ") << 5 << true << ok;
    QTest::newRow("max counts code points") << QStringLiteral("😀😀😀") << 3 << true << ok;
    QTest::newRow("optional and empty") << QString() << 10 << false << ok;
    QTest::newRow("optional and blank") << QStringLiteral("  ") << 10 << false << ok;

    QTest::newRow("required and empty") << QString() << 10 << true << codes(f, {"required"});
    QTest::newRow("required and blank") << QStringLiteral(" \t ") << 10 << true << codes(f, {"required"});
    QTest::newRow("over max") << QStringLiteral("abcdef") << 5 << true << codes(f, {"too_long"});
    QTest::newRow("optional over max") << QStringLiteral("abcdef") << 5 << false << codes(f, {"too_long"});
    QTest::newRow("line break") << QStringLiteral("Acme\nGmbH") << 100 << true << codes(f, {"invalid_characters"});
    QTest::newRow("tab") << QStringLiteral("Acme\tGmbH") << 100 << true << codes(f, {"invalid_characters"});
    QTest::newRow("NUL") << QStringLiteral("Acme") + QChar(0) + QStringLiteral("GmbH") << 100 << true
                         << codes(f, {"invalid_characters"});
    QTest::newRow("line separator") << QStringLiteral("Acme\u2028GmbH") << 100 << true
                                    << codes(f, {"invalid_characters"});
    QTest::newRow("over max with a control")
        << QStringLiteral("abc\u0007def") << 5 << true << codes(f, {"too_long", "invalid_characters"});
}

void TestNameValidation::text()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(bool, required);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(validateText(text, QStringLiteral("company.name"), maxLength, required)), expected);
}

QTEST_APPLESS_MAIN(TestNameValidation)
#include "tst_namevalidation.moc"
