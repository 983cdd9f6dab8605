#include "ClientBench.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWidget>
#include <models/UsersModel.h>
#include <ui/views/RemoteTableView.h>

namespace steward::bench {

ClientBench::ClientBench(net::ServerConnection* connection, QObject* parent) : QObject(parent), m_connection(connection)
{
    m_window = new QWidget;
    m_window->resize(1200, 800);
    m_table = new ui::RemoteTableView(m_window);
    auto* layout = new QVBoxLayout(m_window);
    layout->addWidget(m_table);
    m_model = new models::UsersModel(connection, this);
    m_table->setRemoteModel(m_model);
    m_table->viewport()->installEventFilter(this);
    m_window->show();
    m_clock.start();
}

ClientBench::~ClientBench()
{
    delete m_window;
}

bool ClientBench::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint)
        m_lastPaintMs = m_clock.elapsed();
    return QObject::eventFilter(watched, event);
}

bool ClientBench::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool ClientBench::visibleRowsLoaded() const
{
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        if (!m_model->isRowLoaded(row))
            return false;
    return last >= first;
}

double ClientBench::peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

bool ClientBench::run(QJsonObject* figures, QString* error)
{
    QString failure;
    connect(m_model, &models::RemoteTableModel::loadFailed, this, [&failure](const QString& text) { failure = text; });
    qint64 answeredMs = -1;
    connect(m_model, &models::RemoteTableModel::refreshed, this, [&] {
        if (answeredMs < 0)
            answeredMs = m_clock.elapsed();
    });

    // First page: from the answer being in the model to the viewport painting it.
    const qint64 requestedMs = m_clock.elapsed();
    m_model->refresh();
    if (!waitFor([&] { return answeredMs >= 0 || !failure.isEmpty(); }, 60000) || !failure.isEmpty()) {
        *error = failure.isEmpty() ? QStringLiteral("no first page within 60 s") : failure;
        return false;
    }
    if (!waitFor([&] { return m_lastPaintMs > answeredMs && visibleRowsLoaded(); }, 10000)) {
        *error = QStringLiteral("the first page was never painted");
        return false;
    }
    const qint64 firstPaintMs = m_lastPaintMs;
    const qint64 rows = m_model->rowCount();

    // Jump to the end: from the jump to the last rows painted with their data.
    waitFor([] { return false; }, 200); // let the first page settle
    const qint64 jumpMs = m_clock.elapsed();
    m_table->scrollToBottom();
    if (!waitFor(
            [&] {
                return visibleRowsLoaded() && m_lastPaintMs > jumpMs &&
                       m_table->rowAt(m_table->viewport()->height() - 1) >= int(rows) - 2;
            },
            60000)) {
        *error = QStringLiteral("the last rows never arrived");
        return false;
    }
    const qint64 endPaintMs = m_lastPaintMs;

    // The whole table, top to bottom in 50 leaps, each waiting for its rows: memory stays bounded.
    QScrollBar* bar = m_table->verticalScrollBar();
    constexpr int kLeaps = 50;
    m_model->resetPeakCachedRows();
    for (int leap = 0; leap <= kLeaps; ++leap) {
        bar->setValue(int(qint64(bar->maximum()) * leap / kLeaps));
        if (!waitFor([&] { return visibleRowsLoaded(); }, 30000)) {
            *error = QStringLiteral("rows at leap %1 never arrived").arg(leap);
            return false;
        }
    }

    figures->insert(QStringLiteral("rows"), rows);
    figures->insert(QStringLiteral("first_page_ms"), double(firstPaintMs - answeredMs));
    figures->insert(QStringLiteral("first_page_total_ms"), double(firstPaintMs - requestedMs));
    figures->insert(QStringLiteral("jump_to_end_ms"), double(endPaintMs - jumpMs));
    figures->insert(QStringLiteral("peak_rss_mb"), qRound(peakRssMb() * 10) / 10.0);
    figures->insert(QStringLiteral("peak_cached_rows"), m_model->peakCachedRows());
    return true;
}

} // namespace steward::bench
