#include "DemoUserRows.h"

#include "store/Sql.h"

#include <domain/Permissions.h>

namespace steward::server::demo {
namespace {

constexpr std::size_t kQueuedBatches = 4; // bounds the memory the producer may run ahead with

const QVariant kNullText{QMetaType(QMetaType::QString)};
const QVariant kNullTime{QMetaType(QMetaType::LongLong)};
const QVariant kZero{qint64(0)};
const QVariant kOne{qint64(1)};

QVariant timeOrNull(qint64 ms)
{
    return ms == 0 ? kNullTime : QVariant(ms);
}

void remember(const DemoUser& u, DemoAccounts& accounts)
{
    static const QString operations = idText(builtin::operationsRoleId());
    static const QString finance = idText(builtin::financeRoleId());
    if (u.isOwner)
        accounts.owner = u.email;
    if (u.state == QLatin1String("valid") && accounts.waiting.isEmpty())
        accounts.waiting = u.email;
    if (u.state != QLatin1String("enabled") || !u.hasPassword || u.roles.size() != 1 || !u.roles.first().second)
        return;
    if (u.roles.first().first == operations && accounts.operations.isEmpty())
        accounts.operations = u.email;
    if (u.roles.first().first == finance && accounts.finance.isEmpty())
        accounts.finance = u.email;
}

} // namespace

const QStringList& userColumns()
{
    static const QStringList columns =
        QStringLiteral("id, company_id, email, email_key, username, username_key, first_name, last_name, first_key, "
                       "last_key, search_text, language, state, email_verified_at, password_hash, has_password, "
                       "must_change_password, temporary_password, self_registered, last_sign_in_at, custom_fields, "
                       "notifications, created_at, updated_at, version")
            .split(QStringLiteral(", "));
    return columns;
}

const QString& userRowTemplate()
{
    static const QString row =
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, 1)");
    return row;
}

UserRowProducer::UserRowProducer(DemoGenerator& generator, const QString& passwordHash, int usersPerBatch)
    : m_generator(generator), m_hash(passwordHash), m_batch(usersPerBatch),
      m_firstCompany(idText(generator.companies().first().company.id))
{
    m_thread = std::thread([this] { run(); });
}

UserRowProducer::~UserRowProducer()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void UserRowProducer::add(const DemoUser& u, UserRows& rows)
{
    // The same derived columns as UserStore::insert: lower-case keys and the search text.
    const QString searchText =
        QStringList{u.firstName, u.lastName, u.email, u.username}.join(QLatin1Char(' ')).toLower();
    for (const QVariant& v : {QVariant(u.id),
                              QVariant(u.companyId),
                              QVariant(u.email),
                              QVariant(u.email.toLower()),
                              QVariant(u.username),
                              QVariant(u.username.toLower()),
                              QVariant(u.firstName),
                              QVariant(u.lastName),
                              QVariant(u.firstName.toLower()),
                              QVariant(u.lastName.toLower()),
                              QVariant(searchText),
                              QVariant(u.language),
                              QVariant(u.state),
                              timeOrNull(u.emailVerifiedAt),
                              u.hasPassword ? m_hash : kNullText,
                              u.hasPassword ? kOne : kZero,
                              u.selfRegistered ? kOne : kZero,
                              timeOrNull(u.lastSignInAt),
                              QVariant(u.customFields),
                              QVariant(u.notifications),
                              QVariant(u.createdAt),
                              QVariant(u.updatedAt)})
        rows.users.append(v);
    for (const auto& [roleId, enabled] : u.roles) {
        rows.roles.append(u.id);
        rows.roles.append(roleId);
        rows.roles.append(enabled ? kOne : kZero);
    }
    for (const QString& unit : u.unitIds) {
        rows.units.append(u.id);
        rows.units.append(unit);
    }
    ++rows.count;
    ++rows.states[u.state];
    if (u.companyId == m_firstCompany)
        remember(u, m_accounts);
}

void UserRowProducer::run()
{
    try {
        DemoUser user;
        bool more = true;
        while (more) {
            UserRows rows;
            rows.users.reserve(qsizetype(m_batch) * 22);
            while (rows.count < m_batch && (more = m_generator.next(&user)))
                add(user, rows);
            std::deque<UserRows> written;
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return m_cancelled || m_queue.size() < kQueuedBatches; });
            written.swap(m_written); // destroyed here, after the lock is released
            if (m_cancelled)
                return;
            if (rows.count > 0)
                m_queue.push_back(std::move(rows));
            m_finished = !more;
            m_changed.notify_all();
        }
    } catch (...) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::current_exception();
        m_finished = true;
        m_changed.notify_all();
    }
}

void UserRowProducer::recycle(UserRows&& rows)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_written.push_back(std::move(rows));
}

bool UserRowProducer::next(UserRows* rows)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_queue.empty() || m_finished; });
    if (m_error)
        std::rethrow_exception(m_error);
    if (m_queue.empty())
        return false;
    *rows = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

} // namespace steward::server::demo
