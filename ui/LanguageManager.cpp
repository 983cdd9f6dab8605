#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <domain/Language.h>

namespace steward::ui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QString LanguageManager::systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (const auto language = languageFromCode(name.left(2)))
            return languageCode(*language);
    }
    return QStringLiteral("en");
}

QString LanguageManager::apply(const QString& requested)
{
    QString code = requested.isEmpty() ? systemLanguage() : requested;
    if (!languageFromCode(code))
        code = QStringLiteral("en");
    if (code == m_current)
        return code;

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    QLocale::setDefault(QLocale(code));
    // English has a catalogue too, holding only the plural forms ("1 user", "2 users").
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/steward_") + code)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    if (code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    m_current = code;
    // Removing a translator (back to English) sends LanguageChange just as installing one does.
    Q_EMIT languageChanged(code);
    return code;
}

} // namespace steward::ui
