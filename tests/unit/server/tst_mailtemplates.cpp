// The emails in every language: nothing missing, the same placeholders as English, HTML escaped,
// and a message built for SMTP that survives non-ASCII subjects.
#include "mail/MailTemplates.h"
#include "mail/MimeMessage.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace steward;
using namespace steward::server;

class TestMailTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTemplateInEveryLanguage();
    void placeholdersMatchEnglish_data();
    void placeholdersMatchEnglish();
    void renderFillsAndEscapes();
    void mimeMessage();
};

static const QStringList kExpected{QStringLiteral("account-deactivated"), QStringLiteral("email-change-confirm"),
                                   QStringLiteral("email-change-notice"), QStringLiteral("invitation"),
                                   QStringLiteral("invitation-accepted"), QStringLiteral("password-changed"),
                                   QStringLiteral("password-reset"),      QStringLiteral("sessions-revoked"),
                                   QStringLiteral("set-password"),        QStringLiteral("verify-email")};
// Notices with nothing to click: their link parameter, if any, is not shown.
static const QStringList kWithoutAction{QStringLiteral("account-deactivated"), QStringLiteral("invitation-accepted"),
                                        QStringLiteral("sessions-revoked")};

static QJsonObject allParameters()
{
    return {{QStringLiteral("name"), QStringLiteral("Zoë <b>O'Hara</b>")},
            {QStringLiteral("platform"), QStringLiteral("Steward & Co")},
            {QStringLiteral("company"), QStringLiteral("Acme \"GmbH\"")},
            {QStringLiteral("inviter"), QStringLiteral("Ana García")},
            {QStringLiteral("invitee"), QStringLiteral("Lena Brandt")},
            {QStringLiteral("inviteeEmail"), QStringLiteral("lena@example.com")},
            {QStringLiteral("hours"), 24},
            {QStringLiteral("days"), 7},
            {QStringLiteral("email"), QStringLiteral("zoe@example.com")},
            {QStringLiteral("newEmail"), QStringLiteral("new@example.com")},
            {QStringLiteral("oldEmail"), QStringLiteral("old@example.com")},
            {QStringLiteral("time"), QStringLiteral("22.11.2026 18:00 UTC")},
            {QStringLiteral("link"), QStringLiteral("https://steward.example/account/set-password?token=a&b=<c>")}};
}

void TestMailTemplates::everyTemplateInEveryLanguage()
{
    QCOMPARE(MailTemplates::templateNames(), kExpected);
    for (Language language : allLanguages()) {
        const QJsonObject file = MailTemplates::languageFile(language);
        QCOMPARE(file.value(QStringLiteral("language")).toString(), languageCode(language));
        const QJsonObject templates = file.value(QStringLiteral("templates")).toObject();
        QCOMPARE(templates.keys(), kExpected);
        for (const QString& name : kExpected) {
            const QJsonObject t = templates.value(name).toObject();
            QVERIFY2(!t.value(QStringLiteral("subject")).toString().isEmpty(), qPrintable(name));
            QVERIFY2(!t.value(QStringLiteral("paragraphs")).toArray().isEmpty(), qPrintable(name));
            QVERIFY2(!t.value(QStringLiteral("note")).toString().isEmpty(), qPrintable(name));
        }
    }
}

void TestMailTemplates::placeholdersMatchEnglish_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    for (Language language : allLanguages()) {
        if (language == Language::English)
            continue;
        QTest::addRow("layout %s", qPrintable(languageCode(language))) << QString() << languageCode(language);
        for (const QString& name : kExpected)
            QTest::addRow("%s %s", qPrintable(name), qPrintable(languageCode(language)))
                << name << languageCode(language);
    }
}

void TestMailTemplates::placeholdersMatchEnglish()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const Language lang = *languageFromCode(language);
    if (name.isEmpty())
        QCOMPARE(MailTemplates::layoutPlaceholders(lang), MailTemplates::layoutPlaceholders(Language::English));
    else
        QCOMPARE(MailTemplates::placeholders(name, lang), MailTemplates::placeholders(name, Language::English));
}

