// The models against a real steward-server over HTTPS: the users model pages through a company of
// 250 users, sorts and searches on the server and agrees with what the API answers directly,
// keeps a selection across a refresh, and every model passes QAbstractItemModelTester while real
// pages arrive.
#include "ModelTestSupport.h"
#include "Scenario.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <models/AuditModel.h>
#include <models/CompaniesModel.h>
#include <models/InvitationsModel.h>
#include <models/OrgUnitTreeModel.h>
#include <models/RolesModel.h>
#include <models/UsersModel.h>

using namespace steward;
using namespace steward::models;
using namespace steward::test;

namespace {

constexpr int kUsers = 250; // the owner and 249 created through the API

const char* const kLastNames[] = {"Zamora", "Álvarez",  "Müller", "O'Brien", "Nguyen",  "García", "Smith",
                                  "Ito",    "Kowalski", "Ørsted", "Dupont",  "Schmidt", "Rossi"};
const char* const kFirstNames[] = {"Ana", "Björn", "Chloé", "Dmitri", "Eun-ji", "Fatima", "Gus"};

} // namespace

class TestModelsServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    std::unique_ptr<ModelClient> m_client;

    // The ids the server lists for `query`, in its order.
    QStringList serverIds(const QString& query)
    {
        ApiClient api(*m_server);
        api.login(m_owner.email, m_owner.password);
        QStringList ids;
        for (int offset = 0;; offset += 500) {
            const ApiReply reply = api.get(QStringLiteral("/api/v1/users?limit=500&offset=%1&").arg(offset) + query);
            if (reply.status != 200)
                return {reply.describe()};
            const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
            for (const QJsonValue& item : items)
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
            if (items.size() < 500)
                return ids;
        }
    }

    std::unique_ptr<UsersModel> loadedUsers()
    {
        auto model = std::make_unique<UsersModel>(m_client->connection());
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        model->refresh();
        if (!refreshed.wait(60000))
            return nullptr;
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("models_server"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_scenario = std::make_unique<Scenario>(*m_server);
        m_owner = m_scenario->createCompany(QStringLiteral("Models"));
        for (int n = 1; n < kUsers; ++n) {
            const QString last = QString::fromUtf8(kLastNames[n % std::size(kLastNames)]);
            const QString first = QString::fromUtf8(kFirstNames[n % std::size(kFirstNames)]);
            const ApiReply created = m_scenario->admin().post(
                QStringLiteral("/api/v1/users"),
                QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                            {QStringLiteral("email"), QStringLiteral("person%1@models.example").arg(n)},
                            {QStringLiteral("firstName"), first},
                            {QStringLiteral("lastName"), last},
                            {QStringLiteral("onboarding"), QStringLiteral("none")}});
            QVERIFY2(created.status == 201, qPrintable(created.describe()));
        }
        m_client = std::make_unique<ModelClient>(*m_server);
        QVERIFY(m_client->signIn(m_owner.email, m_owner.password));
    }

    void usersModelPagesThroughTheCompany()
    {
        auto model = std::make_unique<UsersModel>(m_client->connection());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model->total(), qint64(kUsers));
        QCOMPARE(model->rowCount(), kUsers);
        QVERIFY(model->isRowLoaded(0));
        QVERIFY(!model->isRowLoaded(kUsers - 1)); // only the first page so far
        QCOMPARE(model->cachedRowCount(), 100);

        const QStringList ids = scrollAllIds(*model);
        QCOMPARE(ids.size(), kUsers);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kUsers);
        QCOMPARE(ids, serverIds(QStringLiteral("sort=lastName,firstName")));
        QVERIFY(model->peakCachedRows() <= model->maxCachedRows());
        const int ownerRow = model->rowForId(m_owner.id);
        QVERIFY(ownerRow >= 0);
        QCOMPARE(model->data(model->index(ownerRow, UsersModel::Email)).toString(), m_owner.email);
        QCOMPARE(model->data(model->index(ownerRow, UsersModel::State), RemoteTableModel::RawValueRole).toString(),
                 QStringLiteral("enabled"));
        QVERIFY(model->data(model->index(ownerRow, UsersModel::Created), RemoteTableModel::RawValueRole)
                    .toDateTime()
                    .isValid());
    }

    void sortingByLastNameAgreesWithTheServer()
    {
        auto model = loadedUsers();
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            model->sort(UsersModel::Name, order);
            QVERIFY(refreshed.wait(60000));
            const QString keys = order == Qt::AscendingOrder ? QStringLiteral("lastName,firstName")
                                                             : QStringLiteral("-lastName,-firstName");
            QCOMPARE(model->sortKeys(), keys);
            const QStringList ids = scrollAllIds(*model);
            QCOMPARE(ids.size(), kUsers);
            QCOMPARE(ids, serverIds(QStringLiteral("sort=") + keys));
            // The server's order, seen through the raw values: last names never go backwards.
            const QString firstLast = model->itemAt(0).value(QStringLiteral("lastName")).toString();
            const QString lastLast = model->itemAt(kUsers - 1).value(QStringLiteral("lastName")).toString();
            QVERIFY2(firstLast != lastLast, qPrintable(firstLast));
        }
        model->sort(UsersModel::Created, Qt::DescendingOrder);
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(scrollAllIds(*model), serverIds(QStringLiteral("sort=-createdAt")));
    }

    void searchAndFiltersNarrowTheTotal()
    {
        auto model = loadedUsers();
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        model->setSearch(QStringLiteral("zamora"));
        QVERIFY(refreshed.wait(60000));
        const QStringList expected = serverIds(QStringLiteral("q=zamora"));
        QVERIFY(expected.size() > 5 && expected.size() < kUsers);
        QCOMPARE(model->total(), qint64(expected.size()));
        const QStringList ids = scrollAllIds(*model);
        QCOMPARE(ids, expected);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->itemAt(row).value(QStringLiteral("lastName")).toString(), QStringLiteral("Zamora"));

        model->setSearch(QStringLiteral("person1@"));
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model->total(), qint64(1));

        model->setSearch(QString());
        model->setStateFilter(QStringLiteral("created"));
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model->total(), qint64(kUsers - 1)); // everyone but the owner
        model->setStateFilter(QStringLiteral("enabled"));
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model->total(), qint64(1));
        QCOMPARE(model->idAt(0), m_owner.id);

        QSignalSpy failed(model.get(), &RemoteTableModel::loadFailed);
        model->setStateFilter(QStringLiteral("sleeping")); // not a state: the server's 400
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("state")),
                 qPrintable(failed.first().first().toString()));
    }

    void refreshKeepsTheSelectionById()
    {
        auto model = loadedUsers();
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = model->idAt(5);
        QPersistentModelIndex selected(model->index(5, UsersModel::Email));
        const ApiReply created = m_scenario->admin().post(
            QStringLiteral("/api/v1/users"),
            QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                        {QStringLiteral("email"), QStringLiteral("aaron.aardvark@models.example")},
                        {QStringLiteral("firstName"), QStringLiteral("Aaron")},
                        {QStringLiteral("lastName"), QStringLiteral("Aardvark")},
                        {QStringLiteral("onboarding"), QStringLiteral("none")}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model->rowCount(), kUsers + 1);
        QCOMPARE(model->idAt(0), created.json().value(QStringLiteral("id")).toString());
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 6);
        QCOMPARE(model->idAt(selected.row()), id);

        // Deleted on the server: the selection goes away instead of landing on a neighbour.
        QPersistentModelIndex doomed(model->index(0, 0));
        const ApiReply deleted = m_scenario->admin().del(QStringLiteral("/api/v1/users/") + model->idAt(0));
        QVERIFY2(deleted.status == 204, qPrintable(deleted.describe()));
        model->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model->rowCount(), kUsers);
        QVERIFY(!doomed.isValid());
        QCOMPARE(selected.row(), 5);
    }

    void otherModelsLoadRealPages()
    {
        RolesModel roles(m_client->connection());
        AuditModel audit(m_client->connection());
        InvitationsModel invitations(m_client->connection());
        CompaniesModel companies(m_client->connection());
        QList<RemoteTableModel*> models{&roles, &audit, &invitations, &companies};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (RemoteTableModel* model : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
            spies.append(std::make_shared<QSignalSpy>(model, &RemoteTableModel::refreshed));
        }
        ApiClient owner(*m_server);
        owner.login(m_owner.email, m_owner.password);
        const ApiReply invited =
            owner.post(QStringLiteral("/api/v1/invitations"),
                       QJsonObject{{QStringLiteral("email"), QStringLiteral("invitee@models.example")}});
        QVERIFY2(invited.status == 201, qPrintable(invited.describe()));
        audit.setActionFilter(QStringLiteral("user.create"));
        for (RemoteTableModel* model : models)
            model->refresh();
        for (const auto& spy : spies)
            QVERIFY(spy->size() > 0 || spy->wait(60000));
        QCOMPARE(companies.total(), qint64(1)); // a company caller sees only their own
        QCOMPARE(companies.idAt(0), m_owner.companyId);
        QCOMPARE(roles.total(), qint64(4)); // the built-in company roles
        QVERIFY(audit.total() >= kUsers - 1);
        QCOMPARE(audit.data(audit.index(0, AuditModel::Action), RemoteTableModel::RawValueRole).toString(),
                 QStringLiteral("user.create"));
        QCOMPARE(invitations.total(), qint64(1));
        QCOMPARE(
            invitations.data(invitations.index(0, InvitationsModel::State), RemoteTableModel::RawValueRole).toString(),
            QStringLiteral("pending"));
        QCOMPARE(invitations.data(invitations.index(0, InvitationsModel::Inviter), RemoteTableModel::RawValueRole)
                     .toString(),
                 m_owner.id);
        const QStringList auditIds = scrollAllIds(audit, 60);
        QCOMPARE(auditIds.size(), audit.rowCount());
    }

    void orgUnitTreeLoadsTheWholeTree()
    {
        ApiClient owner(*m_server);
        owner.login(m_owner.email, m_owner.password);
        const ApiReply top = owner.post(QStringLiteral("/api/v1/org-units"),
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Hamburg")}});
        QVERIFY2(top.status == 201, qPrintable(top.describe()));
        const QString topId = top.json().value(QStringLiteral("id")).toString();
        for (const QString& name : {QStringLiteral("Inbound"), QStringLiteral("Outbound")}) {
            const ApiReply child =
                owner.post(QStringLiteral("/api/v1/org-units"),
                           QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("parentId"), topId}});
            QVERIFY2(child.status == 201, qPrintable(child.describe()));
        }
        OrgUnitTreeModel model(m_client->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &OrgUnitTreeModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(model.unitCount(), 3);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex hamburg = model.indexForId(topId);
        QCOMPARE(hamburg.data().toString(), QStringLiteral("Hamburg"));
        QCOMPARE(model.rowCount(hamburg), 2);
        QCOMPARE(model.index(0, 0, hamburg).data().toString(), QStringLiteral("Inbound"));
    }
};

QTEST_MAIN(TestModelsServer)
#include "tst_models_server.moc"
