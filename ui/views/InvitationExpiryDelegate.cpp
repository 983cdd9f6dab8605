#include "InvitationExpiryDelegate.h"

#include <models/InvitationsModel.h>

namespace steward::ui {

InvitationExpiryDelegate::InvitationExpiryDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString InvitationExpiryDelegate::countdownText(const QDateTime& expires, const QDateTime& now)
{
    if (!expires.isValid())
        return {};
    const qint64 seconds = now.secsTo(expires);
    if (seconds <= 0)
        //: An invitation's expiry that has passed.
        return tr("expired");
    // Rounded to the nearest unit: an invitation sent a moment ago "expires in 7 days", not 6.
    constexpr qint64 day = 24 * 3600;
    if (seconds >= day)
        return tr("expires in %n day(s)", nullptr, int((seconds + day / 2) / day));
    if (seconds >= 3600)
        return tr("expires in %n hour(s)", nullptr, int((seconds + 1800) / 3600));
    return tr("expires in %n minute(s)", nullptr, int(qMax<qint64>(1, (seconds + 59) / 60)));
}

void InvitationExpiryDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString state =
        index.siblingAtColumn(models::InvitationsModel::State).data(models::RemoteTableModel::RawValueRole).toString();
    const QDateTime expires = index.data(models::RemoteTableModel::RawValueRole).toDateTime();
    if (state == QLatin1String("pending") && expires.isValid())
        option->text = countdownText(expires, QDateTime::currentDateTimeUtc());
}

} // namespace steward::ui
