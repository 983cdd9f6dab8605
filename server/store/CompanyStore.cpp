#include "CompanyStore.h"

#include "ListQuery.h"
#include "Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <domain/Json.h>

namespace steward::server {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, legal_name, tax_id, street, postal_code, city, region, country, default_language, state, owner_id, "
    "custom_fields, users_may_edit_name, created_at, updated_at, version");

QString definitionsJson(const QList<CustomFieldDefinition>& definitions)
{
    QJsonArray array;
    for (const CustomFieldDefinition& d : definitions)
        array.append(json::toJson(d));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CustomFieldDefinition> definitionsFromJson(const QString& text)
{
    QList<CustomFieldDefinition> definitions;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (const auto d = json::customFieldDefinitionFromJson(v.toObject()))
            definitions.append(*d);
    }
    return definitions;
}

Company readCompany(const Sql& q)
{
    Company c;
    c.id = q.uuid(0);
    c.name = q.text(1);
    c.legalName = q.text(2);
    c.taxId = q.text(3);
    c.address = {q.text(4), q.text(5), q.text(6), q.text(7), q.text(8)};
    c.defaultLanguage = languageFromCode(q.text(9)).value_or(Language::English);
    c.state = companyStateFromString(q.text(10)).value_or(CompanyState::Active);
    c.ownerId = q.uuid(11);
    c.customFields = definitionsFromJson(q.text(12));
    c.usersMayEditName = q.flag(13);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(q.integer(14), Qt::UTC);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(q.integer(15), Qt::UTC);
    c.version = q.integer(16);
    return c;
}

const QHash<QString, QString>& sortColumns()
{
    static const QHash<QString, QString> columns{{QStringLiteral("name"), QStringLiteral("name_key")},
                                                 {QStringLiteral("createdAt"), QStringLiteral("created_at")},
                                                 {QStringLiteral("updatedAt"), QStringLiteral("updated_at")}};
    return columns;
}

} // namespace

QStringList CompanyStore::sortableFields()
{
    return sortKeys(sortColumns());
}

std::optional<Company> CompanyStore::find(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM companies WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readCompany(q);
}

QList<Company> CompanyStore::list(const QSqlDatabase& db, const CompanyListQuery& query, qint64* total)
{
    SqlFilter filter;
    if (!query.onlyId.isNull())
        filter.add(QStringLiteral("id = ?"), idText(query.onlyId));
    if (!query.search.isEmpty()) {
        const QString pattern = containsPattern(query.search);
        filter.add(QStringLiteral("(name_key LIKE ? ESCAPE '!' OR LOWER(legal_name) LIKE ? ESCAPE '!')"),
                   QVariantList{pattern, pattern});
    }
    if (query.state)
        filter.add(QStringLiteral("state = ?"), toString(*query.state));
    *total = countRows(db, QStringLiteral("companies"), filter);
    Sql q(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM companies") + filter.sql() +
                  orderBy(query.sort, sortColumns(), QStringLiteral("name_key ASC"), QStringLiteral("id ASC")) +
                  QStringLiteral(" LIMIT ? OFFSET ?"));
    filter.bindTo(q);
    q.bind(query.limit).bind(query.offset).exec();
    QList<Company> companies;
    while (q.next())
        companies.append(readCompany(q));
    return companies;
}

void CompanyStore::insert(const QSqlDatabase& db, const Company& c)
{
    Sql(db, QStringLiteral("INSERT INTO companies (") + kColumns +
                QStringLiteral(", name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(c.id)
        .bind(c.name)
        .bind(c.legalName)
        .bind(c.taxId)
        .bind(c.address.street)
        .bind(c.address.postalCode)
        .bind(c.address.city)
        .bind(c.address.region)
        .bind(c.address.country)
        .bind(languageCode(c.defaultLanguage))
        .bind(toString(c.state))
        .bind(c.ownerId)
        .bind(definitionsJson(c.customFields))
        .bind(c.usersMayEditName)
        .bind(c.createdAt.toMSecsSinceEpoch())
        .bind(c.updatedAt.toMSecsSinceEpoch())
        .bind(c.version)
        .bind(c.name.toLower())
        .exec();
}

bool CompanyStore::update(const QSqlDatabase& db, Company& c, qint64 expectedVersion, qint64 nowMs)
{
    Sql q(db, QStringLiteral("UPDATE companies SET name = ?, name_key = ?, legal_name = ?, tax_id = ?, street = ?, "
                             "postal_code = ?, city = ?, region = ?, country = ?, default_language = ?, state = ?, "
                             "owner_id = ?, custom_fields = ?, users_may_edit_name = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(c.name)
        .bind(c.name.toLower())
        .bind(c.legalName)
        .bind(c.taxId)
        .bind(c.address.street)
        .bind(c.address.postalCode)
        .bind(c.address.city)
        .bind(c.address.region)
        .bind(c.address.country)
        .bind(languageCode(c.defaultLanguage))
        .bind(toString(c.state))
        .bind(c.ownerId)
        .bind(definitionsJson(c.customFields))
        .bind(c.usersMayEditName)
        .bind(nowMs)
        .bind(c.id)
        .bind(expectedVersion)
        .exec();
    if (q.rowsAffected() != 1)
        return false;
    c.version = expectedVersion + 1;
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    return true;
}

bool CompanyStore::nameTaken(const QSqlDatabase& db, const QString& name, const QUuid& except)
{
    Sql q(db, QStringLiteral("SELECT id FROM companies WHERE name_key = ?"));
    q.bind(name.trimmed().toLower()).exec();
    return q.next() && q.uuid(0) != except;
}

} // namespace steward::server
