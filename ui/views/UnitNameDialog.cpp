#include "UnitNameDialog.h"

#include "UserFacingText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

UnitNameDialog::UnitNameDialog(const QString& title, const QString& prompt, const QString& name, const QString& okText,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unitNameDialog"));
    setWindowTitle(title);
    m_prompt = new QLabel(prompt, this);
    m_prompt->setWordWrap(true);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_name->selectAll();
    m_prompt->setBuddy(m_name);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_ok, &QPushButton::clicked, this, &UnitNameDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); });
    m_ok->setEnabled(!name.trimmed().isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_name);
    layout->addWidget(m_errors.add(QStringLiteral("name"), this));
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString UnitNameDialog::name() const
{
    return m_name->text().trimmed();
}

void UnitNameDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy && !name().isEmpty());
    m_name->setReadOnly(busy);
}

void UnitNameDialog::submit()
{
    if (name().isEmpty())
        return;
    m_errors.clear();
    m_message->setVisible(false);
    setBusy(true);
    Q_EMIT submitted(name());
}

void UnitNameDialog::showFailure(const net::ApiResult& result)
{
    setBusy(false);
    m_errors.clear();
    QStringList rest = m_errors.show(result);
    if (result.fieldErrorCodes(QStringLiteral("name")).contains(QStringLiteral("taken")))
        m_errors.show(QStringLiteral("name"), tr("Another unit at this place already has this name."));
    if (result.fieldErrors.isEmpty())
        rest = {failureText(result)};
    m_message->setText(rest.join(u'\n'));
    m_message->setVisible(!rest.isEmpty());
    m_name->setFocus();
}

QString UnitNameDialog::errorText() const
{
    QStringList texts{m_errors.text(QStringLiteral("name"))};
    if (m_message->isVisible())
        texts.append(m_message->text());
    texts.removeAll(QString());
    return texts.join(u'\n');
}

} // namespace steward::ui
