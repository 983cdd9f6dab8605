#pragma once

#include "TestServer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <models/RemoteTableModel.h>
#include <net/CertificateTrust.h>
#include <net/ServerConnection.h>
#include <net/SettingsTrustStore.h>
#include <net/jobs/LoginJob.h>

namespace steward::test {

// A client connection to a TestServer that trusts its CA, signed in through the real job layer.
class ModelClient
{
public:
    explicit ModelClient(const TestServer& server)
        : m_settings(m_dir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat), m_store(&m_settings),
          m_trust(&m_store)
    {
        m_trust.addCaFile(server.caFile());
        m_connection = std::make_unique<net::ServerConnection>(QUrl(server.baseUrl()), &m_trust);
    }

    net::ServerConnection* connection() const { return m_connection.get(); }

    bool signIn(const QString& email, const QString& password)
    {
        auto* login = new net::LoginJob(m_connection.get(), email, password);
        login->setAutoDelete(false);
        QSignalSpy finished(login, &net::ApiJob::finished);
        login->start();
        const bool ok = finished.wait(60000) && login->result().ok();
        if (ok)
            m_connection->setToken(login->token());
        delete login;
        return ok;
    }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    net::SettingsTrustStore m_store;
    net::CertificateTrust m_trust;
    std::unique_ptr<net::ServerConnection> m_connection;
};

// Every row of `model` by scrolling through it a window at a time; empty when a window did not
// load in time.
inline QStringList scrollAllIds(models::RemoteTableModel& model, int window = 40, int waitMs = 60000)
{
    QStringList ids;
    for (int first = 0; first < model.rowCount(); first += window) {
        const int last = qMin(first + window, model.rowCount()) - 1;
        model.setVisibleRows(first, last);
        if (!QTest::qWaitFor([&] { return model.isRowLoaded(first) && model.isRowLoaded(last) && !model.isLoading(); },
                             waitMs))
            return {};
        for (int row = first; row <= last; ++row)
            ids.append(model.idAt(row));
    }
    return ids;
}

} // namespace steward::test
