#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <domain/Company.h>
#include <domain/OrgUnit.h>
#include <domain/Role.h>

namespace steward::net {
class ServerConnection;
}

namespace steward::ui {

// What forms about a company's users need to know of the company: the roles it can assign, its
// unit tree and its custom-field definitions. Loaded together (three requests in parallel) and
// answered once with ready(), or failed() with the first problem.
class CompanyLookups : public QObject
{
    Q_OBJECT

public:
    CompanyLookups(net::ServerConnection* connection, const QString& companyId, QObject* parent = nullptr);

    void load();
    bool isReady() const { return m_ready; }
    QString companyId() const { return m_companyId; }
    const Company& company() const { return m_company; }
    // Company-scope roles the company can assign (built-in ones first).
    const QList<Role>& roles() const { return m_roles; }
    // Parents before children (the server's flat order).
    const QList<OrgUnit>& units() const { return m_units; }
    int depthOf(const OrgUnit& unit) const;

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void partDone();

    net::ServerConnection* m_connection;
    QString m_companyId;
    Company m_company;
    QList<Role> m_roles;
    QList<OrgUnit> m_units;
    int m_waiting = 0;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace steward::ui
