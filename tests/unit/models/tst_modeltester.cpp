// Every model under QAbstractItemModelTester while it loads, scrolls, sorts, searches and
// refreshes, and what each shows: headers, translated states, locale times, raw values.
#include "FakePageFetcher.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <models/AuditModel.h>
#include <models/CompaniesModel.h>
#include <models/InvitationsModel.h>
#include <models/NameDirectory.h>
#include <models/OrgUnitTreeModel.h>
#include <models/RolesModel.h>
#include <models/UsersModel.h>

using namespace steward;
using namespace steward::models;
using namespace steward::test;

namespace {

QString id(int n)
{
    return QStringLiteral("00000000-0000-4000-9000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QJsonArray companies(int count)
{
    QJsonArray items;
    for (int n = 0; n < count; ++n)
        items.append(
            QJsonObject{{QStringLiteral("id"), id(n)},
                        {QStringLiteral("name"), QStringLiteral("Company %1").arg(n, 4, 10, QLatin1Char('0'))},
                        {QStringLiteral("legalName"), QStringLiteral("Company %1 GmbH").arg(n)},
                        {QStringLiteral("state"), n % 4 ? QStringLiteral("active") : QStringLiteral("suspended")},
                        {QStringLiteral("address"), QJsonObject{{QStringLiteral("country"), QStringLiteral("DE")}}},
                        {QStringLiteral("defaultLanguage"), QStringLiteral("de")},
                        {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")}});
    return items;
}

QJsonArray roles(int count)
{
    QJsonArray items;
    for (int n = 0; n < count; ++n)
        items.append(QJsonObject{
            {QStringLiteral("id"), id(n)},
            {QStringLiteral("name"), QStringLiteral("Role %1").arg(n)},
            {QStringLiteral("description"), QStringLiteral("Does things")},
            {QStringLiteral("scope"), n < 3 ? QStringLiteral("platform") : QStringLiteral("company")},
            {QStringLiteral("builtIn"), n < 7},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("company.read"), QStringLiteral("users.read")}}});
    return items;
}

QJsonArray invitations(int count)
{
    QJsonArray items;
    for (int n = 0; n < count; ++n)
        items.append(
            QJsonObject{{QStringLiteral("id"), id(n)},
                        {QStringLiteral("email"), QStringLiteral("invitee%1@example.com").arg(n)},
                        {QStringLiteral("inviterId"), id(9999)},
                        {QStringLiteral("state"), n % 2 ? QStringLiteral("pending") : QStringLiteral("expired")},
                        {QStringLiteral("createdAt"), QStringLiteral("2026-03-14T10:00:00.000Z")},
                        {QStringLiteral("expiresAt"), QStringLiteral("2026-03-21T10:00:00.000Z")}});
    return items;
}

QJsonArray auditEvents(int count)
{
    QJsonArray items;
    for (int n = 0; n < count; ++n)
        items.append(QJsonObject{
            {QStringLiteral("id"), id(n)},
            {QStringLiteral("time"), QStringLiteral("2026-03-14T09:30:11.842Z")},
            {QStringLiteral("actorId"), n % 5 ? QJsonValue(id(9999)) : QJsonValue()},
            {QStringLiteral("actorType"), n % 5 ? QStringLiteral("user") : QStringLiteral("anonymous")},
            {QStringLiteral("action"), n % 2 ? QStringLiteral("user.update") : QStringLiteral("role.create")},
            {QStringLiteral("targetType"), n % 2 ? QStringLiteral("user") : QStringLiteral("role")},
            {QStringLiteral("targetId"), id(n + 100)},
            {QStringLiteral("changes"), QJsonArray{}}});
    return items;
}

QJsonObject unit(int n, const QJsonValue& parent, const QString& name, const QJsonArray& children = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id(n)},  {QStringLiteral("parentId"), parent},
        {QStringLiteral("name"), name}, {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:05:00.000Z")},
        {QStringLiteral("version"), 1}, {QStringLiteral("children"), children}};
}

// Loads, scrolls through the whole table, sorts by every column both ways, searches and
// refreshes, with the tester watching.
void exercise(RemoteTableModel& model)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebounceInterval(1);
    QSignalSpy refreshed(&model, &RemoteTableModel::refreshed);
    model.refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(model.rowCount() > 0);
    for (int first = 0; first < model.rowCount(); first += 70) {
        const int last = qMin(first + 40, model.rowCount() - 1);
        model.setVisibleRows(first, last);
        QTRY_VERIFY(model.isRowLoaded(first) && model.isRowLoaded(last) && !model.isLoading());
    }
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString before = model.sortKeys();
            model.sort(column, order);
            if (model.sortKeys() != before)
                QTRY_VERIFY(!model.isLoading() && refreshed.size() > 1);
        }
    }
    model.setSearch(QStringLiteral("1"));
    QTRY_VERIFY(!model.isLoading());
    model.setSearch(QString());
    model.setVisibleRows(0, 40);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.isRowLoaded(0));
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(model.data(index, RemoteTableModel::IdRole).toString(), model.idAt(0));
        QVERIFY(model.data(index, RemoteTableModel::LoadedRole).toBool());
    }
}

} // namespace

class TestModelTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    void users()
    {
        FakePageFetcher fetcher;
        fetcher.rows = fakeUsers(730);
        UsersModel model(&fetcher);
        exercise(model);
        NameDirectory names;
        model.setNameDirectory(&names);
        model.sort(UsersModel::Email, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isLoading() && model.sortKeys() == QStringLiteral("email"));
        QCOMPARE(model.data(model.index(0, UsersModel::Name)).toString(), QStringLiteral("Ana Last0000000"));
        QCOMPARE(model.data(model.index(0, UsersModel::Name), RemoteTableModel::RawValueRole).toString(),
                 QStringLiteral("Last0000000 Ana"));
        QCOMPARE(model.data(model.index(3, UsersModel::State)).toString(), QStringLiteral("Deactivated"));
        QCOMPARE(model.data(model.index(3, UsersModel::State), Qt::DecorationRole).value<QColor>().isValid(), true);
        QCOMPARE(model.data(model.index(1, UsersModel::Roles)).toString(), QStringLiteral("Admin (disabled)"));
        QCOMPARE(model.data(model.index(2, UsersModel::Roles)).toString(), QStringLiteral("Admin"));
        // Times in the user's locale, raw values as QDateTime.
        const QDateTime signedIn(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
        QCOMPARE(model.data(model.index(1, UsersModel::LastSignIn), RemoteTableModel::RawValueRole).toDateTime(),
                 signedIn);
        QCOMPARE(model.data(model.index(1, UsersModel::LastSignIn)).toString(),
                 QLocale().toString(signedIn.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.data(model.index(0, UsersModel::LastSignIn)).toString(), QString());
        const QString companyId = model.itemAt(0).value(QStringLiteral("companyId")).toString();
        QCOMPARE(model.data(model.index(0, UsersModel::Company)).toString(), companyId);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        names.setName(companyId, QStringLiteral("Acme"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, UsersModel::Company)).toString(), QStringLiteral("Acme"));
        QCOMPARE(model.sortKey(UsersModel::Name), QStringLiteral("lastName,firstName"));
        QCOMPARE(model.sortKey(UsersModel::LastSignIn), QStringLiteral("lastSignInAt"));
        QCOMPARE(model.sortKey(UsersModel::Roles), QString());
        model.setRoleFilter(QStringLiteral("r1"));
        model.setUnitFilter(QStringLiteral("u1"));
        model.setCompanyFilter(companyId);
        QTRY_VERIFY(!model.isLoading() && fetcher.requests.last().parameters.size() == 3);
        QCOMPARE(fetcher.requests.last().parameters.value(QStringLiteral("orgUnit")), QStringLiteral("u1"));
    }

    void companiesModel()
    {
        FakePageFetcher fetcher;
        fetcher.rows = companies(260);
        CompaniesModel model(&fetcher);
        exercise(model);
        QCOMPARE(model.data(model.index(0, CompaniesModel::Country)).toString(),
                 QLocale::territoryToString(QLocale::Germany));
        QCOMPARE(model.data(model.index(0, CompaniesModel::Country), RemoteTableModel::RawValueRole).toString(),
                 QStringLiteral("DE"));
        QCOMPARE(model.data(model.index(0, CompaniesModel::Language)).toString(), QStringLiteral("Deutsch"));
        QCOMPARE(model.data(model.index(0, CompaniesModel::State)).toString(), QStringLiteral("Suspended"));
        model.setStateFilter(QStringLiteral("active"));
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 195);
    }

    void rolesModel()
    {
        FakePageFetcher fetcher;
        fetcher.rows = roles(150);
        RolesModel model(&fetcher);
        exercise(model);
        QCOMPARE(model.data(model.index(0, RolesModel::Kind)).toString(), QStringLiteral("Built-in"));
        QVERIFY(model.isBuiltIn(0));
        QCOMPARE(model.data(model.index(0, RolesModel::Permissions)).toString(), QStringLiteral("2"));
        QCOMPARE(model.data(model.index(0, RolesModel::Permissions), RemoteTableModel::RawValueRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(0, RolesModel::Scope)).toString(), QStringLiteral("Platform"));
    }

    void invitationsModel()
    {
        FakePageFetcher fetcher;
        fetcher.rows = invitations(240);
        InvitationsModel model(&fetcher);
        NameDirectory names;
        names.setName(id(9999), QStringLiteral("Olga Owner"));
        model.setNameDirectory(&names);
        exercise(model);
        QCOMPARE(model.data(model.index(0, InvitationsModel::Inviter)).toString(), QStringLiteral("Olga Owner"));
        QCOMPARE(model.data(model.index(0, InvitationsModel::Inviter), RemoteTableModel::RawValueRole).toString(),
                 id(9999));
        QCOMPARE(model.data(model.index(0, InvitationsModel::Expires), RemoteTableModel::RawValueRole).toDateTime(),
                 QDateTime(QDate(2026, 3, 21), QTime(10, 0), Qt::UTC));
        QCOMPARE(model.sortKey(InvitationsModel::Expires), QStringLiteral("expiresAt"));
    }

    void auditModel()
    {
        FakePageFetcher fetcher;
        fetcher.rows = auditEvents(420);
        AuditModel model(&fetcher);
        exercise(model);
        QCOMPARE(model.data(model.index(0, AuditModel::Actor)).toString(), QStringLiteral("Anonymous"));
        QCOMPARE(model.data(model.index(1, AuditModel::Action)).toString(), QStringLiteral("User changed"));
        QCOMPARE(model.data(model.index(1, AuditModel::Action), RemoteTableModel::RawValueRole).toString(),
                 QStringLiteral("user.update"));
        QCOMPARE(model.data(model.index(1, AuditModel::Target)).toString(),
                 QString(QStringLiteral("User: ") + id(101)));
        QCOMPARE(model.sortKey(AuditModel::Time), QStringLiteral("time"));
        model.sort(AuditModel::Time, Qt::DescendingOrder);
        model.setActorFilter(id(9999));
        model.setActionFilter(QStringLiteral("user."));
        model.setTimeRange(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), QDateTime());
        model.setUserHistory(id(5));
        QTRY_VERIFY(!model.isLoading() && fetcher.requests.last().path.endsWith(QLatin1String("/audit")));
        const PageRequest last = fetcher.requests.last();
        QCOMPARE(last.path, QString(QStringLiteral("/api/v1/users/") + id(5) + QStringLiteral("/audit")));
        QCOMPARE(last.sort, QStringLiteral("-time"));
        QCOMPARE(last.parameters.value(QStringLiteral("from")), QStringLiteral("2026-03-01T00:00:00.000Z"));
        QVERIFY(!last.parameters.contains(QStringLiteral("to")));
        QCOMPARE(last.parameters.value(QStringLiteral("action")), QStringLiteral("user."));
    }

    void orgUnitTree()
    {
        FakePageFetcher fetcher;
        fetcher.rows = QJsonArray{unit(1, QJsonValue(), QStringLiteral("Hamburg"),
                                       QJsonArray{unit(2, id(1), QStringLiteral("Inbound")),
                                                  unit(3, id(1), QStringLiteral("Outbound"),
                                                       QJsonArray{unit(4, id(3), QStringLiteral("Night"))})}),
                                  unit(5, QJsonValue(), QStringLiteral("Madrid"))};
        OrgUnitTreeModel model(&fetcher);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCompany(id(77));
        QSignalSpy refreshed(&model, &OrgUnitTreeModel::refreshed);
        model.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(fetcher.requests.last().parameters.value(QStringLiteral("format")), QStringLiteral("tree"));
        QCOMPARE(fetcher.requests.last().parameters.value(QStringLiteral("company")), id(77));
        QCOMPARE(model.unitCount(), 5);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex night = model.indexForId(id(4));
        QCOMPARE(night.data().toString(), QStringLiteral("Night"));
        QCOMPARE(night.parent().data().toString(), QStringLiteral("Outbound"));
        QCOMPARE(model.pathOf(id(4)),
                 (QStringList{QStringLiteral("Hamburg"), QStringLiteral("Outbound"), QStringLiteral("Night")}));
        QCOMPARE(night.data(OrgUnitTreeModel::ParentIdRole).toString(), id(3));
        QCOMPARE(model.unitAt(night).value(QStringLiteral("name")).toString(), QStringLiteral("Night"));
        QVERIFY(!model.unitAt(night).contains(QStringLiteral("children")));

        // A refresh where Night moved under Madrid and Inbound is gone: the selection follows
        // Night, and nothing points at the deleted unit.
        QPersistentModelIndex selected(night);
        QPersistentModelIndex deleted(model.indexForId(id(2)));
        fetcher.rows = QJsonArray{
            unit(1, QJsonValue(), QStringLiteral("Hamburg"), QJsonArray{unit(3, id(1), QStringLiteral("Outbound"))}),
            unit(5, QJsonValue(), QStringLiteral("Madrid"), QJsonArray{unit(4, id(5), QStringLiteral("Night"))})};
        model.refresh();
        QTRY_COMPARE(refreshed.size(), 2);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("Night"));
        QCOMPARE(selected.parent().data().toString(), QStringLiteral("Madrid"));
        QVERIFY(!deleted.isValid());
        QCOMPARE(model.unitCount(), 4);

        fetcher.failWith = QStringLiteral("no");
        QSignalSpy failed(&model, &OrgUnitTreeModel::loadFailed);
        model.refresh();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.unitCount(), 4);
    }
};

QTEST_MAIN(TestModelTester)
#include "tst_modeltester.moc"
