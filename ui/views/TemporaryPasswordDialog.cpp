#include "TemporaryPasswordDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString& who, const QString& password, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("temporaryPasswordDialog"));
    setWindowTitle(tr("Temporary password"));
    auto* intro = new QLabel(tr("The temporary password of %1 is below. Hand it over in a safe way; it is shown "
                                "only now. They must choose their own password when they sign in with it.")
                                 .arg(who),
                             this);
    intro->setWordWrap(true);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("temporaryPassword"));
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPassword"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_password->text());
        copy->setText(tr("Copied"));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString TemporaryPasswordDialog::password() const
{
    return m_password->text();
}

} // namespace steward::ui
