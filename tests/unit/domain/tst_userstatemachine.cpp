// Every (state, event) pair of the user state machine, allowed and refused, with its reason.
#include "UserStateMachine.h"

#include <QTest>

using namespace steward;

Q_DECLARE_METATYPE(steward::UserState)
Q_DECLARE_METATYPE(steward::UserEvent)
Q_DECLARE_METATYPE(steward::UserStateContext)

class TestUserStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void ownerIsProtected_data();
    void ownerIsProtected();
    void ownerMayStillSetPasswordAndVerify();
    void signInModes();
    void eventNames();
};

static UserStateContext ctx(UserState state, bool hasPassword = false, bool selfRegistered = false,
                            bool emailVerified = false)
{
    UserStateContext c;
    c.state = state;
    c.hasPassword = hasPassword;
    c.selfRegistered = selfRegistered;
    c.emailVerified = emailVerified;
    return c;
}

void TestUserStateMachine::transitions_data()
{
    QTest::addColumn<UserStateContext>("context");
    QTest::addColumn<UserEvent>("event");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<UserState>("to");
    QTest::addColumn<QString>("code");

    using S = UserState;
    using E = UserEvent;
    const QString ok;
    // EmailVerified
    QTest::newRow("created(self) verifies -> valid")
        << ctx(S::Created, true, true) << E::EmailVerified << true << S::Valid << ok;
    QTest::newRow("created(admin) verifies -> stays created")
        << ctx(S::Created) << E::EmailVerified << true << S::Created << ok;
    QTest::newRow("valid verifies again")
        << ctx(S::Valid, true, true, true) << E::EmailVerified << true << S::Valid << ok;
    QTest::newRow("enabled verifies new address")
        << ctx(S::Enabled, true) << E::EmailVerified << true << S::Enabled << ok;
    QTest::newRow("deactivated verifies")
        << ctx(S::Deactivated) << E::EmailVerified << false << S::Created << QStringLiteral("account_deactivated");
    // PasswordSet
    QTest::newRow("created(admin) sets password -> enabled")
        << ctx(S::Created) << E::PasswordSet << true << S::Enabled << ok;
    QTest::newRow("created(self) sets password before verifying")
        << ctx(S::Created, true, true) << E::PasswordSet << false << S::Created << QStringLiteral("email_not_verified");
    QTest::newRow("valid changes password")
        << ctx(S::Valid, true, true, true) << E::PasswordSet << true << S::Valid << ok;
    QTest::newRow("enabled changes password") << ctx(S::Enabled, true) << E::PasswordSet << true << S::Enabled << ok;
    QTest::newRow("deactivated sets password")
        << ctx(S::Deactivated, true) << E::PasswordSet << false << S::Created << QStringLiteral("account_deactivated");
    // Enable
    QTest::newRow("valid enabled") << ctx(S::Valid, true, true, true) << E::Enable << true << S::Enabled << ok;
    QTest::newRow("created(self) unverified enabled")
        << ctx(S::Created, true, true) << E::Enable << false << S::Created << QStringLiteral("email_not_verified");
    QTest::newRow("created(admin) enabled")
        << ctx(S::Created) << E::Enable << false << S::Created << QStringLiteral("password_not_set");
    QTest::newRow("enabled enabled") << ctx(S::Enabled, true) << E::Enable << false << S::Created
                                     << QStringLiteral("already_enabled");
    QTest::newRow("deactivated enabled") << ctx(S::Deactivated, true) << E::Enable << false << S::Created
                                         << QStringLiteral("deactivated_use_reactivate");
    // Deactivate
    QTest::newRow("created deactivated") << ctx(S::Created) << E::Deactivate << true << S::Deactivated << ok;
    QTest::newRow("valid deactivated") << ctx(S::Valid, true, true, true) << E::Deactivate << true << S::Deactivated
                                       << ok;
    QTest::newRow("enabled deactivated") << ctx(S::Enabled, true) << E::Deactivate << true << S::Deactivated << ok;
    QTest::newRow("deactivated deactivated")
        << ctx(S::Deactivated) << E::Deactivate << false << S::Created << QStringLiteral("already_deactivated");
    // Reactivate
    QTest::newRow("deactivated with password -> enabled")
        << ctx(S::Deactivated, true) << E::Reactivate << true << S::Enabled << ok;
    QTest::newRow("deactivated never set password -> created")
        << ctx(S::Deactivated, false) << E::Reactivate << true << S::Created << ok;
    QTest::newRow("created reactivated") << ctx(S::Created) << E::Reactivate << false << S::Created
                                         << QStringLiteral("not_deactivated");
    QTest::newRow("valid reactivated") << ctx(S::Valid, true, true, true) << E::Reactivate << false << S::Created
                                       << QStringLiteral("not_deactivated");
    QTest::newRow("enabled reactivated") << ctx(S::Enabled, true) << E::Reactivate << false << S::Created
                                         << QStringLiteral("not_deactivated");
    // Delete (any state, the user goes away)
    QTest::newRow("created deleted") << ctx(S::Created) << E::Delete << true << S::Created << ok;
    QTest::newRow("valid deleted") << ctx(S::Valid, true, true, true) << E::Delete << true << S::Valid << ok;
    QTest::newRow("enabled deleted") << ctx(S::Enabled, true) << E::Delete << true << S::Enabled << ok;
    QTest::newRow("deactivated deleted") << ctx(S::Deactivated) << E::Delete << true << S::Deactivated << ok;
}

