#pragma once

#include "Address.h"
#include "CustomField.h"
#include "Language.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace steward {

enum class CompanyState
{
    Active,
    Suspended
};
QString toString(CompanyState state); // "active", "suspended"
std::optional<CompanyState> companyStateFromString(const QString& text);

struct Company
{
    QUuid id;
    QString name;
    QString legalName;
    QString taxId;
    Address address;
    Language defaultLanguage = Language::English;
    CompanyState state = CompanyState::Active;
    QUuid ownerId;
    QList<CustomFieldDefinition> customFields;
    // Seed 004: whether users may change their own first and last name in My Account.
    bool usersMayEditName = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 1;

    friend bool operator==(const Company&, const Company&) = default;
};

} // namespace steward
