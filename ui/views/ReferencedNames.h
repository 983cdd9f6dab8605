#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace steward::models {
class RemoteTableModel;
}

namespace steward::ui {

class IdNameResolver;

// Names the ids that a list's rows reference in one field (an invitation's `inviterId`, a user's
// `companyId`) for the rows on screen and a screenful past them, as the model loads them, through
// an IdNameResolver. The model shows the names from the resolver's NameDirectory.
class ReferencedNames : public QObject
{
    Q_OBJECT

public:
    // `type` as IdNameResolver::resolve takes it ("user", "company", …).
    ReferencedNames(models::RemoteTableModel* model, const QString& field, const QString& type,
                    IdNameResolver* resolver, QObject* parent = nullptr);

    void resolveVisible();

private:
    QPointer<models::RemoteTableModel> m_model;
    QString m_field;
    QString m_type;
    IdNameResolver* m_resolver;
};

} // namespace steward::ui
