#include "Validation.h"

#include <QJsonObject>
#include <QTest>
#include <functional>
#include <limits>

using namespace steward;

Q_DECLARE_METATYPE(steward::CustomFieldDefinition)

namespace {

QStringList describe(const FieldErrors& errors)
{
    QStringList result;
    for (const FieldError& error : errors) {
        result.append(error.field + QLatin1Char(':') + error.code);
        if (error.message.isEmpty() || !error.message.endsWith(QLatin1Char('.')))
            result.append(QStringLiteral("bad message: ") + error.message);
    }
    return result;
}

CustomFieldDefinition definition(const QString& key, CustomFieldType type, bool required = false)
{
    CustomFieldDefinition d;
    d.key = key;
    d.label = key.toUpper();
    d.type = type;
    d.required = required;
    if (type == CustomFieldType::Choice)
        d.options = {QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold")};
    return d;
}

CustomFieldDefinition with(CustomFieldDefinition d, const std::function<void(CustomFieldDefinition&)>& change)
{
    change(d);
    return d;
}

} // namespace

class TestCustomFieldValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionRules_data();
    void definitionRules();
    void definitionWithoutParentField();
    void valueRules_data();
    void valueRules();
    void allValues();
};

void TestCustomFieldValidation::definitionRules_data()
{
    QTest::addColumn<CustomFieldDefinition>("def");
    QTest::addColumn<QStringList>("expected");
    const CustomFieldDefinition text = definition(QStringLiteral("vat"), CustomFieldType::Text);
    const CustomFieldDefinition choice = definition(QStringLiteral("tier"), CustomFieldType::Choice);
    const QString p = QStringLiteral("customFieldDefinitions.");
    auto e = [&](const char* field, const char* code) {
        return QString(p + QLatin1String(field) + QLatin1Char(':') + QLatin1String(code));
    };
    using D = CustomFieldDefinition;

    QTest::newRow("text") << text << QStringList();
    QTest::newRow("choice") << choice << QStringList();
    QTest::newRow("number") << definition(QStringLiteral("head_count2"), CustomFieldType::Number) << QStringList();
    QTest::newRow("40-character key") << with(text, [](D& d) { d.key = QStringLiteral("k").repeated(40); })
                                      << QStringList();
    QTest::newRow("options ignored unless choice")
        << with(text, [](D& d) { d.options = {QString()}; }) << QStringList();

    QTest::newRow("empty key") << with(text, [](D& d) { d.key.clear(); }) << QStringList{e("key", "required")};
    QTest::newRow("41-character key") << with(text, [](D& d) { d.key = QStringLiteral("k").repeated(41); })
                                      << QStringList{e("key", "too_long")};
    for (const char* key : {"Vat", "1vat", "_vat", "vat-id", "vat id", "vät"})
        QTest::addRow("key %s", key) << with(text, [key](D& d) { d.key = QString::fromUtf8(key); })
                                     << QStringList{e("key", "invalid_format")};
    QTest::newRow("empty label") << with(text, [](D& d) { d.label.clear(); }) << QStringList{e("label", "required")};
    QTest::newRow("blank label") << with(text, [](D& d) { d.label = QStringLiteral("  "); })
                                 << QStringList{e("label", "required")};
    QTest::newRow("101-character label") << with(text, [](D& d) { d.label = QStringLiteral("L").repeated(101); })
                                         << QStringList{e("label", "too_long")};
    QTest::newRow("label with line break") << with(text, [](D& d) { d.label = QStringLiteral("VAT\nID"); })
                                           << QStringList{e("label", "invalid_characters")};
    QTest::newRow("choice without options")
        << with(choice, [](D& d) { d.options.clear(); }) << QStringList{e("options", "required")};
    QTest::newRow("blank option") << with(choice, [](D& d) { d.options.append(QStringLiteral(" ")); })
                                  << QStringList{e("options", "required")};
    QTest::newRow("repeated option") << with(choice, [](D& d) { d.options.append(QStringLiteral("gold")); })
                                     << QStringList{e("options", "invalid_format")};
    QTest::newRow("201-character option")
        << with(choice, [](D& d) { d.options.append(QString(201, u'o')); }) << QStringList{e("options", "too_long")};
    QTest::newRow("text max length 0") << with(text, [](D& d) { d.maxLength = 0; })
                                       << QStringList{e("maxLength", "invalid_format")};
    QTest::newRow("several problems") << with(choice, [](D& d) {
        d.key = QStringLiteral("Tier");
        d.label.clear();
        d.options.clear();
    }) << QStringList{e("key", "invalid_format"), e("label", "required"), e("options", "required")};
}

void TestCustomFieldValidation::definitionRules()
{
    QFETCH(CustomFieldDefinition, def);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(validateCustomFieldDefinition(def, QStringLiteral("customFieldDefinitions"))), expected);
}

void TestCustomFieldValidation::definitionWithoutParentField()
{
    CustomFieldDefinition d = definition(QString(), CustomFieldType::Text);
    d.label = QStringLiteral("VAT ID");
    QCOMPARE(describe(validateCustomFieldDefinition(d, QString())), QStringList{QStringLiteral("key:required")});
}

