#include "AccountButton.h"

#include <QPainter>
#include <QPainterPath>

namespace steward::ui {

AccountButton::AccountButton(QWidget* parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("accountButton"));
    setCursor(Qt::PointingHandCursor);
    setAutoRaise(true);
}

QString AccountButton::initialsOf(const QString& firstName, const QString& lastName, const QString& email)
{
    QString initials;
    if (!firstName.trimmed().isEmpty())
        initials += firstName.trimmed().front().toUpper();
    if (!lastName.trimmed().isEmpty())
        initials += lastName.trimmed().front().toUpper();
    if (initials.isEmpty() && !email.isEmpty())
        initials = email.front().toUpper();
    return initials;
}

void AccountButton::setPerson(const QString& firstName, const QString& lastName, const QString& email)
{
    m_initials = initialsOf(firstName, lastName, email);
    setAccessibleName(m_initials);
    update();
}

QSize AccountButton::sizeHint() const
{
    return {40, 40};
}

void AccountButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height()) - 4;
    const QRectF circle((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QColor fill = QColor::fromRgb(kPurple);
    if (isDown())
        fill = fill.darker(120);
    else if (underMouse())
        fill = fill.lighter(115);
    painter.setPen(hasFocus() ? QPen(palette().highlight(), 2) : Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(circle);
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(qMax(10, side * 2 / 5));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter, m_initials);
}

} // namespace steward::ui
