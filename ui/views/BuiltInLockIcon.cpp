#include "BuiltInLockIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace steward::ui {

QIcon builtInLockIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color(0x6b, 0x6b, 0x6b);
        painter.setPen(QPen(color, 3.5));
        painter.setBrush(Qt::NoBrush);
        QPainterPath shackle;
        shackle.moveTo(10, 15);
        shackle.lineTo(10, 10);
        shackle.arcTo(10, 3, 12, 14, 180, -180);
        shackle.lineTo(22, 15);
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(16, 20.5), 2.2, 2.2);
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace steward::ui
