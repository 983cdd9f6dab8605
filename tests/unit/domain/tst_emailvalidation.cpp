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

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

// 64 + 1 + 189 = 254 octets when extraLength is 0.
QString longestAddress(int extraLength)
{
    return repeated('a', 64) + QLatin1Char('@') + repeated('b', 63) + QLatin1Char('.') + repeated('c', 63) +
           QLatin1Char('.') + repeated('d', 57 + extraLength) + QStringLiteral(".com");
}

} // namespace

class TestEmailValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void usesTheGivenFieldName();
    void normalizes_data();
    void normalizes();
};

void TestEmailValidation::accepts_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("simple") << QStringLiteral("jane@example.com");
    QTest::newRow("dots and subdomains") << QStringLiteral("jane.q.doe@mail.example.co.uk");
    QTest::newRow("plus tag") << QStringLiteral("jane+news@example.com");
    QTest::newRow("all ASCII atext") << QStringLiteral("!#$%&'*+-/=?^_`{|}~@example.com");
    QTest::newRow("upper case") << QStringLiteral("Jane.Doe@Example.COM");
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral("  jane@example.com \t");
    QTest::newRow("digits and hyphens in labels") << QStringLiteral("a1@my-host.123.example");
    QTest::newRow("IDN domain") << QStringLiteral("jane@münchen.de");
    QTest::newRow("IDN domain in ACE form") << QStringLiteral("jane@xn--mnchen-3ya.de");
    QTest::newRow("IDN TLD") << QStringLiteral("user@пример.рф");
    QTest::newRow("Japanese domain") << QStringLiteral("user@例え.テスト");
    QTest::newRow("Latin accents in local part") << QStringLiteral("pelé.müller@example.com");
    QTest::newRow("Greek address") << QStringLiteral("δοκιμή@παράδειγμα.δοκιμή");
    QTest::newRow("Chinese address") << QStringLiteral("用户@例子.广告");
    QTest::newRow("Devanagari with combining marks") << QStringLiteral("अजय@डाटा.भारत");
    QTest::newRow("local part of 64 octets") << repeated('a', 64) + QStringLiteral("@example.com");
    QTest::newRow("63-character label") << QStringLiteral("a@") + repeated('b', 63) + QStringLiteral(".com");
    QTest::newRow("254 octets") << longestAddress(0);
}

void TestEmailValidation::accepts()
{
    QFETCH(QString, email);
    QCOMPARE(describe(validateEmail(email)), QStringList());
}

