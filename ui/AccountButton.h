#pragma once

#include <QToolButton>

namespace steward::ui {

// The round purple button in the lower-left corner with the signed-in person's initials; it opens
// My Account.
class AccountButton : public QToolButton
{
    Q_OBJECT

public:
    static constexpr QRgb kPurple = 0x6b3fa0;

    explicit AccountButton(QWidget* parent = nullptr);

    void setPerson(const QString& firstName, const QString& lastName, const QString& email);
    QString initials() const { return m_initials; }
    static QString initialsOf(const QString& firstName, const QString& lastName, const QString& email);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_initials;
};

} // namespace steward::ui
