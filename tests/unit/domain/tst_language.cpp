#include "Language.h"

#include <QTest>

using namespace steward;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip();
    void codesAreLenient();
    void acceptLanguage_data();
    void acceptLanguage();
};

void TestLanguage::codesRoundTrip()
{
    QCOMPARE(allLanguages().size(), 5);
    QStringList codes;
    for (Language language : allLanguages()) {
        codes.append(languageCode(language));
        QCOMPARE(languageFromCode(languageCode(language)), language);
        QVERIFY(!languageNativeName(language).isEmpty());
    }
    QCOMPARE(codes, (QStringList{"en", "es", "de", "fr", "ru"}));
    QCOMPARE(languageNativeName(Language::Russian), QStringLiteral("Русский"));
}

void TestLanguage::codesAreLenient()
{
    QCOMPARE(languageFromCode(QStringLiteral("DE")), Language::German);
    QCOMPARE(languageFromCode(QStringLiteral("de-AT")), Language::German);
    QCOMPARE(languageFromCode(QStringLiteral("fr_CA")), Language::French);
    QCOMPARE(languageFromCode(QStringLiteral("pt-BR")), std::nullopt);
    QCOMPARE(languageFromCode(QString()), std::nullopt);
}

void TestLanguage::acceptLanguage_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected"); // empty: none supported
    QTest::newRow("single") << "ru"
                            << "ru";
    QTest::newRow("region") << "es-MX,es;q=0.9"
                            << "es";
    QTest::newRow("q-values win over order") << "en;q=0.5, de;q=0.9"
                                             << "de";
    QTest::newRow("unsupported first") << "pt-BR, fr;q=0.8, en;q=0.7"
                                       << "fr";
    QTest::newRow("q=0 excluded") << "de;q=0, en;q=0.1"
                                  << "en";
    QTest::newRow("nothing supported") << "pt, it"
                                       << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("wildcard only") << "*"
                                   << "";
}

void TestLanguage::acceptLanguage()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    const auto language = languageFromAcceptLanguage(header);
    QCOMPARE(language ? languageCode(*language) : QString(), expected);
}

QTEST_APPLESS_MAIN(TestLanguage)
#include "tst_language.moc"
