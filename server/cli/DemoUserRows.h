#pragma once

#include "DemoGenerator.h"

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace steward::server::demo {

// The users columns as UserStore::insert writes them, and one row's VALUES tuple: constants
// (must_change_password, temporary_password, version) as literals, everything else bound.
const QStringList& userColumns();
const QString& userRowTemplate();

// A stretch of users turned into bind values for users, role_assignments and user_org_units.
struct UserRows
{
    QVariantList users;
    QVariantList roles;
    QVariantList units;
    qint64 count = 0;
    QHash<QString, qint64> states;
};

// Accounts worth showing in a demo, all of the first (largest) company.
struct DemoAccounts
{
    QString owner;
    QString operations;
    QString finance;
    QString waiting; // valid: self-registered, signs in with the Temporary role only
};

// Makes the rows on a thread of its own while the caller writes the previous ones, so generating
// and writing use both cores. The generator runs on that one thread only, so the data stays the
// same from run to run.
class UserRowProducer
{
public:
    // `usersPerBatch` users per UserRows (the last may have fewer).
    UserRowProducer(DemoGenerator& generator, const QString& passwordHash, int usersPerBatch);
    ~UserRowProducer();
    UserRowProducer(const UserRowProducer&) = delete;
    UserRowProducer& operator=(const UserRowProducer&) = delete;

    // The next batch; false when all are made. Rethrows what failed on the producing thread.
    bool next(UserRows* rows);
    // Hands a written batch back to be freed on the producing thread, off the writer's path.
    void recycle(UserRows&& rows);
    // Complete once next() has returned false.
    DemoAccounts accounts() const { return m_accounts; }

private:
    void run();
    void add(const DemoUser& user, UserRows& rows);

    DemoGenerator& m_generator;
    const QVariant m_hash;
    const int m_batch;
    const QString m_firstCompany;
    DemoAccounts m_accounts;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<UserRows> m_queue;
    std::deque<UserRows> m_written;
    bool m_finished = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace steward::server::demo
