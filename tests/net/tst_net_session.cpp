// Signing in and out through the job layer against a real steward-server over HTTPS: the token,
// the server's own messages for wrong credentials and lockout, a session that ends while the user
// works (the request waits and is resent after the new sign-in), and lists with search.
#include "NetTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <net/CertificateTrust.h>
#include <net/ServerConnection.h>
#include <net/SettingsTrustStore.h>
#include <net/jobs/ForgotPasswordJob.h>
#include <net/jobs/ListJob.h>
#include <net/jobs/LoginJob.h>
#include <net/jobs/LogoutJob.h>
#include <net/jobs/MeJob.h>
#include <net/jobs/UpdateMeJob.h>

using namespace steward;
using namespace steward::net;
using namespace steward::test;
using Failure = ApiResult::Failure;

class TestNetSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SettingsTrustStore> m_store;
    std::unique_ptr<CertificateTrust> m_trust;

    std::unique_ptr<ServerConnection> connect() const
    {
        return std::make_unique<ServerConnection>(QUrl(m_server->baseUrl()), m_trust.get());
    }

    QString signIn(ServerConnection& connection, const QString& email, const QString& password)
    {
        LoginJob login(&connection, email, password);
        const ApiResult result = runJob(&login);
        if (!result.ok())
            return {};
        connection.setToken(login.token());
        return login.token();
    }

    QString adminEmail() const { return QString::fromLatin1(TestServer::kAdminEmail); }
    QString adminPassword() const { return QString::fromLatin1(TestServer::kAdminPassword); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("net_session"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
        m_store = std::make_unique<SettingsTrustStore>(m_settings.get());
        m_trust = std::make_unique<CertificateTrust>(m_store.get());
        QVERIFY(m_trust->addCaFile(m_server->caFile()));
    }

    void loginGivesTokenAndUser()
    {
        auto connection = connect();
        LoginJob login(connection.get(), adminEmail(), adminPassword());
        const ApiResult result = runJob(&login);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.status, 200);
        QVERIFY(login.token().startsWith(QLatin1String("stw_")));
        QVERIFY(login.expiresAt() > QDateTime::currentDateTimeUtc());
        QVERIFY(!login.mustChangePassword());
        QCOMPARE(login.user().email, adminEmail());
        QVERIFY(login.user().companyId.isNull()); // platform staff

        connection->setToken(login.token());
        MeJob me(connection.get());
        const ApiResult meResult = runJob(&me);
        QVERIFY2(meResult.ok(), qPrintable(meResult.message));
        QCOMPARE(me.user().id, login.user().id);
        QVERIFY(me.etag().startsWith("\"v"));
    }

    void wrongPasswordShowsTheServersMessage()
    {
        auto connection = connect();
        QSignalSpy expired(connection.get(), &ServerConnection::sessionExpired);
        LoginJob login(connection.get(), adminEmail(), QStringLiteral("not-the-password"));
        const ApiResult result = runJob(&login);
        QVERIFY(result.failure == Failure::Http);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.code(), QStringLiteral("unauthorized"));
        QCOMPARE(result.message, QStringLiteral("The email or the password is wrong."));
        QVERIFY(login.token().isEmpty());
        QCOMPARE(expired.size(), 0);
    }

    void lockoutCarriesRetryAfter()
    {
        auto connection = connect();
        const QString email = QStringLiteral("locked.out@example.org");
        ApiResult result;
        for (int attempt = 0; attempt < 8 && result.status != 429; ++attempt) {
            LoginJob login(connection.get(), email, QStringLiteral("wrong-password-123"));
            result = runJob(&login);
        }
        QCOMPARE(result.status, 429);
        QCOMPARE(result.code(), QStringLiteral("too_many_requests"));
        QVERIFY2(result.retryAfterSeconds >= 1, qPrintable(QString::number(result.retryAfterSeconds)));
        QVERIFY(!result.message.isEmpty());
    }

    void badInputNamesTheField()
    {
        auto connection = connect();
        ForgotPasswordJob forgot(connection.get(), QStringLiteral("not an address"));
        const ApiResult result = runJob(&forgot);
        QVERIFY(result.failure == Failure::Http);
        QCOMPARE(result.status, 422);
        QCOMPARE(result.code(), QStringLiteral("validation_failed"));
        QVERIFY2(result.fieldErrors.keys() == QStringList{QStringLiteral("email")},
                 qPrintable(result.fieldErrors.keys().join(u',')));
        QVERIFY(!result.fieldErrors.value(QStringLiteral("email")).first().isEmpty());
        QVERIFY(!result.message.isEmpty());
    }

    void forgotPasswordIsAccepted()
    {
        auto connection = connect();
        ForgotPasswordJob forgot(connection.get(), QStringLiteral("whoever@example.org"));
        const ApiResult result = runJob(&forgot);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.status, 202);
        QVERIFY(forgot.serverDetail().contains(QLatin1String("If an account exists")));
    }

    // The session ends while the user works; the change they made waits, the UI is told once,
    // and after the new sign-in the very same request (body and If-Match) goes through.
    void expiredSessionWaitsAndIsResent()
    {
        auto connection = connect();
        QVERIFY(!signIn(*connection, adminEmail(), adminPassword()).isEmpty());
        MeJob me(connection.get());
        QVERIFY(runJob(&me).ok());

        // Elsewhere, the session is ended (as an admin revoking it, or the idle timeout, would).
        LogoutJob logout(connection.get());
        QVERIFY(runJob(&logout).ok());

        QSignalSpy expired(connection.get(), &ServerConnection::sessionExpired);
        UpdateMeJob update(connection.get(), me.etag());
        update.setLanguage(Language::German);
        update.setAutoDelete(false);
        QSignalSpy waiting(&update, &ApiJob::waitingForSignIn);
        QSignalSpy finished(&update, &ApiJob::finished);
        MeJob reader(connection.get());
        reader.setAutoDelete(false);
        QSignalSpy readerFinished(&reader, &ApiJob::finished);
        update.start();
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection->waitingJobCount(), 2, 30000);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(finished.size(), 0);

        // The UI signs in again (another LoginJob goes through while the others wait).
        LoginJob login(connection.get(), adminEmail(), adminPassword());
        QVERIFY(runJob(&login).ok());
        connection->setToken(login.token());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(readerFinished.size(), 1, 30000);
        QVERIFY2(update.result().ok(), qPrintable(update.result().message));
        QVERIFY(update.user().language == Language::German);
        QVERIFY(reader.result().ok());
        QCOMPARE(connection->waitingJobCount(), 0);

        MeJob check(connection.get());
        QVERIFY(runJob(&check).ok());
        QVERIFY(check.user().language == Language::German);
        QVERIFY(check.etag() != me.etag());
    }

    void cancelledSignInFailsTheWaitingRequest()
    {
        auto connection = connect();
        connection->setToken(QStringLiteral("stw_this-token-was-never-issued"));
        QSignalSpy expired(connection.get(), &ServerConnection::sessionExpired);
        MeJob me(connection.get());
        me.setAutoDelete(false);
        QSignalSpy finished(&me, &ApiJob::finished);
        me.start();
        QVERIFY(expired.wait(30000));
        QCOMPARE(finished.size(), 0);
        connection->cancelSignIn();
        QCOMPARE(finished.size(), 1);
        QVERIFY(me.result().failure == Failure::SignedOut);
    }

    void logoutEndsTheSession()
    {
        auto connection = connect();
        QVERIFY(!signIn(*connection, adminEmail(), adminPassword()).isEmpty());
        LogoutJob logout(connection.get());
        const ApiResult result = runJob(&logout);
        QVERIFY(result.ok());
        QCOMPARE(result.status, 204);
        // A second logout with the dead token: 401, still success, and no sign-in asked for.
        QSignalSpy expired(connection.get(), &ServerConnection::sessionExpired);
        LogoutJob again(connection.get());
        const ApiResult second = runJob(&again);
        QVERIFY(second.ok());
        QCOMPARE(second.status, 401);
        QCOMPARE(expired.size(), 0);
    }

    void listsSearchSortAndPage()
    {
        Scenario scenario(*m_server);
        const Scenario::Account owner = scenario.createCompany(QStringLiteral("Lists"));
        for (const QString& email :
             {QStringLiteral("ana+tag@lists.example"), QStringLiteral("ana.tag@lists.example")}) {
            const ApiReply created = scenario.admin().post(
                QStringLiteral("/api/v1/users"), QJsonObject{{QStringLiteral("companyId"), owner.companyId},
                                                             {QStringLiteral("email"), email},
                                                             {QStringLiteral("firstName"), QStringLiteral("Ana")},
                                                             {QStringLiteral("lastName"), QStringLiteral("Tag")},
                                                             {QStringLiteral("onboarding"), QStringLiteral("none")}});
            QVERIFY2(created.status == 201, qPrintable(created.describe()));
        }
        auto connection = connect();
        QVERIFY(!signIn(*connection, adminEmail(), adminPassword()).isEmpty());

        ListJob plus(connection.get(), QStringLiteral("/api/v1/users"));
        plus.setSearch(QStringLiteral("ana+tag"));
        const ApiResult result = runJob(&plus);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(plus.total(), qint64(1)); // '+' reached the server as '+', not as a space
        QCOMPARE(plus.items().first().toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana+tag@lists.example"));

        ListJob paged(connection.get(), QStringLiteral("/api/v1/users"));
        paged.setSearch(QStringLiteral("lists.example"));
        paged.setSort(QStringLiteral("-email"));
        paged.setLimit(1);
        paged.setOffset(1);
        QVERIFY(runJob(&paged).ok());
        QCOMPARE(paged.total(), qint64(3)); // the owner and the two users
        QCOMPARE(paged.items().size(), 1);
        QCOMPARE(paged.items().first().toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana.tag@lists.example"));

        ListJob badSort(connection.get(), QStringLiteral("/api/v1/users"));
        badSort.setSort(QStringLiteral("shoeSize"));
        const ApiResult bad = runJob(&badSort);
        QCOMPARE(bad.status, 400);
        QVERIFY(!bad.fieldErrors.value(QStringLiteral("sort")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetSession)
#include "tst_net_session.moc"
