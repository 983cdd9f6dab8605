#pragma once

#include <QLabel>

namespace steward::ui {

// The password policy shown as the user types: each rule with a mark saying whether the new
// password keeps it. Uses the same check as the server (domain::validatePassword), so a password
// with every mark set is one the server accepts.
class PasswordRulesView : public QLabel
{
    Q_OBJECT

public:
    explicit PasswordRulesView(QWidget* parent = nullptr);

    void setEmail(const QString& email);
    // Re-checks the rules for this pair of entries.
    void check(const QString& password, const QString& repeated);
    // True when the password keeps every rule and both entries match.
    bool satisfied() const { return m_satisfied; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QString m_email;
    QString m_password;
    QString m_repeated;
    bool m_satisfied = false;
};

} // namespace steward::ui