void TestUserStateMachine::transitions()
{
    QFETCH(UserStateContext, context);
    QFETCH(UserEvent, event);
    QFETCH(bool, allowed);
    QFETCH(UserState, to);
    QFETCH(QString, code);

    const Transition t = decide(context, event);
    QCOMPARE(t.allowed, allowed);
    QCOMPARE(t.removes, allowed && event == UserEvent::Delete);
    if (allowed) {
        QCOMPARE(toString(t.to), toString(to));
        QVERIFY(t.code.isEmpty());
    } else {
        QCOMPARE(t.code, code);
        QVERIFY2(t.reason.size() > 10, "a refused transition explains itself");
        QVERIFY(!t.changesState(context.state));
    }
}

void TestUserStateMachine::ownerIsProtected_data()
{
    QTest::addColumn<UserState>("state");
    QTest::addColumn<UserEvent>("event");
    for (UserState s : allUserStates()) {
        QTest::addRow("deactivate %s", qPrintable(toString(s))) << s << UserEvent::Deactivate;
        QTest::addRow("delete %s", qPrintable(toString(s))) << s << UserEvent::Delete;
    }
}

void TestUserStateMachine::ownerIsProtected()
{
    QFETCH(UserState, state);
    QFETCH(UserEvent, event);
    UserStateContext c = ctx(state, true);
    c.isOwner = true;
    const Transition t = decide(c, event);
    QVERIFY(!t.allowed);
    QCOMPARE(t.code, QStringLiteral("owner_protected"));
    QVERIFY(t.reason.contains(QLatin1String("owner")));
    QVERIFY(t.reason.contains(QLatin1String("transfer ownership")));
}

void TestUserStateMachine::ownerMayStillSetPasswordAndVerify()
{
    // Company creation: the owner starts in `created` and lands in `enabled` by setting a password.
    UserStateContext c = ctx(UserState::Created);
    c.isOwner = true;
    QCOMPARE(toString(decide(c, UserEvent::PasswordSet).to), toString(UserState::Enabled));
    c.selfRegistered = true;
    QCOMPARE(toString(decide(c, UserEvent::EmailVerified).to), toString(UserState::Valid));
}

void TestUserStateMachine::signInModes()
{
    QCOMPARE(toString(signInMode(UserState::Created, false)), toString(SignInMode::Refused));
    QCOMPARE(toString(signInMode(UserState::Created, true)), toString(SignInMode::ChangePasswordOnly));
    QCOMPARE(toString(signInMode(UserState::Valid, false)), toString(SignInMode::TemporaryRoleOnly));
    QCOMPARE(toString(signInMode(UserState::Enabled, false)), toString(SignInMode::Full));
    QCOMPARE(toString(signInMode(UserState::Enabled, true)), toString(SignInMode::Full));
    QCOMPARE(toString(signInMode(UserState::Deactivated, true)), toString(SignInMode::Refused));
}

void TestUserStateMachine::eventNames()
{
    QCOMPARE(toString(UserEvent::EmailVerified), QStringLiteral("email_verified"));
    QCOMPARE(toString(UserEvent::PasswordSet), QStringLiteral("password_set"));
    QCOMPARE(toString(UserEvent::Enable), QStringLiteral("enable"));
    QCOMPARE(toString(UserEvent::Deactivate), QStringLiteral("deactivate"));
    QCOMPARE(toString(UserEvent::Reactivate), QStringLiteral("reactivate"));
    QCOMPARE(toString(UserEvent::Delete), QStringLiteral("delete"));
}

QTEST_APPLESS_MAIN(TestUserStateMachine)
#include "tst_userstatemachine.moc"
