// TokenVault against the real keychain: gnome-keyring in a private D-Bus session with HOME in a
// folder of its own (see CMakeLists.txt). Run a second time with no D-Bus at all
// (STEWARD_EXPECT_KEYCHAIN=0) it must say once that there is no keychain and keep tokens in memory.
// Tokens are compared with QVERIFY, never QCOMPARE, so that a failure never prints one.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <net/TokenVault.h>

using namespace steward::net;
using namespace std::chrono_literals;

namespace {

QString randomToken()
{
    return QStringLiteral("stw_test_") + QUuid::createUuid().toString(QUuid::Id128);
}

// Files under HOME that contain `secret` in plain text.
QStringList filesContaining(const QString& secret)
{
    QStringList found;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

// What `secret-tool` (libsecret's own client) finds for the key: proof the token is in the
// keyring itself, not somewhere QtKeychain made up.
QString secretToolLookup(const QString& key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key,
                                                  QStringLiteral("server"), TokenVault::serviceName()});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// Runs one vault call and returns the token of loaded() (or "" for the other signals).
struct Outcome
{
    bool answered = false;
    bool failed = false;
    QString token;
};

Outcome call(TokenVault& vault, const std::function<void()>& action)
{
    Outcome outcome;
    QEventLoop loop;
    const auto done = [&loop, &outcome] {
        outcome.answered = true;
        loop.quit();
    };
    QList<QMetaObject::Connection> connections{QObject::connect(&vault, &TokenVault::saved, &loop, done),
                                               QObject::connect(&vault, &TokenVault::removed, &loop, done),
                                               QObject::connect(&vault, &TokenVault::loaded, &loop,
                                                                [&outcome, done](const QString&, const QString& token) {
                                                                    outcome.token = token;
                                                                    done();
                                                                }),
                                               QObject::connect(&vault, &TokenVault::failed, &loop, [&outcome, done] {
                                                   outcome.failed = true;
                                                   done();
                                               })};
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    action();
    if (!outcome.answered)
        loop.exec();
    for (const QMetaObject::Connection& c : connections)
        QObject::disconnect(c);
    return outcome;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private:
    bool expectKeychain() const { return qEnvironmentVariable("STEWARD_EXPECT_KEYCHAIN", QStringLiteral("1")) != u'0'; }

private Q_SLOTS:
    void keyNamesServerAndAccount()
    {
        QCOMPARE(
            TokenVault::keyFor(QUrl(QStringLiteral("https://steward.test:8443/")), QStringLiteral(" Ana@Example.org")),
            QStringLiteral("https://steward.test:8443|ana@example.org"));
        QCOMPARE(TokenVault::serviceName(), QStringLiteral("steward"));
    }

    void roundTripInTheKeychain()
    {
        if (!expectKeychain())
            QSKIP("this run has no keychain");
        const QString key =
            TokenVault::keyFor(QUrl(QStringLiteral("https://steward.test:8443")),
                               QStringLiteral("ana.%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128)));
        const QString token = randomToken();
        TokenVault vault;
        QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);

        Outcome nothing = call(vault, [&] { vault.load(key); });
        QVERIFY(nothing.answered);
        QVERIFY2(!nothing.failed, "no entry must not be an error");
        QVERIFY(nothing.token.isEmpty());

        Outcome saved = call(vault, [&] { vault.save(key, token); });
        QVERIFY(saved.answered && !saved.failed);
        QVERIFY(vault.available());
        QCOMPARE(unavailable.size(), 0);

        // A new vault, as after a restart of the client.
        TokenVault restarted;
        Outcome loaded = call(restarted, [&] { restarted.load(key); });
        QVERIFY(loaded.answered && !loaded.failed);
        QVERIFY2(loaded.token == token, "the token read back differs from the one saved");
        QVERIFY2(secretToolLookup(key) == token, "secret-tool does not find the token in the keyring");

        // In the keyring's encrypted file only: no file under HOME holds it in plain text.
        QVERIFY(!QDir(QDir::homePath() + QStringLiteral("/.local/share/keyrings")).isEmpty());
        const QStringList leaks = filesContaining(token);
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("token found in: ") + leaks.join(u' ')));

        Outcome removed = call(restarted, [&] { restarted.remove(key); });
        QVERIFY(removed.answered && !removed.failed);
        QVERIFY(secretToolLookup(key).isEmpty());
        Outcome gone = call(vault, [&] { vault.load(key); });
        QVERIFY(gone.answered && !gone.failed);
        QVERIFY(gone.token.isEmpty());
        Outcome removedAgain = call(vault, [&] { vault.remove(key); });
        QVERIFY2(removedAgain.answered && !removedAgain.failed, "removing what is not there is not an error");
    }

    void withoutKeychainTokensStayInMemory()
    {
        if (expectKeychain())
            QSKIP("this run has a keychain");
        const QString key =
            TokenVault::keyFor(QUrl(QStringLiteral("https://steward.test")), QStringLiteral("b@example.org"));
        const QString token = randomToken();
        TokenVault vault;
        vault.setRetryDelay(50ms);
        QSignalSpy unavailable(&vault, &TokenVault::keychainUnavailable);
        QVERIFY(vault.available()); // not known before the first use

        Outcome saved = call(vault, [&] { vault.save(key, token); });
        QVERIFY(saved.answered && !saved.failed);
        QVERIFY(!vault.available());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY2(unavailable.first().first().toString().contains(QLatin1String("No keychain is available")),
                 qPrintable(unavailable.first().first().toString()));

        Outcome loaded = call(vault, [&] { vault.load(key); });
        QVERIFY(loaded.answered && !loaded.failed);
        QVERIFY2(loaded.token == token, "the in-memory token differs from the one saved");
        Outcome other = call(vault, [&] { vault.load(key + QStringLiteral("x")); });
        QVERIFY(other.token.isEmpty());
        QCOMPARE(unavailable.size(), 1); // said once

        Outcome removed = call(vault, [&] { vault.remove(key); });
        QVERIFY(removed.answered && !removed.failed);
        QVERIFY(call(vault, [&] { vault.load(key); }).token.isEmpty());

        // Memory only: another vault (the next start of the client) knows nothing.
        call(vault, [&] { vault.save(key, token); });
        TokenVault restarted;
        restarted.setRetryDelay(50ms);
        QVERIFY(call(restarted, [&] { restarted.load(key); }).token.isEmpty());
        QVERIFY(!restarted.available());
        QVERIFY(filesContaining(token).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
