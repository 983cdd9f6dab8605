#pragma once

#include <QDialog>
#include <ui/FieldErrorLabels.h>

class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::net {
struct ApiResult;
}

namespace steward::ui {

// Asks for a unit's name, for a new unit or a rename. The view sends the request on submitted()
// and either closes the dialog or hands the failure back with showFailure(): a refused name (taken
// by a sibling, too long) appears under the field and the dialog stays open with what was typed.
class UnitNameDialog : public QDialog
{
    Q_OBJECT

public:
    // `prompt` says where the unit is ("New unit under “Hamburg”").
    UnitNameDialog(const QString& title, const QString& prompt, const QString& name, const QString& okText,
                   QWidget* parent = nullptr);

    QString name() const;
    void setBusy(bool busy);
    void showFailure(const net::ApiResult& result);
    QString errorText() const;

Q_SIGNALS:
    void submitted(const QString& name);

private:
    void submit();

    QLabel* m_prompt;
    QLineEdit* m_name;
    QLabel* m_message;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    FieldErrorLabels m_errors;
};

} // namespace steward::ui
