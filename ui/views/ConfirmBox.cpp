#include "ConfirmBox.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QMessageBox>

namespace steward::ui {

QMessageBox* askToConfirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                          std::function<void()> onYes, const QString& informativeText)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(informativeText);
    box->button(QMessageBox::Yes)->setText(yesText);
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    // QMessageBox sizes itself to its short question and squeezes the explanation into a narrow
    // column; a spacer across its grid gives the explanation room to read.
    if (auto* grid = qobject_cast<QGridLayout*>(box->layout()); grid && !informativeText.isEmpty())
        grid->addItem(new QSpacerItem(440, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                      grid->columnCount());
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, onYes = std::move(onYes)](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes && onYes)
            onYes();
    });
    box->show();
    return box;
}

} // namespace steward::ui
