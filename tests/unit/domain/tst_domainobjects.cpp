// Derived state of the small value types: invitation state, unit trees, audit diffs, enum names.
#include "AuditEvent.h"
#include "Company.h"
#include "CustomField.h"
#include "Invitation.h"
#include "OrgUnit.h"
#include "User.h"

#include <QTest>

using namespace steward;

class TestDomainObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invitationState();
    void unitTreeDescendantsAndCycles();
    void diffReportsChangedFieldsOnly();
    void diffNeverCarriesSecrets();
    void enumNamesRoundTrip();
    void fullName();
};

void TestDomainObjects::invitationState()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-22T12:00:00Z"), Qt::ISODate);
    Invitation inv;
    inv.createdAt = now.addDays(-1);
    inv.expiresAt = inv.createdAt.addDays(Invitation::kDefaultValidityDays);
    QCOMPARE(toString(inv.stateAt(now)), toString(InvitationState::Pending));
    QCOMPARE(toString(inv.stateAt(inv.expiresAt.addMSecs(-1))), toString(InvitationState::Pending));
    QCOMPARE(toString(inv.stateAt(inv.expiresAt)), toString(InvitationState::Expired));
    Invitation revoked = inv;
    revoked.revokedAt = now;
    QCOMPARE(toString(revoked.stateAt(now)), toString(InvitationState::Revoked));
    Invitation accepted = inv;
    accepted.acceptedAt = now;
    QCOMPARE(toString(accepted.stateAt(now.addDays(30))),
             toString(InvitationState::Accepted)); // stays accepted after expiry
}

void TestDomainObjects::unitTreeDescendantsAndCycles()
{
    const QUuid company = QUuid::createUuid();
    OrgUnit root{QUuid::createUuid(), company, {}, QStringLiteral("Root"), {}, 1};
    OrgUnit a{QUuid::createUuid(), company, root.id, QStringLiteral("A"), {}, 1};
    OrgUnit a1{QUuid::createUuid(), company, a.id, QStringLiteral("A1"), {}, 1};
    OrgUnit b{QUuid::createUuid(), company, root.id, QStringLiteral("B"), {}, 1};
    const QList<OrgUnit> units{root, a, a1, b};

    QCOMPARE(withDescendants(units, {root.id}), (QSet<QUuid>{root.id, a.id, a1.id, b.id}));
    QCOMPARE(withDescendants(units, {a.id}), (QSet<QUuid>{a.id, a1.id}));
    QCOMPARE(withDescendants(units, {a1.id, b.id}), (QSet<QUuid>{a1.id, b.id}));
    QVERIFY(withDescendants(units, {}).isEmpty());

    QVERIFY(wouldCreateCycle(units, a.id, a1.id));    // below itself
    QVERIFY(wouldCreateCycle(units, a.id, a.id));     // its own parent
    QVERIFY(!wouldCreateCycle(units, a1.id, b.id));   // a move across branches
    QVERIFY(!wouldCreateCycle(units, a.id, QUuid())); // to the top

    // A corrupt tree with a loop must not hang the walk.
    OrgUnit x{QUuid::createUuid(), company, {}, QStringLiteral("X"), {}, 1};
    OrgUnit y{QUuid::createUuid(), company, x.id, QStringLiteral("Y"), {}, 1};
    x.parentId = y.id;
    QCOMPARE(withDescendants({x, y}, {x.id}), (QSet<QUuid>{x.id, y.id}));
}

void TestDomainObjects::diffReportsChangedFieldsOnly()
{
    const QJsonObject before{{QStringLiteral("firstName"), QStringLiteral("Ana")},
                             {QStringLiteral("lastName"), QStringLiteral("García")},
                             {QStringLiteral("language"), QStringLiteral("es")}};
    const QJsonObject after{{QStringLiteral("firstName"), QStringLiteral("Ana")},
                            {QStringLiteral("lastName"), QStringLiteral("García López")},
                            {QStringLiteral("username"), QStringLiteral("ana")}};
    const QList<FieldChange> changes = diffFields(before, after);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0), (FieldChange{QStringLiteral("language"), QStringLiteral("es"), QJsonValue::Null}));
    QCOMPARE(changes.at(1),
             (FieldChange{QStringLiteral("lastName"), QStringLiteral("García"), QStringLiteral("García López")}));
    QCOMPARE(changes.at(2), (FieldChange{QStringLiteral("username"), QJsonValue::Null, QStringLiteral("ana")}));
    QVERIFY(diffFields(before, before).isEmpty());
}

void TestDomainObjects::diffNeverCarriesSecrets()
{
    const QJsonObject before{{QStringLiteral("passwordHash"), QStringLiteral("$argon2id$old")},
                             {QStringLiteral("apiTokenSecret"), QStringLiteral("s1")}};
    const QJsonObject after{{QStringLiteral("passwordHash"), QStringLiteral("$argon2id$new")},
                            {QStringLiteral("apiTokenSecret"), QStringLiteral("s2")}};
    const QList<FieldChange> changes = diffFields(before, after);
    QCOMPARE(changes.size(), 2);
    for (const FieldChange& change : changes) {
        QVERIFY(isSecretField(change.field));
        QVERIFY(change.before.isNull());
        QVERIFY(change.after.isNull());
    }
    QVERIFY(isSecretField(QStringLiteral("temporaryPassword")));
    QVERIFY(isSecretField(QStringLiteral("TOKEN")));
    QVERIFY(!isSecretField(QStringLiteral("email")));
}

void TestDomainObjects::enumNamesRoundTrip()
{
    for (UserState s : allUserStates())
        QVERIFY(userStateFromString(toString(s)) == s);
    QCOMPARE(toString(UserState::Deactivated), QStringLiteral("deactivated"));
    QVERIFY(!userStateFromString(QStringLiteral("Enabled"))); // names are exact
    for (CompanyState s : {CompanyState::Active, CompanyState::Suspended})
        QVERIFY(companyStateFromString(toString(s)) == s);
    for (RoleScope s : {RoleScope::Company, RoleScope::Platform})
        QVERIFY(roleScopeFromString(toString(s)) == s);
    for (CustomFieldType t :
         {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice})
        QVERIFY(customFieldTypeFromString(toString(t)) == t);
    for (CustomFieldEditor e : {CustomFieldEditor::AdminsOnly, CustomFieldEditor::UserToo})
        QVERIFY(customFieldEditorFromString(toString(e)) == e);
    for (InvitationState s :
         {InvitationState::Pending, InvitationState::Accepted, InvitationState::Expired, InvitationState::Revoked})
        QVERIFY(invitationStateFromString(toString(s)) == s);
    QVERIFY(!invitationStateFromString(QString()));
}

void TestDomainObjects::fullName()
{
    User u;
    u.firstName = QStringLiteral("Jürgen");
    u.lastName = QStringLiteral("Groß");
    QCOMPARE(u.fullName(), QStringLiteral("Jürgen Groß"));
    u.firstName.clear();
    QCOMPARE(u.fullName(), QStringLiteral("Groß"));
}

QTEST_APPLESS_MAIN(TestDomainObjects)
#include "tst_domainobjects.moc"
