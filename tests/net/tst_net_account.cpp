// My Account through the job layer against a real steward-server: reading the account with its
// ETag, changing it with If-Match (and the stale case), changing the password with the policy's
// field errors, and asking for an email change.
#include "NetTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <net/CertificateTrust.h>
#include <net/ServerConnection.h>
#include <net/SettingsTrustStore.h>
#include <net/jobs/ChangePasswordJob.h>
#include <net/jobs/EmailChangeJob.h>
#include <net/jobs/LoginJob.h>
#include <net/jobs/MeJob.h>
#include <net/jobs/UpdateMeJob.h>

using namespace steward;
using namespace steward::net;
using namespace steward::test;
using Failure = ApiResult::Failure;

class TestNetAccount : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SettingsTrustStore> m_store;
    std::unique_ptr<CertificateTrust> m_trust;
    int m_accounts = 0;

    // A fresh company owner, signed in on a new connection.
    std::unique_ptr<ServerConnection> signedIn(Scenario::Account* account)
    {
        // Letters only: the suffix ends up in the owner's last name.
        *account = m_scenario->createCompany(QStringLiteral("Acc") + QChar(u'A' + m_accounts++));
        auto connection = std::make_unique<ServerConnection>(QUrl(m_server->baseUrl()), m_trust.get());
        LoginJob login(connection.get(), account->email, account->password);
        if (runJob(&login).ok())
            connection->setToken(login.token());
        return connection;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("net_account"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_scenario = std::make_unique<Scenario>(*m_server);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
        m_store = std::make_unique<SettingsTrustStore>(m_settings.get());
        m_trust = std::make_unique<CertificateTrust>(m_store.get());
        QVERIFY(m_trust->addCaFile(m_server->caFile()));
    }

    void readAndUpdateWithIfMatch()
    {
        Scenario::Account account;
        auto connection = signedIn(&account);
        QVERIFY(connection->hasToken());
        MeJob me(connection.get());
        QVERIFY2(runJob(&me).ok(), qPrintable(me.result().message));
        QCOMPARE(me.user().email, account.email);
        QCOMPARE(me.user().id.toString(QUuid::WithoutBraces), account.id);
        QVERIFY(!me.etag().isEmpty());

        UpdateMeJob update(connection.get(), me.etag());
        update.setUsername(QStringLiteral("olga.acc"));
        update.setNotifications({false, true, true});
        const ApiResult result = runJob(&update);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(update.user().username, QStringLiteral("olga.acc"));
        QVERIFY(update.user().notifications == (NotificationPreferences{false, true, true}));
        QCOMPARE(update.user().version, me.user().version + 1);
        QVERIFY(update.etag() != me.etag());

        // The ETag read before that change is stale now: 412 with the server's explanation.
        UpdateMeJob stale(connection.get(), me.etag());
        stale.setLanguage(Language::French);
        const ApiResult staleResult = runJob(&stale);
        QVERIFY(staleResult.failure == Failure::Http);
        QCOMPARE(staleResult.status, 412);
        QCOMPARE(staleResult.code(), QStringLiteral("precondition_failed"));
        QVERIFY(!staleResult.message.isEmpty());
        QCOMPARE(stale.attempts(), 1); // a PATCH is never sent twice

        UpdateMeJob invalid(connection.get(), update.etag());
        invalid.setUsername(QStringLiteral(".bad"));
        const ApiResult invalidResult = runJob(&invalid);
        QCOMPARE(invalidResult.status, 422);
        QVERIFY(!invalidResult.fieldErrors.value(QStringLiteral("username")).isEmpty());
    }

    void changePasswordReportsThePolicyPerField()
    {
        Scenario::Account account;
        auto connection = signedIn(&account);

        ChangePasswordJob weak(connection.get(), account.password, QStringLiteral("short"));
        const ApiResult weakResult = runJob(&weak);
        QCOMPARE(weakResult.status, 422);
        QVERIFY2(weakResult.fieldErrors.contains(QStringLiteral("newPassword")),
                 qPrintable(weakResult.fieldErrors.keys().join(u',')));
        QVERIFY(weakResult.fieldErrorCodes(QStringLiteral("newPassword")).contains(QStringLiteral("too_short")));
        QVERIFY(!weakResult.fieldErrors.value(QStringLiteral("newPassword")).first().isEmpty());

        ChangePasswordJob wrong(connection.get(), QStringLiteral("not-my-password"),
                                QStringLiteral("A-Fine-New-Pass-77"));
        const ApiResult wrongResult = runJob(&wrong);
        QCOMPARE(wrongResult.status, 422);
        QCOMPARE(wrongResult.fieldErrorCodes(QStringLiteral("currentPassword")),
                 QStringList{QStringLiteral("wrong_password")});

        const QString newPassword = QStringLiteral("A-Fine-New-Pass-77");
        ChangePasswordJob change(connection.get(), account.password, newPassword);
        const ApiResult changed = runJob(&change);
        QVERIFY2(changed.ok(), qPrintable(changed.message));
        QCOMPARE(changed.status, 204);

        // Every session ended, this one too: the next call asks for a sign-in.
        QSignalSpy expired(connection.get(), &ServerConnection::sessionExpired);
        MeJob me(connection.get());
        me.setAutoDelete(false);
        me.start();
        QVERIFY(expired.wait(30000));
        LoginJob login(connection.get(), account.email, newPassword);
        QVERIFY(runJob(&login).ok());
        QSignalSpy finished(&me, &ApiJob::finished);
        connection->setToken(login.token());
        QVERIFY(finished.wait(30000));
        QVERIFY(me.result().ok());
    }

    void emailChangeIsRequested()
    {
        Scenario::Account account;
        auto connection = signedIn(&account);

        EmailChangeJob wrong(connection.get(), QStringLiteral("new.acc@example.org"), QStringLiteral("nope-nope-nope"));
        const ApiResult wrongResult = runJob(&wrong);
        QCOMPARE(wrongResult.status, 422);
        QCOMPARE(wrongResult.fieldErrorCodes(QStringLiteral("password")),
                 QStringList{QStringLiteral("wrong_password")});

        EmailChangeJob same(connection.get(), account.email, account.password);
        QCOMPARE(runJob(&same).fieldErrorCodes(QStringLiteral("newEmail")), QStringList{QStringLiteral("unchanged")});

        EmailChangeJob request(connection.get(), QStringLiteral("new.acc@example.org"), account.password);
        const ApiResult result = runJob(&request);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.status, 202);
        QVERIFY(request.serverDetail().contains(QLatin1String("new.acc@example.org")));
    }
};

QTEST_GUILESS_MAIN(TestNetAccount)
#include "tst_net_account.moc"
