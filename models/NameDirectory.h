#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace steward::models {

// Names for ids that list items only reference (a user's companyId, an invitation's inviterId,
// an audit event's actorId and targetId). Views fill it from what they already hold (the
// companies list, the signed-in user, users they loaded); models show the name where known and
// the id otherwise, and repaint when names arrive.
class NameDirectory : public QObject
{
    Q_OBJECT

public:
    explicit NameDirectory(QObject* parent = nullptr) : QObject(parent) {}

    QString name(const QString& id) const { return m_names.value(id); }
    bool contains(const QString& id) const { return m_names.contains(id); }
    void setName(const QString& id, const QString& name);
    void setNames(const QHash<QString, QString>& names);

Q_SIGNALS:
    void namesChanged();

private:
    QHash<QString, QString> m_names;
};

} // namespace steward::models
