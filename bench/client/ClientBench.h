#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace steward::net {
class ServerConnection;
}

namespace steward::ui {
class RemoteTableView;
}

namespace steward::models {
class UsersModel;
}

namespace steward::bench {

// Measures the users table the way a person meets it, offscreen: the time from the server's answer
// to the first painted page, the time to jump to the last row and see it, and the peak memory of
// the process after travelling the whole table. One run, numbers in a JSON object.
class ClientBench : public QObject
{
    Q_OBJECT

public:
    ClientBench(net::ServerConnection* connection, QObject* parent = nullptr);
    ~ClientBench() override;

    // Runs every measurement; returns false (with `error`) when something did not answer in time.
    bool run(QJsonObject* figures, QString* error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool waitFor(const std::function<bool()>& condition, int timeoutMs);
    bool visibleRowsLoaded() const;
    static double peakRssMb();

    net::ServerConnection* m_connection;
    QWidget* m_window;
    ui::RemoteTableView* m_table;
    models::UsersModel* m_model;
    QElapsedTimer m_clock;
    qint64 m_lastPaintMs = -1;
};

} // namespace steward::bench
