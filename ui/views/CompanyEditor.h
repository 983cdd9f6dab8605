#pragma once

#include "../FieldErrorLabels.h"

#include <QDialog>
#include <QJsonObject>
#include <domain/FieldError.h>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace steward::ui {

class CountryComboBox;
class CustomFieldDefinitionsEditor;
class OwnershipTransferPanel;
class SessionController;

// Creates a company with its owner (POST /companies: the owner is its first user and gets the
// set-password email) or edits one (PATCH with If-Match, only the fields that changed): details,
// address, default language, state (platform staff only), the name-edit policy of seed 004, the
// custom user fields' definitions, and — for an existing company — ownership transfer.
//
// Input is checked as the server checks it before anything is sent; the server's field errors
// appear next to their fields (the tab holding the first one comes forward). When someone else
// changed the company meanwhile (412), Reload fetches their version and puts back what was typed
// here, so nothing is overwritten silently and nothing typed is lost.
class CompanyEditor : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        DetailsTab,
        AddressTab,
        CustomFieldsTab,
        OwnerTab
    };

    // A new company when `companyId` is empty; otherwise that company, loaded from the server.
    CompanyEditor(SessionController* session, const QString& companyId, QWidget* parent = nullptr);

    bool isNew() const { return m_companyId.isEmpty(); }
    QString companyId() const { return m_companyId; }
    bool isLoaded() const { return isNew() || !m_original.isEmpty(); }
    bool isBusy() const { return m_busy; }
    // The company as the server last answered.
    QJsonObject company() const { return m_original; }
    QString message() const;
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    QTabWidget* tabs() const { return m_tabs; }
    CustomFieldDefinitionsEditor* customFields() const { return m_customFields; }
    OwnershipTransferPanel* ownership() const { return m_ownership; }
    QPushButton* reloadButton() const { return m_reload; }

Q_SIGNALS:
    // Created, updated or given a new owner; `company` is the server's answer.
    void saved(const QJsonObject& company);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildDetailsTab();
    QWidget* buildAddressTab();
    QWidget* buildOwnerTab();
    QLabel* rowLabel(QWidget* parent, QWidget* buddy, std::function<QString()> text);
    void retranslate();
    void load(bool keepTyped);
    void fill(const QJsonObject& company);
    QJsonObject formValues() const;
    QJsonObject ownerValues() const;
    FieldErrors validate() const;
    void showErrors(const QHash<QString, QStringList>& errors, const QString& fallback);
    void save();
    void finishSave(const net::ApiResult& result);
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);

    SessionController* m_session;
    QString m_companyId;
    QJsonObject m_original;
    QByteArray m_etag;
    bool m_busy = false;

    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QLineEdit* m_legalName;
    QLineEdit* m_taxId;
    QComboBox* m_language;
    QComboBox* m_state;
    QCheckBox* m_usersMayEditName;
    QLabel* m_stateNote;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_region;
    CountryComboBox* m_country;
    CustomFieldDefinitionsEditor* m_customFields;
    QLabel* m_customFieldsNote;
    // A new company's owner.
    QLabel* m_ownerNote = nullptr;
    QLineEdit* m_ownerEmail = nullptr;
    QLineEdit* m_ownerFirstName = nullptr;
    QLineEdit* m_ownerLastName = nullptr;
    QLineEdit* m_ownerUsername = nullptr;
    QComboBox* m_ownerLanguage = nullptr;
    // An existing company's owner.
    OwnershipTransferPanel* m_ownership = nullptr;

    QLabel* m_message;
    QPushButton* m_reload;
    QPushButton* m_save;
    QPushButton* m_cancel;
    FieldErrorLabels m_errors;
    QList<QPair<QLabel*, std::function<QString()>>> m_rowLabels;
};

} // namespace steward::ui
