#pragma once

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace steward::models {

// How the models show what the server sends: times and numbers in the user's locale (QLocale()),
// enumerations as translated words.
namespace format {

QDateTime time(const QJsonValue& value); // invalid for null or unreadable
QString timeText(const QJsonValue& value);
QString number(qint64 value);
QString personName(const QJsonObject& user); // "First Last"

QString userState(const QString& state);
QColor userStateColor(const QString& state);
QString companyState(const QString& state);
QString roleScope(const QString& scope);
QString invitationState(const QString& state);
QString auditAction(const QString& action);
QString targetType(const QString& type);

} // namespace format
} // namespace steward::models
