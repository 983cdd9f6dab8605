#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

QLabel* selectableLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const net::CertificateInfo& info, QWidget* parent) : QDialog(parent), m_info(info)
{
    setObjectName(QStringLiteral("certificateDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_subjectLabel = new QLabel(this);
    m_issuerLabel = new QLabel(this);
    m_validityLabel = new QLabel(this);
    m_fingerprintLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    m_subject = selectableLabel(this);
    m_issuer = selectableLabel(this);
    m_validity = selectableLabel(this);
    m_fingerprint = selectableLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(QFont(QStringLiteral("monospace")));
    m_problems = selectableLabel(this);

    auto* form = new QFormLayout;
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(m_issuerLabel, m_issuer);
    form->addRow(m_validityLabel, m_validity);
    form->addRow(m_fingerprintLabel, m_fingerprint);
    form->addRow(m_problemsLabel, m_problems);

    auto* buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_refuse = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    m_refuse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
    setMinimumWidth(560);
}

QString CertificateDialog::fingerprintText() const
{
    return m_fingerprint->text();
}

void CertificateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CertificateDialog::retranslate()
{
    setWindowTitle(tr("Unknown certificate"));
    m_intro->setText(tr("The server %1 presented a certificate that no authority you trust vouches for. Trust it "
                        "only if its fingerprint is the one your administrator gave you.")
                         .arg(m_info.hostPort));
    m_subjectLabel->setText(tr("Issued to:"));
    m_issuerLabel->setText(tr("Issued by:"));
    m_validityLabel->setText(tr("Valid:"));
    m_fingerprintLabel->setText(tr("SHA-256 fingerprint:"));
    m_problemsLabel->setText(tr("Why it is not trusted:"));
    m_subject->setText(m_info.subject);
    m_issuer->setText(m_info.issuer);
    const QLocale locale;
    m_validity->setText(tr("from %1 to %2")
                            .arg(locale.toString(m_info.notBefore.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(m_info.notAfter.toLocalTime(), QLocale::ShortFormat)));
    m_fingerprint->setText(m_info.sha256Fingerprint);
    m_problems->setText(m_info.problems.join(QLatin1Char('\n')));
    m_trust->setText(tr("&Trust this server"));
    m_refuse->setText(tr("&Do not connect"));
}

void DialogCertificatePrompt::ask(const net::CertificateInfo& certificate, std::function<void(bool)> answer)
{
    auto* dialog = new CertificateDialog(certificate, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(m_parent ? Qt::WindowModal : Qt::ApplicationModal);
    QObject::connect(dialog, &QDialog::finished, dialog, [answer](int code) { answer(code == QDialog::Accepted); });
    dialog->open();
}

} // namespace steward::ui
