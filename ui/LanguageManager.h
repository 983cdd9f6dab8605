#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace steward::ui {

// Switches the interface language while the client runs. Installing a translator makes Qt send
// every widget a LanguageChange event; each window re-reads its texts in changeEvent(), so
// nothing needs a restart. The client's catalogues are compiled in (":/i18n/steward_<code>.qm");
// Qt's own ("qtbase_<code>") come from the Qt installation when present.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // `code` is "en", "es", "de", "fr", "ru", or empty for the system's language (English when the
    // system's is not one of those). Returns the code actually applied.
    QString apply(const QString& code);
    QString current() const { return m_current; }

    // The system's language reduced to a supported code.
    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};

} // namespace steward::ui
