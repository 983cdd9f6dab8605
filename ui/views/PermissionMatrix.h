#pragma once

#include <QHash>
#include <QJsonArray>
#include <QTreeWidget>

namespace steward::ui {

// The permissions of a role as checkboxes grouped by area (company; users and invitations; orders
// and products; invoices and payments; roles, units, tokens and audit; platform), from the server's
// catalogue (GET /api/v1/permissions). An area's box checks or clears all of it. Read-only for
// built-in roles: the boxes show what the role holds and cannot be changed.
class PermissionMatrix : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PermissionMatrix(QWidget* parent = nullptr);

    // Shows the catalogue's permissions of `scope` ("company" or "platform"); keeps what was granted.
    void setCatalogue(const QJsonArray& items, const QString& scope);
    bool hasCatalogue() const { return m_hasCatalogue; }
    void setGranted(const QStringList& keys);
    // Sorted, as the server keeps them.
    QStringList granted() const;
    void setPermission(const QString& key, bool granted);
    bool isGranted(const QString& key) const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Marks the permissions `errors` names (key → message); clears the marks with an empty hash.
    void markErrors(const QHash<QString, QString>& errors);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void applyFlags();

    QJsonArray m_catalogue;
    QString m_scope = QStringLiteral("company");
    QStringList m_granted; // kept while the catalogue is not there yet
    QHash<QString, QTreeWidgetItem*> m_items;
    bool m_hasCatalogue = false;
    bool m_readOnly = false;
    bool m_building = false;
};

} // namespace steward::ui
