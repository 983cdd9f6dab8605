#pragma once

#include <QJsonObject>
#include <domain/Language.h>
#include <domain/NotificationPreferences.h>
#include <domain/User.h>
#include <net/ApiJob.h>

namespace steward::net {

// PATCH /api/v1/me with the ETag read by MeJob: only the fields set here are sent. A 412 means
// someone changed the account meanwhile (read it again); field errors name the rejected fields.
class UpdateMeJob : public ApiJob
{
    Q_OBJECT

public:
    UpdateMeJob(ServerConnection* connection, const QByteArray& etag, QObject* parent = nullptr);

    void setFirstName(const QString& firstName) { set(QStringLiteral("firstName"), firstName); }
    void setLastName(const QString& lastName) { set(QStringLiteral("lastName"), lastName); }
    void setUsername(const QString& username) { set(QStringLiteral("username"), username); }
    void setLanguage(Language language) { set(QStringLiteral("language"), languageCode(language)); }
    void setNotifications(const NotificationPreferences& notifications);
    // A custom field the user may edit; a null value removes it.
    void setCustomField(const QString& key, const QJsonValue& value);

    const User& user() const { return m_user; }
    QByteArray etag() const { return result().etag; }

protected:
    bool decode(const ApiResult& result) override;

private:
    void set(const QString& field, const QJsonValue& value);

    QJsonObject m_changes;
    User m_user;
};

} // namespace steward::net
