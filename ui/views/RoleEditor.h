#pragma once

#include "../FieldErrorLabels.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class PermissionMatrix;
class SessionController;

// A role's name, description and permission matrix. Custom roles are created (POST /roles, also as
// a duplicate of any role) and changed (PATCH with If-Match; a 412 offers Reload, which keeps what
// was typed); built-in roles open read-only, with a note that Duplicate makes an editable copy.
class RoleEditor : public QDialog
{
    Q_OBJECT

public:
    // Opens the role `roleId` (loaded from the server): editable when custom, read-only when built in.
    static RoleEditor* forRole(SessionController* session, const QString& roleId, QWidget* parent = nullptr);
    // A new custom role of `companyId` (platform staff pick the company in the dialog when empty),
    // filled from `source` when given: "Copy of <name>" with its description and permissions.
    static RoleEditor* forNewRole(SessionController* session, const QString& companyId, const QJsonObject& source = {},
                                  QWidget* parent = nullptr);

    bool isNew() const { return m_roleId.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    bool isReady() const;
    QString roleId() const { return m_roleId; }
    QJsonObject role() const { return m_original; }
    QString message() const;
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    PermissionMatrix* permissions() const { return m_permissions; }
    QComboBox* companyPicker() const { return m_company; }
    QPushButton* reloadButton() const { return m_reload; }

Q_SIGNALS:
    void saved(const QJsonObject& role);

protected:
    void changeEvent(QEvent* event) override;

private:
    RoleEditor(SessionController* session, const QString& roleId, const QString& companyId, QWidget* parent);
    void retranslate();
    void loadCatalogue();
    void loadCompanies();
    void load(bool keepTyped);
    void fill(const QJsonObject& role);
    QJsonObject formValues() const;
    void setReadOnly(bool readOnly);
    void save();
    void finishSave(const net::ApiResult& result, const QStringList& sentPermissions);
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);

    SessionController* m_session;
    QString m_roleId;
    QString m_companyId;
    QJsonObject m_original;
    QByteArray m_etag;
    bool m_readOnly = false;
    bool m_busy = false;
    bool m_loaded = false;

    QFrame* m_builtInBanner;
    QLabel* m_builtInNote;
    QLabel* m_companyLabel;
    QComboBox* m_company;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_descriptionLabel;
    QLineEdit* m_description;
    QLabel* m_permissionsLabel;
    PermissionMatrix* m_permissions;
    QLabel* m_message;
    QPushButton* m_reload;
    QPushButton* m_save;
    QPushButton* m_close;
    FieldErrorLabels m_errors;
};

} // namespace steward::ui