void TestEmailValidation::rejects_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("code");

    const QString required = QStringLiteral("required");
    const QString format = QStringLiteral("invalid_format");
    const QString characters = QStringLiteral("invalid_characters");
    const QString tooLong = QStringLiteral("too_long");

    QTest::newRow("empty") << QString() << required;
    QTest::newRow("only spaces") << QStringLiteral("   ") << required;
    QTest::newRow("no @") << QStringLiteral("jane.example.com") << format;
    QTest::newRow("no local part") << QStringLiteral("@example.com") << format;
    QTest::newRow("no domain") << QStringLiteral("jane@") << format;
    QTest::newRow("leading dot") << QStringLiteral(".jane@example.com") << format;
    QTest::newRow("trailing dot") << QStringLiteral("jane.@example.com") << format;
    QTest::newRow("consecutive dots") << QStringLiteral("ja..ne@example.com") << format;
    QTest::newRow("quoted string") << QStringLiteral("\"jane doe\"@example.com") << characters;
    QTest::newRow("space in local part") << QStringLiteral("jane doe@example.com") << characters;
    QTest::newRow("two @") << QStringLiteral("jane@doe@example.com") << characters;
    QTest::newRow("comment") << QStringLiteral("jane(work)@example.com") << characters;
    QTest::newRow("backslash") << QStringLiteral("ja\\ne@example.com") << characters;
    QTest::newRow("emoji in local part") << QStringLiteral("jane😀@example.com") << characters;
    QTest::newRow("control character") << QStringLiteral("ja\u0001ne@example.com") << characters;
    QTest::newRow("single label") << QStringLiteral("jane@localhost") << format;
    QTest::newRow("IPv4 literal") << QStringLiteral("jane@[192.168.0.1]") << format;
    QTest::newRow("IPv6 literal") << QStringLiteral("jane@[IPv6:2001:db8::1]") << format;
    QTest::newRow("bare IPv4 address") << QStringLiteral("jane@192.168.0.1") << format;
    QTest::newRow("numeric TLD") << QStringLiteral("jane@example.123") << format;
    QTest::newRow("label starts with hyphen") << QStringLiteral("jane@-example.com") << format;
    QTest::newRow("label ends with hyphen") << QStringLiteral("jane@example-.com") << format;
    QTest::newRow("underscore in domain") << QStringLiteral("jane@exa_mple.com") << format;
    QTest::newRow("empty label") << QStringLiteral("jane@example..com") << format;
    QTest::newRow("leading dot in domain") << QStringLiteral("jane@.example.com") << format;
    QTest::newRow("trailing dot in domain") << QStringLiteral("jane@example.com.") << format;
    QTest::newRow("space in domain") << QStringLiteral("jane@exa mple.com") << format;
    QTest::newRow("symbol in domain") << QStringLiteral("jane@exa!mple.com") << format;
    QTest::newRow("bogus punycode") << QStringLiteral("jane@xn--abc.com") << format;
    QTest::newRow("64-character label") << QStringLiteral("a@") + repeated('b', 64) + QStringLiteral(".com") << format;
    QTest::newRow("local part of 65 octets") << repeated('a', 65) + QStringLiteral("@example.com") << tooLong;
    // 33 characters, but 66 octets in UTF-8: the limit is in octets.
    QTest::newRow("local part of 66 UTF-8 octets")
        << QString(33, QChar(0x00E9)) + QStringLiteral("@example.com") << tooLong;
    QTest::newRow("255 octets") << longestAddress(1) << tooLong;
}

void TestEmailValidation::rejects()
{
    QFETCH(QString, email);
    QFETCH(QString, code);
    QCOMPARE(describe(validateEmail(email)), QStringList{QStringLiteral("email:") + code});
}

void TestEmailValidation::usesTheGivenFieldName()
{
    QCOMPARE(describe(validateEmail(QStringLiteral("nope"), QStringLiteral("invitee.email"))),
             QStringList{QStringLiteral("invitee.email:invalid_format")});
    QCOMPARE(describe(validateEmail(QString(), QStringLiteral("newEmail"))),
             QStringList{QStringLiteral("newEmail:required")});
}

void TestEmailValidation::normalizes_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("already normal") << QStringLiteral("jane@example.com") << QStringLiteral("jane@example.com");
    QTest::newRow("trims, lowers the domain, keeps the local part")
        << QStringLiteral("  Jane.Doe@Example.COM ") << QStringLiteral("Jane.Doe@example.com");
    QTest::newRow("ACE domain to Unicode")
        << QStringLiteral("jane@XN--MNCHEN-3YA.DE") << QStringLiteral("jane@münchen.de");
    QTest::newRow("Unicode domain lower-cased")
        << QStringLiteral("jane@MÜNCHEN.DE") << QStringLiteral("jane@münchen.de");
    QTest::newRow("domain outside Qt's IDN whitelist")
        << QStringLiteral("user@XN--R8JZ45G.XN--ZCKZAH") << QStringLiteral("user@例え.テスト");
    QTest::newRow("Unicode local part kept")
        << QStringLiteral("Δοκιμή@Example.com") << QStringLiteral("Δοκιμή@example.com");
    QTest::newRow("no @: only trimmed") << QStringLiteral(" Not-An-Email ") << QStringLiteral("Not-An-Email");
}

void TestEmailValidation::normalizes()
{
    QFETCH(QString, email);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeEmail(email), normalized);
    QCOMPARE(normalizeEmail(normalizeEmail(email)), normalized);
}

QTEST_APPLESS_MAIN(TestEmailValidation)
#include "tst_emailvalidation.moc"
