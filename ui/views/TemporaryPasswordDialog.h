#pragma once

#include <QDialog>

class QLineEdit;

namespace steward::ui {

// Shows a temporary password once, with a copy button: the server never shows it again, and the
// client keeps it nowhere.
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    TemporaryPasswordDialog(const QString& who, const QString& password, QWidget* parent = nullptr);

    QString password() const;

private:
    QLineEdit* m_password;
};

} // namespace steward::ui
