#pragma once

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <memory>
#include <net/TokenVault.h>
#include <ui/ClientShell.h>
#include <ui/SignInWindow.h>

namespace steward::test {

// The client's settings for a test: an INI file under the test's own HOME (see CMakeLists.txt).
inline std::unique_ptr<QSettings> testSettings(const QString& name)
{
    return std::make_unique<QSettings>(
        QDir::home().filePath(QStringLiteral(".config/steward-tests/") + name + QStringLiteral(".ini")),
        QSettings::IniFormat);
}

// The visible window or dialog of type T named `objectName` (any when empty), or nullptr.
template <typename T> T* visibleWindow(const QString& objectName = {})
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* typed = qobject_cast<T*>(widget);
        if (typed && typed->isVisible() && (objectName.isEmpty() || typed->objectName() == objectName))
            return typed;
    }
    return nullptr;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// Types into the sign-in window as a person would and presses "Sign in".
inline void fillSignIn(ui::SignInWindow* window, const QString& email, const QString& password, bool remember)
{
    auto* emailEdit = child<QLineEdit>(window, "email");
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    auto* passwordEdit = child<QLineEdit>(window, "password");
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    child<QCheckBox>(window, "rememberMe")->setChecked(remember);
    child<QPushButton>(window, "signIn")->click();
}

// What libsecret's own client finds for the vault key: proof the token is in the keyring itself.
inline QString keychainLookup(const QString& key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key,
                                                  QStringLiteral("server"), net::TokenVault::serviceName()});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// Files under HOME holding `secret` in plain text.
inline QStringList filesContaining(const QString& secret)
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

// Saves what `widget` shows under $STEWARD_ARTIFACTS/<name>.png for a person to look at.
inline bool saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("STEWARD_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    return widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// A client signed in as `email` through the real sign-in window (no keychain entry kept), with its
// main window shown; nullptr (and a test failure) when that did not happen within 30 s.
inline std::unique_ptr<ui::ClientShell> signedInShell(QSettings* settings, const QString& server, const QString& caFile,
                                                      const QString& email, const QString& password)
{
    auto shell = std::make_unique<ui::ClientShell>(settings);
    ui::ClientOptions options;
    options.server = QUrl(server);
    options.caFile = caFile;
    options.language = QStringLiteral("en");
    QString error;
    if (!shell->configure(options, &error)) {
        qWarning("configure: %s", qPrintable(error));
        return nullptr;
    }
    shell->start();
    ui::SignInWindow* window = nullptr;
    if (!QTest::qWaitFor([&] { return (window = visibleWindow<ui::SignInWindow>()) != nullptr; }, 20000))
        return nullptr;
    fillSignIn(window, email, password, false);
    if (!QTest::qWaitFor([&] { return shell->mainWindow() != nullptr; }, 30000))
        return nullptr;
    return shell;
}

} // namespace steward::test
