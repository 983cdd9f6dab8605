#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace steward::ui {

// The Expires column of the invitations table as a countdown ("expires in 3 days") for pending
// invitations, the plain date for the others; the exact time is in the tooltip. The view repaints
// the column every half minute so the countdown stays true while the window is open.
class InvitationExpiryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InvitationExpiryDelegate(QObject* parent = nullptr);

    // "expires in 3 days", "expires in 5 hours", "expires in 12 minutes", "expired".
    static QString countdownText(const QDateTime& expires, const QDateTime& now);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace steward::ui
