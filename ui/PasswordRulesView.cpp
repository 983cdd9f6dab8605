#include "PasswordRulesView.h"

#include <QEvent>
#include <domain/Validation.h>

namespace steward::ui {

PasswordRulesView::PasswordRulesView(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("passwordRules"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    render();
}

void PasswordRulesView::setEmail(const QString& email)
{
    m_email = email;
    render();
}

void PasswordRulesView::check(const QString& password, const QString& repeated)
{
    m_password = password;
    m_repeated = repeated;
    render();
}

void PasswordRulesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void PasswordRulesView::render()
{
    QStringList broken;
    for (const FieldError& error : validatePassword(m_password, m_email))
        broken.append(error.code);
    const bool empty = m_password.isEmpty();
    struct Rule
    {
        bool kept;
        QString text;
    };
    const QList<Rule> rules{
        {!empty && !broken.contains(QLatin1String("too_short")) && !broken.contains(QLatin1String("too_long")),
         tr("At least %n characters", nullptr, kPasswordMinLength)},
        {!empty && !broken.contains(QLatin1String("common_password")), tr("Not a commonly used password")},
        {!empty && !broken.contains(QLatin1String("contains_email")),
         tr("Does not contain the name of your email address")},
        {!empty && m_password == m_repeated, tr("Both entries match")},
    };
    QString html = QStringLiteral("<ul style=\"margin:0; -qt-list-indent:0;\">");
    m_satisfied = true;
    for (const Rule& rule : rules) {
        m_satisfied = m_satisfied && rule.kept;
        const QString mark = rule.kept ? QStringLiteral("<span style=\"color:#1b7f3b\">✔</span>")
                                       : QStringLiteral("<span style=\"color:#8a8a8a\">○</span>");
        html += QStringLiteral("<li>") + mark + QStringLiteral("&nbsp;") + rule.text.toHtmlEscaped() +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    setText(html);
    setAccessibleDescription(tr("Password rules"));
}

} // namespace steward::ui