void TestCustomFieldValidation::valueRules_data()
{
    QTest::addColumn<CustomFieldDefinition>("def");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code"); // empty: accepted
    using D = CustomFieldDefinition;
    const D text = with(definition(QStringLiteral("vat"), CustomFieldType::Text), [](D& d) { d.maxLength = 5; });
    const D requiredText = with(text, [](D& d) { d.required = true; });
    const D number = definition(QStringLiteral("vat"), CustomFieldType::Number);
    const D date = definition(QStringLiteral("vat"), CustomFieldType::Date);
    const D choice = definition(QStringLiteral("vat"), CustomFieldType::Choice, true);
    const QString none;
    const QJsonValue undefined(QJsonValue::Undefined);

    QTest::newRow("optional null") << text << QJsonValue() << none;
    QTest::newRow("optional absent") << number << undefined << none;
    QTest::newRow("optional empty string") << date << QJsonValue(QString()) << none;
    QTest::newRow("required null") << requiredText << QJsonValue() << QStringLiteral("required");
    QTest::newRow("required absent") << choice << undefined << QStringLiteral("required");
    QTest::newRow("required empty string") << requiredText << QJsonValue(QString()) << QStringLiteral("required");
    QTest::newRow("required blank string")
        << requiredText << QJsonValue(QStringLiteral("  ")) << QStringLiteral("required");

    QTest::newRow("text") << requiredText << QJsonValue(QStringLiteral("DE123")) << none;
    QTest::newRow("text over max length") << text << QJsonValue(QStringLiteral("DE1234")) << QStringLiteral("too_long");
    QTest::newRow("text with control") << text << QJsonValue(QStringLiteral("D\tE"))
                                       << QStringLiteral("invalid_characters");
    QTest::newRow("text as number") << text << QJsonValue(12) << QStringLiteral("invalid_format");
    QTest::newRow("text as object") << text << QJsonValue(QJsonObject()) << QStringLiteral("invalid_format");

    QTest::newRow("integer") << number << QJsonValue(42) << none;
    QTest::newRow("zero") << number << QJsonValue(0) << none;
    QTest::newRow("negative fraction") << number << QJsonValue(-1.5) << none;
    QTest::newRow("numeric string") << number << QJsonValue(QStringLiteral("12")) << QStringLiteral("not_a_number");
    QTest::newRow("boolean") << number << QJsonValue(true) << QStringLiteral("not_a_number");
    QTest::newRow("NaN") << number << QJsonValue(std::numeric_limits<double>::quiet_NaN())
                         << QStringLiteral("not_a_number");
    QTest::newRow("infinity") << number << QJsonValue(std::numeric_limits<double>::infinity())
                              << QStringLiteral("not_a_number");

    QTest::newRow("date") << date << QJsonValue(QStringLiteral("2024-02-29")) << none;
    QTest::newRow("no leap day") << date << QJsonValue(QStringLiteral("2023-02-29")) << QStringLiteral("invalid_date");
    QTest::newRow("month 13") << date << QJsonValue(QStringLiteral("2024-13-01")) << QStringLiteral("invalid_date");
    QTest::newRow("unpadded month") << date << QJsonValue(QStringLiteral("2024-1-01"))
                                    << QStringLiteral("invalid_date");
    QTest::newRow("other format") << date << QJsonValue(QStringLiteral("01.02.2024")) << QStringLiteral("invalid_date");
    QTest::newRow("date and time") << date << QJsonValue(QStringLiteral("2024-02-01T10:00:00"))
                                   << QStringLiteral("invalid_date");
    QTest::newRow("full-width digits") << date << QJsonValue(QStringLiteral("２０２４-01-01"))
                                       << QStringLiteral("invalid_date");
    QTest::newRow("date as number") << date << QJsonValue(20240101) << QStringLiteral("invalid_date");

    QTest::newRow("option") << choice << QJsonValue(QStringLiteral("gold")) << none;
    QTest::newRow("other case") << choice << QJsonValue(QStringLiteral("Gold")) << QStringLiteral("not_an_option");
    QTest::newRow("not listed") << choice << QJsonValue(QStringLiteral("platinum")) << QStringLiteral("not_an_option");
    QTest::newRow("option as number") << choice << QJsonValue(1) << QStringLiteral("not_an_option");
}

void TestCustomFieldValidation::valueRules()
{
    QFETCH(CustomFieldDefinition, def);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    const QStringList expected =
        code.isEmpty() ? QStringList() : QStringList{QStringLiteral("customFields.vat:") + code};
    QCOMPARE(describe(validateCustomFieldValue(def, value, QStringLiteral("customFields.vat"))), expected);
}

void TestCustomFieldValidation::allValues()
{
    const QList<CustomFieldDefinition> definitions = {
        definition(QStringLiteral("vat"), CustomFieldType::Text, true),
        definition(QStringLiteral("tier"), CustomFieldType::Choice),
        definition(QStringLiteral("since"), CustomFieldType::Date),
    };
    QCOMPARE(
        describe(validateCustomFieldValues(definitions, QJsonObject{{QStringLiteral("vat"), QStringLiteral("DE1")},
                                                                    {QStringLiteral("tier"), QStringLiteral("gold")}})),
        QStringList());
    const QJsonObject values{{QStringLiteral("tier"), QStringLiteral("platinum")},
                             {QStringLiteral("since"), QStringLiteral("2024-02-30")},
                             {QStringLiteral("extra"), 1},
                             {QStringLiteral("another"), QJsonValue()}};
    QCOMPARE(
        describe(validateCustomFieldValues(definitions, values)),
        (QStringList{QStringLiteral("customFields.vat:required"), QStringLiteral("customFields.tier:not_an_option"),
                     QStringLiteral("customFields.since:invalid_date"),
                     QStringLiteral("customFields.another:unknown_field"),
                     QStringLiteral("customFields.extra:unknown_field")}));
    QCOMPARE(describe(validateCustomFieldValues({}, QJsonObject{{QStringLiteral("vat"), 1}}, QStringLiteral("fields"))),
             QStringList{QStringLiteral("fields.vat:unknown_field")});
    QCOMPARE(describe(validateCustomFieldValues(definitions, {}, QString())),
             QStringList{QStringLiteral("vat:required")});
}

QTEST_APPLESS_MAIN(TestCustomFieldValidation)
#include "tst_customfieldvalidation.moc"