void TestMailTemplates::renderFillsAndEscapes()
{
    for (Language language : allLanguages()) {
        for (const QString& name : kExpected) {
            const RenderedMail mail = MailTemplates::render(name, language, allParameters());
            const QString where = name + QLatin1Char('/') + languageCode(language);
            QVERIFY2(!mail.subject.contains(QLatin1Char('{')), qPrintable(where));
            QVERIFY2(!mail.text.contains(QRegularExpression(QStringLiteral("\\{[a-zA-Z]+\\}"))), qPrintable(where));
            QVERIFY2(!mail.html.contains(QRegularExpression(QStringLiteral("\\{[a-zA-Z]+\\}"))), qPrintable(where));
            // Parameters are text: never markup in the HTML part.
            QVERIFY2(!mail.html.contains(QLatin1String("<b>O'Hara</b>")), qPrintable(where));
            QVERIFY2(mail.text.contains(QStringLiteral("Zoë <b>O'Hara</b>")), qPrintable(where));
            QVERIFY(mail.html.contains(QLatin1String("lang=\"") + languageCode(language)));
            if (!kWithoutAction.contains(name)) {
                QVERIFY2(mail.text.contains(allParameters().value(QStringLiteral("link")).toString()),
                         qPrintable(where));
                QVERIFY2(mail.html.contains(QLatin1String("token=a&amp;b=&lt;c&gt;")), qPrintable(where));
            }
        }
    }
    const RenderedMail spanish =
        MailTemplates::render(QStringLiteral("set-password"), Language::Spanish, allParameters());
    const RenderedMail english =
        MailTemplates::render(QStringLiteral("set-password"), Language::English, allParameters());
    QVERIFY(spanish.subject != english.subject);
    QVERIFY(spanish.html.contains(QStringLiteral("Zoë &lt;b&gt;O&#x27;Hara&lt;/b&gt;")) ||
            spanish.html.contains(QStringLiteral("Zoë &lt;b&gt;O'Hara&lt;/b&gt;")));
}

void TestMailTemplates::mimeMessage()
{
    MailEnvelope e;
    e.from = QStringLiteral("Стюард <no-reply@steward.example>");
    e.to = QStringLiteral("olga@example.ru");
    e.messageId = QStringLiteral("<abc@steward>");
    e.date = QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC);
    e.content = MailTemplates::render(QStringLiteral("password-reset"), Language::Russian, allParameters());
    const QByteArray m = buildMimeMessage(e);
    QVERIFY(m.contains("Subject: =?UTF-8?B?"));
    QVERIFY(m.contains("From: =?UTF-8?B?"));
    QVERIFY(m.contains(" <no-reply@steward.example>\r\n"));
    QVERIFY(m.contains("Message-ID: <abc@steward>\r\n"));
    QVERIFY(m.contains("Date: Sun, 22 Nov 2026 18:00:00 +0000\r\n"));
    QVERIFY(m.contains("multipart/alternative"));
    QVERIFY(m.contains("Content-Type: text/plain; charset=utf-8"));
    QVERIFY(m.contains("Content-Type: text/html; charset=utf-8"));
    for (const QByteArray& line : m.split('\n'))
        QVERIFY2(line.size() <= 999, line.left(80).constData());
    // The encoded subject decodes back to the original.
    const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="));
    const qsizetype start = m.indexOf("Subject: ");
    const QString header = QString::fromLatin1(m.mid(start, m.indexOf("\r\nDate:") - start));
    QByteArray decoded;
    for (auto it = word.globalMatch(header); it.hasNext();)
        decoded += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    QCOMPARE(QString::fromUtf8(decoded), e.content.subject);
    QCOMPARE(encodeHeaderValue(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
    QCOMPARE(addressOf(QStringLiteral("Name <a@b.example>")), QStringLiteral("a@b.example"));
}

QTEST_APPLESS_MAIN(TestMailTemplates)
#include "tst_mailtemplates.moc"
