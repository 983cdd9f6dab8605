#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <domain/Company.h>
#include <optional>

namespace steward::server {

struct CompanyListQuery
{
    QUuid onlyId;   // a company user sees only their own company
    QString search; // substring of name or legal name
    std::optional<CompanyState> state;
    QStringList sort; // name, createdAt, updatedAt; "-" for descending
    int limit = 50;
    int offset = 0;
};

class CompanyStore
{
public:
    static std::optional<Company> find(const QSqlDatabase& db, const QUuid& id);
    static QList<Company> list(const QSqlDatabase& db, const CompanyListQuery& query, qint64* total);
    static QStringList sortableFields();
    static void insert(const QSqlDatabase& db, const Company& company);
    // Writes every field if the stored version is `expectedVersion`; false when it changed meanwhile.
    static bool update(const QSqlDatabase& db, Company& company, qint64 expectedVersion, qint64 nowMs);
    static bool nameTaken(const QSqlDatabase& db, const QString& name, const QUuid& except = {});
};

} // namespace steward::server
